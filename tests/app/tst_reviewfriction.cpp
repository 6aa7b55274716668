#include "ManualClock.h"
#include "ParameterEditModel.h"
#include "ReviewFriction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace icc;
using icc::test::ManualClock;
using Blocker = ReviewFriction::Blocker;

namespace {

const QString kPhrase = QStringLiteral("compress_rotated_logs");

// The shape of /work/api-samples/review-open-tier3.json, trimmed to what the
// friction reads, with the shipped tier-3 friction.
QJsonObject tier3View(qint64 dwellRemaining = 60)
{
    const QJsonObject friction{
        {QStringLiteral("min_dwell_seconds"), 60},
        {QStringLiteral("confirmation_phrase"), true},
        {QStringLiteral("rollback_acknowledgement"), true},
        {QStringLiteral("reason_always"), true},
        {QStringLiteral("reason_for_reject_or_modify"), true},
        {QStringLiteral("hide_other_reviewers_reasoning"), true},
        {QStringLiteral("required_reviewers"), 2},
    };
    const QJsonObject review{
        {QStringLiteral("id"), QStringLiteral("rv-11")},
        {QStringLiteral("incident_id"), QStringLiteral("inc-3")},
        {QStringLiteral("state"), QStringLiteral("pending")},
        {QStringLiteral("tier"), QStringLiteral("tier3")},
        {QStringLiteral("friction"), friction},
        {QStringLiteral("confirmation_phrase"), kPhrase},
        {QStringLiteral("rollback"), QStringLiteral("ssh host gunzip")},
        {QStringLiteral("approval_round"), 0},
        {QStringLiteral("decisions"), QJsonArray()},
        {QStringLiteral("parameters"),
         QJsonObject{{QStringLiteral("host"), QStringLiteral("db-replica-2")},
                     {QStringLiteral("service"), QStringLiteral("postgres")}}},
        {QStringLiteral("allowed_parameters"),
         QJsonObject{{QStringLiteral("host"), QJsonObject{}},
                     {QStringLiteral("service"), QJsonObject{}}}},
    };
    return QJsonObject{
        {QStringLiteral("review"), review},
        {QStringLiteral("friction"), friction},
        {QStringLiteral("tier"), QStringLiteral("tier3")},
        {QStringLiteral("viewer"), QStringLiteral("erin")},
        {QStringLiteral("confirmation_phrase"), kPhrase},
        {QStringLiteral("rollback"), QStringLiteral("ssh host gunzip")},
        {QStringLiteral("context_revision"), 5},
        {QStringLiteral("dwell_remaining_seconds"), dwellRemaining},
        {QStringLiteral("opened_at"), QStringLiteral("2026-11-21T20:35:01.863Z")},
        {QStringLiteral("approvals_required"), 2},
        {QStringLiteral("approvals_so_far"), 0},
        {QStringLiteral("may_decide"), true},
        {QStringLiteral("others_reasoning_hidden"), true},
    };
}

// Every piece of tier-3 friction satisfied; each test then takes one away.
void satisfyAll(ManualClock &clock, ReviewFriction &friction)
{
    clock.advanceSeconds(60);
    friction.setTypedPhrase(kPhrase);
    friction.setRollbackAcknowledged(true);
    friction.setReason(QStringLiteral("logs are rotated; gzip is reversible"));
    friction.setConnected(true);
}

} // namespace

