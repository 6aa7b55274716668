#include "RosterLoader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <string>

namespace icc {

// A roster as read, before it went through the edit API.
struct RosterLoader::Draft
{
    QString name;
    int version = 1;
    QList<Rotation> rotations;
    QList<RosterOverride> overrides;
    bool keepOverrideIds = false; // JSON restores ids; YAML numbers them in file order
    int nextOverrideId = 1;
    QList<EscalationLevel> chain;
    bool hasChain = false;
    QList<ValidationError> errors; // found while reading
    QSet<QString> unreadable;      // fields already reported as unreadable
};

namespace {

using Draft = RosterLoader::Draft;

void report(Draft &draft, const QString &field, const QString &message)
{
    draft.errors.append(ValidationError{QString(), 0, field, message});
    draft.unreadable.insert(field);
}

// --- YAML ------------------------------------------------------------------

// Field path -> 1-based line, so errors raised later by the edit API
// (which know only the field) can still point into the file.
using LineMap = QHash<QString, int>;

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

int lineOf(const YAML::Node &node)
{
    const int line = node.Mark().line;
    return line >= 0 ? line + 1 : 0;
}

class YamlReader
{
public:
    YamlReader(Draft &draft, LineMap &lines)
        : m_draft(draft)
        , m_lines(lines)
    {}

    void read(const YAML::Node &root)
    {
        m_lines.insert(QString(), 1);
        if (!root.IsMap()) {
            report(m_draft, QStringLiteral("roster"),
                   QStringLiteral("expected a mapping with rotations and chain"));
            return;
        }
        qint64 defaultTimeout = Roster::kDefaultLevelTimeoutSeconds;
        // default_timeout first: chain levels depend on it wherever it appears.
        if (const YAML::Node node = root["default_timeout"]) {
            mark(QStringLiteral("default_timeout"), node);
            if (auto seconds = duration(QStringLiteral("default_timeout"), node))
                defaultTimeout = *seconds;
        }
        for (const auto &pair : root) {
            const QString key = text(pair.first);
            const YAML::Node value = pair.second;
            mark(key, value.IsNull() ? pair.first : value);
            if (key == u"name")
                m_draft.name = scalar(key, value).value_or(QString());
            else if (key == u"version")
                readVersion(value);
            else if (key == u"default_timeout")
                continue;
            else if (key == u"rotations")
                forEachMap(key, value, [this](const QString &path, const YAML::Node &node) {
                    readRotation(path, node);
                });
            else if (key == u"overrides")
                forEachMap(key, value, [this](const QString &path, const YAML::Node &node) {
                    readOverride(path, node);
                });
            else if (key == u"chain") {
                m_draft.hasChain = true;
                forEachMap(key, value,
                           [this, defaultTimeout](const QString &path, const YAML::Node &node) {
                               readLevel(path, node, defaultTimeout);
                           });
            } else
                unknownField(key);
        }
        if (!root["rotations"])
            report(m_draft, QStringLiteral("rotations"), QStringLiteral("required"));
        if (!root["chain"])
            report(m_draft, QStringLiteral("chain"), QStringLiteral("required"));
    }

private:
    void mark(const QString &path, const YAML::Node &node)
    {
        if (const int line = lineOf(node); line > 0)
            m_lines.insert(path, line);
    }

    void unknownField(const QString &path)
    {
        report(m_draft, path, QStringLiteral("unknown field (misspelt?)"));
    }

    std::optional<QString> scalar(const QString &path, const YAML::Node &node)
    {
        if (!node.IsScalar()) {
            report(m_draft, path, QStringLiteral("expected a single value"));
            return std::nullopt;
        }
        return text(node);
    }

    std::optional<qint64> duration(const QString &path, const YAML::Node &node)
    {
        const auto value = scalar(path, node);
        if (!value)
            return std::nullopt;
        const auto seconds = RosterLoader::parseDuration(*value);
        if (!seconds) {
            report(m_draft, path,
                   QStringLiteral("'%1' is not a positive duration (e.g. 90s, 10m, 12h, 7d, 2w)")
                       .arg(*value));
        }
        return seconds;
    }

    std::optional<QDateTime> dateTime(const QString &path, const YAML::Node &node)
    {
        const auto value = scalar(path, node);
        if (!value)
            return std::nullopt;
        const auto when = RosterLoader::parseUtcDateTime(*value);
        if (!when) {
            report(m_draft, path,
                   QStringLiteral("'%1' is not an ISO 8601 date or date-time").arg(*value));
        }
        return when;
    }

