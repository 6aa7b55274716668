#include "RecordJson.h"

#include "JsonConversions.h"

namespace icc {

QJsonValue RecordJson::timestamp(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(json::timestamp(when)) : QJsonValue(QJsonValue::Null);
}

QJsonValue RecordJson::text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject RecordJson::alert(const AlertRecord &alert)
{
    return QJsonObject{
        {QStringLiteral("id"), alert.id},
        {QStringLiteral("fingerprint"), alert.fingerprint},
        {QStringLiteral("status"), alert.status},
        {QStringLiteral("severity"), alert.severity},
        {QStringLiteral("summary"), alert.summary},
        {QStringLiteral("labels"), alert.alert.value(QStringLiteral("labels")).toObject()},
        {QStringLiteral("source"), alert.source},
        {QStringLiteral("incident_id"), text(alert.incidentId)},
        {QStringLiteral("received_at"), timestamp(alert.receivedAt)},
        {QStringLiteral("last_seen_at"), timestamp(alert.lastSeenAt)},
        {QStringLiteral("occurrences"), alert.occurrences},
    };
}

QJsonObject RecordJson::alertDetail(const AlertRecord &alert)
{
    QJsonObject detail = RecordJson::alert(alert);
    detail.insert(QStringLiteral("annotations"),
                  alert.alert.value(QStringLiteral("annotations")).toObject());
    detail.insert(QStringLiteral("description"), alert.alert.value(QStringLiteral("description")));
    detail.insert(QStringLiteral("starts_at"), alert.alert.value(QStringLiteral("starts_at")));
    detail.insert(QStringLiteral("ends_at"), alert.alert.value(QStringLiteral("ends_at")));
    detail.insert(QStringLiteral("alert"), alert.alert);
    return detail;
}

QJsonObject RecordJson::incident(const IncidentRow &incident)
{
    return QJsonObject{
        {QStringLiteral("id"), incident.id},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("group_key"), incident.groupKey},
        {QStringLiteral("status"), incident.status},
        {QStringLiteral("severity"), incident.severity},
        {QStringLiteral("opened_at"), timestamp(incident.openedAt)},
        {QStringLiteral("updated_at"), timestamp(incident.updatedAt)},
        {QStringLiteral("resolved_at"), timestamp(incident.resolvedAt)},
        {QStringLiteral("context_revision"), incident.contextRevision},
        {QStringLiteral("policy_version"), incident.policyVersion},
        {QStringLiteral("roster_version"), incident.rosterVersion},
        {QStringLiteral("alert_count"), incident.alertCount},
        {QStringLiteral("autonomous_actions"), incident.autonomousActions},
    };
}

QJsonObject RecordJson::proposal(const ProposalRecord &proposal)
{
    return QJsonObject{
        {QStringLiteral("action_id"), proposal.actionId},
        {QStringLiteral("incident_id"), proposal.incidentId},
        {QStringLiteral("alert_id"), proposal.alertId},
        {QStringLiteral("runbook_id"), proposal.runbookId},
        {QStringLiteral("step_index"), proposal.stepIndex},
        {QStringLiteral("action_type"), proposal.actionType},
        {QStringLiteral("review_id"), text(proposal.reviewId)},
        {QStringLiteral("state"), proposal.state},
        {QStringLiteral("decision"), proposal.decision},
        {QStringLiteral("step"), proposal.step},
        {QStringLiteral("match"), proposal.match},
        {QStringLiteral("created_at"), timestamp(proposal.createdAt)},
        {QStringLiteral("updated_at"), timestamp(proposal.updatedAt)},
    };
}

QJsonObject RecordJson::user(const UserRecord &user)
{
    return QJsonObject{
        {QStringLiteral("name"), user.name},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("created_at"), timestamp(user.createdAt)},
        {QStringLiteral("disabled"), user.disabled},
    };
}

QJsonObject RecordJson::ingestKey(const IngestKeyRecord &key)
{
    return QJsonObject{
        {QStringLiteral("name"), key.name},
        {QStringLiteral("created_at"), timestamp(key.createdAt)},
        {QStringLiteral("revoked"), key.revokedAt.isValid()},
        {QStringLiteral("revoked_at"), timestamp(key.revokedAt)},
    };
}

} // namespace icc
