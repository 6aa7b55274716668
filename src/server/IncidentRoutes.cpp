#include "IncidentRoutes.h"

#include "CommitBatcher.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "RecordJson.h"
#include "ServerContext.h"
#include "ServerStore.h"
#include "ServiceReply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace icc {

void IncidentRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/incidents"), Permission::ReadState,
                 [&context](RequestContext &request) -> Reply {
                     const QString status =
                         request.query().queryItemValue(QStringLiteral("status"));
                     if (!status.isEmpty() && status != QLatin1String("open") &&
                         status != QLatin1String("resolved"))
                         return ApiError::badRequest(
                             QStringLiteral("query parameter status must be open or resolved"),
                             QStringLiteral("status"));
                     const ApiResult<qint64> limit =
                         request.queryInteger(QStringLiteral("limit"), 100, 1, 1000);
                     if (!limit)
                         return limit.error();
                     QJsonArray incidents;
                     for (const IncidentRow &row : context.store.incidents(status, int(*limit)))
                         incidents.append(RecordJson::incident(row));
                     return QJsonObject{{QStringLiteral("incidents"), incidents}};
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/incidents/<arg>"), Permission::ReadState,
                 [&context](RequestContext &, const QString &id) -> Reply {
                     const std::optional<IncidentRow> incident = context.store.incident(id);
                     if (!incident)
                         return ApiError::notFound(QStringLiteral("no incident %1").arg(id));
                     QJsonObject body = RecordJson::incident(*incident);
                     QJsonArray alerts;
                     for (const AlertRecord &alert : context.store.alertsForIncident(id))
                         alerts.append(RecordJson::alert(alert));
                     QJsonArray proposals;
                     for (const ProposalRecord &proposal : context.store.proposalsForIncident(id))
                         proposals.append(RecordJson::proposal(proposal));
                     QJsonArray openReviews;
                     for (const QJsonObject &review : context.store.reviews(true)) {
                         if (review.value(QStringLiteral("incident_id")).toString() == id)
                             openReviews.append(review.value(QStringLiteral("id")));
                     }
                     body.insert(QStringLiteral("alerts"), alerts);
                     body.insert(QStringLiteral("proposals"), proposals);
                     body.insert(QStringLiteral("open_review_ids"), openReviews);
                     return body;
                 });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/incidents/<arg>/repin"),
                 Permission::ManageIncidents,
                 [&context](RequestContext &request, const QString &id) -> Reply {
                     const QString commander = request.caller().name;
                     return context.commits.write(request, [&context, id, commander]() -> Reply {
                         const ServiceResult result = context.service.repinIncident(id, commander);
                         if (!result.ok())
                             return serviceReply(result);
                         // The stored row: the same shape as GET /incidents/<id>.
                         const std::optional<IncidentRow> row = context.store.incident(id);
                         return row ? Reply(RecordJson::incident(*row)) : serviceReply(result);
                     });
                 });
}

} // namespace icc
