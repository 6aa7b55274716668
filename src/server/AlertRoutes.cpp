#include "AlertRoutes.h"

#include "AlertParser.h"
#include "Clock.h"
#include "CommitBatcher.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "RecordJson.h"
#include "ServerContext.h"
#include "ServerStore.h"
#include "ServiceReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <functional>
#include <memory>

namespace icc {

namespace {

constexpr int kMaxListedErrors = 50;

using Parse = std::function<AlertParseResult(RequestContext &, std::optional<ApiError> *)>;

// The body as any JSON value (object or array): 415 unless JSON, 400 when
// empty or malformed.
std::optional<QJsonValue> jsonValue(RequestContext &request, std::optional<ApiError> *error)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("Content-Type"));
    if (contentType.split(';').constFirst().trimmed().toLower() != "application/json") {
        *error = ApiError::unsupportedMediaType(
            QStringLiteral("send the alerts as Content-Type: application/json"));
        return std::nullopt;
    }
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty()) {
        *error = ApiError::badRequest(QStringLiteral("the request body is empty"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::badRequest(QStringLiteral("malformed JSON at offset %1: %2")
                                          .arg(parseError.offset)
                                          .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (document.isArray())
        return QJsonValue(document.array());
    if (document.isObject())
        return QJsonValue(document.object());
    *error = ApiError::badRequest(QStringLiteral("the body must be a JSON object or array"));
    return std::nullopt;
}

// 422 naming every problem: the first in detail/field, all in "errors".
Reply parseRefusal(const QList<ParseError> &errors)
{
    const ParseError &first = errors.constFirst();
    QString detail = QStringLiteral("nothing was ingested: %1").arg(first.toString());
    if (errors.size() > 1)
        detail += QStringLiteral(" (and %1 more problems)").arg(errors.size() - 1);
    QJsonObject body = ApiError::unprocessable(detail, first.field).toJson();
    QJsonArray listed;
    for (const ParseError &error : errors.mid(0, kMaxListedErrors)) {
        listed.append(QJsonObject{
            {QStringLiteral("index"), error.index},
            {QStringLiteral("field"), error.field},
            {QStringLiteral("message"), error.message},
        });
    }
    body.insert(QStringLiteral("errors"), listed);
    return ApiResponse::json(body, 422);
}

QString rateKey(const Caller &caller)
{
    return (caller.isIngestKey() ? QStringLiteral("ingest-key:") : QStringLiteral("user:")) +
           caller.name;
}

// The common path of the three ingest endpoints: rate limit, parse, commit.
void addIngestRoute(HttpApi &api, ServerContext &context,
                    const std::shared_ptr<RateLimiter> &limiter, const QString &path, Parse parse)
{
    api.addRoute(
        HttpApi::Post, path, Permission::IngestAlerts,
        [&context, limiter, parse](RequestContext &request) -> Reply {
            const QString key = rateKey(request.caller());
            if (!limiter->allow(key)) {
                context.ingestMetrics.throttledRequests += 1;
                return ApiError::tooManyRequests(
                    QStringLiteral("ingest rate limit of this credential exceeded"),
                    limiter->retryAfterSeconds(key));
            }
            std::optional<ApiError> error;
            AlertParseResult parsed = parse(request, &error);
            if (error) {
                context.ingestMetrics.rejectedRequests += 1;
                return *error;
            }
            if (!parsed.ok()) {
                context.ingestMetrics.rejectedRequests += 1;
                return parseRefusal(parsed.errors);
            }
            if (parsed.alerts.isEmpty()) {
                context.ingestMetrics.rejectedRequests += 1;
                return ApiError::unprocessable(QStringLiteral("the request holds no alerts"));
            }
            const QString actor = request.caller().name;
            const QList<Alert> alerts = parsed.alerts;
            return context.commits.write(request, [&context, alerts, actor]() -> Reply {
                QJsonArray results;
                // One alert at a time: each row keeps the source its parser saw
                // (the generic endpoint mixes formats).
                for (const Alert &alert : alerts) {
                    const QString source = toString(alert.source);
                    const ServiceResult result = context.service.ingest({alert}, source, actor);
                    if (!result.ok())
                        return serviceReply(result); // a store failure: the batch rolls back
                    for (const QJsonValue &one :
                         result.body.value(QStringLiteral("alerts")).toArray())
                        results.append(one);
                    context.ingestMetrics.alertsBySource[source] += 1;
                }
                return ApiResponse::json(
                    QJsonObject{{QStringLiteral("accepted"), qint64(alerts.size())},
                                {QStringLiteral("alerts"), results}},
                    202);
            });
        });
}

// Prometheus keeps re-posting a firing alert with endsAt in the future; once
// endsAt has passed without a repost, the alert is over.
void resolveExpiredPostableAlerts(QList<Alert> &alerts, const QDateTime &now)
{
    for (Alert &alert : alerts) {
        if (alert.source == Alert::Source::Alertmanager && alert.status == Alert::Status::Firing &&
            alert.endsAt.isValid() && alert.endsAt <= now)
            alert.status = Alert::Status::Resolved;
    }
}

} // namespace

void AlertRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    auto limiter = std::make_shared<RateLimiter>(context.clock, context.ingestRateLimit);

    addIngestRoute(api, context, limiter, QStringLiteral("/api/v1/alerts/alertmanager"),
                   [](RequestContext &request, std::optional<ApiError> *error) {
                       const ApiResult<QJsonObject> body = request.jsonObject();
                       if (!body) {
                           *error = body.error();
                           return AlertParseResult{};
                       }
                       return AlertParser::parseAlertmanager(*body);
                   });
    addIngestRoute(api, context, limiter, QStringLiteral("/api/v1/alerts/pagerduty"),
                   [](RequestContext &request, std::optional<ApiError> *error) {
                       const ApiResult<QJsonObject> body = request.jsonObject();
                       if (!body) {
                           *error = body.error();
                           return AlertParseResult{};
                       }
                       return AlertParser::parsePagerDuty(*body);
                   });
    addIngestRoute(api, context, limiter, QStringLiteral("/api/v1/alerts"),
                   [&context](RequestContext &request, std::optional<ApiError> *error) {
                       const std::optional<QJsonValue> value = jsonValue(request, error);
                       if (!value)
                           return AlertParseResult{};
                       AlertParseResult parsed = AlertParser::parse(*value);
                       // Only what Prometheus posts (no status of its own) carries this
                       // meaning; a webhook's resolved/firing is explicit.
                       const bool isWebhook = value->isObject() &&
                                              value->toObject().contains(QStringLiteral("alerts"));
                       if (!isWebhook)
                           resolveExpiredPostableAlerts(parsed.alerts, context.clock.now());
                       return parsed;
                   });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/alerts"), Permission::ReadState,
                 [&context](RequestContext &request) -> Reply {
                     const ApiResult<qint64> limit =
                         request.queryInteger(QStringLiteral("limit"), 100, 1, 1000);
                     if (!limit)
                         return limit.error();
                     const ApiResult<qint64> before = request.queryInteger(
                         QStringLiteral("before"), 0, 1, std::numeric_limits<qint64>::max());
                     if (!before)
                         return before.error();
                     // One more than asked tells whether another page exists.
                     QList<AlertRecord> rows = context.store.alerts(int(*limit + 1), *before);
                     const bool more = rows.size() > *limit;
                     if (more)
                         rows.resize(*limit);
                     QJsonArray alerts;
                     for (const AlertRecord &row : rows)
                         alerts.append(RecordJson::alert(row));
                     return QJsonObject{
                         {QStringLiteral("alerts"), alerts},
                         {QStringLiteral("next_before"),
                          more ? QJsonValue(rows.constLast().id) : QJsonValue(QJsonValue::Null)}};
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/alerts/<arg>"), Permission::ReadState,
                 [&context](RequestContext &, qint64 id) -> Reply {
                     const std::optional<AlertRecord> alert = context.store.alertById(id);
                     if (!alert)
                         return ApiError::notFound(QStringLiteral("no alert %1").arg(id));
                     return RecordJson::alertDetail(*alert);
                 });
}

} // namespace icc