    template<typename Visit>
    void forEachMap(const QString &path, const YAML::Node &node, Visit visit)
    {
        if (!node.IsSequence()) {
            report(m_draft, path, QStringLiteral("expected a list"));
            return;
        }
        for (std::size_t i = 0; i < node.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            const YAML::Node item = node[i];
            mark(itemPath, item);
            if (!item.IsMap()) {
                report(m_draft, itemPath, QStringLiteral("expected a mapping"));
                continue;
            }
            visit(itemPath, item);
        }
    }

    void readVersion(const YAML::Node &node)
    {
        const auto value = scalar(QStringLiteral("version"), node);
        if (!value)
            return;
        bool ok = false;
        const int version = value->toInt(&ok);
        if (!ok || version < 1) {
            report(m_draft, QStringLiteral("version"),
                   QStringLiteral("'%1' is not a positive integer").arg(*value));
            return;
        }
        m_draft.version = version;
    }

    void readRotation(const QString &path, const YAML::Node &node)
    {
        Rotation rotation;
        std::optional<QDateTime> start;
        bool startHasTime = false;
        std::optional<QTime> handoffTime;
        for (const auto &pair : node) {
            const QString key = text(pair.first);
            const QString field = path + QLatin1Char('.') + key;
            const YAML::Node value = pair.second;
            mark(field, value.IsNull() ? pair.first : value);
            if (key == u"id") {
                rotation.id = scalar(field, value).value_or(QString());
            } else if (key == u"members") {
                rotation.members = members(field, value);
            } else if (key == u"start") {
                start = dateTime(field, value);
                startHasTime = value.IsScalar() && text(value).contains(QLatin1Char('T'));
            } else if (key == u"handoff_time") {
                const auto timeText = scalar(field, value);
                if (!timeText)
                    continue;
                const QTime time = QTime::fromString(*timeText, QStringLiteral("HH:mm"));
                if (!time.isValid())
                    report(m_draft, field,
                           QStringLiteral("'%1' is not a time of day HH:MM (UTC)").arg(*timeText));
                else
                    handoffTime = time;
            } else if (key == u"shift") {
                if (const auto seconds = duration(field, value))
                    rotation.shiftSeconds = *seconds;
            } else {
                unknownField(field);
            }
        }
        if (start) {
            rotation.handoffStart = *start;
            if (handoffTime && startHasTime)
                report(m_draft, path + QStringLiteral(".handoff_time"),
                       QStringLiteral("start already has a time; give the time in one place"));
            else if (handoffTime)
                rotation.handoffStart = QDateTime(start->date(), *handoffTime, Qt::UTC);
        }
        m_draft.rotations.append(rotation);
    }

    QStringList members(const QString &path, const YAML::Node &node)
    {
        QStringList names;
        if (!node.IsSequence()) {
            report(m_draft, path, QStringLiteral("expected a list of user names"));
            return names;
        }
        for (std::size_t i = 0; i < node.size(); ++i) {
            const QString field = QStringLiteral("%1[%2]").arg(path).arg(i);
            mark(field, node[i]);
            names.append(scalar(field, node[i]).value_or(QString()));
        }
        return names;
    }

    void readOverride(const QString &path, const YAML::Node &node)
    {
        RosterOverride entry;
        for (const auto &pair : node) {
            const QString key = text(pair.first);
            const QString field = path + QLatin1Char('.') + key;
            const YAML::Node value = pair.second;
            mark(field, value.IsNull() ? pair.first : value);
            if (key == u"rotation")
                entry.rotation = scalar(field, value).value_or(QString());
            else if (key == u"user")
                entry.user = scalar(field, value).value_or(QString());
            else if (key == u"reason")
                entry.reason = scalar(field, value).value_or(QString());
            else if (key == u"from")
                entry.from = dateTime(field, value).value_or(QDateTime());
            else if (key == u"to")
                entry.to = dateTime(field, value).value_or(QDateTime());
            else
                unknownField(field);
        }
        m_draft.overrides.append(entry);
    }

    void readLevel(const QString &path, const YAML::Node &node, qint64 defaultTimeout)
    {
        EscalationLevel level;
        level.level = int(m_draft.chain.size()) + 1;
        level.timeoutSeconds = int(defaultTimeout);
        for (const auto &pair : node) {
            const QString key = text(pair.first);
            const QString field = path + QLatin1Char('.') + key;
            const YAML::Node value = pair.second;
            mark(field, value.IsNull() ? pair.first : value);
            if (key == u"rotation") {
                level.rotation = scalar(field, value).value_or(QString());
            } else if (key == u"timeout") {
                if (const auto seconds = duration(field, value))
                    level.timeoutSeconds = int(*seconds);
            } else {
                unknownField(field);
            }
        }
        m_draft.chain.append(level);
    }

