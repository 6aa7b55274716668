#include "DashboardRecords.h"

#include "SeverityStyle.h"

#include <QJsonValue>

namespace icc {

namespace {

// Which label names the service: the first that exists wins.
const char *const kServiceLabels[] = {"service", "job", "deployment", "app", "container", "host"};

QString serviceFrom(const QJsonObject &labels)
{
    for (const char *name : kServiceLabels) {
        const QString value = labels.value(QLatin1String(name)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

QDateTime parseServerTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

void DashboardAlert::merge(const QJsonObject &json, const QDateTime &seenAt)
{
    const auto text = [&json](const char *key, QString &field) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isString())
            field = value.toString();
    };
    if (json.contains(QLatin1String("id")))
        id = json.value(QLatin1String("id")).toInteger();
    text("severity", severity);
    severityRank = SeverityStyle::rank(severity);
    text("status", status);
    text("summary", summary);
    text("source", source);
    text("incident_id", incidentId);
    if (json.value(QLatin1String("labels")).isObject()) {
        labels = json.value(QLatin1String("labels")).toObject();
        service = serviceFrom(labels);
    }
    if (json.contains(QLatin1String("occurrences")))
        occurrences = json.value(QLatin1String("occurrences")).toInt();
    const QDateTime received = parseServerTime(json.value(QLatin1String("received_at")));
    const QDateTime lastSeen = parseServerTime(json.value(QLatin1String("last_seen_at")));
    if (received.isValid())
        receivedAt = received;
    else if (!receivedAt.isValid())
        receivedAt = seenAt;
    if (lastSeen.isValid())
        lastSeenAt = lastSeen;
    else if (seenAt.isValid())
        lastSeenAt = seenAt;
    if (!lastSeenAt.isValid())
        lastSeenAt = receivedAt;

    QString all = summary;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        all += QLatin1Char(' ') + it.key() + QLatin1Char('=') + it.value().toString();
    }
    all += QLatin1Char(' ') + source + QLatin1Char(' ') + service + QLatin1Char(' ') + incidentId;
    searchText = all.toLower();
}

QString DashboardAlert::origin() const
{
    if (service.isEmpty())
        return source;
    if (source.isEmpty())
        return service;
    return service + QStringLiteral(" · ") + source;
}

void DashboardIncident::merge(const QJsonObject &json, const QDateTime &seenAt)
{
    const auto text = [&json](const char *key, QString &field) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isString())
            field = value.toString();
    };
    text("id", id);
    text("title", title);
    text("severity", severity);
    severityRank = SeverityStyle::rank(severity);
    text("status", status);
    if (json.contains(QLatin1String("alert_count")))
        alertCount = json.value(QLatin1String("alert_count")).toInt();
    const QDateTime opened = parseServerTime(json.value(QLatin1String("opened_at")));
    const QDateTime updated = parseServerTime(json.value(QLatin1String("updated_at")));
    if (opened.isValid())
        openedAt = opened;
    else if (!openedAt.isValid())
        openedAt = seenAt;
    if (updated.isValid())
        updatedAt = updated;
    else if (seenAt.isValid())
        updatedAt = seenAt;
    if (!updatedAt.isValid())
        updatedAt = openedAt;
}

} // namespace icc
