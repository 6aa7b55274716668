#include "ControlRoutes.h"

#include "ClassApproval.h"
#include "Clock.h"
#include "CommitBatcher.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "JsonConversions.h"
#include "JsonFields.h"
#include "ServerContext.h"
#include "ServiceReply.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace icc {

namespace {

QJsonObject stopJson(const ExecutionGuard::Stop &stop)
{
    return QJsonObject{{QStringLiteral("by"), stop.by},
                       {QStringLiteral("reason"), stop.reason},
                       {QStringLiteral("since"), json::timestamp(stop.since)}};
}

QJsonObject controlsJson(const ExecutionGuard &guard)
{
    const auto killSwitch = guard.killSwitch();
    QJsonObject kill{{QStringLiteral("engaged"), killSwitch.has_value()}};
    if (killSwitch) {
        const QJsonObject stop = stopJson(*killSwitch);
        for (auto it = stop.constBegin(); it != stop.constEnd(); ++it)
            kill.insert(it.key(), it.value());
    }
    QJsonArray halts;
    const auto halted = guard.haltedActionTypes();
    for (auto it = halted.cbegin(); it != halted.cend(); ++it) {
        QJsonObject halt = stopJson(it.value());
        halt.insert(QStringLiteral("action_type"), it.key());
        halts.append(halt);
    }
    return QJsonObject{{QStringLiteral("kill_switch"), kill}, {QStringLiteral("halts"), halts}};
}

// The service's answer, completed with the controls as they now stand, so
// the war-room screen needs no second request.
Reply controlsReply(const ServiceResult &result, const ExecutionGuard &guard, int status = 200)
{
    if (!result.ok())
        return serviceReply(result);
    QJsonObject body = controlsJson(guard);
    body.insert(QStringLiteral("held_reviews"),
                result.body.value(QStringLiteral("held_reviews")).toArray());
    return ApiResponse::json(body, status);
}

} // namespace

void ControlRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(
        HttpApi::Get, QStringLiteral("/api/v1/controls"), Permission::ReadState,
        [&context](RequestContext &) -> Reply { return controlsJson(context.service.guard()); });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/controls/kill-switch"),
                 Permission::StopActions, [&context](RequestContext &request) -> Reply {
                     const auto body = request.jsonObject();
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     const bool engaged = fields.requiredBool(QStringLiteral("engaged"));
                     const QString reason = fields.requiredString(QStringLiteral("reason"));
                     if (!fields.ok())
                         return *fields.error();
                     const QString by = request.caller().name;
                     return context.commits.write(request, [&context, engaged, by, reason] {
                         IncidentService &service = context.service;
                         return controlsReply(engaged ? service.engageKillSwitch(by, reason)
                                                      : service.releaseKillSwitch(by, reason),
                                              service.guard());
                     });
                 });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/controls/halts"), Permission::StopActions,
                 [&context](RequestContext &request) -> Reply {
                     const auto body = request.jsonObject();
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     const QString actionType =
                         fields.requiredString(QStringLiteral("action_type"));
                     const QString reason = fields.requiredString(QStringLiteral("reason"));
                     if (!fields.ok())
                         return *fields.error();
                     const QString by = request.caller().name;
                     return context.commits.write(request, [&context, actionType, by, reason] {
                         return controlsReply(
                             context.service.haltActionType(actionType.trimmed(), by, reason),
                             context.service.guard(), 201);
                     });
                 });

    api.addRoute(
        HttpApi::Delete, QStringLiteral("/api/v1/controls/halts/<arg>"), Permission::StopActions,
        [&context](RequestContext &request, const QString &actionType) -> Reply {
            const QString reason =
                request.query().queryItemValue(QStringLiteral("reason"), QUrl::FullyDecoded);
            const QString by = request.caller().name;
            return context.commits.write(request, [&context, actionType, by, reason] {
                return controlsReply(context.service.resumeActionType(actionType, by, reason),
                                     context.service.guard());
            });
        });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/class-approvals"), Permission::ReadState,
                 [&context](RequestContext &) -> Reply {
                     const QDateTime now = context.clock.now();
                     QJsonArray items;
                     for (const ClassApproval &approval :
                          context.service.gate().classApprovals().all()) {
                         QJsonObject item = approval.toJson();
                         item.insert(QStringLiteral("active"), approval.isActiveAt(now));
                         items.append(item);
                     }
                     return QJsonObject{{QStringLiteral("class_approvals"), items}};
                 });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/class-approvals"),
                 Permission::GrantClassApprovals, [&context](RequestContext &request) -> Reply {
                     const auto body = request.jsonObject();
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     ClassApproval approval;
                     approval.actionPattern =
                         fields.requiredString(QStringLiteral("action")).trimmed();
                     approval.scope = fields.requiredString(QStringLiteral("scope")).trimmed();
                     const qint64 minutes =
                         fields.requiredInteger(QStringLiteral("duration_minutes"));
                     approval.description = fields.optionalString(QStringLiteral("description"));
                     if (!fields.ok())
                         return *fields.error();
                     if (minutes < 1 || minutes > kMaxClassApprovalMinutes)
                         return ApiError::unprocessable(
                             QStringLiteral("duration_minutes must be between 1 and %1")
                                 .arg(kMaxClassApprovalMinutes),
                             QStringLiteral("duration_minutes"));
                     approval.grantedBy = request.caller().name;
                     return context.commits.write(request, [&context, approval, minutes]() mutable {
                         // Counted from when the grant is committed, on the server's clock.
                         approval.expiresAt = context.clock.now().toUTC().addSecs(minutes * 60);
                         return serviceReply(context.service.grantClassApproval(approval), 201);
                     });
                 });

    api.addRoute(HttpApi::Delete, QStringLiteral("/api/v1/class-approvals/<arg>"),
                 Permission::GrantClassApprovals,
                 [&context](RequestContext &request, const QString &id) -> Reply {
                     const QString by = request.caller().name;
                     return context.commits.write(request, [&context, id, by] {
                         return serviceReply(context.service.revokeClassApproval(id, by));
                     });
                 });
}

} // namespace icc
