#pragma once

#include "AuditEntry.h"
#include "AuditEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// Median and 90th percentile of a set of durations, in seconds. The median of
// an even count is the mean of the middle two; p90 is the nearest-rank value
// (the ceil(0.9 n)-th smallest), so it is always an observed duration.
struct DurationStats
{
    int count = 0;
    std::optional<double> medianSeconds;
    std::optional<double> p90Seconds;

    static DurationStats of(QList<double> seconds);
    QJsonObject toJson() const;
};

// The HITL-theater check: oversight that approves almost instantly, almost
// never rejects and never modifies is ceremonial, not a control.
struct TheaterCheck
{
    enum class Verdict
    {
        InsufficientData,
        NotFlagged,
        Flagged
    };

    Verdict verdict = Verdict::InsufficientData;
    int decisions = 0;
    int minimumDecisions = 0;
    std::optional<double> medianApprovalSeconds;
    std::optional<double> rejectionRate; // 0..1
    int modifications = 0;
    QString message;

    bool flagged() const { return verdict == Verdict::Flagged; }
    QJsonObject toJson() const;
};

QString toString(TheaterCheck::Verdict verdict); // insufficient_data | not_flagged | flagged

struct OversightOptions
{
    int theaterMinimumDecisions = 20;     // below this the check does not judge
    double theaterApprovalSeconds = 10.0; // median approval latency under this ...
    double theaterRejectionRate = 0.01;   // ... and rejection rate under this ...
                                          // ... and no modification: flagged
    int escalationTimeoutSeconds = 600;   // the next level's time to answer when no
                                          // later timeout of the same review says otherwise
    // Event types that count as a page acknowledgement for MTTA, matched by
    // payload alert_id: by default a page acknowledgement ("I'm on it").
    QStringList acknowledgementEventTypes{QString::fromLatin1(AuditEvent::kPageAcknowledged)};
};

// Oversight health over one window [from, to).
//
// Definitions (all decisions are review.decided entries inside the window):
// - time to decision: dwell_seconds of the decision (server-counted from that
//   reviewer's open), or decided - opened when the dwell is not recorded;
//   grouped by review tier (from the action's policy.decided), reviewer and
//   alert severity (the alert behind the action; "unknown" when not found).
// - rejection / modification rate: rejects / decisions, modifies / decisions.
// - override rate: decisions that overrule what the agent recommended, i.e.
//   reject or escalate. Approving the recommended action is not an override;
//   a modify keeps the recommended action within its declared parameters and
//   is counted by the modification rate instead.
// - queue depth: the largest queue_depth reported at a review.opened in the
//   window or the largest number of reviews pending at once, and the number
//   pending at `to`. A review is pending from its first open until a
//   review.resolved whose state is not "held" (or, for a review that has no
//   review.resolved in the log, its first approve / reject / modify).
// - escalation effectiveness: of the review.timed_out entries in the window,
//   the share whose review was then decided by someone it was escalated to
//   before that next level's own timeout (its next review.timed_out, else
//   escalationTimeoutSeconds). A timeout with nobody left to escalate to
//   counts as not answered.
// - decision quality: of the actions decided in the window that carry an
//   outcome.marked (any time; the last mark counts), the share marked good.
// - MTTA: per alert received (firing) in the window, alert.received -> first
//   review.opened of an action proposed for it, or an acknowledgement event.
// - MTTR: per incident opened in the window, incident.opened -> its last sign
//   of recovery: the later of its last successful execution.completed and its
//   last alert.received with status resolved. Incidents with neither are
//   counted as unresolved.
struct OversightReport
{
    QDateTime from;
    QDateTime to;

    int decisions = 0;
    int approvals = 0;
    int rejections = 0;
    int modifications = 0;
    int escalations = 0;
    std::optional<double> rejectionRate;
    std::optional<double> modificationRate;
    std::optional<double> overrideRate;

    DurationStats timeToDecision;
    QMap<QString, DurationStats> timeToDecisionByTier;
    QMap<QString, DurationStats> timeToDecisionByReviewer;
    QMap<QString, DurationStats> timeToDecisionBySeverity;

    int queueDepthMax = 0;
    int queueDepthAtEnd = 0;

    int timedOutReviews = 0;
    int escalationsAnswered = 0;
    std::optional<double> escalationEffectiveness;

    int outcomesMarked = 0;
    int outcomesGood = 0;
    std::optional<double> decisionQuality;

    DurationStats mtta;
    DurationStats mttr;
    int unresolvedIncidents = 0;

    TheaterCheck theater;

    QJsonObject toJson() const;
};

// Computes the oversight metrics of PRODUCT.md from audit entries alone.
class OversightMetrics final
{
public:
    static OversightReport compute(const QList<AuditEntry> &entries, const QDateTime &from,
                                   const QDateTime &to, const OversightOptions &options = {});
};

} // namespace icc
