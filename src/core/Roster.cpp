#include "Roster.h"

#include "RosterLoader.h"

#include <QJsonArray>

#include <algorithm>

namespace icc {

namespace {

ValidationError editError(const QString &field, const QString &message)
{
    return ValidationError{QString(), 0, field, message};
}

RosterEditResult rejected(const QString &field, const QString &message)
{
    return RosterEditResult{{editError(field, message)}, 0};
}

bool sameLevel(const EscalationLevel &a, const EscalationLevel &b)
{
    return a.level == b.level && a.rotation == b.rotation && a.timeoutSeconds == b.timeoutSeconds;
}

} // namespace

qsizetype Roster::indexOfRotation(const QString &id) const
{
    for (qsizetype i = 0; i < m_rotations.size(); ++i) {
        if (m_rotations.at(i).id == id)
            return i;
    }
    return -1;
}

RosterEditResult Roster::applied()
{
    ++m_version;
    return RosterEditResult{};
}

std::optional<Rotation> Roster::rotation(const QString &id) const
{
    const qsizetype index = indexOfRotation(id);
    if (index < 0)
        return std::nullopt;
    return m_rotations.at(index);
}

std::optional<RosterOverride> Roster::activeOverride(const QString &rotationId,
                                                     const QDateTime &at) const
{
    std::optional<RosterOverride> winner;
    for (const RosterOverride &entry : m_overrides) {
        if (entry.rotation == rotationId && entry.covers(at) && (!winner || entry.id > winner->id))
            winner = entry;
    }
    return winner;
}

QString Roster::onCall(const QString &rotationId, const QDateTime &at) const
{
    const qsizetype index = indexOfRotation(rotationId);
    if (index < 0)
        return QString();
    if (const auto entry = activeOverride(rotationId, at))
        return entry->user;
    return m_rotations.at(index).onCallAt(at);
}

QMap<QString, QString> Roster::whoIsOnCall(const QDateTime &at) const
{
    QMap<QString, QString> result;
    for (const Rotation &rotation : m_rotations)
        result.insert(rotation.id, onCall(rotation.id, at));
    return result;
}

std::optional<EscalationLevel> Roster::levelAt(int level) const
{
    if (level < 1 || level > m_chain.size())
        return std::nullopt;
    return m_chain.at(level - 1);
}

std::optional<EscalationLevel> Roster::nextLevel(int current) const
{
    return levelAt(current < 0 ? 1 : current + 1);
}

QStringList Roster::recipientsForLevel(int level, const QDateTime &at) const
{
    const auto entry = levelAt(level);
    if (!entry)
        return {};
    const QString user = onCall(entry->rotation, at);
    if (user.isEmpty())
        return {};
    return {user};
}

RosterEditResult Roster::setName(const QString &name)
{
    m_name = name.trimmed();
    return applied();
}

RosterEditResult Roster::addRotation(const Rotation &rotation)
{
    RosterEditResult result{rotation.validate(), 0};
    if (!rotation.id.isEmpty() && indexOfRotation(rotation.id) >= 0)
        result.errors.append(
            editError(QStringLiteral("id"),
                      QStringLiteral("a rotation with id '%1' already exists").arg(rotation.id)));
    if (!result.ok())
        return result;
    Rotation stored = rotation;
    stored.handoffStart = rotation.handoffStart.toUTC();
    m_rotations.append(stored);
    return applied();
}

RosterEditResult Roster::removeRotation(const QString &rotationId)
{
    const qsizetype index = indexOfRotation(rotationId);
    if (index < 0)
        return rejected(QStringLiteral("id"),
                        QStringLiteral("no rotation with id '%1'").arg(rotationId));
    for (const EscalationLevel &level : m_chain) {
        if (level.rotation == rotationId)
            return rejected(QStringLiteral("id"),
                            QStringLiteral("rotation '%1' is level %2 of the escalation chain; "
                                           "change the chain first")
                                .arg(rotationId)
                                .arg(level.level));
    }
    m_rotations.removeAt(index);
    m_overrides.removeIf(
        [&rotationId](const RosterOverride &entry) { return entry.rotation == rotationId; });
    return applied();
}

RosterEditResult Roster::setMembers(const QString &rotationId, const QStringList &members)
{
    const qsizetype index = indexOfRotation(rotationId);
    if (index < 0)
        return rejected(QStringLiteral("rotation"),
                        QStringLiteral("no rotation with id '%1'").arg(rotationId));
    Rotation changed = m_rotations.at(index);
    changed.members = members;
    RosterEditResult result{changed.validate(), 0};
    if (!result.ok())
        return result;
    m_rotations[index] = changed;
    return applied();
}

RosterEditResult Roster::setSchedule(const QString &rotationId, const QDateTime &handoffStart,
                                     qint64 shiftSeconds)
{
    const qsizetype index = indexOfRotation(rotationId);
    if (index < 0)
        return rejected(QStringLiteral("rotation"),
                        QStringLiteral("no rotation with id '%1'").arg(rotationId));
    Rotation changed = m_rotations.at(index);
    changed.handoffStart = handoffStart.toUTC();
    changed.shiftSeconds = shiftSeconds;
    RosterEditResult result{changed.validate(), 0};
    if (!result.ok())
        return result;
    m_rotations[index] = changed;
    return applied();
}

RosterEditResult Roster::addOverride(const RosterOverride &entry)
{
    RosterEditResult result;
    if (indexOfRotation(entry.rotation) < 0)
        result.errors.append(
            editError(QStringLiteral("rotation"),
                      QStringLiteral("no rotation with id '%1'").arg(entry.rotation)));
    if (entry.user.trimmed().isEmpty())
        result.errors.append(editError(QStringLiteral("user"),
                                       QStringLiteral("an override needs the user who covers")));
    if (!entry.from.isValid())
        result.errors.append(
            editError(QStringLiteral("from"), QStringLiteral("start time missing or invalid")));
    if (!entry.to.isValid())
        result.errors.append(
            editError(QStringLiteral("to"), QStringLiteral("end time missing or invalid")));
    else if (entry.from.isValid() && entry.to <= entry.from)
        result.errors.append(editError(
            QStringLiteral("to"), QStringLiteral("the override ends (%1) before it starts (%2)")
                                      .arg(entry.to.toUTC().toString(Qt::ISODate),
                                           entry.from.toUTC().toString(Qt::ISODate))));
    // Who changed the pager and why is what a post-mortem asks first.
    if (entry.reason.trimmed().isEmpty())
        result.errors.append(
            editError(QStringLiteral("reason"), QStringLiteral("an override needs a reason")));
    if (!result.ok())
        return result;

    RosterOverride stored = entry;
    stored.id = m_nextOverrideId++;
    stored.from = entry.from.toUTC();
    stored.to = entry.to.toUTC();
    m_overrides.append(stored);
    result = applied();
    result.overrideId = stored.id;
    return result;
}

RosterEditResult Roster::removeOverride(int overrideId)
{
    const auto removed = m_overrides.removeIf(
        [overrideId](const RosterOverride &entry) { return entry.id == overrideId; });
    if (removed == 0)
        return rejected(QStringLiteral("id"),
                        QStringLiteral("no override with id %1").arg(overrideId));
    return applied();
}

RosterEditResult Roster::setChain(const QList<EscalationLevel> &chain)
{
    RosterEditResult result;
    if (chain.isEmpty())
        result.errors.append(editError(QStringLiteral("chain"),
                                       QStringLiteral("the escalation chain needs at least one "
                                                      "level: otherwise nobody is paged")));
    QList<EscalationLevel> numbered;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const EscalationLevel &level = chain.at(i);
        const QString prefix = QStringLiteral("chain[%1].").arg(i);
        if (indexOfRotation(level.rotation) < 0)
            result.errors.append(editError(prefix + QStringLiteral("rotation"),
                                           QStringLiteral("level %1 pages unknown rotation '%2'")
                                               .arg(i + 1)
                                               .arg(level.rotation)));
        if (level.timeoutSeconds <= 0)
            result.errors.append(editError(prefix + QStringLiteral("timeout"),
                                           QStringLiteral("level %1 timeout must be positive, "
                                                          "got %2 s")
                                               .arg(i + 1)
                                               .arg(level.timeoutSeconds)));
        numbered.append(EscalationLevel{int(i + 1), level.rotation, level.timeoutSeconds});
    }
    if (!result.ok())
        return result;
    m_chain = numbered;
    return applied();
}

