#pragma once

#include "Friction.h"
#include "HitlTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace icc {

// One reason behind a policy decision: which rule fired and why.
struct PolicyReason
{
    QString ruleId;  // e.g. "trigger.confidence", "tier.critical.never_autonomous"
    QString trigger; // confidence | blast_radius | novelty | regulatory | risk_tier | ... (may be
                     // empty)
    QString message; // human sentence, with the numbers that mattered

    QJsonObject toJson() const;
};

// The escalation policy's verdict for one proposed step.
struct PolicyDecision
{
    Outcome outcome = Outcome::Escalate;
    AutonomyLevel autonomyLevel = AutonomyLevel::Supervised;
    ReviewTier reviewTier = ReviewTier::Standard;
    Friction friction;
    int approvalTimeoutSeconds = 600;
    QList<PolicyReason> reasons;
    QString policyVersion;

    bool requiresApproval() const
    {
        return reviewTier == ReviewTier::Reduced || reviewTier == ReviewTier::Standard ||
               reviewTier == ReviewTier::TwoReviewer;
    }
    QJsonObject toJson() const;
};

} // namespace icc