    Draft &m_draft;
    LineMap &m_lines;
};

// The line of the deepest recorded field on the error's path:
// "rotations[1].members[3]" falls back to "rotations[1].members", then
// "rotations[1]", then the top of the file.
int lineFor(const LineMap &lines, QString field)
{
    static const QRegularExpression lastPart(QStringLiteral("(\\.[^.\\[]*|\\[\\d+\\])$"));
    while (!field.isEmpty()) {
        if (const auto it = lines.constFind(field); it != lines.cend())
            return *it;
        const QString shorter = QString(field).remove(lastPart);
        if (shorter == field)
            break;
        field = shorter;
    }
    return lines.value(QString(), 1);
}

// --- JSON ------------------------------------------------------------------

class JsonReader
{
public:
    explicit JsonReader(Draft &draft)
        : m_draft(draft)
    {}

    void read(const QJsonObject &json)
    {
        m_draft.keepOverrideIds = true;
        m_draft.name = json.value(QStringLiteral("name")).toString();
        const QJsonValue version = json.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toInteger() < 1)
            report(m_draft, QStringLiteral("version"), QStringLiteral("a positive integer"));
        else
            m_draft.version = int(version.toInteger());
        m_draft.nextOverrideId = int(json.value(QStringLiteral("next_override_id")).toInteger(1));

        const QJsonArray rotations = array(json, QStringLiteral("rotations"));
        for (qsizetype i = 0; i < rotations.size(); ++i)
            readRotation(QStringLiteral("rotations[%1]").arg(i), rotations.at(i).toObject());
        const QJsonArray overrides = array(json, QStringLiteral("overrides"));
        for (qsizetype i = 0; i < overrides.size(); ++i)
            readOverride(QStringLiteral("overrides[%1]").arg(i), overrides.at(i).toObject());
        m_draft.hasChain = json.contains(QStringLiteral("chain"));
        const QJsonArray chain = array(json, QStringLiteral("chain"));
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const QJsonObject level = chain.at(i).toObject();
            m_draft.chain.append(
                EscalationLevel{int(i + 1), level.value(QStringLiteral("rotation")).toString(),
                                int(level.value(QStringLiteral("timeout_seconds"))
                                        .toInteger(Roster::kDefaultLevelTimeoutSeconds))});
        }
    }

private:
    QJsonArray array(const QJsonObject &json, const QString &key)
    {
        const QJsonValue value = json.value(key);
        if (!value.isUndefined() && !value.isArray())
            report(m_draft, key, QStringLiteral("expected an array"));
        return value.toArray();
    }

    QDateTime time(const QString &path, const QJsonValue &value)
    {
        const auto when = RosterLoader::parseUtcDateTime(value.toString());
        if (!when) {
            report(m_draft, path,
                   QStringLiteral("'%1' is not an ISO 8601 date-time").arg(value.toString()));
        }
        return when.value_or(QDateTime());
    }

    void readRotation(const QString &path, const QJsonObject &json)
    {
        Rotation rotation;
        rotation.id = json.value(QStringLiteral("id")).toString();
        const QJsonArray members = json.value(QStringLiteral("members")).toArray();
        for (const QJsonValue &member : members)
            rotation.members.append(member.toString());
        rotation.handoffStart =
            time(path + QStringLiteral(".start"), json.value(QStringLiteral("start")));
        rotation.shiftSeconds = json.value(QStringLiteral("shift_seconds")).toInteger(0);
        m_draft.rotations.append(rotation);
    }

    void readOverride(const QString &path, const QJsonObject &json)
    {
        RosterOverride entry;
        entry.id = int(json.value(QStringLiteral("id")).toInteger(0));
        entry.rotation = json.value(QStringLiteral("rotation")).toString();
        entry.user = json.value(QStringLiteral("user")).toString();
        entry.from = time(path + QStringLiteral(".from"), json.value(QStringLiteral("from")));
        entry.to = time(path + QStringLiteral(".to"), json.value(QStringLiteral("to")));
        entry.reason = json.value(QStringLiteral("reason")).toString();
        m_draft.overrides.append(entry);
    }

    Draft &m_draft;
};

} // namespace

std::optional<qint64> RosterLoader::parseDuration(QStringView input)
{
    const QStringView trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 unit = 1;
    QStringView number = trimmed;
    switch (trimmed.back().unicode()) {
    case 's':
        unit = 1;
        break;
    case 'm':
        unit = 60;
        break;
    case 'h':
        unit = 3600;
        break;
    case 'd':
        unit = 24 * 3600;
        break;
    case 'w':
        unit = 7 * 24 * 3600;
        break;
    default:
        unit = 0; // no unit: plain seconds
        break;
    }
    if (unit != 0)
        number = trimmed.chopped(1).trimmed();
    else
        unit = 1;
    bool ok = false;
    const qint64 count = number.toLongLong(&ok);
    // Cap at a year: anything longer is a typo, and the product stays far
    // from qint64 overflow in the arithmetic that follows.
    constexpr qint64 kYear = 366LL * 24 * 3600;
    if (!ok || count <= 0 || count > kYear / unit)
        return std::nullopt;
    return count * unit;
}

