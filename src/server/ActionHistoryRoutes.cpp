#include "ActionHistoryRoutes.h"

#include "AuditEvent.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "RecordJson.h"
#include "ServerContext.h"
#include "ServerStore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

namespace icc {

namespace {

struct LastDecision
{
    QString reviewId;
    QString decision;
    QString reviewer;
};

// The last review decision and the last outcome mark of each listed action,
// in one pass over the log.
struct ActionFacts
{
    QHash<QString, LastDecision> decisions;
    QHash<QString, QString> outcomes;
};

ActionFacts factsFromLog(const QList<AuditEntry> &entries, const QSet<QString> &actionIds)
{
    ActionFacts facts;
    for (const AuditEntry &entry : entries) {
        if (entry.type == QLatin1String(AuditEvent::kReviewDecided)) {
            const QString actionId = entry.payload.value(QStringLiteral("action_id")).toString();
            if (!actionIds.contains(actionId))
                continue;
            facts.decisions.insert(
                actionId,
                LastDecision{
                    entry.subject, entry.payload.value(QStringLiteral("decision")).toString(),
                    entry.payload.value(QStringLiteral("reviewer")).toString(entry.actor)});
        } else if (entry.type == QLatin1String(AuditEvent::kOutcomeMarked)) {
            if (actionIds.contains(entry.subject))
                facts.outcomes.insert(entry.subject,
                                      entry.payload.value(QStringLiteral("quality")).toString());
        }
    }
    return facts;
}

// The gate's rule: another reviewer's decision stays hidden from a viewer
// while the review hides their reasoning.
bool hiddenFrom(const ServerContext &context, const LastDecision &decision, const QString &viewer)
{
    if (ReviewRequest::sameIdentity(decision.reviewer, viewer))
        return false;
    const OpenResult view = context.service.gate().viewFor(decision.reviewId, viewer);
    return view.ok() && view.view && view.view->othersReasoningHidden;
}

} // namespace

void ActionHistoryRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(
        HttpApi::Get, QStringLiteral("/api/v1/actions/history"), Permission::ReadState,
        [&context](RequestContext &request) -> Reply {
            const QString action =
                request.query().queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
            if (action.trimmed().isEmpty())
                return ApiError::unprocessable(
                    QStringLiteral("query parameter action (the action type) is required"),
                    QStringLiteral("action"));
            const auto limit =
                request.queryInteger(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit);
            if (!limit)
                return limit.error();

            const QList<ProposalRecord> proposals =
                context.store.proposalsOfActionType(action, int(*limit));
            QSet<QString> actionIds;
            for (const ProposalRecord &proposal : proposals)
                actionIds.insert(proposal.actionId);
            ActionFacts facts;
            if (!actionIds.isEmpty()) {
                const AuditReadResult read = context.service.auditLog().entries();
                if (!read.ok())
                    return ApiError::internal(
                        QStringLiteral("cannot read the audit log: %1").arg(read.error));
                facts = factsFromLog(read.entries, actionIds);
            }

            const QString viewer = request.caller().name;
            QHash<QString, QString> titles;
            QJsonArray history;
            for (const ProposalRecord &proposal : proposals) {
                if (!titles.contains(proposal.incidentId)) {
                    const auto incident = context.store.incident(proposal.incidentId);
                    titles.insert(proposal.incidentId, incident ? incident->title : QString());
                }
                QJsonValue decision;
                QJsonValue decidedBy;
                if (const auto found = facts.decisions.constFind(proposal.actionId);
                    found != facts.decisions.cend() && !hiddenFrom(context, *found, viewer)) {
                    decision = found->decision;
                    decidedBy = found->reviewer;
                }
                const QString quality = facts.outcomes.value(proposal.actionId);
                history.append(QJsonObject{
                    {QStringLiteral("action_id"), proposal.actionId},
                    {QStringLiteral("incident_id"), proposal.incidentId},
                    {QStringLiteral("incident_title"),
                     RecordJson::text(titles.value(proposal.incidentId))},
                    {QStringLiteral("proposed_at"), RecordJson::timestamp(proposal.createdAt)},
                    {QStringLiteral("state"), proposal.state},
                    {QStringLiteral("decision"), decision},
                    {QStringLiteral("decided_by"), decidedBy},
                    {QStringLiteral("outcome_quality"), RecordJson::text(quality)},
                    {QStringLiteral("runbook_id"), RecordJson::text(proposal.runbookId)}});
            }
            return QJsonObject{{QStringLiteral("action"), action},
                               {QStringLiteral("history"), history}};
        });
}

} // namespace icc
