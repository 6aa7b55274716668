#include "HitlTypes.h"

#include "EnumNames.h"

namespace icc {

namespace {

constexpr EnumNameTable<RiskTier, 4> kRiskNames{{
    {RiskTier::Low, "low"},
    {RiskTier::Medium, "medium"},
    {RiskTier::High, "high"},
    {RiskTier::Critical, "critical"},
}};

constexpr EnumNameTable<Outcome, 4> kOutcomeNames{{
    {Outcome::Proceed, "proceed"},
    {Outcome::Escalate, "escalate"},
    {Outcome::Halt, "halt"},
    {Outcome::NoAction, "no_action"},
}};

constexpr EnumNameTable<ReviewTier, 5> kReviewTierNames{{
    {ReviewTier::None, "none"},
    {ReviewTier::PreApproved, "pre_approved"},
    {ReviewTier::Reduced, "tier1"},
    {ReviewTier::Standard, "tier2"},
    {ReviewTier::TwoReviewer, "tier3"},
}};

} // namespace

QString toString(RiskTier tier)
{
    return enumName(kRiskNames, tier);
}
QString toString(Outcome outcome)
{
    return enumName(kOutcomeNames, outcome);
}
QString toString(ReviewTier tier)
{
    return enumName(kReviewTierNames, tier);
}
int toInt(AutonomyLevel level)
{
    return static_cast<int>(level);
}

std::optional<RiskTier> riskTierFromString(QStringView text)
{
    return enumFromName(kRiskNames, text);
}

std::optional<Outcome> outcomeFromString(QStringView text)
{
    return enumFromName(kOutcomeNames, text);
}

std::optional<ReviewTier> reviewTierFromString(QStringView text)
{
    return enumFromName(kReviewTierNames, text);
}

std::optional<AutonomyLevel> autonomyLevelFromInt(int level)
{
    if (level < 0 || level > 4)
        return std::nullopt;
    return static_cast<AutonomyLevel>(level);
}

int riskRank(RiskTier tier)
{
    return static_cast<int>(tier);
}

int reviewRank(ReviewTier tier)
{
    return static_cast<int>(tier);
}

} // namespace icc
