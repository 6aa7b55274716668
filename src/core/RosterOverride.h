#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace icc {

// "bob covers alice's primary shift from Friday 18:00 to Sunday 18:00".
// An override wins over its rotation inside [from, to) and nowhere else.
// Where overrides of one rotation overlap, the one created later (higher id,
// assigned by the Roster) wins: the latest decision a human made counts.
struct RosterOverride
{
    int id = 0; // creation order, assigned by Roster::addOverride
    QString rotation;
    QString user;
    QDateTime from; // inclusive, UTC
    QDateTime to;   // exclusive, UTC
    QString reason;

    bool covers(const QDateTime &at) const { return at.isValid() && from <= at && at < to; }

    QJsonObject toJson() const
    {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("rotation"), rotation},
            {QStringLiteral("user"), user},
            {QStringLiteral("from"), from.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("reason"), reason},
        };
    }

    friend bool operator==(const RosterOverride &, const RosterOverride &) = default;
};

} // namespace icc