class TestReviewFriction : public QObject
{
    Q_OBJECT

private slots:
    void everythingSatisfiedAllowsApprove()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        QVERIFY(!friction.allows(DecisionKind::Approve));
        satisfyAll(clock, friction);
        QVERIFY(friction.allows(DecisionKind::Approve));
        const QJsonObject body = friction.decisionBody(DecisionKind::Approve);
        QCOMPARE(body.value(QStringLiteral("decision")).toString(), QStringLiteral("approve"));
        QCOMPARE(body.value(QStringLiteral("context_revision")).toInteger(), 5);
        QCOMPARE(body.value(QStringLiteral("confirmation_phrase")).toString(), kPhrase);
        QCOMPARE(body.value(QStringLiteral("rollback_acknowledged")).toBool(), true);
    }

    void dwellBlocksApproveUntilItHasPassed()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        clock.advanceSeconds(-60); // back to the open: only the dwell is missing
        QCOMPARE(friction.dwellRemainingSeconds(), 60);
        QVERIFY(friction.blocks(DecisionKind::Approve, Blocker::Dwell));
        QVERIFY(friction.blocks(DecisionKind::Modify, Blocker::Dwell));
        QCOMPARE(friction.missing(DecisionKind::Approve).size(), 1);
        clock.advanceSeconds(59);
        QCOMPARE(friction.dwellRemainingSeconds(), 1);
        QVERIFY(!friction.allows(DecisionKind::Approve));
        clock.advanceSeconds(1);
        QCOMPARE(friction.dwellRemainingSeconds(), 0);
        QVERIFY(friction.allows(DecisionKind::Approve));
        // Saying no quickly is the safe direction: the gate does not slow it down.
        QVERIFY(!friction.blocks(DecisionKind::Reject, Blocker::Dwell));
    }

    void dwellCountsFromWhatTheServerSaidWasLeft()
    {
        // A re-open without a context change keeps the first open: 20 s left.
        ManualClock clock;
        ReviewFriction friction(tier3View(20), clock.now(), clock);
        satisfyAll(clock, friction);
        clock.advanceSeconds(-60);
        clock.advanceSeconds(19);
        QVERIFY(friction.blocks(DecisionKind::Approve, Blocker::Dwell));
        clock.advanceSeconds(1);
        QVERIFY(friction.allows(DecisionKind::Approve));
    }

    void phraseMustMatchExactlyIncludingCase()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        QCOMPARE(friction.phrase(), kPhrase);
        for (const QString &typed : {QString(), QStringLiteral("compress_rotated_log"),
                                     kPhrase.toUpper(), QStringLiteral("Compress_rotated_logs"),
                                     kPhrase + QLatin1Char(' '), QStringLiteral("yes")}) {
            friction.setTypedPhrase(typed);
            QVERIFY2(friction.blocks(DecisionKind::Approve, Blocker::Phrase), qPrintable(typed));
            QVERIFY(friction.blocks(DecisionKind::Modify, Blocker::Phrase));
            QCOMPARE(friction.missing(DecisionKind::Approve).size(), 1);
        }
        friction.setTypedPhrase(kPhrase);
        QVERIFY(friction.allows(DecisionKind::Approve));
    }

    void rollbackMustBeAcknowledged()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        QCOMPARE(friction.rollback(), QStringLiteral("ssh host gunzip"));
        friction.setRollbackAcknowledged(false);
        QVERIFY(friction.blocks(DecisionKind::Approve, Blocker::Rollback));
        QCOMPARE(friction.missing(DecisionKind::Approve).size(), 1);
        friction.setRollbackAcknowledged(true);
        QVERIFY(friction.allows(DecisionKind::Approve));
    }

    void reasonIsRequiredWhereTheTierAsks()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        friction.setReason(QStringLiteral("   "));
        QVERIFY(friction.blocks(DecisionKind::Approve, Blocker::Reason));
        QVERIFY(friction.blocks(DecisionKind::Reject, Blocker::Reason));
        QCOMPARE(friction.missing(DecisionKind::Approve).size(), 1);
        QCOMPARE(friction.missing(DecisionKind::Reject).size(), 1);
        // Escalate is never held up by friction (only by being offline/stale).
        QVERIFY(friction.allows(DecisionKind::Escalate));
        friction.setReason(QStringLiteral("checked the disk graph"));
        QVERIFY(friction.allows(DecisionKind::Approve));
        QVERIFY(friction.allows(DecisionKind::Reject));
    }

    void reasonForRejectOnlyLeavesApproveFree()
    {
        // Tier 2: reason for reject/modify only, no other friction.
        QJsonObject view = tier3View(0);
        const QJsonObject friction{{QStringLiteral("reason_for_reject_or_modify"), true},
                                   {QStringLiteral("required_reviewers"), 1}};
        view.insert(QStringLiteral("friction"), friction);
        view.insert(QStringLiteral("approvals_required"), 1);
        ManualClock clock;
        ReviewFriction tier2(view, clock.now(), clock);
        QVERIFY(tier2.allows(DecisionKind::Approve));
        QVERIFY(tier2.blocks(DecisionKind::Reject, Blocker::Reason));
        tier2.setReason(QStringLiteral("wrong host"));
        QVERIFY(tier2.allows(DecisionKind::Reject));
    }

    void offlineBlocksEveryDecision()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        friction.setConnected(false);
        for (DecisionKind kind : {DecisionKind::Approve, DecisionKind::Reject, DecisionKind::Modify,
                                  DecisionKind::Escalate})
            QVERIFY(friction.blocks(kind, Blocker::Offline));
        QCOMPARE(friction.missing(DecisionKind::Approve).size(), 1);
        friction.setConnected(true);
        QVERIFY(friction.allows(DecisionKind::Approve));
    }

    void staleContextBlocksUntilReopened()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        friction.markStale();
        QVERIFY(friction.isStale());
        for (DecisionKind kind :
             {DecisionKind::Approve, DecisionKind::Reject, DecisionKind::Escalate})
            QVERIFY(friction.blocks(kind, Blocker::Stale));
        QCOMPARE(friction.missing(DecisionKind::Approve).size(), 1);
        // Only a new open (a new ReviewFriction) clears it.
        ReviewFriction reopened(tier3View(), clock.now(), clock);
        QVERIFY(!reopened.isStale());
    }

    void aRefreshWithAnotherRevisionIsStale()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        QJsonObject same = tier3View();
        same.insert(QStringLiteral("approvals_so_far"), 1);
        friction.refreshView(same);
        QVERIFY(!friction.isStale());
        QCOMPARE(friction.approvalsSoFar(), 1);
        QJsonObject changed = tier3View();
        changed.insert(QStringLiteral("context_revision"), 6);
        friction.refreshView(changed);
        QVERIFY(friction.blocks(DecisionKind::Approve, Blocker::Stale));
    }

    void aSecondApprovalMustComeFromSomeoneElse()
    {
        ManualClock clock;
        QJsonObject view = tier3View();
        QJsonObject review = view.value(QStringLiteral("review")).toObject();
        review.insert(
            QStringLiteral("decisions"),
            QJsonArray{QJsonObject{{QStringLiteral("reviewer"), QStringLiteral("erin")},
                                   {QStringLiteral("decision"), QStringLiteral("approve")},
                                   {QStringLiteral("round"), 0}}});
        view.insert(QStringLiteral("review"), review);
        view.insert(QStringLiteral("approvals_so_far"), 1);
        ReviewFriction friction(view, clock.now(), clock);
        satisfyAll(clock, friction);
        QVERIFY(friction.blocks(DecisionKind::Approve, Blocker::AlreadyApproved));
        QVERIFY(friction.reviewerStatus().contains(QStringLiteral("1 of 2 approvals")));
        QVERIFY(
            friction.reviewerStatus().contains(QStringLiteral("waiting for a second reviewer")));
        // frank sees the same review as the second reviewer.
        view.insert(QStringLiteral("viewer"), QStringLiteral("frank"));
        ReviewFriction frank(view, clock.now(), clock);
        satisfyAll(clock, frank);
        QVERIFY(frank.allows(DecisionKind::Approve));
        QVERIFY(frank.reviewerStatus().contains(QStringLiteral("waiting for your approval")));
    }

    void notDecidableBlocksEverything()
    {
        ManualClock clock;
        QJsonObject view = tier3View();
        view.insert(QStringLiteral("may_decide"), false);
        ReviewFriction friction(view, clock.now(), clock);
        satisfyAll(clock, friction);
        for (DecisionKind kind : {DecisionKind::Approve, DecisionKind::Reject, DecisionKind::Modify,
                                  DecisionKind::Escalate})
            QVERIFY(friction.blocks(kind, Blocker::NotDecidable));
    }

    void modifyNeedsAChangedAllowedParameter()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        QVERIFY(friction.blocks(DecisionKind::Modify, Blocker::NoParameterChange));
        // Unchanged values and undeclared names do not count.
        friction.setModifiedParameters({{QStringLiteral("host"), QStringLiteral("db-replica-2")},
                                        {QStringLiteral("bogus"), QStringLiteral("x")}});
        QVERIFY(friction.blocks(DecisionKind::Modify, Blocker::NoParameterChange));
        friction.setModifiedParameters({{QStringLiteral("host"), QStringLiteral("db-replica-3")}});
        QVERIFY(friction.allows(DecisionKind::Modify));
        const QJsonObject parameters = friction.decisionBody(DecisionKind::Modify)
                                           .value(QStringLiteral("parameters"))
                                           .toObject();
        QCOMPARE(parameters,
                 (QJsonObject{{QStringLiteral("host"), QStringLiteral("db-replica-3")}}));
    }

    // A kill switch or halt holds the review: the server drops every open and
    // starts a new approval round (ApprovalGate::holdForStop). A GET then
    // shows no open for the viewer; what was ready is not ready any more.
    void aStopThatDroppedTheOpenBlocksUntilReopened()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        QVERIFY(friction.allows(DecisionKind::Approve));

        // The same open seen again changes nothing.
        friction.refreshView(tier3View(0));
        QVERIFY(!friction.needsReopen());
        QVERIFY(friction.allows(DecisionKind::Approve));

        QJsonObject held = tier3View(60);
        held.insert(QStringLiteral("opened_at"), QString());
        QJsonObject review = held.value(QStringLiteral("review")).toObject();
        review.insert(QStringLiteral("approval_round"), 1);
        review.insert(QStringLiteral("state"), QStringLiteral("held"));
        review.insert(QStringLiteral("hold_reason"), QStringLiteral("kill switch engaged"));
        held.insert(QStringLiteral("review"), review);
        friction.refreshView(held);

        QVERIFY(friction.needsReopen());
        for (DecisionKind kind :
             {DecisionKind::Approve, DecisionKind::Reject, DecisionKind::Modify})
            QVERIFY(friction.blocks(kind, Blocker::Reopen));
        QVERIFY(!friction.blocks(DecisionKind::Escalate, Blocker::Reopen)); // needs no open
        const QString why = friction.missing(DecisionKind::Approve).constFirst().text;
        QVERIFY2(why.contains(QStringLiteral("reopen")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("kill switch engaged")), qPrintable(why));
    }

    // Only the approval round moved (the open is shown with the same time):
    // approvals from before no longer count, so neither does the open.
    void aNewApprovalRoundBlocksUntilReopened()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        QJsonObject next = tier3View(0);
        QJsonObject review = next.value(QStringLiteral("review")).toObject();
        review.insert(QStringLiteral("approval_round"), 1);
        next.insert(QStringLiteral("review"), review);
        friction.refreshView(next);
        QVERIFY(friction.blocks(DecisionKind::Approve, Blocker::Reopen));
    }

    // Another reviewer's modify moves the current values: the model follows
    // them where this reviewer typed nothing and keeps what they typed.
    void parameterEditsFollowTheCurrentValuesAndKeepWhatWasTyped()
    {
        using Model = ParameterEditModel;
        ParameterEditModel model;
        model.setParameters({{QStringLiteral("host"), QStringLiteral("a")},
                             {QStringLiteral("service"), QStringLiteral("pg")}});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!(model.flags(model.index(0, Model::CurrentColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, Model::NewColumn)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(1, Model::NewColumn), QStringLiteral("mysql")));
        model.refresh({{QStringLiteral("host"), QStringLiteral("b")},
                       {QStringLiteral("service"), QStringLiteral("pgbouncer")}});
        QCOMPARE(model.index(0, Model::CurrentColumn).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0, Model::NewColumn).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(1, Model::CurrentColumn).data().toString(),
                 QStringLiteral("pgbouncer"));
        QCOMPARE(model.newValues().value(QStringLiteral("service")), QStringLiteral("mysql"));
    }

    // A refusal for a missing open says the same.
    void aNotOpenedRefusalBlocksUntilReopened()
    {
        ManualClock clock;
        ReviewFriction friction(tier3View(), clock.now(), clock);
        satisfyAll(clock, friction);
        friction.markNeedsReopen({});
        QVERIFY(friction.blocks(DecisionKind::Approve, Blocker::Reopen));
    }
};

QTEST_GUILESS_MAIN(TestReviewFriction)
#include "tst_reviewfriction.moc"
