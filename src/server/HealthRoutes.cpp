#include "HealthRoutes.h"

#include "Clock.h"
#include "CommitBatcher.h"
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
                     // A real query, not a cached counter: the server sets a policy
                     // before it listens, so no answer means the store is not answering.
                     // Degraded: a commit failed and the state could not be rebuilt,
                     // so writes are refused until a restore succeeds.
                     const bool storeAnswers =
                         context.store.activePolicy().has_value() && !context.commits.isDegraded();
                     const QJsonObject body{
                         {QStringLiteral("status"),
                          storeAnswers ? QStringLiteral("ok") : QStringLiteral("degraded")},
                         {QStringLiteral("store"),
                          storeAnswers ? QStringLiteral("ok") : QStringLiteral("failing")},
                         {QStringLiteral("version"), context.version},
                         {QStringLiteral("uptime_seconds"), uptime},
                         {QStringLiteral("mode"),
                          context.live ? QStringLiteral("live") : QStringLiteral("dry-run")}};
                     return ApiResponse::json(body, storeAnswers ? 200 : 503);
                 });
}

} // namespace icc
