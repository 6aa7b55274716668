#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

// Conversions every JSON writer in core shares, so timestamps and label maps
// look the same in the audit log, the API and persisted state.
namespace icc::json {

// ISO 8601 in UTC with milliseconds ("2026-01-15T03:00:00.000Z"); empty when invalid.
QString timestamp(const QDateTime &when);
// Reads what timestamp() wrote; invalid for anything else.
QDateTime timestampFrom(const QJsonValue &value);

QJsonObject fromStringMap(const QMap<QString, QString> &map);
// A value that is not a string becomes an empty string.
QMap<QString, QString> toStringMap(const QJsonValue &value);

} // namespace icc::json
