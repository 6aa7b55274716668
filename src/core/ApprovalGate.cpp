#include "ApprovalGate.h"

#include "JsonConversions.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace icc {

namespace {

constexpr int kDefaultLevelTimeoutSeconds = 600; // PRODUCT.md: 10 minutes per level

// Why `value` is not acceptable for `parameter`, or nullopt when it is.
std::optional<QString> parameterValueProblem(const StepParameter &parameter, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QStringLiteral("%1: a value is required").arg(parameter.name);
    if (!parameter.allowed.isEmpty() && !parameter.allowed.contains(value)) {
        return QStringLiteral("%1: \"%2\" is not one of %3")
            .arg(parameter.name, value, parameter.allowed.join(QStringLiteral(", ")));
    }
    if (!parameter.pattern.isEmpty()) {
        const QRegularExpression expression(QRegularExpression::anchoredPattern(parameter.pattern));
        // A broken pattern in a runbook must not turn into "anything goes".
        if (!expression.isValid()) {
            return QStringLiteral("%1: the runbook's pattern is invalid (%2), no value is accepted")
                .arg(parameter.name, expression.errorString());
        }
        if (!expression.match(value).hasMatch()) {
            return QStringLiteral("%1: \"%2\" does not match %3")
                .arg(parameter.name, value, parameter.pattern);
        }
    }
    if (parameter.minimum || parameter.maximum) {
        bool isNumber = false;
        const double number = value.trimmed().toDouble(&isNumber);
        if (!isNumber || !std::isfinite(number))
            return QStringLiteral("%1: \"%2\" is not a number").arg(parameter.name, value);
        if (parameter.minimum && number < *parameter.minimum) {
            return QStringLiteral("%1: %2 is below the minimum %3")
                .arg(parameter.name, value)
                .arg(*parameter.minimum);
        }
        if (parameter.maximum && number > *parameter.maximum) {
            return QStringLiteral("%1: %2 is above the maximum %3")
                .arg(parameter.name, value)
                .arg(*parameter.maximum);
        }
    }
    return std::nullopt;
}

} // namespace

QJsonObject ReviewView::toJson() const
{
    return QJsonObject{
        {QStringLiteral("review"), request.toJson()},
        {QStringLiteral("viewer"), viewer},
        {QStringLiteral("context_revision"), contextRevision},
        {QStringLiteral("opened_at"), json::timestamp(openedAt)},
        {QStringLiteral("dwell_remaining_seconds"), dwellRemainingSeconds},
        {QStringLiteral("approvals_so_far"), approvalsSoFar},
        {QStringLiteral("approvals_required"), approvalsRequired},
        {QStringLiteral("others_reasoning_hidden"), othersReasoningHidden},
        {QStringLiteral("may_decide"), mayDecide},
    };
}

ApprovalGate::ApprovalGate(const Clock &clock, ExecutionGuard &guard,
                           QList<EscalationLevel> defaultChain)
    : m_clock(clock)
    , m_guard(guard)
    , m_chain(std::move(defaultChain))
{}

void ApprovalGate::setContextRevision(const QString &incidentId, qint64 revision)
{
    m_contextRevisions.insert(incidentId, revision);
}

qint64 ApprovalGate::contextRevision(const QString &incidentId) const
{
    return m_contextRevisions.value(incidentId, 0);
}

// ---------------------------------------------------------------- lifecycle

