#pragma once

#include "MatchResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The value structs of a chain reconstruction: what each of the three layers
// (human review, policy classification, agent reasoning) knew and did for one
// action, read back from the audit log. Every layer reports whether it is
// present and, when it is not, why; `observations` lists what that layer could
// have caught (fast approval at night, no rule fired, ambiguous match, ...).
namespace icc {

enum class ChainLayerKind
{
    HumanReview,
    PolicyClassification,
    AgentReasoning
};

// human_review | policy_classification | agent_reasoning
QString toString(ChainLayerKind kind);
std::optional<ChainLayerKind> chainLayerKindFromString(QStringView text);
// "Human review", "Policy classification", "Agent reasoning"
QString chainLayerTitle(ChainLayerKind kind);

// Timestamps in chain and incident JSON: ISO 8601 UTC with milliseconds, ""
// for an unknown time. The parser also accepts a bare date ("2026-01-09").
QString chainTimestampToJson(const QDateTime &when);
QDateTime chainTimestampFromJson(const QString &text);

// One earlier decision of the same reviewer, for the "pattern" question.
struct RecentDecision
{
    QString reviewId;
    QString actionId;
    QDateTime decidedAt;
    QString decision; // approve | reject | modify | escalate
    std::optional<double> latencySeconds;
};

// One reviewer's part in one review of the action.
struct ReviewerRecord
{
    QString reviewId;
    QString reviewer;
    QDateTime openedAt;
    QDateTime decidedAt;                // invalid: never decided
    QString decision;                   // empty: never decided
    QString reason;                     // stated reasoning
    std::optional<double> dwellSeconds; // server-counted time from this reviewer's open
    QString contextRevision;
    QJsonObject shown;      // what the review screen showed (review.opened `shown`)
    QJsonObject parameters; // a modify's parameters
    std::optional<int> queueDepthAtOpen;
    int localHour = -1;                    // of the decision (or of the open when undecided)
    QString localTime;                     // the same moment as "HH:mm" in the reviewer's zone
    bool atNight = false;                  // local hour in the night window (00:00-06:00)
    bool fastApproval = false;             // approved in under the fast-approval threshold (10 s)
    QList<RecentDecision> recentDecisions; // this reviewer's previous decisions, newest first
    int decisionsInPreviousHour = 0;
    QStringList refusals; // refused decisions ("stale_context: ...")

    // dwell_seconds when recorded, else decided - opened; nullopt when undecided.
    std::optional<double> latencySeconds() const;
};

struct ReviewTimeout
{
    QString reviewId;
    QDateTime at;
    int level = 0;
    QStringList escalatedTo;
    bool held = false;
};

struct HumanReviewLayer
{
    bool present = false; // at least one reviewer opened or decided a review
    QString absence;      // why not, e.g. "no review: action was pre-approved ..."
    bool preApproved = false;
    bool classApproved = false;
    QString classApprovalId;
    QString classApprovedBy;
    QList<ReviewerRecord> reviewers; // in order of opening
    QList<ReviewTimeout> timeouts;
    QString resolvedState; // last review.resolved state, empty when none
    QDateTime resolvedAt;
    QStringList observations;
};

struct FiredRule
{
    QString ruleId;
    QString trigger;
    QString message;
    QStringList thresholds; // the figures quoted in the message ("0.62", "0.80", "25%")
};

struct PolicyVersionAge
{
    QString version;
    QDateTime approvedOn;                    // invalid: unknown
    std::optional<qint64> ageDaysAtDecision; // age when the decision (or incident) happened
    std::optional<qint64> ageDaysNow;        // age at reconstruction time
};

struct PolicyLayer
{
    bool present = false;
    QString absence;
    QDateTime decidedAt;
    QString action;
    QString runbook;
    int stepIndex = -1;
    std::optional<double> confidence;
    QString outcome; // proceed | escalate | halt | no_action
    int autonomyLevel = -1;
    QString reviewTier; // none | pre_approved | tier1 | tier2 | tier3
    bool requiresApproval = false;
    int approvalTimeoutSeconds = 0;
    QJsonObject friction;
    QList<FiredRule> rules;           // empty: no rule fired
    PolicyVersionAge version;         // the version that decided
    PolicyVersionAge incidentVersion; // the version pinned at incident.opened
    int reevaluations = 0;            // later policy.decided for the same action (modify re-check)
    QStringList observations;
};

struct AgentLayer
{
    bool present = false; // the alert or the match was found
    QString absence;
    QString alertId;
    QDateTime alertReceivedAt;
    QJsonObject alert; // alert.received `alert`
    QString severity;
    QString alertSummary;
    bool matchPresent = false;
    QDateTime matchedAt;
    QString matchedRunbook; // empty: no runbook
    double confidence = 0.0;
    bool ambiguous = false;
    bool informational = false;
    QList<MatchCandidate> candidates; // best first
    MatchExplanation explanation;
    QStringList observations;
};

struct ExecutionRecord
{
    QDateTime at;
    QString action;
    QString mode; // dry_run | live
    bool success = false;
    std::optional<int> exitCode;
    QString output;
    QString command;
    bool rolledBack = false;
    QString rollbackOutput;
    QString blockedBy;
};

struct OutcomeMark
{
    QDateTime at;
    QString quality; // good | bad
    QString by;
    QString note;
};

// The three layers behind one action, its execution and its outcome marks.
struct ChainRecord
{
    QString actionId;
    QString incidentId;
    QString action; // the action type (restart_service)
    HumanReviewLayer humanReview;
    PolicyLayer policy;
    AgentLayer agent;
    QList<ExecutionRecord> executions; // in log order
    QList<OutcomeMark> outcomes;
    QStringList missing; // every absent layer or record, as a sentence

    const QStringList &observations(ChainLayerKind kind) const;

    QJsonObject toJson() const;
    // Parses what toJson wrote; nullopt and a message naming the field otherwise.
    static std::optional<ChainRecord> fromJson(const QJsonObject &object, QString *error = nullptr);
};

} // namespace icc
