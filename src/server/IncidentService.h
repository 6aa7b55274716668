#pragma once

#include "ApprovalGate.h"
#include "AuditLog.h"
#include "ClassApproval.h"
#include "Clock.h"
#include "EscalationPolicy.h"
#include "ExecutionGuard.h"
#include "Executor.h"
#include "IncidentGrouping.h"
#include "PageTracker.h"
#include "PostmortemAnalysis.h"
#include "ReviewDecision.h"
#include "Roster.h"
#include "RunbookLibrary.h"
#include "RunbookMatcher.h"
#include "ServerStore.h"
#include "ServiceResult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace icc {

struct IncidentServiceOptions
{
    bool live = false; // dry run unless the server runs with --live
    int groupingWindowSeconds = IncidentGrouping::kDefaultWindowSeconds;
    // An acknowledged page whose review is still undecided is re-notified this often.
    int renotifyIntervalSeconds = 300;
};

// The state owner of icc-server: the pipeline of PRODUCT.md from an alert to
// an audited (dry-run) execution, the reviews, pages, stops and class
// approvals, and the policy / roster / runbook versions. The HTTP layer calls
// it; it never sees HTTP and never throws.
//
// Transactions: the service never calls store.begin() or commit(). The caller
// wraps one or more operations in begin() ... commit() (group commit), then
// calls publishCommitted() to hand the new events to subscribers. A refused
// operation may still have written (review.refused is audited, a refusal drops
// the reviewer's open): commit it like any other. If commit() fails, or an
// operation returns ServiceError::Internal, the caller rolls back and calls
// restore(): the in-memory state (gate, pages, guard, audit chain tail, id
// counters) may be ahead of the store and is rebuilt from it, and events not
// yet published are dropped (their sequence numbers were rolled back too).
//
// Exception: runQueuedExecutions() and restore() (for executions whose outcome
// is unknown) begin and commit transactions of their own, see below; call
// them with no transaction open.
//
// Start-up is restore() too: pending reviews with their deadlines, pages,
// stops, class approvals and the policy / roster / runbooks come back from
// the store, so timers keep running across a restart (tick() after restore
// fires whatever came due meanwhile).
//
// Time only moves reviews toward more human involvement: tick() holds and
// escalates, it never approves.
//
// Not thread-safe: the owner serialises calls.
class IncidentService final
{
public:
    using EventPublisher = std::function<void(const EventRecord &)>;

    IncidentService(ServerStore &store, const Clock &clock, IncidentServiceOptions options = {});
    ~IncidentService();
    Q_DISABLE_COPY_MOVE(IncidentService)

    // Rebuilds all in-memory state from the store (start-up, failed commit).
    ServiceResult restore();

    // --- events ------------------------------------------------------------
    // Every state change appends an EventRecord (gap-free sequence) to the
    // store at once; publishCommitted() hands those appended since the last
    // call to the publisher, in order. Call it after a successful commit().
    void setEventPublisher(EventPublisher publisher) { m_publisher = std::move(publisher); }
    void publishCommitted();
    qsizetype unpublishedEventCount() const { return m_unpublished.size(); }

    // --- configuration (each a new version, audited) -----------------------
    ServiceResult setPolicy(const QString &yaml, const QString &approvedBy,
                            const QString &fileName = QStringLiteral("policy.yaml"));
    ServiceResult setRoster(const QString &yaml, const QString &by,
                            const QString &fileName = QStringLiteral("roster.yaml"));
    // Replaces the whole runbook library; all files must be valid (nothing
    // changes otherwise) and ids unique. RunbookRecord: id may be empty.
    ServiceResult replaceRunbooks(const QList<RunbookRecord> &files, const QString &by);
    // A commander moves an open incident to the current policy and roster
    // (audited as incident.repinned with from/to versions). The HTTP layer
    // checks the caller's role (Permission); the service records who.
    ServiceResult repinIncident(const QString &incidentId, const QString &commander);

    // --- the pipeline ------------------------------------------------------
    // Per alert: dedup by fingerprint, grouping, match, policy, gate, pages,
    // execution of what may run. body {"alerts": [{alert_id, fingerprint,
    // incident_id, disposition: created|updated|resolved, actions: [...],
    // joined_actions: [...]}]}.
    //
    // Status: a firing alert whose endsAt is valid and not after now counts as
    // resolved (Prometheus posts resolved alerts with endsAt in the past and no
    // status).
    //
    // Proposal dedup within an incident: a new alert that joins an open
    // incident is matched and put through the policy, but a step whose action
    // (same runbook, same step index, same parameters as resolved for the
    // agent's proposal) already has an open proposal in that incident (proposed,
    // under review or approved, not yet run) is not proposed again: it is
    // listed in joined_actions instead of actions. The alert still joins, bumps
    // the context revision (reviewers must look again), and is audited
    // (alert.received, match.completed). Exception: when the new decision is
    // stricter (a higher review tier, or a halt), the open proposal and its
    // review are withdrawn (cancelled, audited) and the stricter one proposed,
    // so a weaker review never approves what now needs a stronger one. Once a
    // proposal is final (executed, rejected, cancelled, halted) the next alert
    // may propose the action again.
    //
    // Stops: a step the policy lets proceed without a reviewer (level 3 or 4,
    // pre-approved) that the kill switch or a halt of its action type blocks
    // when it is proposed is not dropped: a policy.decided entry records the
    // stop (rule guard.autonomous_step_held) and the step goes to a review of
    // its policy tier, at least standard, created held, which only a human can
    // approve once the stop is released; it never runs by itself.
    ServiceResult ingest(const QList<Alert> &alerts, const QString &source, const QString &actor);

