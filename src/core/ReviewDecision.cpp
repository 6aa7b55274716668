#include "ReviewDecision.h"

#include "EnumNames.h"
#include "JsonConversions.h"

#include <QJsonValue>

namespace icc {

namespace {

constexpr EnumNameTable<DecisionKind, 4> kKindNames{{
    {DecisionKind::Approve, "approve"},
    {DecisionKind::Reject, "reject"},
    {DecisionKind::Modify, "modify"},
    {DecisionKind::Escalate, "escalate"},
}};

} // namespace

QString toString(DecisionKind kind)
{
    return enumName(kKindNames, kind);
}

std::optional<DecisionKind> decisionKindFromString(QStringView text)
{
    return enumFromName(kKindNames, text);
}

QJsonObject RecordedDecision::toJson() const
{
    QJsonObject object{
        {QStringLiteral("reviewer"), reviewer},
        {QStringLiteral("decision"), toString(kind)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("dwell_seconds"), dwellSeconds},
        {QStringLiteral("context_revision"), contextRevision},
        {QStringLiteral("at"), json::timestamp(at)},
        {QStringLiteral("round"), round},
    };
    if (!parameters.isEmpty())
        object.insert(QStringLiteral("parameters"), json::fromStringMap(parameters));
    return object;
}

std::optional<RecordedDecision> RecordedDecision::fromJson(const QJsonObject &object,
                                                           QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<RecordedDecision> {
        if (error)
            *error = QStringLiteral("decision: %1").arg(why);
        return std::nullopt;
    };
    RecordedDecision decision;
    decision.reviewer = object.value(QStringLiteral("reviewer")).toString();
    if (decision.reviewer.isEmpty())
        return fail(QStringLiteral("reviewer is missing"));
    const auto kind = decisionKindFromString(object.value(QStringLiteral("decision")).toString());
    if (!kind)
        return fail(QStringLiteral("decision is not approve|reject|modify|escalate"));
    decision.kind = *kind;
    decision.reason = object.value(QStringLiteral("reason")).toString();
    decision.dwellSeconds = object.value(QStringLiteral("dwell_seconds")).toInteger();
    decision.contextRevision = object.value(QStringLiteral("context_revision")).toInteger();
    decision.at =
        QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!decision.at.isValid())
        return fail(QStringLiteral("at is not an ISO 8601 time"));
    decision.round = object.value(QStringLiteral("round")).toInt();
    const QJsonObject params = object.value(QStringLiteral("parameters")).toObject();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        decision.parameters.insert(it.key(), it.value().toString());
    return decision;
}

QJsonObject EscalationEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("review_id"), reviewId},
        {QStringLiteral("incident_id"), incidentId},
        {QStringLiteral("from_level"), fromLevel},
        {QStringLiteral("to_level"), toLevel},
        {QStringLiteral("exhausted"), exhausted},
        {QStringLiteral("alert_commander"), alertCommander()},
        {QStringLiteral("cause"), cause == Cause::Timeout ? QStringLiteral("timeout")
                                                          : QStringLiteral("reviewer_escalated")},
        {QStringLiteral("by"), by},
        {QStringLiteral("at"), json::timestamp(at)},
    };
}

QJsonObject GateResult::toJson() const
{
    QJsonObject object{
        {QStringLiteral("ok"), ok()},
        {QStringLiteral("error"), toString(error)},
        {QStringLiteral("message"), message},
        {QStringLiteral("review_id"), reviewId},
        {QStringLiteral("state"), toString(state)},
    };
    if (decision)
        object.insert(QStringLiteral("decision"), decision->toJson());
    if (escalation)
        object.insert(QStringLiteral("escalation"), escalation->toJson());
    return object;
}

} // namespace icc
