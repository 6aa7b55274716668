#include "RunbookMatchRoutes.h"

#include "AlertParser.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "JsonConversions.h"
#include "JsonFields.h"
#include "ServerContext.h"
#include "ServerStore.h"

#include <QJsonArray>

namespace icc {

namespace {

const QStringList kInputs{QStringLiteral("text"), QStringLiteral("alert_id"),
                          QStringLiteral("alert")};

// The stored alert (Alert::toJson() of its latest occurrence) as the matcher
// saw it; a field that is missing stays empty.
Alert storedAlert(const AlertRecord &record)
{
    const QJsonObject json = record.alert;
    Alert alert;
    alert.id = json.value(QStringLiteral("id")).toString();
    const QString source = json.value(QStringLiteral("source")).toString();
    alert.source = source == QLatin1String("alertmanager") ? Alert::Source::Alertmanager
                   : source == QLatin1String("pagerduty")  ? Alert::Source::PagerDuty
                                                           : Alert::Source::Generic;
    const QString status = json.value(QStringLiteral("status")).toString(record.status);
    alert.status = status == QLatin1String("resolved")       ? Alert::Status::Resolved
                   : status == QLatin1String("acknowledged") ? Alert::Status::Acknowledged
                                                             : Alert::Status::Firing;
    alert.severity = json.value(QStringLiteral("severity")).toString(record.severity);
    alert.summary = json.value(QStringLiteral("summary")).toString(record.summary);
    alert.description = json.value(QStringLiteral("description")).toString();
    alert.origin = json.value(QStringLiteral("origin")).toString();
    alert.dedupKey = json.value(QStringLiteral("dedup_key")).toString();
    alert.fingerprint = json.value(QStringLiteral("fingerprint")).toString(record.fingerprint);
    alert.generatorUrl = json.value(QStringLiteral("generator_url")).toString();
    alert.labels = json::toStringMap(json.value(QStringLiteral("labels")));
    alert.annotations = json::toStringMap(json.value(QStringLiteral("annotations")));
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        alert.values.insert(it.key(), it.value().toDouble());
    alert.startsAt = json::timestampFrom(json.value(QStringLiteral("starts_at")));
    alert.endsAt = json::timestampFrom(json.value(QStringLiteral("ends_at")));
    return alert;
}

// What the request asks to match: exactly one of text, alert_id, alert.
ApiResult<Alert> alertToMatch(const ServerContext &context, const QJsonObject &body)
{
    QStringList given;
    for (const QString &input : kInputs) {
        const QJsonValue value = body.value(input);
        if (!value.isUndefined() && !value.isNull())
            given.append(input);
    }
    if (given.isEmpty())
        return ApiError::unprocessable(
            QStringLiteral("send exactly one of text, alert_id or alert"), QStringLiteral("text"));
    if (given.size() > 1)
        return ApiError::unprocessable(QStringLiteral("send exactly one of text, alert_id or "
                                                      "alert, not %1")
                                           .arg(given.join(QStringLiteral(" and "))),
                                       given.at(1));
    JsonFields fields(body);
    const QString input = given.constFirst();
    if (input == QLatin1String("text")) {
        const QString text = fields.requiredString(input);
        if (!fields.ok())
            return *fields.error();
        // What matchText does, kept as an Alert so both paths share the rest.
        Alert alert;
        alert.summary = text;
        return alert;
    }
    if (input == QLatin1String("alert_id")) {
        const qint64 id = fields.requiredInteger(input);
        if (!fields.ok())
            return *fields.error();
        const auto record = context.store.alertById(id);
        if (!record)
            return ApiError::notFound(QStringLiteral("no alert %1").arg(id));
        return storedAlert(*record);
    }
    const QJsonObject object = fields.requiredObject(input);
    if (!fields.ok())
        return *fields.error();
    const AlertParseResult parsed = AlertParser::parse(object);
    if (!parsed.ok()) {
        const ParseError &first = parsed.errors.constFirst();
        return ApiError::unprocessable(
            QStringLiteral("alert: %1").arg(first.toString()),
            first.field.isEmpty() ? input : input + QLatin1Char('.') + first.field);
    }
    if (parsed.alerts.size() != 1)
        return ApiError::unprocessable(
            QStringLiteral("alert must describe one alert, not %1").arg(parsed.alerts.size()),
            input);
    return parsed.alerts.constFirst();
}

QString twoDecimals(double value)
{
    return QString::number(value, 'f', 2);
}

// Why the matcher chose this runbook, or none, in words for the matcher view.
QStringList observationsOf(const MatchResult &match, const RunbookMatcher &matcher)
{
    QStringList observations;
    if (match.candidates.isEmpty()) {
        observations.append(QStringLiteral("no runbook shares a word or concept with the alert: "
                                           "a novel alert"));
        if (match.informational)
            observations.append(QStringLiteral("informational: %1").arg(match.informationalReason));
        return observations;
    }
    const MatchCandidate &best = match.candidates.constFirst();
    if (match.informational) {
        observations.append(QStringLiteral("informational, nothing to remediate: %1")
                                .arg(match.informationalReason));
    } else if (match.ambiguous) {
        const MatchCandidate &second = match.candidates.at(1);
        observations.append(
            QStringLiteral("ambiguous: %1 (%2) and %3 (%4) are closer than the margin %5, so "
                           "no runbook is chosen")
                .arg(best.runbookId, twoDecimals(best.score), second.runbookId,
                     twoDecimals(second.score), twoDecimals(matcher.options().ambiguityMargin)));
    } else if (match.hasRunbook()) {
        observations.append(QStringLiteral("matched %1 with confidence %2")
                                .arg(match.runbookId, twoDecimals(match.confidence)));
    } else if (match.confidence < matcher.options().minConfidence) {
        observations.append(
            QStringLiteral("the best confidence %1 (%2) is below the threshold %3: a novel or "
                           "weak match, no runbook")
                .arg(twoDecimals(best.score), best.runbookId,
                     twoDecimals(matcher.options().minConfidence)));
    } else {
        observations.append(
            QStringLiteral("%1 shares only generic words with the alert: no runbook")
                .arg(best.runbookId));
    }
    if (!match.explanation.conditionsFailed.isEmpty())
        observations.append(QStringLiteral("conditions of %1 the alert's readings fail: %2")
                                .arg(best.runbookId, match.explanation.conditionsFailed.join(
                                                         QStringLiteral("; "))));
    return observations;
}

QJsonObject matchJson(const MatchResult &match, const IncidentService &service)
{
    QJsonArray candidates;
    for (qsizetype i = 0; i < match.candidates.size(); ++i) {
        const MatchCandidate &candidate = match.candidates.at(i);
        const Runbook *runbook = service.runbooks().find(candidate.runbookId);
        candidates.append(
            QJsonObject{{QStringLiteral("runbook_id"), candidate.runbookId},
                        {QStringLiteral("title"), runbook ? runbook->title : QString()},
                        {QStringLiteral("confidence"), candidate.score},
                        {QStringLiteral("risk"), runbook ? toString(runbook->risk) : QString()},
                        // The matcher explains its best candidate only.
                        {QStringLiteral("explanation"),
                         i == 0 ? QJsonValue(match.explanation.toJson()) : QJsonValue()}});
    }
    return QJsonObject{{QStringLiteral("candidates"), candidates},
                       {QStringLiteral("matched_runbook"),
                        match.hasRunbook() ? QJsonValue(match.runbookId) : QJsonValue()},
                       {QStringLiteral("ambiguous"), match.ambiguous},
                       {QStringLiteral("informational"), match.informational},
                       {QStringLiteral("observations"),
                        QJsonArray::fromStringList(observationsOf(match, service.matcher()))}};
}

} // namespace

void RunbookMatchRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/runbooks/match"), Permission::ReadState,
                 [&context](RequestContext &request) -> Reply {
                     const auto body = request.jsonObject();
                     if (!body)
                         return body.error();
                     const auto alert = alertToMatch(context, *body);
                     if (!alert)
                         return alert.error();
                     const MatchResult match = context.service.matcher().match(*alert);
                     return matchJson(match, context.service);
                 });
}

} // namespace icc
