#include "PolicyDecision.h"

#include <QJsonArray>

namespace icc {

QJsonObject PolicyReason::toJson() const
{
    return QJsonObject{
        {QStringLiteral("rule"), ruleId},
        {QStringLiteral("trigger"), trigger},
        {QStringLiteral("message"), message},
    };
}

QJsonObject PolicyDecision::toJson() const
{
    QJsonArray reasonsJson;
    for (const PolicyReason &reason : reasons)
        reasonsJson.append(reason.toJson());
    return QJsonObject{
        {QStringLiteral("outcome"), toString(outcome)},
        {QStringLiteral("autonomy_level"), toInt(autonomyLevel)},
        {QStringLiteral("review_tier"), toString(reviewTier)},
        {QStringLiteral("requires_approval"), requiresApproval()},
        {QStringLiteral("friction"), friction.toJson()},
        {QStringLiteral("approval_timeout_seconds"), approvalTimeoutSeconds},
        {QStringLiteral("reasons"), reasonsJson},
        {QStringLiteral("policy_version"), policyVersion},
    };
}

} // namespace icc
