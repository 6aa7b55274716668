#include "PolicyDocument.h"

#include "EnumNames.h"

namespace icc {

namespace {

constexpr EnumNameTable<PolicyReviewCondition, 13> kConditionNames{{
    {PolicyReviewCondition::Irreversible, "irreversible"},
    {PolicyReviewCondition::Reversible, "reversible"},
    {PolicyReviewCondition::ReadOnly, "read_only"},
    {PolicyReviewCondition::BlastRadiusExceeded, "blast_radius_exceeded"},
    {PolicyReviewCondition::WithinBlastRadius, "within_blast_radius"},
    {PolicyReviewCondition::LowRisk, "low_risk"},
    {PolicyReviewCondition::HighRiskOrAbove, "high_risk_or_above"},
    {PolicyReviewCondition::CriticalRisk, "critical_risk"},
    {PolicyReviewCondition::Regulated, "regulated"},
    {PolicyReviewCondition::OutsidePlaybook, "outside_playbook"},
    {PolicyReviewCondition::FamiliarPattern, "familiar_pattern"},
    {PolicyReviewCondition::NovelPattern, "novel_pattern"},
    {PolicyReviewCondition::Confident, "confident"},
}};

constexpr EnumNameTable<PolicyBudgetState, 3> kBudgetStateNames{{
    {PolicyBudgetState::Normal, "normal"},
    {PolicyBudgetState::Degraded, "degraded"},
    {PolicyBudgetState::Freeze, "freeze"},
}};

} // namespace

QString toString(PolicyReviewCondition condition)
{
    return enumName(kConditionNames, condition);
}

std::optional<PolicyReviewCondition> reviewConditionFromString(QStringView text)
{
    return enumFromName(kConditionNames, text);
}

QString toString(PolicyBudgetState state)
{
    return enumName(kBudgetStateNames, state);
}

std::optional<PolicyBudgetState> budgetStateFromString(QStringView text)
{
    return enumFromName(kBudgetStateNames, text);
}

PolicyDocument::PolicyDocument()
{
    riskTiers[riskRank(RiskTier::Low)] = {0.70, 5, AutonomyLevel::Autonomous, false};
    riskTiers[riskRank(RiskTier::Medium)] = {0.80, 3, AutonomyLevel::Autonomous, false};
    riskTiers[riskRank(RiskTier::High)] = {0.90, 1, AutonomyLevel::Conditional, true};
    riskTiers[riskRank(RiskTier::Critical)] = {std::nullopt, 0, AutonomyLevel::Supervised, true};

    severityFloor.insert(QStringLiteral("critical"), RiskTier::High);

    // Nobody is asked for "none" and "pre_approved"; the others follow PRODUCT.md.
    Friction none;
    none.requiredReviewers = 0;
    friction[reviewRank(ReviewTier::None)] = none;

    Friction preApproved = none;
    preApproved.abortWindowSeconds = 300;
    friction[reviewRank(ReviewTier::PreApproved)] = preApproved;

    friction[reviewRank(ReviewTier::Reduced)] = Friction{};

    Friction standard;
    standard.reasonForRejectOrModify = true;
    friction[reviewRank(ReviewTier::Standard)] = standard;

    Friction twoReviewer;
    twoReviewer.requiredReviewers = 2;
    twoReviewer.minDwellSeconds = 60;
    twoReviewer.confirmationPhrase = true;
    twoReviewer.rollbackAcknowledgement = true;
    twoReviewer.reasonForRejectOrModify = true;
    twoReviewer.reasonAlways = true;
    twoReviewer.hideOtherReviewersReasoning = true;
    friction[reviewRank(ReviewTier::TwoReviewer)] = twoReviewer;

    tier3WhenAny = {PolicyReviewCondition::Irreversible, PolicyReviewCondition::BlastRadiusExceeded,
                    PolicyReviewCondition::CriticalRisk, PolicyReviewCondition::Regulated,
                    PolicyReviewCondition::OutsidePlaybook};
    tier1WhenAll = {PolicyReviewCondition::Reversible, PolicyReviewCondition::WithinBlastRadius,
                    PolicyReviewCondition::LowRisk, PolicyReviewCondition::FamiliarPattern,
                    PolicyReviewCondition::Confident};
}

} // namespace icc
