#include "HealthRoutes.h"

#include "Clock.h"
#include "HttpApi.h"
#include "ServerContext.h"
#include "ServerStore.h"

#include <QJsonObject>

namespace icc {

void HealthRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/healthz"), Permission::Public,
                 [&context](RequestContext &) -> Reply {
                     const qint64 uptime = context.startedAt.secsTo(context.clock.now());
                     return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                        {QStringLiteral("version"), context.version},
                                        {QStringLiteral("uptime_seconds"), uptime},
                                        {QStringLiteral("mode"), context.live
                                                                     ? QStringLiteral("live")
                                                                     : QStringLiteral("dry-run")}};
                 });
}

} // namespace icc