GateResult ApprovalGate::createReview(const PolicyDecision &decision, const ReviewSubject &subject)
{
    if (decision.outcome == Outcome::Halt || decision.outcome == Outcome::NoAction ||
        decision.reviewTier == ReviewTier::None) {
        return refuse(nullptr, GateError::NothingToReview,
                      QStringLiteral("policy outcome %1 with tier %2 opens no review")
                          .arg(toString(decision.outcome), toString(decision.reviewTier)));
    }
    for (const auto &[value, name] :
         {std::pair{&subject.incidentId, "incident_id"}, std::pair{&subject.actionId, "action_id"},
          std::pair{&subject.actionType, "action"}, std::pair{&subject.proposer, "proposer"}}) {
        if (value->trimmed().isEmpty()) {
            return refuse(
                nullptr, GateError::InvalidRequest,
                QStringLiteral("review subject: %1 is required").arg(QLatin1String(name)));
        }
    }
    const QString id =
        subject.reviewId.isEmpty()
            ? QStringLiteral("rv-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
            : subject.reviewId;
    if (m_reviews.contains(id)) {
        return refuse(nullptr, GateError::DuplicateReview,
                      QStringLiteral("a review with id %1 already exists").arg(id));
    }

    const QDateTime now = m_clock.now().toUTC();
    ReviewRequest review;
    review.id = id;
    review.incidentId = subject.incidentId;
    review.actionId = subject.actionId;
    review.actionType = subject.actionType;
    review.runbookId = subject.runbookId;
    review.stepIndex = subject.stepIndex;
    review.proposer = subject.proposer.trimmed();
    review.policyVersion = decision.policyVersion;
    review.tier = decision.reviewTier;
    review.friction = decision.friction;
    // The "who" column of the tier table is not configurable: tier 3 means two
    // distinct reviewers who decide without seeing each other's reasoning.
    if (review.tier == ReviewTier::TwoReviewer) {
        review.friction.requiredReviewers = std::max(2, review.friction.requiredReviewers);
        review.friction.hideOtherReviewersReasoning = true;
    } else {
        review.friction.requiredReviewers = std::max(1, review.friction.requiredReviewers);
    }
    review.friction.minDwellSeconds = std::max(0, review.friction.minDwellSeconds);
    review.friction.abortWindowSeconds = std::max(0, review.friction.abortWindowSeconds);
    review.confirmationPhrase =
        subject.confirmationPhrase.simplified().isEmpty()
            ? ReviewRequest::defaultConfirmationPhrase(subject.actionType, subject.parameters)
            : subject.confirmationPhrase.simplified();
    review.rollback = subject.rollback;
    review.allowedParameters = subject.allowedParameters;
    review.parameters = subject.parameters;
    review.escalationChain = subject.escalationChain.isEmpty() ? m_chain : subject.escalationChain;
    review.supersedesReviewId = subject.supersedesReviewId;
    review.createdAt = now;
    review.escalationLevel = 1;
    if (review.tier != ReviewTier::PreApproved) {
        const int timeout = decision.approvalTimeoutSeconds > 0 ? decision.approvalTimeoutSeconds
                                                                : timeoutForLevel(review, 1);
        review.deadline = now.addSecs(timeout);
    }

    QString message;
    if (const auto blocked = m_guard.blockedReason(review.actionType)) {
        holdForStop(review, *blocked);
        message = QStringLiteral("review created held: %1").arg(*blocked);
    } else if (review.tier == ReviewTier::Reduced) {
        // Class approvals cover tier 1 only; tiers 2 and 3 always need a person.
        if (const auto grant =
                m_classApprovals.findActive(review.actionType, review.incidentId, now)) {
            review.state = ReviewState::Approved;
            review.classApprovalId = grant->id;
            review.deadline = QDateTime();
            message = QStringLiteral("approved by class approval %1 granted by %2")
                          .arg(grant->id, grant->grantedBy);
        }
    }
    if (message.isEmpty()) {
        message =
            review.tier == ReviewTier::PreApproved
                ? QStringLiteral("pre-approved; may be aborted until %1")
                      .arg(json::timestamp(review.abortWindowEndsAt()))
                : QStringLiteral("waiting for %1 reviewer(s)").arg(review.requiredApprovals());
    }

    m_reviews.insert(review.id, review);
    GateResult result;
    result.reviewId = review.id;
    result.state = review.state;
    result.message = message;
    return result;
}

OpenResult ApprovalGate::open(const QString &reviewId, const QString &reviewer)
{
    const auto it = m_reviews.find(reviewId);
    if (it == m_reviews.end())
        return {GateError::UnknownReview, QStringLiteral("no review with id %1").arg(reviewId), {}};
    const QString who = reviewer.trimmed();
    if (who.isEmpty())
        return {GateError::ReviewerMissing, QStringLiteral("reviewer is required"), {}};

    ReviewRequest &review = *it;
    // Only an open by someone who could decide starts a dwell clock.
    if (review.isDecidable() && !review.isProposer(who)) {
        const qint64 current = contextRevision(review.incidentId);
        const auto existing = std::find_if(review.openings.begin(), review.openings.end(),
                                           [&who](const ReviewOpening &o) {
                                               return ReviewRequest::sameIdentity(o.reviewer, who);
                                           });
        const ReviewOpening fresh{who, m_clock.now().toUTC(), current};
        if (existing == review.openings.end())
            review.openings.append(fresh);
        else if (existing->contextRevision != current)
            *existing = fresh; // what they saw before is not what is there now
    }
    return {GateError::None, {}, makeView(review, who)};
}

OpenResult ApprovalGate::viewFor(const QString &reviewId, const QString &viewer) const
{
    const auto it = m_reviews.constFind(reviewId);
    if (it == m_reviews.cend())
        return {GateError::UnknownReview, QStringLiteral("no review with id %1").arg(reviewId), {}};
    return {GateError::None, {}, makeView(*it, viewer.trimmed())};
}

GateResult ApprovalGate::decide(const DecisionInput &input)
{
    const auto it = m_reviews.find(input.reviewId);
    if (it == m_reviews.end()) {
        return refuseUnknown(input.reviewId);
    }
    ReviewRequest &review = *it;
    const QString reviewer = input.reviewer.trimmed();
    const QDateTime now = m_clock.now().toUTC();
    const DecisionKind kind = input.kind;
    const bool towardExecution = kind == DecisionKind::Approve || kind == DecisionKind::Modify;

    if (reviewer.isEmpty())
        return refuse(&review, GateError::ReviewerMissing, QStringLiteral("reviewer is required"));
    if (review.isProposer(reviewer)) {
        return refuse(&review, GateError::ProposerCannotReview,
                      QStringLiteral("%1 proposed this action and cannot review it").arg(reviewer));
    }
    if (review.tier == ReviewTier::PreApproved && review.state == ReviewState::Pending) {
        return refuse(&review, GateError::NoReviewExpected,
                      QStringLiteral("pre-approved action: nobody is asked; abort it instead"));
    }
    if (!review.isDecidable()) {
        return refuse(
            &review, GateError::NotDecidable,
            QStringLiteral("review is %1 and takes no more decisions").arg(toString(review.state)));
    }

    const ReviewOpening *opening = review.openingFor(reviewer);
    RecordedDecision recorded;
    recorded.reviewer = reviewer;
    recorded.kind = kind;
    recorded.reason = input.reason.trimmed();
    recorded.at = now;
    recorded.round = review.approvalRound;
    recorded.dwellSeconds = opening ? opening->openedAt.secsTo(now) : 0;
    recorded.contextRevision =
        input.contextRevision >= 0 ? input.contextRevision : contextRevision(review.incidentId);

    // Passing a review up is always allowed: it only adds human involvement,
    // so neither friction nor a stop may stand in its way.
    if (kind == DecisionKind::Escalate) {
        review.decisions.append(recorded);
        const QString why =
            recorded.reason.isEmpty()
                ? QStringLiteral("escalated by %1").arg(reviewer)
                : QStringLiteral("escalated by %1: %2").arg(reviewer, recorded.reason);
        GateResult result =
            escalate(review, EscalationEvent::Cause::ReviewerEscalated, reviewer, why);
        result.decision = recorded;
        return result;
    }

    if (towardExecution) {
        if (m_guard.killSwitchEngaged()) {
            return refuse(&review, GateError::KillSwitchEngaged,
                          m_guard.blockedReason(review.actionType).value_or(QString()));
        }
        if (m_guard.isHalted(review.actionType)) {
            return refuse(&review, GateError::ActionTypeHalted,
                          m_guard.blockedReason(review.actionType).value_or(QString()));
        }
    }
    if (!opening) {
        return refuse(&review, GateError::NotOpened,
                      QStringLiteral("%1 has not opened this review; open it first").arg(reviewer));
    }

    const qint64 current = contextRevision(review.incidentId);
    if (input.contextRevision != current || opening->contextRevision != current) {
        // The reviewer must look again, and the dwell restarts with that look:
        // time spent on the old context is not time spent on this one.
        review.openings.removeIf([&reviewer](const ReviewOpening &o) {
            return ReviewRequest::sameIdentity(o.reviewer, reviewer);
        });
        return refuse(&review, GateError::ContextChanged,
                      QStringLiteral("the incident changed (revision %1, decision saw %2); "
                                     "open the review again")
                          .arg(current)
                          .arg(input.contextRevision));
    }
    if (kind == DecisionKind::Approve && review.hasApprovedInCurrentRound(reviewer)) {
        return refuse(&review, GateError::AlreadyApproved,
                      QStringLiteral("%1 already approved; a second approval must come from "
                                     "a different reviewer")
                          .arg(reviewer));
    }
    // Dwell guards the decisions that move toward execution; a quick reject is
    // the safe direction and is not slowed down.
    if (towardExecution) {
        const qint64 dwellMs = opening->openedAt.msecsTo(now);
        const qint64 requiredMs = qint64(review.friction.minDwellSeconds) * 1000;
        if (dwellMs < requiredMs) {
            const qint64 remaining = (requiredMs - dwellMs + 999) / 1000;
            return refuse(&review, GateError::DwellNotMet,
                          QStringLiteral("decided %1 s after opening; wait %2 s more "
                                         "(minimum %3 s from your own open)")
                              .arg(dwellMs / 1000)
                              .arg(remaining)
                              .arg(review.friction.minDwellSeconds));
        }
    }
    const bool reasonRequired =
        review.friction.reasonAlways ||
        (review.friction.reasonForRejectOrModify && kind != DecisionKind::Approve);
    if (reasonRequired && recorded.reason.isEmpty()) {
        return refuse(&review, GateError::ReasonRequired,
                      QStringLiteral("a stated reason is required to %1 at %2")
                          .arg(toString(kind), toString(review.tier)));
    }
    if (towardExecution && review.friction.confirmationPhrase &&
        !ReviewRequest::phraseMatches(review.confirmationPhrase, input.confirmationPhrase)) {
        return refuse(&review, GateError::ConfirmationPhraseMismatch,
                      QStringLiteral("type the confirmation phrase exactly: \"%1\"")
                          .arg(review.confirmationPhrase));
    }
    if (towardExecution && review.friction.rollbackAcknowledgement && !input.rollbackAcknowledged) {
        return refuse(&review, GateError::RollbackNotAcknowledged,
                      QStringLiteral("acknowledge the rollback procedure first: %1")
                          .arg(review.rollback.isEmpty() ? QStringLiteral("(none: irreversible)")
                                                         : review.rollback));
    }
    if (kind == DecisionKind::Modify) {
        const GateResult problem = checkModification(review, input.parameters);
        if (!problem.ok())
            return problem;
        recorded.parameters = input.parameters;
    }

    review.decisions.append(recorded);
    GateResult result;
    result.reviewId = review.id;
    result.decision = recorded;
    switch (kind) {
    case DecisionKind::Approve: {
        const int approvals = int(review.approversInCurrentRound().size());
        const int required = review.requiredApprovals();
        if (approvals >= required) {
            review.state = ReviewState::Approved;
            review.deadline = QDateTime();
            result.message = QStringLiteral("approved (%1 of %2)").arg(approvals).arg(required);
        } else {
            result.message = QStringLiteral("approval %1 of %2 recorded; waiting for another "
                                            "reviewer")
                                 .arg(approvals)
                                 .arg(required);
        }
        break;
    }
    case DecisionKind::Reject:
        review.state = ReviewState::Rejected;
        review.deadline = QDateTime();
        review.resolvedBy = reviewer;
        review.resolvedAt = now;
        review.resolutionNote = recorded.reason;
        result.message = QStringLiteral("rejected by %1").arg(reviewer);
        break;
    case DecisionKind::Modify: {
        // A modify is never an approval: the modified action goes back through
        // the policy and, if it still needs review, a new review.
        QMap<QString, QString> modified = review.parameters;
        for (auto change = input.parameters.cbegin(); change != input.parameters.cend(); ++change)
            modified.insert(change.key(), change.value());
        review.modifiedParameters = modified;
        review.state = ReviewState::Modified;
        review.deadline = QDateTime();
        review.resolvedBy = reviewer;
        review.resolvedAt = now;
        review.resolutionNote = recorded.reason;
        result.message =
            QStringLiteral("modified by %1; re-run the policy on the new parameters").arg(reviewer);
        break;
    }
    case DecisionKind::Escalate:
        break; // handled above
    }
    result.state = review.state;
    return result;
}

GateResult ApprovalGate::acknowledge(const QString &reviewId, const QString &who)
{
    const auto it = m_reviews.find(reviewId);
    if (it == m_reviews.end()) {
        return refuseUnknown(reviewId);
    }
    if (who.trimmed().isEmpty())
        return refuse(&*it, GateError::ReviewerMissing, QStringLiteral("who is required"));
    // Recorded only: the deadline keeps running until someone decides.
    it->acknowledgements.append(Acknowledgement{who.trimmed(), m_clock.now().toUTC()});
    GateResult result;
    result.reviewId = it->id;
    result.state = it->state;
    result.message = QStringLiteral("acknowledged by %1; the review still times out at %2")
                         .arg(who.trimmed(), json::timestamp(it->deadline));
    return result;
}

GateResult ApprovalGate::abort(const QString &reviewId, const QString &who, const QString &reason)
{
    const auto it = m_reviews.find(reviewId);
    if (it == m_reviews.end()) {
        return refuseUnknown(reviewId);
    }
    ReviewRequest &review = *it;
    if (who.trimmed().isEmpty())
        return refuse(&review, GateError::ReviewerMissing, QStringLiteral("who is required"));
    if (review.tier != ReviewTier::PreApproved) {
        return refuse(&review, GateError::NotPreApproved,
                      QStringLiteral("only pre-approved actions are aborted; reject or cancel "
                                     "a %1 review")
                          .arg(toString(review.tier)));
    }
    if (review.state == ReviewState::Executed) {
        return refuse(&review, GateError::AlreadyExecuted,
                      QStringLiteral("already executed; use the rollback procedure"));
    }
    if (review.isFinal()) {
        return refuse(&review, GateError::NotDecidable,
                      QStringLiteral("review is already %1").arg(toString(review.state)));
    }
    // The abort window bounds how long execution waits, not how long a human
    // may stop it: until it has run, stopping is always allowed.
    const QDateTime now = m_clock.now().toUTC();
    const bool inWindow = now < review.abortWindowEndsAt();
    review.state = ReviewState::Aborted;
    review.deadline = QDateTime();
    review.resolvedBy = who.trimmed();
    review.resolvedAt = now;
    review.resolutionNote = reason;
    GateResult result;
    result.reviewId = review.id;
    result.state = review.state;
    result.message =
        inWindow ? QStringLiteral("aborted by %1 within the abort window").arg(who.trimmed())
                 : QStringLiteral("aborted by %1 after the abort window, before "
                                  "execution")
                       .arg(who.trimmed());
    return result;
}

GateResult ApprovalGate::cancel(const QString &reviewId, const QString &who, const QString &reason)
{
    const auto it = m_reviews.find(reviewId);
    if (it == m_reviews.end()) {
        return refuseUnknown(reviewId);
    }
    ReviewRequest &review = *it;
    if (who.trimmed().isEmpty())
        return refuse(&review, GateError::ReviewerMissing, QStringLiteral("who is required"));
    if (review.state == ReviewState::Executed) {
        return refuse(&review, GateError::AlreadyExecuted,
                      QStringLiteral("already executed; use the rollback procedure"));
    }
    if (review.isFinal()) {
        return refuse(&review, GateError::NotDecidable,
                      QStringLiteral("review is already %1").arg(toString(review.state)));
    }
    review.state = ReviewState::Cancelled;
    review.deadline = QDateTime();
    review.resolvedBy = who.trimmed();
    review.resolvedAt = m_clock.now().toUTC();
    review.resolutionNote = reason;
    GateResult result;
    result.reviewId = review.id;
    result.state = review.state;
    result.message = QStringLiteral("cancelled by %1").arg(who.trimmed());
    return result;
}

QList<EscalationEvent> ApprovalGate::checkTimeouts()
{
    const QDateTime now = m_clock.now().toUTC();
    QList<EscalationEvent> events;
    for (ReviewRequest &review : m_reviews) {
        if (review.state != ReviewState::Pending && review.state != ReviewState::Held)
            continue;
        if (!review.deadline.isValid() || review.chainExhausted || now < review.deadline)
            continue;
        const GateResult result =
            escalate(review, EscalationEvent::Cause::Timeout, QString(),
                     QStringLiteral("timed out at level %1").arg(review.escalationLevel));
        if (result.escalation)
            events.append(*result.escalation);
    }
    return events;
}

// ---------------------------------------------------------------- stops

QStringList ApprovalGate::holdAll(const QString &reason)
{
    QStringList held;
    for (ReviewRequest &review : m_reviews) {
        if (review.isFinal())
            continue;
        holdForStop(review, reason);
        held.append(review.id);
    }
    return held;
}

QStringList ApprovalGate::holdActionType(const QString &actionType, const QString &reason)
{
    QStringList held;
    for (ReviewRequest &review : m_reviews) {
        if (review.isFinal() || review.actionType != actionType)
            continue;
        holdForStop(review, reason);
        held.append(review.id);
    }
    return held;
}

QStringList ApprovalGate::engageKillSwitch(const QString &by, const QString &reason)
{
    m_guard.engageKillSwitch(by, reason, m_clock.now().toUTC());
    return holdAll(QStringLiteral("kill switch engaged by %1: %2").arg(by, reason));
}

QStringList ApprovalGate::haltActionType(const QString &actionType, const QString &by,
                                         const QString &reason)
{
    m_guard.haltActionType(actionType, by, reason, m_clock.now().toUTC());
    return holdActionType(
        actionType, QStringLiteral("action type %1 halted by %2: %3").arg(actionType, by, reason));
}

// ---------------------------------------------------------------- execution

GateResult ApprovalGate::checkExecutable(const QString &reviewId) const
{
    const auto it = m_reviews.constFind(reviewId);
    if (it == m_reviews.cend()) {
        return refuseUnknown(reviewId);
    }
    const ReviewRequest &review = *it;
    const QDateTime now = m_clock.now().toUTC();

    if (review.state == ReviewState::Executed)
        return refuse(&review, GateError::AlreadyExecuted, QStringLiteral("already executed"));

    if (review.tier == ReviewTier::PreApproved && review.state == ReviewState::Pending) {
        if (now < review.abortWindowEndsAt()) {
            return refuse(&review, GateError::AbortWindowOpen,
                          QStringLiteral("abort window open until %1")
                              .arg(json::timestamp(review.abortWindowEndsAt())));
        }
    } else if (review.state == ReviewState::Approved) {
        // The state alone is not trusted: the approval is derived again from
        // what was recorded, so a corrupted or hand-edited state cannot execute.
        if (!review.classApprovalId.isEmpty()) {
            const auto grant = m_classApprovals.find(review.classApprovalId);
            if (review.tier != ReviewTier::Reduced || !grant ||
                !grant->applies(review.actionType, review.incidentId, now)) {
                return refuse(&review, GateError::ClassApprovalLapsed,
                              QStringLiteral("class approval %1 no longer covers this action")
                                  .arg(review.classApprovalId));
            }
        } else {
            const int approvals = int(review.approversInCurrentRound().size());
            if (approvals < review.requiredApprovals()) {
                return refuse(&review, GateError::NotApproved,
                              QStringLiteral("only %1 of %2 distinct approvals recorded")
                                  .arg(approvals)
                                  .arg(review.requiredApprovals()));
            }
        }
    } else {
        return refuse(&review, GateError::NotApproved,
                      QStringLiteral("review is %1, not approved").arg(toString(review.state)));
    }

    if (m_guard.killSwitchEngaged()) {
        return refuse(&review, GateError::KillSwitchEngaged,
                      m_guard.blockedReason(review.actionType).value_or(QString()));
    }
    if (const auto blocked = m_guard.blockedReason(review.actionType))
        return refuse(&review, GateError::ActionTypeHalted, *blocked);

    GateResult result;
    result.reviewId = review.id;
    result.state = review.state;
    result.message = QStringLiteral("may execute");
    return result;
}

GateResult ApprovalGate::claimExecution(const QString &reviewId, const QString &executor)
{
    GateResult check = checkExecutable(reviewId);
    if (!check.ok())
        return check;
    ReviewRequest &review = m_reviews[reviewId];
    review.state = ReviewState::Executed;
    review.deadline = QDateTime();
    review.resolvedBy = executor;
    review.resolvedAt = m_clock.now().toUTC();
    check.state = review.state;
    check.message = QStringLiteral("execution claimed by %1").arg(executor);
    return check;
}

// ---------------------------------------------------------------- inspection

std::optional<ReviewRequest> ApprovalGate::review(const QString &reviewId) const
{
    const auto it = m_reviews.constFind(reviewId);
    if (it == m_reviews.cend())
        return std::nullopt;
    return *it;
}

QList<ReviewRequest> ApprovalGate::openReviews() const
{
    QList<ReviewRequest> open;
    for (const ReviewRequest &review : m_reviews) {
        if (review.state == ReviewState::Pending || review.state == ReviewState::Held)
            open.append(review);
    }
    return open;
}

GateResult ApprovalGate::restoreReview(const ReviewRequest &review)
{
    if (review.id.isEmpty())
        return refuse(nullptr, GateError::InvalidRequest, QStringLiteral("review id is required"));
    if (m_reviews.contains(review.id)) {
        return refuse(nullptr, GateError::DuplicateReview,
                      QStringLiteral("a review with id %1 already exists").arg(review.id));
    }
    m_reviews.insert(review.id, review);
    GateResult result;
    result.reviewId = review.id;
    result.state = review.state;
    result.message = QStringLiteral("restored");
    return result;
}

// ---------------------------------------------------------------- private

GateResult ApprovalGate::refuse(const ReviewRequest *review, GateError error,
                                const QString &message) const
{
    GateResult result;
    result.error = error;
    result.message = message;
    if (review) {
        result.reviewId = review->id;
        result.state = review->state;
    }
    return result;
}

GateResult ApprovalGate::refuseUnknown(const QString &reviewId) const
{
    return refuse(nullptr, GateError::UnknownReview,
                  QStringLiteral("no review with id %1").arg(reviewId));
}

GateResult ApprovalGate::escalate(ReviewRequest &review, EscalationEvent::Cause cause,
                                  const QString &by, const QString &holdReason)
{
    const QDateTime now = m_clock.now().toUTC();
    EscalationEvent event;
    event.reviewId = review.id;
    event.incidentId = review.incidentId;
    event.fromLevel = review.escalationLevel;
    event.cause = cause;
    event.by = by;
    event.at = now;
    if (review.escalationLevel < review.escalationChain.size()) {
        review.escalationLevel += 1;
        // Each level gets its full time from the moment it is paged.
        review.deadline = now.addSecs(timeoutForLevel(review, review.escalationLevel));
    } else {
        review.chainExhausted = true;
        review.deadline = QDateTime();
        event.exhausted = true;
    }
    event.toLevel = review.escalationLevel;
    review.state = ReviewState::Held;
    review.holdReason = holdReason;
    review.heldAt = now;

    GateResult result;
    result.reviewId = review.id;
    result.state = review.state;
    result.escalation = event;
    result.message =
        event.exhausted
            ? QStringLiteral(
                  "%1; escalation chain exhausted at level %2: held, alert the commander")
                  .arg(holdReason)
                  .arg(event.fromLevel)
            : QStringLiteral("%1; held and escalated to level %2")
                  .arg(holdReason)
                  .arg(event.toLevel);
    return result;
}

void ApprovalGate::holdForStop(ReviewRequest &review, const QString &reason)
{
    // A stop means "everyone look again": approvals and opens from before it
    // no longer count, and a class approval no longer carries the action.
    review.approvalRound += 1;
    review.openings.clear();
    review.classApprovalId.clear();
    review.state = ReviewState::Held;
    review.holdReason = reason;
    review.heldAt = m_clock.now().toUTC();
    // A held review waits for a human, so its timeout runs (again) if it had none.
    if (!review.deadline.isValid() && !review.chainExhausted) {
        review.deadline = review.heldAt.addSecs(timeoutForLevel(review, review.escalationLevel));
    }
}

int ApprovalGate::timeoutForLevel(const ReviewRequest &review, int level) const
{
    if (level >= 1 && level <= review.escalationChain.size()) {
        const int seconds = review.escalationChain.at(level - 1).timeoutSeconds;
        if (seconds > 0)
            return seconds;
    }
    return kDefaultLevelTimeoutSeconds;
}

ReviewView ApprovalGate::makeView(const ReviewRequest &review, const QString &viewer) const
{
    ReviewView view;
    view.viewer = viewer;
    view.request = review;
    view.contextRevision = contextRevision(review.incidentId);
    view.approvalsSoFar = int(review.approversInCurrentRound().size());
    view.approvalsRequired = review.requiredApprovals();
    view.mayDecide = review.isDecidable() && !review.isProposer(viewer);

    view.request.openings.removeIf([&viewer](const ReviewOpening &o) {
        return !ReviewRequest::sameIdentity(o.reviewer, viewer);
    });
    view.othersReasoningHidden = review.friction.hideOtherReviewersReasoning && !review.isFinal() &&
                                 review.state != ReviewState::Approved &&
                                 !review.hasDecidedInCurrentRound(viewer);
    if (view.othersReasoningHidden) {
        view.request.decisions.removeIf([&viewer](const RecordedDecision &d) {
            return !ReviewRequest::sameIdentity(d.reviewer, viewer);
        });
    }

    if (const ReviewOpening *opening = review.openingFor(viewer)) {
        view.openedAt = opening->openedAt;
        const qint64 requiredMs = qint64(review.friction.minDwellSeconds) * 1000;
        const qint64 elapsedMs = opening->openedAt.msecsTo(m_clock.now().toUTC());
        view.dwellRemainingSeconds = std::max<qint64>(0, (requiredMs - elapsedMs + 999) / 1000);
    } else {
        view.dwellRemainingSeconds = review.friction.minDwellSeconds;
    }
    return view;
}

GateResult ApprovalGate::checkModification(const ReviewRequest &review,
                                           const QMap<QString, QString> &changes) const
{
    if (changes.isEmpty()) {
        return refuse(&review, GateError::ModificationEmpty,
                      QStringLiteral("a modify must change at least one declared parameter"));
    }
    bool changesSomething = false;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const auto declared = review.allowedParameters.constFind(it.key());
        if (declared == review.allowedParameters.cend()) {
            const QStringList names = review.allowedParameters.keys();
            return refuse(&review, GateError::ParameterNotDeclared,
                          QStringLiteral("%1 is not a parameter of this step (declared: %2)")
                              .arg(it.key(), names.isEmpty() ? QStringLiteral("none")
                                                             : names.join(QStringLiteral(", "))));
        }
        StepParameter parameter = declared.value();
        if (parameter.name.isEmpty())
            parameter.name = it.key();
        if (const auto problem = parameterValueProblem(parameter, it.value()))
            return refuse(&review, GateError::ParameterValueInvalid, *problem);
        if (review.parameters.value(it.key()) != it.value())
            changesSomething = true;
    }
    if (!changesSomething) {
        return refuse(&review, GateError::ModificationEmpty,
                      QStringLiteral("the modification changes no value; approve or reject "
                                     "instead"));
    }
    return {};
}

} // namespace icc
