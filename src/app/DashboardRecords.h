#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace icc {

// One alert as the dashboard keeps it. The REST list sends the full record;
// live events send only ids + state ({id, fingerprint, incident_id, status,
// severity, summary, occurrences}), so merge() overwrites only the fields a
// JSON object actually carries and keeps the rest.
struct DashboardAlert
{
    qint64 id = 0;
    QString severity;
    int severityRank = -1; // SeverityStyle::rank(severity), cached for sort/filter
    QString status;        // firing | acknowledged | resolved
    QString summary;
    QString source;  // generic | alertmanager | pagerduty
    QString service; // from the labels (service, job, deployment, app, host...)
    QString incidentId;
    QJsonObject labels;
    QDateTime receivedAt;
    QDateTime lastSeenAt;
    int occurrences = 0;
    QString searchText; // lower-case summary, labels, source, service, incident

    // seenAt fills received/last-seen when the JSON has no timestamps (an
    // event's "at").
    void merge(const QJsonObject &json, const QDateTime &seenAt = {});
    // "service · source", whichever exist.
    QString origin() const;
};

// One incident: the grouping parent of its alerts.
struct DashboardIncident
{
    QString id;
    QString title;
    QString severity;
    int severityRank = -1;
    QString status; // open | resolved
    int alertCount = 0;
    QDateTime openedAt;
    QDateTime updatedAt;

    // seenAt: the event's time, taken as updated_at (and opened_at for a
    // new incident) because incident events carry no timestamps.
    void merge(const QJsonObject &json, const QDateTime &seenAt = {});
};

QDateTime parseServerTime(const QJsonValue &value);

} // namespace icc
