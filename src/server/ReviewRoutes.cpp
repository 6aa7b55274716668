#include "ReviewRoutes.h"

#include "CommitBatcher.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "JsonFields.h"
#include "RouteInput.h"
#include "ServerContext.h"
#include "ServiceReply.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace icc {

namespace {

// What the review screen needs besides the gate's view: the friction asked of
// this reviewer, spelled out, so a client never has to know tier defaults.
QJsonObject withFriction(QJsonObject view)
{
    const QJsonObject review = view.value(QStringLiteral("review")).toObject();
    const QJsonObject friction = review.value(QStringLiteral("friction")).toObject();
    view.insert(QStringLiteral("tier"), review.value(QStringLiteral("tier")));
    view.insert(QStringLiteral("friction"), friction);
    view.insert(QStringLiteral("confirmation_phrase"),
                friction.value(QStringLiteral("confirmation_phrase")).toBool()
                    ? review.value(QStringLiteral("confirmation_phrase"))
                    : QJsonValue());
    view.insert(QStringLiteral("rollback"),
                friction.value(QStringLiteral("rollback_acknowledgement")).toBool()
                    ? review.value(QStringLiteral("rollback"))
                    : QJsonValue());
    return view;
}

Reply viewReply(const ServiceResult &result)
{
    if (!result.ok())
        return serviceReply(result);
    return ApiResponse::json(withFriction(result.body));
}

// A stale decision is answered 409 with the gate's code; the client is told
// in words to reload and look again, because the dwell restarts from there.
Reply decisionReply(const ServiceResult &result)
{
    if (result.ok() || result.field != QLatin1String("context_revision"))
        return serviceReply(result);
    ServiceResult stale = result;
    stale.message +=
        QStringLiteral(" Reload the review (POST .../open) and decide again on what it shows now.");
    return serviceReply(stale);
}

std::optional<DecisionInput> parseDecision(const QJsonObject &body, const QString &reviewId,
                                           const QString &reviewer, std::optional<ApiError> *error)
{
    JsonFields fields(body);
    const QString decision = fields.requiredString(QStringLiteral("decision"));
    const qint64 revision = fields.requiredInteger(QStringLiteral("context_revision"));
    DecisionInput input;
    input.reviewId = reviewId;
    input.reviewer = reviewer;
    input.reason = fields.optionalString(QStringLiteral("reason"));
    input.confirmationPhrase = fields.optionalString(QStringLiteral("confirmation_phrase"));
    input.rollbackAcknowledged =
        fields.optionalBool(QStringLiteral("rollback_acknowledged"), false);
    const QJsonObject parameters = fields.optionalObject(QStringLiteral("parameters"));
    if (!fields.ok()) {
        *error = fields.error();
        return std::nullopt;
    }
    const auto kind = decisionKindFromString(decision);
    if (!kind) {
        *error = ApiError::unprocessable(
            QStringLiteral("decision must be approve, reject, modify or escalate"),
            QStringLiteral("decision"));
        return std::nullopt;
    }
    input.kind = *kind;
    input.contextRevision = revision;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (!it.value().isString()) {
            *error = ApiError::unprocessable(
                QStringLiteral("parameters.%1 must be a string").arg(it.key()),
                QStringLiteral("parameters.%1").arg(it.key()));
            return std::nullopt;
        }
        input.parameters.insert(it.key(), it.value().toString());
    }
    return input;
}

} // namespace

void ReviewRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/reviews"), Permission::ReadState,
                 [&context](RequestContext &request) -> Reply {
                     return serviceReply(context.service.listReviews(request.caller().name));
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/reviews/<arg>"), Permission::ReadState,
                 [&context](RequestContext &request, const QString &reviewId) -> Reply {
                     const OpenResult view =
                         context.service.gate().viewFor(reviewId, request.caller().name);
                     if (!view.ok())
                         return serviceReply(ServiceResult::fromGate(view.error, view.message));
                     return ApiResponse::json(withFriction(view.view->toJson()));
                 });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/reviews/<arg>/open"),
                 Permission::DecideReviews,
                 [&context](RequestContext &request, const QString &reviewId) -> Reply {
                     const QString reviewer = request.caller().name;
                     return context.commits.write(request, [&context, reviewId, reviewer] {
                         return viewReply(context.service.openReview(reviewId, reviewer));
                     });
                 });

    api.addRoute(
        HttpApi::Post, QStringLiteral("/api/v1/reviews/<arg>/decide"), Permission::DecideReviews,
        [&context](RequestContext &request, const QString &reviewId) -> Reply {
            const auto body = request.jsonObject();
            if (!body)
                return body.error();
            std::optional<ApiError> error;
            const auto input = parseDecision(*body, reviewId, request.caller().name, &error);
            if (!input)
                return *error;
            return context.commits.write(request, [&context, input = *input] {
                return decisionReply(context.service.decide(input));
            });
        });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/reviews/<arg>/abort"),
                 Permission::DecideReviews,
                 [&context](RequestContext &request, const QString &reviewId) -> Reply {
                     const auto body = RouteInput::optionalJsonObject(request);
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     const QString reason = fields.optionalString(QStringLiteral("reason"));
                     if (!fields.ok())
                         return *fields.error();
                     const QString who = request.caller().name;
                     return context.commits.write(request, [&context, reviewId, who, reason] {
                         return serviceReply(context.service.abort(reviewId, who, reason));
                     });
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/pages"), Permission::ReadState,
                 [&context](RequestContext &request) -> Reply {
                     // ?recipient=NAME narrows to one person's pages ("my pages").
                     const QString recipient =
                         request.query().queryItemValue(QStringLiteral("recipient"));
                     QJsonArray pages;
                     for (const PageTracker::Page &page : context.service.pages()) {
                         if (recipient.isEmpty() || page.recipient == recipient)
                             pages.append(page.toJson());
                     }
                     return QJsonObject{{QStringLiteral("pages"), pages}};
                 });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/pages/<arg>/acknowledge"),
                 Permission::AcknowledgePages,
                 [&context](RequestContext &request, const QString &pageId) -> Reply {
                     const QString user = request.caller().name;
                     return context.commits.write(request, [&context, pageId, user] {
                         return serviceReply(context.service.acknowledgePage(pageId, user));
                     });
                 });
}

} // namespace icc
