#include "ApprovalGate.h"
#include "ClassApprovalRegistry.h"
#include "ExecutionGuard.h"
#include "ManualClock.h"

#include <QJsonDocument>
#include <QTest>

using namespace icc;
using icc::test::ManualClock;

// Enum classes print as text so a failure says which refusal came back.
#define COMPARE_ERROR(actual, expected) QCOMPARE(toString(actual), toString(expected))
#define COMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))

namespace {

const QString kIncident = QStringLiteral("inc-1");
const QString kAction = QStringLiteral("restart_service");
const QString kPhrase = QStringLiteral("restart_service checkout-api");

QList<EscalationLevel> chain()
{
    return {
        {1, QStringLiteral("primary"), 600},
        {2, QStringLiteral("secondary"), 600},
        {3, QStringLiteral("manager"), 900},
    };
}

PolicyDecision policy(ReviewTier tier)
{
    PolicyDecision decision;
    decision.outcome = Outcome::Escalate;
    decision.reviewTier = tier;
    decision.approvalTimeoutSeconds = 600;
    decision.policyVersion = QStringLiteral("2026.01");
    Friction &friction = decision.friction;
    switch (tier) {
    case ReviewTier::TwoReviewer:
        friction.requiredReviewers = 2;
        friction.minDwellSeconds = 60;
        friction.confirmationPhrase = true;
        friction.rollbackAcknowledgement = true;
        friction.reasonAlways = true;
        friction.hideOtherReviewersReasoning = true;
        break;
    case ReviewTier::Standard:
        friction.reasonForRejectOrModify = true;
        break;
    case ReviewTier::PreApproved:
        decision.outcome = Outcome::Proceed;
        decision.autonomyLevel = AutonomyLevel::Conditional;
        friction.requiredReviewers = 0;
        friction.abortWindowSeconds = 120;
        break;
    default:
        break;
    }
    return decision;
}

ReviewSubject subject(const QString &id, const QString &incident = kIncident,
                      const QString &action = kAction)
{
    ReviewSubject s;
    s.reviewId = id;
    s.incidentId = incident;
    s.actionId = QStringLiteral("act-") + id;
    s.actionType = action;
    s.runbookId = QStringLiteral("rb-cpu-high");
    s.stepIndex = 1;
    s.proposer = QStringLiteral("agent");
    s.rollback = QStringLiteral("systemctl start checkout-api");
    StepParameter service;
    service.name = QStringLiteral("service");
    service.fromLabel = QStringLiteral("service");
    service.allowed = {QStringLiteral("checkout-api"), QStringLiteral("cart-api")};
    StepParameter replicas;
    replicas.name = QStringLiteral("replicas");
    replicas.minimum = 1;
    replicas.maximum = 10;
    StepParameter zone;
    zone.name = QStringLiteral("zone");
    zone.pattern = QStringLiteral("[a-z]+-[0-9]");
    s.allowedParameters = {{service.name, service}, {replicas.name, replicas}, {zone.name, zone}};
    s.parameters = {{QStringLiteral("service"), QStringLiteral("checkout-api")}};
    return s;
}

DecisionInput approve(const QString &reviewId, const QString &reviewer, qint64 revision = 0)
{
    DecisionInput input;
    input.reviewId = reviewId;
    input.reviewer = reviewer;
    input.kind = DecisionKind::Approve;
    input.reason = QStringLiteral("error rate matches the runbook; restart is reversible");
    input.confirmationPhrase = kPhrase;
    input.rollbackAcknowledged = true;
    input.contextRevision = revision;
    return input;
}

DecisionInput withKind(DecisionInput input, DecisionKind kind)
{
    input.kind = kind;
    return input;
}

// One gate with its own clock and guard per test: no state leaks between tests.
struct Fixture
{
    ManualClock clock;
    ExecutionGuard guard;
    ApprovalGate gate{clock, guard, chain()};

    QString create(ReviewTier tier, const QString &id, const QString &incident = kIncident,
                   const QString &action = kAction)
    {
        const GateResult result = gate.createReview(policy(tier), subject(id, incident, action));
        if (!result.ok())
            qWarning("createReview failed: %s", qPrintable(result.message));
        return result.reviewId;
    }
    // Opens, waits out the dwell and approves.
    GateResult openWaitApprove(const QString &id, const QString &reviewer, int dwell = 60)
    {
        gate.open(id, reviewer);
        clock.advanceSeconds(dwell);
        return gate.decide(approve(id, reviewer, gate.contextRevision(kIncident)));
    }
    ReviewState state(const QString &id) const { return gate.review(id)->state; }
};

} // namespace

class TestGate : public QObject
{
    Q_OBJECT
private slots:
    // ------------------------------------------------------------ timeouts

    void timeoutHoldsAndEscalatesNeverApproves()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        f.clock.advanceSeconds(599);
        QVERIFY(f.gate.checkTimeouts().isEmpty());
        COMPARE_STATE(f.state(id), ReviewState::Pending);