    // --- reviews -----------------------------------------------------------
    // Open (pending or held) reviews as `viewer` may see them: {"reviews": [...]}.
    ServiceResult listReviews(const QString &viewer) const;
    // Records the reviewer's open (audited with what was shown and the queue depth).
    ServiceResult openReview(const QString &reviewId, const QString &reviewer);
    // Refusals are audited (review.refused). An approval that may execute is
    // claimed at once (claimExecution, proposal "executing", audited as
    // execution.started; body "executed": true) and runs in
    // runQueuedExecutions() after the commit. A modify is re-checked by the
    // policy and goes to a new review by someone else.
    ServiceResult decide(const DecisionInput &input);
    // "I'm on it": only the page's recipient may acknowledge it (Forbidden
    // otherwise); the acknowledging user is recorded and audited.
    ServiceResult acknowledgePage(const QString &pageId, const QString &user);
    // Pre-approved only: stops the action before it runs.
    ServiceResult abort(const QString &reviewId, const QString &who, const QString &reason);

    // --- stops and class approvals -----------------------------------------
    ServiceResult engageKillSwitch(const QString &by, const QString &reason);
    ServiceResult releaseKillSwitch(const QString &by, const QString &reason);
    ServiceResult haltActionType(const QString &actionType, const QString &by,
                                 const QString &reason);
    ServiceResult resumeActionType(const QString &actionType, const QString &by,
                                   const QString &reason);
    // The id and createdAt are assigned here; grantedBy is the caller.
    ServiceResult grantClassApproval(ClassApproval approval);
    ServiceResult revokeClassApproval(const QString &id, const QString &by);

    // Decision quality after the fact (good | bad).
    ServiceResult markOutcome(const QString &actionId, const QString &quality, const QString &by,
                              const QString &note);

    // --- post-mortem -----------------------------------------------------------
    // The facilitator's analysis of an incident, saved whole as its next
    // revision (store document PostmortemAnalysis::documentKey), audited as
    // postmortem.changed with the whole analysis, event "postmortem.changed"
    // {incident_id, revision, by}. `analysis.revision` is the revision the
    // edit was based on: Conflict (field "revision", body {"current_revision"})
    // when it is not the stored one, so no edit overwrites one it never saw.
    // NotFound for an unknown incident; Unprocessable naming
    // failures[i].action_id for an action that is not the incident's. Action
    // items without an id get one. body: the saved analysis (API shape).
    ServiceResult savePostmortem(PostmortemAnalysis analysis, const QString &by);
    // The stored analysis; revision 0 and empty lists when there is none.
    PostmortemAnalysis postmortem(const QString &incidentId) const;

    // --- time ----------------------------------------------------------------
    // Review timeouts (held + escalated along the pinned roster; exhausted:
    // held and the commander alerted), page escalations, re-notifies, and
    // pre-approved actions whose abort window is over (claimed and queued,
    // as in decide()). Never approves.
    // body {"timed_out", "pages", "executed"} counts.
    ServiceResult tick();

    // --- executions ----------------------------------------------------------
    // Commands never run inside the caller's transaction. An operation that
    // lets an action run (ingest at level 4, decide, tick, a class approval)
    // only claims it: the review is used up, the proposal goes to "executing"
    // and execution.started is audited, all committed with the operation. After
    // that commit (and publishCommitted()) the caller calls
    // runQueuedExecutions(), OUTSIDE any transaction: it runs each claimed
    // execution (dry run or live) and records its result (execution.completed,
    // proposal executed | halted, events) in a transaction of its own, begun,
    // committed and published here. On Internal, the caller calls restore().
    //
    // A claim whose result was never recorded (crash, failed commit of the
    // result) is found by restore(): the proposal becomes "outcome_unknown",
    // audited as execution.outcome_unknown in a transaction restore() commits
    // itself, and it is never run again automatically. Claims rolled back
    // with their operation are forgotten; committed claims not yet started
    // stay queued. body {"executed": count}.
    ServiceResult runQueuedExecutions();
    bool hasQueuedExecutions() const { return !m_queuedExecutions.isEmpty(); }

