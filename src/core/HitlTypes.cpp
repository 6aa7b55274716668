#include "HitlTypes.h"

#include <array>
#include <utility>

namespace icc {

namespace {

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

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

constexpr std::array<std::pair<RiskTier, const char *>, 4> kRiskNames{{
    {RiskTier::Low, "low"},
    {RiskTier::Medium, "medium"},
    {RiskTier::High, "high"},
    {RiskTier::Critical, "critical"},
}};

constexpr std::array<std::pair<Outcome, const char *>, 4> kOutcomeNames{{
    {Outcome::Proceed, "proceed"},
    {Outcome::Escalate, "escalate"},
    {Outcome::Halt, "halt"},
    {Outcome::NoAction, "no_action"},
}};

constexpr std::array<std::pair<ReviewTier, const char *>, 5> kReviewTierNames{{
    {ReviewTier::None, "none"},
    {ReviewTier::PreApproved, "pre_approved"},
    {ReviewTier::Reduced, "tier1"},
    {ReviewTier::Standard, "tier2"},
    {ReviewTier::TwoReviewer, "tier3"},
}};

} // namespace

QString toString(RiskTier tier)
{
    return nameOf(kRiskNames, tier);
}
QString toString(Outcome outcome)
{
    return nameOf(kOutcomeNames, outcome);
}
QString toString(ReviewTier tier)
{
    return nameOf(kReviewTierNames, tier);
}
int toInt(AutonomyLevel level)
{
    return static_cast<int>(level);
}

std::optional<RiskTier> riskTierFromString(QStringView text)
{
    return lookup(kRiskNames, text);
}

std::optional<Outcome> outcomeFromString(QStringView text)
{
    return lookup(kOutcomeNames, text);
}

std::optional<ReviewTier> reviewTierFromString(QStringView text)
{
    return lookup(kReviewTierNames, text);
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
