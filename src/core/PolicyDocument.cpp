#include "PolicyDocument.h"

#include <array>
#include <utility>

namespace icc {

namespace {

constexpr std::array<std::pair<PolicyReviewCondition, const char *>, 13> kConditionNames{{
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

constexpr std::array<std::pair<PolicyBudgetState, const char *>, 3> kBudgetStateNames{{
    {PolicyBudgetState::Normal, "normal"},
    {PolicyBudgetState::Degraded, "degraded"},
    {PolicyBudgetState::Freeze, "freeze"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char *>, N> &table,
                           QStringView text)
{
    for (const auto &[value, name] : table) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toString(PolicyReviewCondition condition)
{
    return nameOf(kConditionNames, condition);
}

std::optional<PolicyReviewCondition> reviewConditionFromString(QStringView text)
{
    return lookup(kConditionNames, text);
}

QString toString(PolicyBudgetState state)
{
    return nameOf(kBudgetStateNames, state);
}

std::optional<PolicyBudgetState> budgetStateFromString(QStringView text)
{
    return lookup(kBudgetStateNames, text);
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
