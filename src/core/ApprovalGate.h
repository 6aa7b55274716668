#pragma once

#include "ClassApprovalRegistry.h"
#include "Clock.h"
#include "EscalationLevel.h"
#include "ExecutionGuard.h"
#include "PolicyDecision.h"
#include "ReviewDecision.h"
#include "ReviewRequest.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// What one reviewer is shown. The request is redacted for that viewer: only
// their own opening, and, when the tier hides other reviewers' reasoning,
// none of the other reviewers' decisions until this viewer has decided.
struct ReviewView
{
    ReviewRequest request;
    QString viewer;
    qint64 contextRevision = 0; // the incident's current revision; echo it in the decision
    QDateTime openedAt;         // the viewer's own open (invalid if they have not opened it)
    qint64 dwellRemainingSeconds = 0;
    int approvalsSoFar = 0;
    int approvalsRequired = 1;
    bool othersReasoningHidden = false;
    bool mayDecide = false; // decidable and the viewer is not the proposer

    QJsonObject toJson() const;
};

struct OpenResult
{
    GateError error = GateError::None;
    QString message;
    std::optional<ReviewView> view;
    bool ok() const { return error == GateError::None; }
};

// The approval gate: the state machine over review requests that enforces
// the review rules of PRODUCT.md ("Review tiers and friction"). It decides
// nothing on its own except to refuse; time only ever moves a review toward
// more human involvement (held, escalated), never toward approval.
//
// checkExecutable()/mayExecute() is the single check every execution path
// calls, and claimExecution() the single way to mark an approval used.
//
// Choices made where PRODUCT.md leaves room (each has a test):
// - The proposer may not review at any tier, including tier 1.
// - Dwell, confirmation phrase and rollback acknowledgement guard approve and
//   modify (the steps toward execution). Reject needs an open, the current
//   context and, where the tier asks for it, a reason, but no dwell: saying
//   no quickly is the safe direction. Escalate needs nothing but a reviewer
//   who is not the proposer: more human involvement is never blocked.
// - The confirmation phrase is compared trimmed, whitespace-collapsed and
//   case-insensitively: the friction is reading and typing it, not caps lock.
// - Stale context: the decision's revision and the revision the gate showed
//   at the reviewer's open must both be current. A refusal drops the open, and
//   re-opening after a change restarts the dwell: time spent on the old
//   context is not time spent on the new one.
// - Held (timed out, escalated, stopped) is "not approved, waiting for a
//   human": it stays decidable, except approve/modify while a stop is in force.
//   Each escalation level gets its full timeout from when it is paged.
// - A kill switch or halt holds every in-flight review of what it covers,
//   including approved-not-executed ones, and starts a new approval round:
//   earlier approvals, opens and class approvals no longer count. Releasing
//   the stop resumes nothing by itself.
// - Pre-approved: executable once the abort window has passed; abort() works
//   until the action is claimed for execution (the window bounds the wait,
//   not the right to stop it).
// - A class-approved review is re-checked at execution: an expired or revoked
//   class approval no longer carries it.
//
// Not thread-safe: the owner (the server) serialises calls.
class ApprovalGate final
{
public:
    ApprovalGate(const Clock &clock, ExecutionGuard &guard,
                 QList<EscalationLevel> defaultChain = {});
    Q_DISABLE_COPY_MOVE(ApprovalGate)

    // The chain copied into reviews created from now on (a review keeps the
    // chain it was created with, so a roster edit mid-incident changes nothing).
    void setDefaultEscalationChain(const QList<EscalationLevel> &chain) { m_chain = chain; }
    QList<EscalationLevel> defaultEscalationChain() const { return m_chain; }

    // The incident's context revision; a decision naming another one is refused.
    void setContextRevision(const QString &incidentId, qint64 revision);
    qint64 contextRevision(const QString &incidentId) const;

    ClassApprovalRegistry &classApprovals() { return m_classApprovals; }
    const ClassApprovalRegistry &classApprovals() const { return m_classApprovals; }