    // --- inspection ----------------------------------------------------------
    const ApprovalGate &gate() const { return *m_gate; }
    const ExecutionGuard &guard() const { return m_guard; }
    AuditLog &auditLog() { return *m_audit; }
    QString activePolicyVersion() const { return m_activePolicy; }
    qint64 latestRosterVersion() const { return m_latestRoster; }
    QList<PageTracker::Page> pages() const;
    const RunbookLibrary &runbooks() const { return m_library; }
    // The matcher the pipeline uses, over the current library (rebuilt when
    // the runbooks change): for matching without ingesting.
    const RunbookMatcher &matcher() const { return *m_matcher; }

private:
    struct PageInfo
    {
        qint64 rosterVersion = 0;
        QString incidentId;
        QString alertId; // Alert::id of the alert behind the review
        QDateTime renotifiedAt;
    };

    // ids
    QString nextId(const char *counter, const char *prefix);
    // store helpers: remember the first failure, so the operation reports Internal
    bool check(bool ok, const QString &error);
    ServiceResult storeFailure() const;
    void audit(const char *type, const QString &actor, const QString &incidentId,
               const QString &subject, const QJsonObject &payload);
    void emitEvent(const QString &type, const QJsonObject &payload);

    // configuration
    bool loadRunbooks(const QList<RunbookRecord> &records, QStringList *errors);
    const EscalationPolicy *policyFor(const QString &version) const;
    const Roster *rosterFor(qint64 version);
    PageTracker &trackerFor(qint64 rosterVersion);

    // pipeline
    QJsonObject ingestOne(Alert alert, const QString &source, const QString &actor);
    QStringList triage(IncidentRow &incident, const AlertRecord &row, const Alert &alert,
                       QStringList *duplicates);
    bool supersedeIfStricter(const QString &openActionId, const PolicyDecision &decision);
    void holdBlockedAutonomousStep(ProposalRecord &proposal, const PolicyDecision &decision,
                                   const QString &blockedBy);
    void proposeStep(IncidentRow &incident, const AlertRecord &row, const Alert &alert,
                     const MatchResult &match, int stepIndex, const QString &action,
                     const PolicyDecision &decision, const QString &actionId);
    void openReviewFor(ProposalRecord &proposal, const PolicyDecision &decision,
                       const QString &proposer, const QString &supersedes);
    bool queueExecution(ProposalRecord &proposal, const QString &executor);
    void recordExecution(ProposalRecord &proposal, const QString &executor,
                         const ExecutionResult &result);
    void reportUnknownOutcomes(const QList<ProposalRecord> &claimed, QStringList *problems);
    void resolveIncidentIfQuiet(IncidentRow &incident);
    int firingAlertsIn(const QString &incidentId);
    void indexProposal(const ProposalRecord &proposal);
    void bumpContext(IncidentRow &incident);
    void saveIncident(const IncidentRow &incident, const char *eventType);
    void saveProposal(const ProposalRecord &proposal, const char *eventType);
    void saveReview(const QString &reviewId);
    void auditResolved(const ReviewRequest &review, const QString &note = {});
    void pageLevel(const ReviewRequest &review, int level, QStringList *recipients);
    void savePages();
    void saveGuard();
    void saveClassApprovals();
    void saveCounters();
    void saveAfterHold(const QStringList &heldIds);
    std::optional<ProposalRecord> proposalForReview(const ReviewRequest &review) const;
    QString alertIdOf(qint64 alertRowId) const;
    static QMap<QString, QString> parametersOf(const ProposalRecord &proposal);
    const RunbookStep *libraryStep(const QString &runbookId, int stepIndex) const;
    // The step as proposed (ProposalRecord::step), the only source of what
    // runs and what a modify is re-checked against.
    static std::optional<RunbookStep> proposedStep(const ProposalRecord &proposal);

    ServerStore &m_store;
    const Clock &m_clock;
    IncidentServiceOptions m_options;
    IncidentGrouping m_grouping;

    ExecutionGuard m_guard;
    std::unique_ptr<ApprovalGate> m_gate;
    std::unique_ptr<Executor> m_executor;
    std::unique_ptr<AuditLog> m_audit;

    RunbookLibrary m_library;
    std::unique_ptr<RunbookMatcher> m_matcher;
    std::map<QString, EscalationPolicy> m_policies;
    QString m_activePolicy;
    std::map<qint64, Roster> m_rosters;
    qint64 m_latestRoster = 0;
    std::map<qint64, std::unique_ptr<PageTracker>> m_trackers;
    QHash<QString, PageInfo> m_pageInfo;

    // Open (non-final) proposals by dedup key, and the key of each: kept by
    // saveProposal(), rebuilt by restore().
    QHash<QString, QString> m_openProposals;
    QHash<QString, QString> m_openProposalKeys;
    // Firing alerts per open incident, counted lazily once, then kept current.
    QHash<QString, int> m_firingAlerts;

    QJsonObject m_counters;
    QJsonObject m_savedPages;    // the pages document as last written (empty: write next time)
    QJsonObject m_patternCounts; // runbook id -> successful executions (novelty trigger)
    QString m_storeError;

    EventPublisher m_publisher;
    QList<EventRecord> m_unpublished;

    struct QueuedExecution
    {
        QString actionId;
        QString executor;
    };
    // Claimed (state executing) in the current or a committed transaction, not yet run.
    QList<QueuedExecution> m_queuedExecutions;
};

} // namespace icc
