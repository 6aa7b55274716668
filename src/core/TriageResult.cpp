#include "TriageResult.h"

#include <QJsonArray>

namespace icc {

QJsonObject TriageResult::toJson() const
{
    QJsonArray candidatesJson;
    for (const MatchCandidate &candidate : match.candidates)
        candidatesJson.append(QJsonObject{{QStringLiteral("id"), candidate.runbookId},
                                          {QStringLiteral("score"), candidate.score}});
    QJsonArray reasonsJson;
    for (const PolicyReason &reason : overall.reasons)
        reasonsJson.append(reason.toJson());
    QJsonArray stepsJson;
    for (const StepDecision &step : steps) {
        if (step.index < 0)
            continue;
        stepsJson.append(QJsonObject{
            {QStringLiteral("index"), step.index},
            {QStringLiteral("action"), step.action},
            {QStringLiteral("outcome"), toString(step.decision.outcome)},
            {QStringLiteral("autonomy_level"), toInt(step.decision.autonomyLevel)},
            {QStringLiteral("review_tier"), toString(step.decision.reviewTier)},
            {QStringLiteral("requires_approval"), step.decision.requiresApproval()},
        });
    }
    return QJsonObject{
        {QStringLiteral("alert_id"), alert.id},
        {QStringLiteral("summary"), alert.summary},
        {QStringLiteral("fingerprint"), alert.fingerprint},
        {QStringLiteral("runbook"),
         match.hasRunbook() ? QJsonValue(match.runbookId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("confidence"), match.confidence},
        {QStringLiteral("candidates"), candidatesJson},
        {QStringLiteral("ambiguous"), match.ambiguous},
        {QStringLiteral("informational"), match.informational},
        {QStringLiteral("outcome"), toString(overall.outcome)},
        {QStringLiteral("autonomy_level"), toInt(overall.autonomyLevel)},
        {QStringLiteral("review_tier"), toString(overall.reviewTier)},
        {QStringLiteral("requires_approval"), overall.requiresApproval()},
        {QStringLiteral("reasons"), reasonsJson},
        {QStringLiteral("policy_version"), overall.policyVersion},
        {QStringLiteral("steps"), stepsJson},
        {QStringLiteral("explanation"), match.explanation.toJson()},
    };
}

} // namespace icc
