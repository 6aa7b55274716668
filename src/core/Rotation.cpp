#include "Rotation.h"

#include <QJsonArray>
#include <QSet>

namespace icc {

namespace {

ValidationError fieldError(const QString &field, const QString &message)
{
    return ValidationError{QString(), 0, field, message};
}

} // namespace

qint64 Rotation::shiftIndexAt(const QDateTime &at) const
{
    if (!at.isValid() || !handoffStart.isValid() || shiftSeconds <= 0)
        return 0;
    const qint64 elapsed = handoffStart.secsTo(at);
    return elapsed < 0 ? 0 : elapsed / shiftSeconds;
}

QString Rotation::onCallAt(const QDateTime &at) const
{
    if (members.isEmpty() || !at.isValid())
        return QString();
    return members.at(shiftIndexAt(at) % members.size());
}

QDateTime Rotation::shiftStartAt(const QDateTime &at) const
{
    return handoffStart.toUTC().addSecs(shiftIndexAt(at) * shiftSeconds);
}

QDateTime Rotation::nextHandoffAfter(const QDateTime &at) const
{
    if (at.isValid() && handoffStart.isValid() && at < handoffStart)
        return handoffStart.toUTC().addSecs(shiftSeconds); // the first member covers until then
    return shiftStartAt(at).addSecs(shiftSeconds);
}

QList<ValidationError> Rotation::validate() const
{
    QList<ValidationError> errors;
    if (id.trimmed().isEmpty())
        errors.append(fieldError(QStringLiteral("id"), QStringLiteral("a rotation needs an id")));
    else if (id.contains(QLatin1Char(' ')) || id != id.trimmed())
        errors.append(
            fieldError(QStringLiteral("id"),
                       QStringLiteral("rotation id '%1' may not contain spaces").arg(id)));

    if (members.isEmpty()) {
        errors.append(fieldError(QStringLiteral("members"),
                                 QStringLiteral("rotation '%1' has no members: nobody would be "
                                                "paged")
                                     .arg(id)));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString field = QStringLiteral("members[%1]").arg(i);
        const QString &member = members.at(i);
        if (member.trimmed().isEmpty())
            errors.append(fieldError(field, QStringLiteral("member name is empty")));
        else if (seen.contains(member))
            errors.append(fieldError(field, QStringLiteral("'%1' is listed twice").arg(member)));
        seen.insert(member);
    }

    if (!handoffStart.isValid())
        errors.append(fieldError(QStringLiteral("start"),
                                 QStringLiteral("the first handoff time is missing or invalid")));
    if (shiftSeconds <= 0)
        errors.append(fieldError(
            QStringLiteral("shift"),
            QStringLiteral("shift length must be positive, got %1 s").arg(shiftSeconds)));
    return errors;
}

QJsonObject Rotation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("members"), QJsonArray::fromStringList(members)},
        {QStringLiteral("start"), handoffStart.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("shift_seconds"), shiftSeconds},
    };
}

} // namespace icc