std::optional<QDateTime> RosterLoader::parseUtcDateTime(QStringView input)
{
    const QString trimmed = input.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(QLatin1Char('T'))) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    // No offset given: the roster is UTC, never the host's local time.
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

RosterLoadResult RosterLoader::assemble(const Draft &draft)
{
    QList<ValidationError> errors = draft.errors;
    auto keep = [&draft, &errors](const ValidationError &error) {
        // An unreadable field was reported once already; the edit API would
        // only complain about the placeholder left in its place.
        if (!draft.unreadable.contains(error.field))
            errors.append(error);
    };
    QSet<QString> readIds;
    for (const Rotation &rotation : draft.rotations)
        readIds.insert(rotation.id);

    Roster roster;
    for (qsizetype i = 0; i < draft.rotations.size(); ++i) {
        const QString prefix = QStringLiteral("rotations[%1].").arg(i);
        for (ValidationError error : roster.addRotation(draft.rotations.at(i)).errors) {
            error.field.prepend(prefix);
            keep(error);
        }
    }
    // A rotation that failed its own checks is already reported; do not
    // report every reference to it as "unknown rotation" too.
    auto isBrokenRotation = [&readIds, &roster](const QString &id) {
        return readIds.contains(id) && !roster.rotation(id).has_value();
    };

    QSet<int> overrideIds;
    int highestOverrideId = 0;
    for (qsizetype i = 0; i < draft.overrides.size(); ++i) {
        const RosterOverride &entry = draft.overrides.at(i);
        const QString prefix = QStringLiteral("overrides[%1].").arg(i);
        const RosterEditResult result = roster.addOverride(entry);
        for (ValidationError error : result.errors) {
            if (error.field == u"rotation" && isBrokenRotation(entry.rotation))
                continue;
            error.field.prepend(prefix);
            keep(error);
        }
        if (!result.ok() || !draft.keepOverrideIds)
            continue;
        if (entry.id <= 0 || overrideIds.contains(entry.id)) {
            keep(ValidationError{
                QString(), 0, prefix + QStringLiteral("id"),
                QStringLiteral("override id %1 is not a unique positive number").arg(entry.id)});
            continue;
        }
        overrideIds.insert(entry.id);
        highestOverrideId = std::max(highestOverrideId, entry.id);
        roster.m_overrides.last().id = entry.id;
    }

    if (!draft.hasChain) {
        // reported by the reader
    } else {
        const RosterEditResult result = roster.setChain(draft.chain);
        for (const ValidationError &error : result.errors) {
            bool cascade = false;
            for (qsizetype i = 0; i < draft.chain.size(); ++i) {
                if (error.field == QStringLiteral("chain[%1].rotation").arg(i) &&
                    isBrokenRotation(draft.chain.at(i).rotation))
                    cascade = true;
            }
            if (!cascade)
                keep(error);
        }
    }

    if (!errors.isEmpty())
        return RosterLoadResult{std::nullopt, errors};
    roster.m_name = draft.name.trimmed();
    roster.m_version = draft.version;
    if (draft.keepOverrideIds)
        roster.m_nextOverrideId = std::max(draft.nextOverrideId, highestOverrideId + 1);
    return RosterLoadResult{roster, {}};
}

RosterLoadResult RosterLoader::fromYaml(const QString &yamlText, const QString &fileName)
{
    Draft draft;
    LineMap lines;
    try {
        const YAML::Node root = YAML::Load(yamlText.toStdString());
        YamlReader(draft, lines).read(root);
    } catch (const YAML::Exception &error) {
        const int line = error.mark.line >= 0 ? error.mark.line + 1 : 1;
        return RosterLoadResult{std::nullopt,
                                {ValidationError{fileName, line, QStringLiteral("yaml"),
                                                 QString::fromStdString(error.msg)}}};
    }
    RosterLoadResult result = assemble(draft);
    for (ValidationError &error : result.errors) {
        error.file = fileName;
        error.line = lineFor(lines, error.field);
    }
    return result;
}

RosterLoadResult RosterLoader::fromYamlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return RosterLoadResult{
            std::nullopt, {ValidationError{path, 0, QStringLiteral("file"), file.errorString()}}};
    }
    return fromYaml(QString::fromUtf8(file.readAll()), path);
}

RosterLoadResult RosterLoader::fromJson(const QJsonObject &json)
{
    Draft draft;
    JsonReader(draft).read(json);
    if (!draft.hasChain)
        report(draft, QStringLiteral("chain"), QStringLiteral("required"));
    return assemble(draft);
}

} // namespace icc