        f.clock.advanceSeconds(1);
        QList<EscalationEvent> events = f.gate.checkTimeouts();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].reviewId, id);
        QCOMPARE(events[0].fromLevel, 1);
        QCOMPARE(events[0].toLevel, 2);
        QVERIFY(!events[0].exhausted);
        COMPARE_STATE(f.state(id), ReviewState::Held);
        QCOMPARE(f.gate.review(id)->escalationLevel, 2);
        QVERIFY(!f.gate.mayExecute(id));

        // Level 2 has its own full timeout from when it was paged.
        f.clock.advanceSeconds(599);
        QVERIFY(f.gate.checkTimeouts().isEmpty());
        f.clock.advanceSeconds(1);
        events = f.gate.checkTimeouts();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].toLevel, 3);

        f.clock.advanceSeconds(900);
        events = f.gate.checkTimeouts();
        QCOMPARE(events.size(), 1);
        QVERIFY(events[0].exhausted);
        QVERIFY(events[0].alertCommander());
        QCOMPARE(events[0].fromLevel, 3);
        COMPARE_STATE(f.state(id), ReviewState::Held);
        QVERIFY(f.gate.review(id)->chainExhausted);

        // However long nobody answers, it stays held and never executes.
        f.clock.advanceMinutes(24 * 60);
        QVERIFY(f.gate.checkTimeouts().isEmpty());
        COMPARE_STATE(f.state(id), ReviewState::Held);
        COMPARE_ERROR(f.gate.checkExecutable(id).error, GateError::NotApproved);
    }

    void timeoutOfPartlyApprovedTier3StaysHeld()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        QVERIFY(f.openWaitApprove(id, QStringLiteral("alice")).ok());
        f.clock.advanceSeconds(600);
        QCOMPARE(f.gate.checkTimeouts().size(), 1);
        COMPARE_STATE(f.state(id), ReviewState::Held);
        QVERIFY(!f.gate.mayExecute(id));
    }

    void heldReviewIsDecidableAtTheNextLevel()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        f.clock.advanceSeconds(600);
        f.gate.checkTimeouts();
        COMPARE_STATE(f.state(id), ReviewState::Held);
        const GateResult result = f.openWaitApprove(id, QStringLiteral("secondary-bob"), 0);
        QVERIFY2(result.ok(), qPrintable(result.message));
        COMPARE_STATE(result.state, ReviewState::Approved);
        QVERIFY(f.gate.mayExecute(id));
    }

    void emptyChainIsExhaustedAtTheFirstTimeout()
    {
        ManualClock clock;
        ExecutionGuard guard;
        ApprovalGate gate(clock, guard);
        const GateResult created =
            gate.createReview(policy(ReviewTier::Standard), subject(QStringLiteral("rv-1")));
        clock.advanceSeconds(600);
        const QList<EscalationEvent> events = gate.checkTimeouts();
        QCOMPARE(events.size(), 1);
        QVERIFY(events[0].exhausted);
        COMPARE_STATE(gate.review(created.reviewId)->state, ReviewState::Held);
    }

    void acknowledgementDoesNotStopTheReviewTimeout()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        f.clock.advanceSeconds(30);
        QVERIFY(f.gate.acknowledge(id, QStringLiteral("alice")).ok());
        QCOMPARE(f.gate.review(id)->acknowledgements.size(), 1);
        f.clock.advanceSeconds(570);
        QCOMPARE(f.gate.checkTimeouts().size(), 1);
        COMPARE_STATE(f.state(id), ReviewState::Held);
    }

    void reviewerEscalationMovesUpImmediately()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        DecisionInput up = withKind(approve(id, QStringLiteral("alice")), DecisionKind::Escalate);
        up.reason.clear(); // passing it up is never blocked by friction
        GateResult result = f.gate.decide(up);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.escalation.has_value());
        QVERIFY(result.escalation->cause == EscalationEvent::Cause::ReviewerEscalated);
        QCOMPARE(result.escalation->toLevel, 2);
        COMPARE_STATE(result.state, ReviewState::Held);
        QCOMPARE(f.gate.review(id)->deadline, f.clock.now().addSecs(600));

        f.gate.decide(up);
        result = f.gate.decide(up);
        QVERIFY(result.escalation->exhausted);
        COMPARE_STATE(result.state, ReviewState::Held);
        QVERIFY(!f.gate.mayExecute(id));
    }

    // ------------------------------------------------------------ reviewers

    void tier3WithOneReviewerNeverExecutes()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        const GateResult result = f.openWaitApprove(id, QStringLiteral("alice"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        COMPARE_STATE(result.state, ReviewState::Pending);
        QVERIFY(!f.gate.mayExecute(id));
        COMPARE_ERROR(f.gate.claimExecution(id, QStringLiteral("executor")).error,
                      GateError::NotApproved);
    }

    void tier3FloorsCannotBeConfiguredAway()
    {
        Fixture f;
        PolicyDecision weak = policy(ReviewTier::TwoReviewer);
        weak.friction.requiredReviewers = 1;
        weak.friction.hideOtherReviewersReasoning = false;
        const GateResult created = f.gate.createReview(weak, subject(QStringLiteral("rv-1")));
        QCOMPARE(f.gate.review(created.reviewId)->requiredApprovals(), 2);
        QVERIFY(f.gate.review(created.reviewId)->friction.hideOtherReviewersReasoning);
        QCOMPARE(f.gate.review(created.reviewId)->friction.requiredReviewers, 2);
        QVERIFY(f.openWaitApprove(created.reviewId, QStringLiteral("alice")).ok());
        QVERIFY(!f.gate.mayExecute(created.reviewId));

        // A persisted tier-3 review claiming one reviewer still needs two.
        QJsonObject json = f.gate.review(created.reviewId)->toJson();
        QJsonObject friction = json.value(QStringLiteral("friction")).toObject();
        friction.insert(QStringLiteral("required_reviewers"), 1);
        json.insert(QStringLiteral("friction"), friction);
        json.insert(QStringLiteral("id"), QStringLiteral("rv-edited"));
        json.insert(QStringLiteral("state"), QStringLiteral("approved"));
        QVERIFY(f.gate.restoreReview(*ReviewRequest::fromJson(json)).ok());
        COMPARE_ERROR(f.gate.checkExecutable(QStringLiteral("rv-edited")).error,
                      GateError::NotApproved);
    }

    void sameReviewerTwiceCountsOnce()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        QVERIFY(f.openWaitApprove(id, QStringLiteral("alice")).ok());
        GateResult again = f.gate.decide(approve(id, QStringLiteral("alice")));
        COMPARE_ERROR(again.error, GateError::AlreadyApproved);
        // The same person spelled differently is still the same person.
        f.gate.open(id, QStringLiteral(" Alice "));
        again = f.gate.decide(approve(id, QStringLiteral(" ALICE ")));
        COMPARE_ERROR(again.error, GateError::AlreadyApproved);
        COMPARE_STATE(f.state(id), ReviewState::Pending);
        QVERIFY(!f.gate.mayExecute(id));

        const GateResult bob = f.openWaitApprove(id, QStringLiteral("bob"));
        COMPARE_STATE(bob.state, ReviewState::Approved);
        QVERIFY(f.gate.mayExecute(id));
    }

    void proposerCannotReview()
    {
        Fixture f;
        ReviewSubject s = subject(QStringLiteral("rv-1"));
        s.proposer = QStringLiteral("carol");
        const QString id = f.gate.createReview(policy(ReviewTier::Standard), s).reviewId;
        f.gate.open(id, QStringLiteral("carol"));
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("carol"))).error,
                      GateError::ProposerCannotReview);
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral(" CAROL"))).error,
                      GateError::ProposerCannotReview);
        COMPARE_ERROR(
            f.gate.decide(withKind(approve(id, QStringLiteral("carol")), DecisionKind::Escalate))
                .error,
            GateError::ProposerCannotReview);
        COMPARE_STATE(f.state(id), ReviewState::Pending);
        // The proposer's open starts no dwell clock and the view says so.
        QVERIFY(!f.gate.viewFor(id, QStringLiteral("carol")).view->mayDecide);
        QVERIFY(f.gate.review(id)->openings.isEmpty());
    }

    void decisionRequiresOpeningFirst()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("alice"))).error,
                      GateError::NotOpened);
        COMPARE_ERROR(f.gate.decide(approve(id, QString())).error, GateError::ReviewerMissing);
        COMPARE_ERROR(f.gate.decide(approve(QStringLiteral("nope"), QStringLiteral("alice"))).error,
                      GateError::UnknownReview);
    }

    // ------------------------------------------------------------ dwell

    void approvalBeforeDwellRefusedAndAfterAccepted()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.clock.advanceSeconds(59);
        const GateResult early = f.gate.decide(approve(id, QStringLiteral("alice")));
        COMPARE_ERROR(early.error, GateError::DwellNotMet);
        QCOMPARE(f.gate.viewFor(id, QStringLiteral("alice")).view->dwellRemainingSeconds, 1);
        f.clock.advanceSeconds(1);
        const GateResult onTime = f.gate.decide(approve(id, QStringLiteral("alice")));
        QVERIFY2(onTime.ok(), qPrintable(onTime.message));
        QCOMPARE(onTime.decision->dwellSeconds, 60);
    }

    void dwellCountsFromThatReviewersOwnOpen()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.clock.advanceSeconds(50);
        f.gate.open(id, QStringLiteral("bob"));
        f.clock.advanceSeconds(10);
        QVERIFY(f.gate.decide(approve(id, QStringLiteral("alice"))).ok());
        // Bob opened 10 s ago: Alice's minute is not his.
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("bob"))).error,
                      GateError::DwellNotMet);
        f.clock.advanceSeconds(49);
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("bob"))).error,
                      GateError::DwellNotMet);
        f.clock.advanceSeconds(1);
        const GateResult bob = f.gate.decide(approve(id, QStringLiteral("bob")));
        QVERIFY2(bob.ok(), qPrintable(bob.message));
        COMPARE_STATE(bob.state, ReviewState::Approved);
    }

    void repeatOpenKeepsTheFirstOpenTime()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.clock.advanceSeconds(40);
        f.gate.open(id, QStringLiteral("alice"));
        f.clock.advanceSeconds(20);
        QVERIFY(f.gate.decide(approve(id, QStringLiteral("alice"))).ok());
    }

    // ------------------------------------------------------------ tier 3 friction

    void tier3RefusesWrongPhrase()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.clock.advanceSeconds(60);
        DecisionInput input = approve(id, QStringLiteral("alice"));
        input.confirmationPhrase = QStringLiteral("restart_service cart-api");
        COMPARE_ERROR(f.gate.decide(input).error, GateError::ConfirmationPhraseMismatch);
        input.confirmationPhrase.clear();
        COMPARE_ERROR(f.gate.decide(input).error, GateError::ConfirmationPhraseMismatch);
        // Case and stray spaces are forgiven (documented in ReviewRequest::phraseMatches).
        input.confirmationPhrase = QStringLiteral("  RESTART_SERVICE   checkout-api ");
        QVERIFY(f.gate.decide(input).ok());
    }

    void tier3RefusesMissingRollbackAcknowledgement()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.clock.advanceSeconds(60);
        DecisionInput input = approve(id, QStringLiteral("alice"));
        input.rollbackAcknowledged = false;
        COMPARE_ERROR(f.gate.decide(input).error, GateError::RollbackNotAcknowledged);
        input.rollbackAcknowledged = true;
        QVERIFY(f.gate.decide(input).ok());
    }

    void tier3RequiresReasonOnEveryDecision()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.clock.advanceSeconds(60);
        DecisionInput input = approve(id, QStringLiteral("alice"));
        input.reason = QStringLiteral("   ");
        COMPARE_ERROR(f.gate.decide(input).error, GateError::ReasonRequired);
        COMPARE_ERROR(f.gate.decide(withKind(input, DecisionKind::Reject)).error,
                      GateError::ReasonRequired);
        COMPARE_STATE(f.state(id), ReviewState::Pending);
    }

    void tier2RequiresReasonOnlyForRejectAndModify()
    {
        Fixture f;
        const QString first = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        f.gate.open(first, QStringLiteral("alice"));
        DecisionInput input = approve(first, QStringLiteral("alice"));
        input.reason.clear();
        COMPARE_ERROR(f.gate.decide(withKind(input, DecisionKind::Reject)).error,
                      GateError::ReasonRequired);
        DecisionInput modify = withKind(input, DecisionKind::Modify);
        modify.parameters = {{QStringLiteral("service"), QStringLiteral("cart-api")}};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ReasonRequired);
        const GateResult approved = f.gate.decide(input);
        QVERIFY2(approved.ok(), qPrintable(approved.message));
        COMPARE_STATE(approved.state, ReviewState::Approved);
    }

    void anyRejectRejects()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        QVERIFY(f.openWaitApprove(id, QStringLiteral("alice")).ok());
        f.gate.open(id, QStringLiteral("bob"));
        const GateResult rejected =
            f.gate.decide(withKind(approve(id, QStringLiteral("bob")), DecisionKind::Reject));
        QVERIFY2(rejected.ok(), qPrintable(rejected.message)); // no dwell needed to say no
        COMPARE_STATE(rejected.state, ReviewState::Rejected);
        QVERIFY(!f.gate.mayExecute(id));
        f.gate.open(id, QStringLiteral("dave"));
        COMPARE_ERROR(f.openWaitApprove(id, QStringLiteral("dave")).error, GateError::NotDecidable);
    }

    // ------------------------------------------------------------ stale context

    void staleContextIsRefusedAndDwellRestarts()
    {
        Fixture f;
        f.gate.setContextRevision(kIncident, 1);
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        QCOMPARE(f.gate.open(id, QStringLiteral("alice")).view->contextRevision, 1);
        f.clock.advanceSeconds(60);
        f.gate.setContextRevision(kIncident, 2);

        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("alice"), 1)).error,
                      GateError::ContextChanged);
        // Having been refused, Alice must open again ...
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("alice"), 2)).error,
                      GateError::NotOpened);
        f.gate.open(id, QStringLiteral("alice"));
        // ... and look at the new context for the full dwell.
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("alice"), 2)).error,
                      GateError::DwellNotMet);
        f.clock.advanceSeconds(60);
        QVERIFY(f.gate.decide(approve(id, QStringLiteral("alice"), 2)).ok());
    }

    void claimingTheNewRevisionWithoutReopeningIsRefused()
    {
        Fixture f;
        f.gate.setContextRevision(kIncident, 1);
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.gate.setContextRevision(kIncident, 2);
        // The gate showed Alice revision 1; her client merely claims 2.
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("alice"), 2)).error,
                      GateError::ContextChanged);
        f.gate.open(id, QStringLiteral("alice"));
        QVERIFY(f.gate.decide(approve(id, QStringLiteral("alice"), 2)).ok());
    }

    void reopeningAfterAContextChangeRestartsTheDwell()
    {
        Fixture f;
        f.gate.setContextRevision(kIncident, 1);
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.gate.setContextRevision(kIncident, 2);
        f.clock.advanceSeconds(30);
        f.gate.open(id, QStringLiteral("alice")); // sees revision 2 from now on
        f.clock.advanceSeconds(30);
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("alice"), 2)).error,
                      GateError::DwellNotMet);
        f.clock.advanceSeconds(30);
        QVERIFY(f.gate.decide(approve(id, QStringLiteral("alice"), 2)).ok());
    }

    // ------------------------------------------------------------ modify

    void modifyStaysInsideDeclaredParameters()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        DecisionInput modify = withKind(approve(id, QStringLiteral("alice")), DecisionKind::Modify);

        modify.parameters = {{QStringLiteral("host"), QStringLiteral("db-1")}};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ParameterNotDeclared);
        modify.parameters = {{QStringLiteral("service"), QStringLiteral("payments-api")}};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ParameterValueInvalid);
        modify.parameters = {{QStringLiteral("replicas"), QStringLiteral("50")}};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ParameterValueInvalid);
        modify.parameters = {{QStringLiteral("replicas"), QStringLiteral("0")}};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ParameterValueInvalid);
        modify.parameters = {{QStringLiteral("replicas"), QStringLiteral("three")}};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ParameterValueInvalid);
        modify.parameters = {{QStringLiteral("zone"), QStringLiteral("eu-west-1; rm -rf /")}};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ParameterValueInvalid);
        modify.parameters = {};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ModificationEmpty);
        modify.parameters = {{QStringLiteral("service"), QStringLiteral("checkout-api")}};
        COMPARE_ERROR(f.gate.decide(modify).error, GateError::ModificationEmpty);
        COMPARE_STATE(f.state(id), ReviewState::Pending);

        modify.parameters = {{QStringLiteral("service"), QStringLiteral("cart-api")},
                             {QStringLiteral("replicas"), QStringLiteral("3")},
                             {QStringLiteral("zone"), QStringLiteral("west-2")}};
        const GateResult modified = f.gate.decide(modify);
        QVERIFY2(modified.ok(), qPrintable(modified.message));
        COMPARE_STATE(modified.state, ReviewState::Modified);
        const ReviewRequest review = *f.gate.review(id);
        QCOMPARE(review.modifiedParameters.value(QStringLiteral("service")),
                 QStringLiteral("cart-api"));
        QCOMPARE(review.modifiedParameters.value(QStringLiteral("replicas")), QStringLiteral("3"));
        // A modify is never an approval: nothing runs until the policy re-checks.
        QVERIFY(!f.gate.mayExecute(id));
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("alice"))).error,
                      GateError::NotDecidable);
    }

    void modifyNeverCountsAsAnApproval()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        QVERIFY(f.openWaitApprove(id, QStringLiteral("alice")).ok());
        f.gate.open(id, QStringLiteral("bob"));
        f.clock.advanceSeconds(60);
        DecisionInput modify = withKind(approve(id, QStringLiteral("bob")), DecisionKind::Modify);
        modify.parameters = {{QStringLiteral("service"), QStringLiteral("cart-api")}};
        const GateResult result = f.gate.decide(modify);
        QVERIFY2(result.ok(), qPrintable(result.message));
        COMPARE_STATE(result.state, ReviewState::Modified);
        QCOMPARE(f.gate.review(id)->approversInCurrentRound().size(), 1);
        QVERIFY(!f.gate.mayExecute(id));
    }

    // ------------------------------------------------------------ stops

    void killSwitchHoldsEveryInFlightReviewAndBlocksExecution()
    {
        Fixture f;
        const QString approved = f.create(ReviewTier::Standard, QStringLiteral("rv-approved"));
        QVERIFY(f.openWaitApprove(approved, QStringLiteral("alice"), 0).ok());
        const QString half = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-half"));
        QVERIFY(f.openWaitApprove(half, QStringLiteral("alice")).ok());
        const QString pre = f.create(ReviewTier::PreApproved, QStringLiteral("rv-pre"));
        const QString rejected = f.create(ReviewTier::Standard, QStringLiteral("rv-rejected"));
        f.gate.open(rejected, QStringLiteral("alice"));
        QVERIFY(
            f.gate
                .decide(withKind(approve(rejected, QStringLiteral("alice")), DecisionKind::Reject))
                .ok());
        f.clock.advanceSeconds(600); // the pre-approved window is long over
        QVERIFY(f.gate.mayExecute(approved));
        QVERIFY(f.gate.mayExecute(pre));

        const QStringList held =
            f.gate.engageKillSwitch(QStringLiteral("ic-dana"), QStringLiteral("bad deploy"));
        QCOMPARE(held.size(), 3);
        QVERIFY(!held.contains(rejected));
        for (const QString &id : {approved, half, pre}) {
            COMPARE_STATE(f.state(id), ReviewState::Held);
            QVERIFY(!f.gate.mayExecute(id));
        }
        COMPARE_STATE(f.state(rejected), ReviewState::Rejected);
        f.gate.open(half, QStringLiteral("bob"));
        f.clock.advanceSeconds(60);
        COMPARE_ERROR(f.gate.decide(approve(half, QStringLiteral("bob"))).error,
                      GateError::KillSwitchEngaged);

        // Releasing the switch does not resume anything: approvals and opens
        // from before the stop no longer count and everyone looks again.
        f.gate.releaseKillSwitch();
        QVERIFY(!f.gate.mayExecute(approved));
        QVERIFY(!f.gate.mayExecute(pre));
        COMPARE_ERROR(f.gate.decide(approve(half, QStringLiteral("alice"))).error,
                      GateError::NotOpened);
        // Bob opened during the stop, so his look counts.
        const GateResult bob = f.gate.decide(approve(half, QStringLiteral("bob")));
        QVERIFY2(bob.ok(), qPrintable(bob.message));
        COMPARE_STATE(bob.state, ReviewState::Held); // Alice's pre-stop approval is gone
        QVERIFY(!f.gate.mayExecute(half));
        COMPARE_STATE(f.openWaitApprove(half, QStringLiteral("alice")).state,
                      ReviewState::Approved);
        QVERIFY(f.gate.mayExecute(half));
    }

    void killSwitchBlocksExecutionEvenForApproved()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        QVERIFY(f.openWaitApprove(id, QStringLiteral("alice"), 0).ok());
        QVERIFY(f.gate.mayExecute(id));
        // Engaged on the guard directly (another path than the gate's): the
        // execution check still sees it.
        f.guard.engageKillSwitch(QStringLiteral("ic-dana"), QStringLiteral("stop"), f.clock.now());
        COMPARE_ERROR(f.gate.checkExecutable(id).error, GateError::KillSwitchEngaged);
        COMPARE_ERROR(f.gate.claimExecution(id, QStringLiteral("executor")).error,
                      GateError::KillSwitchEngaged);
        COMPARE_STATE(f.state(id), ReviewState::Approved);
        f.guard.releaseKillSwitch();
        QVERIFY(f.gate.mayExecute(id));
    }

    void reviewCreatedDuringKillSwitchIsHeld()
    {
        Fixture f;
        ClassApproval grant;
        grant.id = QStringLiteral("ca-1");
        grant.actionPattern = kAction;
        grant.scope = ClassApproval::allIncidents();
        grant.grantedBy = QStringLiteral("ic-dana");
        grant.createdAt = f.clock.now();
        grant.expiresAt = f.clock.now().addSecs(7200);
        QVERIFY(f.gate.classApprovals().grant(grant).ok());
        f.gate.engageKillSwitch(QStringLiteral("ic-dana"), QStringLiteral("stop"));
        const QString tier1 = f.create(ReviewTier::Reduced, QStringLiteral("rv-1"));
        const QString pre = f.create(ReviewTier::PreApproved, QStringLiteral("rv-2"));
        COMPARE_STATE(f.state(tier1), ReviewState::Held);
        QVERIFY(f.gate.review(tier1)->classApprovalId.isEmpty());
        COMPARE_STATE(f.state(pre), ReviewState::Held);
        f.clock.advanceSeconds(3600);
        QVERIFY(!f.gate.mayExecute(tier1));
        QVERIFY(!f.gate.mayExecute(pre));
    }

    void haltedActionTypeBlocksOnlyThatType()
    {
        Fixture f;
        const QString restart = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        const QString scale = f.create(ReviewTier::Standard, QStringLiteral("rv-2"), kIncident,
                                       QStringLiteral("scale_out"));
        QVERIFY(f.openWaitApprove(restart, QStringLiteral("alice"), 0).ok());
        QVERIFY(f.openWaitApprove(scale, QStringLiteral("alice"), 0).ok());

        f.guard.haltActionType(kAction, QStringLiteral("ic-dana"), QStringLiteral("flapping"),
                               f.clock.now());
        COMPARE_ERROR(f.gate.checkExecutable(restart).error, GateError::ActionTypeHalted);
        QVERIFY(f.gate.mayExecute(scale));
        f.guard.resumeActionType(kAction);
        QVERIFY(f.gate.mayExecute(restart));

        // Through the gate the halt also holds the in-flight reviews of that type.
        const QString pending = f.create(ReviewTier::Standard, QStringLiteral("rv-3"));
        f.gate.open(pending, QStringLiteral("bob"));
        const QStringList held =
            f.gate.haltActionType(kAction, QStringLiteral("ic-dana"), QStringLiteral("flapping"));
        QCOMPARE(held, (QStringList{restart, pending}));
        COMPARE_STATE(f.state(scale), ReviewState::Approved);
        f.gate.open(pending, QStringLiteral("bob"));
        COMPARE_ERROR(f.gate.decide(approve(pending, QStringLiteral("bob"))).error,
                      GateError::ActionTypeHalted);
        // Saying no is still possible while halted.
        DecisionInput reject =
            withKind(approve(pending, QStringLiteral("bob")), DecisionKind::Reject);
        QVERIFY(f.gate.decide(reject).ok());
    }

    void executionGuardReportsStops()
    {
        ExecutionGuard guard;
        const QDateTime when = QDateTime(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC);
        QVERIFY(!guard.blockedReason(kAction).has_value());
        guard.haltActionType(kAction, QStringLiteral("dana"), QStringLiteral("flapping"), when);
        QVERIFY(guard.blockedReason(kAction)->contains(QStringLiteral("flapping")));
        QVERIFY(!guard.blockedReason(QStringLiteral("scale_out")).has_value());
        guard.engageKillSwitch(QStringLiteral("dana"), QStringLiteral("bad deploy"), when);
        QVERIFY(guard.blockedReason(QStringLiteral("scale_out"))
                    ->contains(QStringLiteral("kill switch")));
        guard.releaseKillSwitch();
        guard.resumeActionType(kAction);
        QVERIFY(!guard.blockedReason(kAction).has_value());
    }

    // ------------------------------------------------------------ class approvals

    void classApprovalAppliesOnlyInScopeBeforeExpiryAndToTier1()
    {
        Fixture f;
        ClassApproval grant;
        grant.id = QStringLiteral("ca-1");
        grant.actionPattern = QStringLiteral("restart_*");
        grant.scope = kIncident;
        grant.grantedBy = QStringLiteral("ic-dana");
        grant.createdAt = f.clock.now();
        grant.expiresAt = f.clock.now().addSecs(2 * 3600);
        grant.description = QStringLiteral("rolling restarts of stateless services, 2 h");
        QVERIFY(f.gate.classApprovals().grant(grant).ok());

        const QString covered = f.create(ReviewTier::Reduced, QStringLiteral("rv-1"));
        COMPARE_STATE(f.state(covered), ReviewState::Approved);
        QCOMPARE(f.gate.review(covered)->classApprovalId, QStringLiteral("ca-1"));
        QVERIFY(f.gate.mayExecute(covered));

        const QString otherIncident =
            f.create(ReviewTier::Reduced, QStringLiteral("rv-2"), QStringLiteral("inc-2"));
        COMPARE_STATE(f.state(otherIncident), ReviewState::Pending);
        const QString otherAction = f.create(ReviewTier::Reduced, QStringLiteral("rv-3"), kIncident,
                                             QStringLiteral("failover_db"));
        COMPARE_STATE(f.state(otherAction), ReviewState::Pending);
        const QString tier2 = f.create(ReviewTier::Standard, QStringLiteral("rv-4"));
        COMPARE_STATE(f.state(tier2), ReviewState::Pending);
        const QString tier3 = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-5"));
        COMPARE_STATE(f.state(tier3), ReviewState::Pending);

        f.clock.advanceSeconds(2 * 3600);
        const QString afterExpiry = f.create(ReviewTier::Reduced, QStringLiteral("rv-6"));
        COMPARE_STATE(f.state(afterExpiry), ReviewState::Pending);
        // The approval it rode on has lapsed: it no longer carries the action.
        COMPARE_ERROR(f.gate.checkExecutable(covered).error, GateError::ClassApprovalLapsed);
    }

    void revokedClassApprovalStopsApplying()
    {
        Fixture f;
        ClassApproval grant;
        grant.id = QStringLiteral("ca-1");
        grant.actionPattern = kAction;
        grant.scope = ClassApproval::allIncidents();
        grant.grantedBy = QStringLiteral("ic-dana");
        grant.createdAt = f.clock.now();
        grant.expiresAt = f.clock.now().addSecs(3600);
        QVERIFY(f.gate.classApprovals().grant(grant).ok());
        const QString covered =
            f.create(ReviewTier::Reduced, QStringLiteral("rv-1"), QStringLiteral("inc-9"));
        QVERIFY(f.gate.mayExecute(covered));
        f.clock.advanceSeconds(10);
        QVERIFY(f.gate.classApprovals()
                    .revoke(QStringLiteral("ca-1"), QStringLiteral("ic-dana"), f.clock.now())
                    .ok());
        COMPARE_ERROR(f.gate.checkExecutable(covered).error, GateError::ClassApprovalLapsed);
        COMPARE_STATE(f.state(f.create(ReviewTier::Reduced, QStringLiteral("rv-2"))),
                      ReviewState::Pending);
    }

    void classApprovalValidation()
    {
        ClassApprovalRegistry registry;
        const QDateTime start = QDateTime(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC);
        ClassApproval grant;
        grant.id = QStringLiteral("ca-1");
        grant.actionPattern = QStringLiteral("*");
        grant.scope = ClassApproval::allIncidents();
        grant.grantedBy = QStringLiteral("ic-dana");
        grant.createdAt = start;
        grant.expiresAt = start.addSecs(3600);
        COMPARE_ERROR(registry.grant(grant).error, GateError::ClassApprovalInvalid);
        // Wildcards that match nearly every action type are no class either:
        // only an exact type or a literal prefix (3+ characters) and '*'.
        for (const char *tooBroad :
             {"*_*", "*e*", "*service", "re*", "re*_*", "restart_*_*", "**", "ab*"}) {
            grant.actionPattern = QLatin1String(tooBroad);
            COMPARE_ERROR(registry.grant(grant).error, GateError::ClassApprovalInvalid);
        }
        QCOMPARE(registry.toJson().size(), 0);
        grant.actionPattern = kAction;
        grant.expiresAt = QDateTime();
        COMPARE_ERROR(registry.grant(grant).error, GateError::ClassApprovalInvalid);
        grant.expiresAt = start;
        COMPARE_ERROR(registry.grant(grant).error, GateError::ClassApprovalInvalid);
        grant.expiresAt = start.addSecs(3600);
        grant.grantedBy.clear();
        COMPARE_ERROR(registry.grant(grant).error, GateError::ClassApprovalInvalid);
        grant.grantedBy = QStringLiteral("ic-dana");
        QVERIFY(registry.grant(grant).ok());
        COMPARE_ERROR(registry.grant(grant).error, GateError::DuplicateClassApproval);
        // Not active before it was granted.
        QVERIFY(!registry.findActive(kAction, kIncident, start.addSecs(-1)).has_value());
        QVERIFY(registry.findActive(kAction, kIncident, start).has_value());
        for (const char *narrow : {"restart_*", "rst*"}) {
            ClassApproval prefix = grant;
            prefix.id = QStringLiteral("ca-") + QLatin1String(narrow);
            prefix.actionPattern = QLatin1String(narrow);
            QVERIFY2(registry.grant(prefix).ok(), narrow);
            QVERIFY(registry.revoke(prefix.id, QStringLiteral("ic-dana"), start).ok());
        }

        QJsonArray saved = registry.toJson();
        ClassApprovalRegistry restored;
        QVERIFY(restored.loadJson(saved).ok());
        QCOMPARE(restored.toJson(), saved);

        // One saved before the pattern rule: loaded, but it approves nothing.
        QJsonObject broad = saved.at(0).toObject();
        broad.insert(QStringLiteral("id"), QStringLiteral("ca-old-broad"));
        broad.insert(QStringLiteral("action"), QStringLiteral("*e*"));
        broad.remove(QStringLiteral("revoked_by"));
        broad.remove(QStringLiteral("revoked_at"));
        ClassApprovalRegistry legacy;
        QVERIFY(legacy.loadJson(QJsonArray{broad}).ok());
        QVERIFY(legacy.find(QStringLiteral("ca-old-broad")).has_value());
        QVERIFY(!legacy.findActive(kAction, kIncident, start).has_value());
    }

    // ------------------------------------------------------------ pre-approved

    void preApprovedWaitsOutTheAbortWindow()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::PreApproved, QStringLiteral("rv-1"));
        COMPARE_STATE(f.state(id), ReviewState::Pending);
        COMPARE_ERROR(f.gate.checkExecutable(id).error, GateError::AbortWindowOpen);
        f.gate.open(id, QStringLiteral("alice"));
        COMPARE_ERROR(f.gate.decide(approve(id, QStringLiteral("alice"))).error,
                      GateError::NoReviewExpected);
        f.clock.advanceSeconds(119);
        QVERIFY(!f.gate.mayExecute(id));
        QVERIFY(f.gate.checkTimeouts().isEmpty());
        f.clock.advanceSeconds(1);
        QVERIFY(f.gate.mayExecute(id));
        QVERIFY(f.gate.claimExecution(id, QStringLiteral("executor")).ok());
        COMPARE_ERROR(f.gate.abort(id, QStringLiteral("alice"), QStringLiteral("too late")).error,
                      GateError::AlreadyExecuted);
    }

    void abortWithinTheWindowCancels()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::PreApproved, QStringLiteral("rv-1"));
        f.clock.advanceSeconds(60);
        const GateResult aborted =
            f.gate.abort(id, QStringLiteral("alice"), QStringLiteral("wrong service"));
        QVERIFY2(aborted.ok(), qPrintable(aborted.message));
        COMPARE_STATE(aborted.state, ReviewState::Aborted);
        f.clock.advanceSeconds(3600);
        QVERIFY(!f.gate.mayExecute(id));

        const QString tier2 = f.create(ReviewTier::Standard, QStringLiteral("rv-2"));
        COMPARE_ERROR(f.gate.abort(tier2, QStringLiteral("alice"), QString()).error,
                      GateError::NotPreApproved);
    }

    void executionIsClaimedOnce()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        QVERIFY(f.openWaitApprove(id, QStringLiteral("alice"), 0).ok());
        QVERIFY(f.gate.claimExecution(id, QStringLiteral("executor")).ok());
        COMPARE_STATE(f.state(id), ReviewState::Executed);
        QVERIFY(!f.gate.mayExecute(id));
        COMPARE_ERROR(f.gate.claimExecution(id, QStringLiteral("executor")).error,
                      GateError::AlreadyExecuted);
    }

    // ------------------------------------------------------------ what reviewers see

    void secondReviewerDoesNotSeeTheFirstReasoning()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("alice"));
        f.clock.advanceSeconds(60);
        DecisionInput alice = approve(id, QStringLiteral("alice"));
        alice.reason = QStringLiteral("SECRET-REASONING-OF-ALICE");
        QVERIFY(f.gate.decide(alice).ok());

        const OpenResult opened = f.gate.open(id, QStringLiteral("bob"));
        QVERIFY(opened.ok());
        QVERIFY(opened.view->othersReasoningHidden);
        QVERIFY(opened.view->request.decisions.isEmpty());
        QCOMPARE(opened.view->approvalsSoFar, 1);
        QCOMPARE(opened.view->approvalsRequired, 2);
        QCOMPARE(opened.view->request.openings.size(), 1); // only Bob's own
        const QByteArray shown = QJsonDocument(opened.view->toJson()).toJson();
        QVERIFY(!shown.contains("SECRET-REASONING-OF-ALICE"));

        // Alice still sees her own reasoning.
        QCOMPARE(f.gate.viewFor(id, QStringLiteral("alice")).view->request.decisions.size(), 1);

        f.clock.advanceSeconds(60);
        QVERIFY(f.gate.decide(approve(id, QStringLiteral("bob"))).ok());
        const OpenResult after = f.gate.viewFor(id, QStringLiteral("bob"));
        QVERIFY(!after.view->othersReasoningHidden);
        QCOMPARE(after.view->request.decisions.size(), 2);
    }

    // ------------------------------------------------------------ persistence

    void jsonRoundTripKeepsEverything()
    {
        Fixture f;
        f.gate.setContextRevision(kIncident, 4);
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        f.gate.open(id, QStringLiteral("bob"));
        QVERIFY(f.openWaitApprove(id, QStringLiteral("alice")).ok());
        f.gate.acknowledge(id, QStringLiteral("bob"));
        f.clock.advanceSeconds(600);
        f.gate.checkTimeouts();

        const ReviewRequest original = *f.gate.review(id);
        const QJsonObject json = original.toJson();
        const QByteArray text = QJsonDocument(json).toJson();
        const auto parsed = ReviewRequest::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->toJson(), json);
        QCOMPARE(parsed->allowedParameters.value(QStringLiteral("replicas")).maximum,
                 std::optional<double>(10));
        QCOMPARE(parsed->escalationChain.size(), 3);
        QCOMPARE(parsed->escalationLevel, 2);
        QCOMPARE(parsed->deadline, original.deadline);

        // A restarted server picks up where it was: Bob's open time survived.
        ManualClock clock;
        clock.set(f.clock.now());
        ExecutionGuard guard;
        ApprovalGate restarted(clock, guard, chain());
        restarted.setContextRevision(kIncident, 4);
        QVERIFY(restarted.restoreReview(*parsed).ok());
        COMPARE_ERROR(restarted.restoreReview(*parsed).error, GateError::DuplicateReview);
        const GateResult bob = restarted.decide(approve(id, QStringLiteral("bob"), 4));
        QVERIFY2(bob.ok(), qPrintable(bob.message));
        COMPARE_STATE(bob.state, ReviewState::Approved);
        QVERIFY(restarted.mayExecute(id));
    }

    void malformedJsonIsRefused()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        const QJsonObject good = f.gate.review(id)->toJson();
        QString error;
        QJsonObject bad = good;
        bad.insert(QStringLiteral("state"), QStringLiteral("approvedish"));
        QVERIFY(!ReviewRequest::fromJson(bad, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("state")));
        bad = good;
        bad.insert(QStringLiteral("tier"), QStringLiteral("none"));
        QVERIFY(!ReviewRequest::fromJson(bad).has_value());
        bad = good;
        bad.remove(QStringLiteral("proposer"));
        QVERIFY(!ReviewRequest::fromJson(bad, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("proposer")));
    }

    void approvedStateWithoutApprovalsDoesNotExecute()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        QVERIFY(f.openWaitApprove(id, QStringLiteral("alice")).ok());
        QJsonObject tampered = f.gate.review(id)->toJson();
        tampered.insert(QStringLiteral("id"), QStringLiteral("rv-tampered"));
        tampered.insert(QStringLiteral("state"), QStringLiteral("approved"));
        const auto review = ReviewRequest::fromJson(tampered);
        QVERIFY(review.has_value());
        QVERIFY(f.gate.restoreReview(*review).ok());
        COMPARE_ERROR(f.gate.checkExecutable(QStringLiteral("rv-tampered")).error,
                      GateError::NotApproved);
    }

    // ------------------------------------------------------------ creation

    void nothingToReviewIsRefused()
    {
        Fixture f;
        PolicyDecision none = policy(ReviewTier::Standard);
        none.reviewTier = ReviewTier::None;
        COMPARE_ERROR(f.gate.createReview(none, subject(QStringLiteral("rv-1"))).error,
                      GateError::NothingToReview);
        PolicyDecision halt = policy(ReviewTier::Standard);
        halt.outcome = Outcome::Halt;
        COMPARE_ERROR(f.gate.createReview(halt, subject(QStringLiteral("rv-1"))).error,
                      GateError::NothingToReview);
        ReviewSubject noProposer = subject(QStringLiteral("rv-1"));
        noProposer.proposer.clear();
        COMPARE_ERROR(f.gate.createReview(policy(ReviewTier::Standard), noProposer).error,
                      GateError::InvalidRequest);
        f.create(ReviewTier::Standard, QStringLiteral("rv-1"));
        COMPARE_ERROR(
            f.gate.createReview(policy(ReviewTier::Standard), subject(QStringLiteral("rv-1")))
                .error,
            GateError::DuplicateReview);
        QVERIFY(f.gate.createReview(policy(ReviewTier::Standard), subject(QString()))
                    .reviewId.startsWith(QStringLiteral("rv-")));
    }

    void derivedConfirmationPhraseNamesActionAndTarget()
    {
        Fixture f;
        const QString id = f.create(ReviewTier::TwoReviewer, QStringLiteral("rv-1"));
        QCOMPARE(f.gate.review(id)->confirmationPhrase, kPhrase);
        QVERIFY(!ReviewRequest::phraseMatches(QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(TestGate)
#include "tst_gate.moc"
