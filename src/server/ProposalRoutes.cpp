#include "ProposalRoutes.h"

#include "HttpApi.h"
#include "RecordJson.h"
#include "ServerContext.h"
#include "ServerStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace icc {

namespace {

const QStringList &proposalStates()
{
    static const QStringList states{
        QStringLiteral("proposed"),        QStringLiteral("under_review"),
        QStringLiteral("approved"),        QStringLiteral("rejected"),
        QStringLiteral("executing"),       QStringLiteral("executed"),
        QStringLiteral("outcome_unknown"), QStringLiteral("halted"),
        QStringLiteral("cancelled"),       QStringLiteral("no_action")};
    return states;
}

} // namespace

void ProposalRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/proposals"), Permission::ReadState,
                 [&context](RequestContext &request) -> Reply {
                     const QString state = request.query().queryItemValue(QStringLiteral("state"));
                     if (!state.isEmpty() && !proposalStates().contains(state))
                         return ApiError::badRequest(
                             QStringLiteral("query parameter state must be one of %1")
                                 .arg(proposalStates().join(QStringLiteral(", "))),
                             QStringLiteral("state"));
                     const ApiResult<qint64> limit =
                         request.queryInteger(QStringLiteral("limit"), 100, 1, 1000);
                     if (!limit)
                         return limit.error();
                     QJsonArray proposals;
                     for (const ProposalRecord &row : context.store.proposals(state, int(*limit)))
                         proposals.append(RecordJson::proposal(row));
                     return QJsonObject{{QStringLiteral("proposals"), proposals}};
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/proposals/<arg>"), Permission::ReadState,
                 [&context](RequestContext &, const QString &actionId) -> Reply {
                     const std::optional<ProposalRecord> proposal =
                         context.store.proposal(actionId);
                     if (!proposal)
                         return ApiError::notFound(QStringLiteral("no proposal %1").arg(actionId));
                     return RecordJson::proposal(*proposal);
                 });
}

} // namespace icc
