#include "AuditPayloads.h"

#include "JsonConversions.h"

#include <QJsonArray>

namespace icc {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// The chain reconstruction reads "", "global" and "all" as every incident.
QString auditScope(const QString &scope)
{
    return scope == ClassApproval::allIncidents() ? QStringLiteral("global") : scope;
}

} // namespace

QJsonObject AuditPayloads::alertReceived(const Alert &alert)
{
    return QJsonObject{{QStringLiteral("alert"), alert.toJson()}};
}

QJsonObject AuditPayloads::incidentOpened(const QString &policyVersion,
                                          const QDate &policyApprovedOn, qint64 rosterVersion,
                                          const QString &firstAlertId)
{
    QJsonObject payload{{QStringLiteral("policy_version"), policyVersion},
                        {QStringLiteral("roster_version"), rosterVersion},
                        {QStringLiteral("first_alert_id"), firstAlertId}};
    if (policyApprovedOn.isValid())
        payload.insert(QStringLiteral("policy_approved_on"), dateOrNull(policyApprovedOn));
    return payload;
}

QJsonObject AuditPayloads::matchCompleted(const QString &alertId, const MatchResult &match)
{
    return QJsonObject{{QStringLiteral("alert_id"), alertId},
                       {QStringLiteral("match"), match.toJson()}};
}

QJsonObject AuditPayloads::policyDecided(const QString &alertId, const QString &runbookId,
                                         int stepIndex, const QString &action, double confidence,
                                         const PolicyDecision &decision,
                                         const QDate &policyApprovedOn)
{
    QJsonObject payload{
        {QStringLiteral("alert_id"), alertId},
        {QStringLiteral("runbook"), runbookId.isEmpty() ? QJsonValue() : QJsonValue(runbookId)},
        {QStringLiteral("step_index"), stepIndex},
        {QStringLiteral("action"), action},
        {QStringLiteral("confidence"), confidence},
        {QStringLiteral("decision"), decision.toJson()}};
    if (policyApprovedOn.isValid())
        payload.insert(QStringLiteral("policy_approved_on"), dateOrNull(policyApprovedOn));
    return payload;
}

QJsonObject AuditPayloads::reviewShown(const QString &summary, const QString &action,
                                       const QString &rollback, double confidence,
                                       const QJsonObject &extra)
{
    QJsonObject shown = extra;
    shown.insert(QStringLiteral("summary"), summary);
    shown.insert(QStringLiteral("action"), action);
    shown.insert(QStringLiteral("rollback"), rollback);
    shown.insert(QStringLiteral("confidence"), confidence);
    return shown;
}

QJsonObject AuditPayloads::reviewOpened(const QString &actionId, const QString &reviewer,
                                        qint64 contextRevision, int queueDepth,
                                        const QJsonObject &shown)
{
    return QJsonObject{{QStringLiteral("action_id"), actionId},
                       {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("context_revision"), contextRevision},
                       {QStringLiteral("queue_depth"), queueDepth},
                       {QStringLiteral("shown"), shown}};
}

QJsonObject AuditPayloads::reviewDecided(const QString &actionId, const RecordedDecision &decision)
{
    QJsonObject payload{{QStringLiteral("action_id"), actionId},
                        {QStringLiteral("reviewer"), decision.reviewer},
                        {QStringLiteral("decision"), toString(decision.kind)},
                        {QStringLiteral("reason"), decision.reason},
                        {QStringLiteral("dwell_seconds"), decision.dwellSeconds},
                        {QStringLiteral("context_revision"), decision.contextRevision},
                        {QStringLiteral("round"), decision.round}};
    if (!decision.parameters.isEmpty())
        payload.insert(QStringLiteral("parameters"), json::fromStringMap(decision.parameters));
    return payload;
}

QJsonObject AuditPayloads::reviewRefused(const QString &actionId, const QString &reviewer,
                                         GateError error, const QString &detail)
{
    return QJsonObject{{QStringLiteral("action_id"), actionId},
                       {QStringLiteral("reviewer"), reviewer},
                       {QStringLiteral("error"), toString(error)},
                       {QStringLiteral("detail"), detail}};
}

QJsonObject AuditPayloads::reviewTimedOut(const QString &actionId, int level,
                                          const QStringList &escalatedTo, bool held)
{
    return QJsonObject{{QStringLiteral("action_id"), actionId},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("escalated_to"), QJsonArray::fromStringList(escalatedTo)},
                       {QStringLiteral("held"), held}};
}

QJsonObject AuditPayloads::reviewResolved(const QString &actionId, ReviewState state,
                                          const QString &note, const QString &classApprovalId)
{
    QJsonObject payload{{QStringLiteral("action_id"), actionId},
                        {QStringLiteral("state"), toString(state)}};
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note);
    if (!classApprovalId.isEmpty())
        payload.insert(QStringLiteral("class_approval_id"), classApprovalId);
    return payload;
}

QJsonObject AuditPayloads::executionCompleted(const ExecutionResult &result)
{
    // ExecutionResult::toJson is documented as exactly this event's payload.
    QJsonObject payload = result.toJson();
    if (!payload.contains(QStringLiteral("rollback_output")))
        payload.insert(QStringLiteral("rollback_output"), result.rollbackOutput);
    return payload;
}

QJsonObject AuditPayloads::pageSent(const QString &reviewId, const QString &alertId, int level,
                                    const QString &recipient)
{
    return QJsonObject{{QStringLiteral("review_id"), reviewId},
                       {QStringLiteral("alert_id"), alertId},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("recipient"), recipient}};
}

QJsonObject AuditPayloads::pageAcknowledged(const QString &reviewId, const QString &alertId,
                                            int level, const QString &user,
                                            std::optional<qint64> latencySeconds)
{
    return QJsonObject{{QStringLiteral("review_id"), reviewId},
                       {QStringLiteral("alert_id"), alertId},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("latency_seconds"),
                        latencySeconds ? QJsonValue(double(*latencySeconds)) : QJsonValue()}};
}

QJsonObject AuditPayloads::killSwitch(const QString &by, const QString &reason)
{
    return QJsonObject{{QStringLiteral("by"), by}, {QStringLiteral("reason"), reason}};
}

QJsonObject AuditPayloads::actionType(const QString &action, const QString &by,
                                      const QString &reason)
{
    return QJsonObject{{QStringLiteral("action"), action},
                       {QStringLiteral("by"), by},
                       {QStringLiteral("reason"), reason}};
}

QJsonObject AuditPayloads::classApprovalGranted(const ClassApproval &approval)
{
    return QJsonObject{{QStringLiteral("action"), approval.actionPattern},
                       {QStringLiteral("scope"), auditScope(approval.scope)},
                       {QStringLiteral("granted_by"), approval.grantedBy},
                       {QStringLiteral("expires_at"), json::timestamp(approval.expiresAt)},
                       {QStringLiteral("description"), approval.description}};
}

QJsonObject AuditPayloads::classApprovalRevoked(const ClassApproval &approval)
{
    return QJsonObject{{QStringLiteral("action"), approval.actionPattern},
                       {QStringLiteral("scope"), auditScope(approval.scope)},
                       {QStringLiteral("revoked_by"), approval.revokedBy},
                       {QStringLiteral("revoked_at"), json::timestamp(approval.revokedAt)}};
}

QJsonObject AuditPayloads::outcomeMarked(const QString &quality, const QString &by,
                                         const QString &note)
{
    return QJsonObject{{QStringLiteral("quality"), quality},
                       {QStringLiteral("by"), by},
                       {QStringLiteral("note"), note}};
}

} // namespace icc
