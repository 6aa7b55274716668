#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The small vocabulary shared by the policy, the gate, the audit log and every
// client. Each enum has one canonical lower-case spelling used in YAML, JSON
// and the audit log; parsing returns nullopt for anything else.
namespace icc {

enum class RiskTier
{
    Low,
    Medium,
    High,
    Critical
};

enum class Outcome
{
    Proceed,
    Escalate,
    Halt,
    NoAction
};

// PRODUCT.md: 0 manual .. 4 autonomous. The numeric value is meaningful.
enum class AutonomyLevel
{
    Manual = 0,
    Assisted = 1,
    Supervised = 2,
    Conditional = 3,
    Autonomous = 4,
};

// "None" means no review is opened because nothing is proposed (level 0/1,
// halt or no_action).
enum class ReviewTier
{
    None,
    PreApproved,
    Reduced,
    Standard,
    TwoReviewer
};

QString toString(RiskTier tier);
QString toString(Outcome outcome);
QString toString(ReviewTier tier);
int toInt(AutonomyLevel level);

std::optional<RiskTier> riskTierFromString(QStringView text);
std::optional<Outcome> outcomeFromString(QStringView text);
std::optional<ReviewTier> reviewTierFromString(QStringView text);
std::optional<AutonomyLevel> autonomyLevelFromInt(int level);

// Ordering helpers: "more human involvement" is the direction triggers move.
int riskRank(RiskTier tier);
int reviewRank(ReviewTier tier);

} // namespace icc
