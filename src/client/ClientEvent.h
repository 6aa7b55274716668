#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace icc {

// One frame of /api/v1/events: {"seq", "type", "at", "payload"}.
struct ClientEvent
{
    qint64 sequence = 0;
    QString type; // "alert.created", "review.updated", "roster.changed", ...
    QDateTime at;
    QJsonObject payload;
};

} // namespace icc
