#include "OversightRoutes.h"

#include "Clock.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "OversightMetrics.h"
#include "RouteInput.h"
#include "ServerContext.h"

namespace icc {

void OversightRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/metrics/oversight"), Permission::ReadMetrics,
                 [&context](RequestContext &request) -> Reply {
                     // The window is [from, to): by default it ends just after
                     // now, so a decision taken this very millisecond counts.
                     const auto to = RouteInput::queryTimestamp(
                         request, QStringLiteral("to"), context.clock.now().toUTC().addMSecs(1));
                     if (!to)
                         return to.error();
                     const auto from = RouteInput::queryTimestamp(request, QStringLiteral("from"),
                                                                  to->addDays(-kDefaultWindowDays));
                     if (!from)
                         return from.error();
                     if (*from >= *to)
                         return ApiError::badRequest(QStringLiteral("from must be before to"),
                                                     QStringLiteral("from"));
                     const AuditReadResult read = context.service.auditLog().entries();
                     if (!read.ok())
                         return ApiError::internal(
                             QStringLiteral("cannot read the audit log: %1").arg(read.error));
                     return OversightMetrics::compute(read.entries, *from, *to).toJson();
                 });
}

} // namespace icc
