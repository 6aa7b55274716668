#include "MatchResult.h"

#include <QJsonArray>

namespace icc {

QJsonObject MatchExplanation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("terms"), QJsonArray::fromStringList(matchedTerms)},
        {QStringLiteral("concepts"), QJsonArray::fromStringList(matchedConcepts)},
        {QStringLiteral("labels"), QJsonArray::fromStringList(matchedLabels)},
        {QStringLiteral("conditions_met"), QJsonArray::fromStringList(conditionsMet)},
        {QStringLiteral("conditions_failed"), QJsonArray::fromStringList(conditionsFailed)},
    };
}

QJsonObject MatchResult::toJson() const
{
    QJsonArray candidatesJson;
    for (const MatchCandidate &candidate : candidates)
        candidatesJson.append(QJsonObject{{QStringLiteral("id"), candidate.runbookId},
                                          {QStringLiteral("score"), candidate.score}});
    QJsonObject json{
        {QStringLiteral("runbook"), runbookId.isEmpty() ? QJsonValue() : QJsonValue(runbookId)},
        {QStringLiteral("confidence"), confidence},
        {QStringLiteral("candidates"), candidatesJson},
        {QStringLiteral("ambiguous"), ambiguous},
        {QStringLiteral("informational"), informational},
        {QStringLiteral("explanation"), explanation.toJson()},
    };
    // Only present when it says something: why nothing is to be done.
    if (!informationalReason.isEmpty())
        json.insert(QStringLiteral("informational_reason"), informationalReason);
    return json;
}

} // namespace icc