    // --- lifecycle ------------------------------------------------------
    // Opens a review for a policy decision. Created held while a stop covers
    // the action type; a tier-1 review covered by an active class approval is
    // approved at once (and records which).
    GateResult createReview(const PolicyDecision &decision, const ReviewSubject &subject);
    // Records the reviewer's own open time (a repeat open keeps the first,
    // unless the context changed since) and returns what they may see.
    OpenResult open(const QString &reviewId, const QString &reviewer);
    // The same view without recording an open (lists, refreshes).
    OpenResult viewFor(const QString &reviewId, const QString &viewer) const;
    GateResult decide(const DecisionInput &input);
    GateResult acknowledge(const QString &reviewId, const QString &who);
    // Pre-approved only: stops the action as long as it has not been executed.
    GateResult abort(const QString &reviewId, const QString &who, const QString &reason);
    // Withdraws a review that is not final (incident resolved, proposal superseded).
    GateResult cancel(const QString &reviewId, const QString &who, const QString &reason);
    // Called periodically by the owner. A review past its deadline is held and
    // escalated one level; an exhausted chain leaves it held and says so.
    QList<EscalationEvent> checkTimeouts();

    // --- stops ----------------------------------------------------------
    // Holds every in-flight review (pending, held or approved-not-executed) and
    // starts a new approval round for each: approvals given before the stop no
    // longer count. Returns the ids held, so the owner can notify reviewers.
    QStringList holdAll(const QString &reason);
    QStringList holdActionType(const QString &actionType, const QString &reason);
    // Guard + hold in one call, so no caller can engage one without the other.
    QStringList engageKillSwitch(const QString &by, const QString &reason);
    void releaseKillSwitch() { m_guard.releaseKillSwitch(); }
    QStringList haltActionType(const QString &actionType, const QString &by, const QString &reason);
    void resumeActionType(const QString &actionType) { m_guard.resumeActionType(actionType); }

    // --- execution ------------------------------------------------------
    // ok() only when the review is approved (re-derived from its recorded
    // approvals), or pre-approved with its abort window over, and nothing
    // stops its action type. The error says why not.
    GateResult checkExecutable(const QString &reviewId) const;
    bool mayExecute(const QString &reviewId) const { return checkExecutable(reviewId).ok(); }
    // Marks the approval as used (state executed) if and only if it may
    // execute now; the executor runs the action only when this succeeds, so
    // one approval never runs twice.
    GateResult claimExecution(const QString &reviewId, const QString &executor);

    // --- inspection and persistence -------------------------------------
    std::optional<ReviewRequest> review(const QString &reviewId) const;
    QList<ReviewRequest> reviews() const { return m_reviews.values(); }
    // Pending and held reviews, the ones a reviewer queue shows.
    QList<ReviewRequest> openReviews() const;
    // Puts a persisted review back (after a restart); refuses a duplicate id.
    GateResult restoreReview(const ReviewRequest &review);

private:
    GateResult refuse(const ReviewRequest *review, GateError error, const QString &message) const;
    GateResult refuseUnknown(const QString &reviewId) const;
    GateResult escalate(ReviewRequest &review, EscalationEvent::Cause cause, const QString &by,
                        const QString &holdReason);
    void holdForStop(ReviewRequest &review, const QString &reason);
    int timeoutForLevel(const ReviewRequest &review, int level) const;
    ReviewView makeView(const ReviewRequest &review, const QString &viewer) const;
    GateResult checkModification(const ReviewRequest &review,
                                 const QMap<QString, QString> &changes) const;

    const Clock &m_clock;
    ExecutionGuard &m_guard;
    QList<EscalationLevel> m_chain;
    QHash<QString, qint64> m_contextRevisions;
    ClassApprovalRegistry m_classApprovals;
    QMap<QString, ReviewRequest> m_reviews;
};

} // namespace icc
