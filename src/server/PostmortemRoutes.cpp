#include "PostmortemRoutes.h"

#include "CommitBatcher.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "PostmortemAnalysis.h"
#include "ServerContext.h"
#include "ServerStore.h"
#include "ServiceReply.h"

namespace icc {

namespace {

// A refused save; a stale revision also tells which revision to reload.
Reply refusal(const ServiceResult &result)
{
    if (result.error != ServiceError::Conflict)
        return serviceReply(result);
    QJsonObject body = ApiError::conflict(result.message, result.field).toJson();
    body.insert(QStringLiteral("current_revision"),
                result.body.value(QStringLiteral("current_revision")));
    return ApiResponse::json(body, 409);
}

} // namespace

void PostmortemRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(
        HttpApi::Get, QStringLiteral("/api/v1/incidents/<arg>/postmortem"), Permission::ReadAudit,
        [&context](RequestContext &, const QString &incidentId) -> Reply {
            if (!context.store.incident(incidentId))
                return ApiError::notFound(QStringLiteral("no incident %1").arg(incidentId));
            return context.service.postmortem(incidentId).toJson();
        });

    api.addRoute(
        HttpApi::Put, QStringLiteral("/api/v1/incidents/<arg>/postmortem"),
        Permission::MarkOutcomes,
        [&context](RequestContext &request, const QString &incidentId) -> Reply {
            if (!context.store.incident(incidentId))
                return ApiError::notFound(QStringLiteral("no incident %1").arg(incidentId));
            const auto body = request.jsonObject();
            if (!body)
                return body.error();
            const auto analysis = PostmortemAnalysis::fromRequest(*body, incidentId);
            if (!analysis)
                return analysis.error();
            const QString by = request.caller().name;
            // The revision is compared inside the batch: two saves
            // based on the same revision cannot both pass.
            return context.commits.write(request, [&context, edited = *analysis, by]() -> Reply {
                const ServiceResult result = context.service.savePostmortem(edited, by);
                return result.ok() ? serviceReply(result) : refusal(result);
            });
        });
}

} // namespace icc
