#pragma once

#include "Friction.h"
#include "HitlTypes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

// The contents of an escalation-policy document as plain values. PolicyLoader
// fills it from YAML (resources/policy/default.yaml documents every field);
// EscalationPolicy evaluates it. The defaults here are the ones a document
// gets for a section or field it leaves out.
namespace icc {

struct PolicyRiskTier
{
    std::optional<double> minConfidence; // nullopt: "never" proceeds autonomously
    int maxAutonomousActions = 0;        // per incident
    AutonomyLevel maxAutonomyLevel = AutonomyLevel::Autonomous;
    bool haltOnFailure = false;
};

// Extra bounds a catalogued (level-4) action must meet when it is proposed;
// unset bounds are not checked.
struct PolicyCatalogConditions
{
    std::optional<RiskTier> maxRisk;
    std::optional<double> minConfidence;
    std::optional<int> minPatternOccurrences;
    std::optional<int> maxServices;
    std::optional<double> maxTrafficFraction;
    std::optional<int> maxReversibleMinutes;
    QMap<QString, double> maxParameters; // parameter -> largest allowed numeric value
};

struct PolicyCatalogEntry
{
    QString action;
    QString description;
    QDate qualifiedOn;
    int requalificationDays = 90;
    PolicyCatalogConditions conditions;
    int line = 0; // where it is declared, for messages

    // Last day (UTC, inclusive) on which the qualification still holds.
    QDate qualifiedThrough() const { return qualifiedOn.addDays(requalificationDays); }
};

struct PolicyBlastRadiusLimits
{
    int maxServices = 1;
    double maxTrafficFraction = 0.2;
    int maxReversibleMinutes = 5;
};

enum class PolicyBudgetState
{
    Normal,
    Degraded,
    Freeze
};

struct PolicyErrorBudget
{
    double normalAbove = 0.75; // remaining above this: the budget sets no limit
    double freezeBelow = 0.25; // remaining below this: freeze, at most level 2
    AutonomyLevel degradedMaxLevel = AutonomyLevel::Conditional; // in between
    PolicyBudgetState whenUnknown = PolicyBudgetState::Degraded;
};

// Facts about a proposed step that review-tier classification refers to by name.
enum class PolicyReviewCondition
{
    Irreversible,
    Reversible,
    ReadOnly,
    BlastRadiusExceeded,
    WithinBlastRadius,
    LowRisk,
    HighRiskOrAbove,
    CriticalRisk,
    Regulated,
    OutsidePlaybook,
    FamiliarPattern,
    NovelPattern,
    Confident,
};

QString toString(PolicyReviewCondition condition);
std::optional<PolicyReviewCondition> reviewConditionFromString(QStringView text);
QString toString(PolicyBudgetState state);
std::optional<PolicyBudgetState> budgetStateFromString(QStringView text);

struct PolicyDocument
{
    PolicyDocument();

    // metadata
    QString version;
    QString description;
    QStringList approvedBy;
    QDate approvedOn;
    QDate reviewBy;
    QString sourceFile;

    // autonomy
    int requalificationDays = 90;
    bool conditionalEnabled = true;
    int conditionalAbortWindowSeconds = 300;
    QList<PolicyCatalogEntry> catalog;

    // triggers
    double proposalMinConfidence = 0.5;
    PolicyBlastRadiusLimits blastRadius;
    int minPatternOccurrences = 3;
    bool changeRecordRequired = true;
    QStringList regulatoryFrameworks;

    // risk
    std::array<PolicyRiskTier, 4> riskTiers; // indexed by riskRank()
    QMap<QString, RiskTier> severityFloor;   // alert severity -> lowest risk tier
    PolicyErrorBudget errorBudget;

    // review
    int approvalTimeoutSeconds = 600;
    std::array<Friction, 5> friction; // indexed by reviewRank()
    QList<PolicyReviewCondition> tier3WhenAny;
    QList<PolicyReviewCondition> tier1WhenAll;
};

} // namespace icc