QJsonObject Roster::toJson() const
{
    QJsonArray rotations;
    for (const Rotation &rotation : m_rotations)
        rotations.append(rotation.toJson());
    QJsonArray overrides;
    for (const RosterOverride &entry : m_overrides)
        overrides.append(entry.toJson());
    QJsonArray chain;
    for (const EscalationLevel &level : m_chain) {
        chain.append(QJsonObject{
            {QStringLiteral("level"), level.level},
            {QStringLiteral("rotation"), level.rotation},
            {QStringLiteral("timeout_seconds"), level.timeoutSeconds},
        });
    }
    return QJsonObject{
        {QStringLiteral("name"), m_name},
        {QStringLiteral("version"), m_version},
        {QStringLiteral("rotations"), rotations},
        {QStringLiteral("overrides"), overrides},
        {QStringLiteral("next_override_id"), m_nextOverrideId},
        {QStringLiteral("chain"), chain},
    };
}

RosterLoadResult Roster::fromJson(const QJsonObject &json)
{
    return RosterLoader::fromJson(json);
}

RosterLoadResult Roster::fromYaml(const QString &text, const QString &fileName)
{
    return RosterLoader::fromYaml(text, fileName);
}

RosterLoadResult Roster::fromYamlFile(const QString &path)
{
    return RosterLoader::fromYamlFile(path);
}

bool operator==(const Roster &a, const Roster &b)
{
    return a.m_name == b.m_name && a.m_version == b.m_version && a.m_rotations == b.m_rotations &&
           a.m_overrides == b.m_overrides && a.m_nextOverrideId == b.m_nextOverrideId &&
           std::equal(a.m_chain.cbegin(), a.m_chain.cend(), b.m_chain.cbegin(), b.m_chain.cend(),
                      sameLevel);
}

} // namespace icc
