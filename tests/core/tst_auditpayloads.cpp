#include "Alert.h"
#include "AuditEvent.h"
#include "AuditLog.h"
#include "AuditPayloads.h"
#include "AuditVerifier.h"
#include "ChainReconstruction.h"
#include "IncidentGrouping.h"
#include "ManualClock.h"
#include "MemoryAuditStore.h"
#include "OversightMetrics.h"

#include <QTest>

using namespace icc;

namespace {

Alert cpuAlert(const QString &id)
{
    Alert alert;
    alert.id = id;
    alert.source = Alert::Source::Alertmanager;
    alert.severity = QStringLiteral("critical");
    alert.summary = QStringLiteral("CPU above 95% on checkout-1");
    alert.labels = {{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                    {QStringLiteral("service"), QStringLiteral("checkout")}};
    return alert;
}

MatchResult cpuMatch()
{
    MatchResult match;
    match.runbookId = QStringLiteral("rb-cpu-high");
    match.confidence = 0.64;
    match.candidates = {{QStringLiteral("rb-cpu-high"), 0.64},
                        {QStringLiteral("rb-memory-leak"), 0.31}};
    match.explanation.matchedTerms = {QStringLiteral("cpu")};
    return match;
}

PolicyDecision escalateDecision(ReviewTier tier)
{
    PolicyDecision decision;
    decision.outcome = Outcome::Escalate;
    decision.autonomyLevel = AutonomyLevel::Supervised;
    decision.reviewTier = tier;
    decision.policyVersion = QStringLiteral("2026.11-1");
    decision.reasons = {PolicyReason{QStringLiteral("trigger.confidence"),
                                     QStringLiteral("confidence"),
                                     QStringLiteral("confidence 0.64 below 0.80")}};
    return decision;
}

RecordedDecision decision(const QString &reviewer, DecisionKind kind, qint64 dwell,
                          const QString &reason)
{
    RecordedDecision recorded;
    recorded.reviewer = reviewer;
    recorded.kind = kind;
    recorded.dwellSeconds = dwell;
    recorded.reason = reason;
    recorded.contextRevision = 2;
    recorded.round = 0;
    return recorded;
}

} // namespace

class TestAuditPayloads : public QObject
{
    Q_OBJECT

private slots:
    // A whole pipeline story written only through AuditPayloads: the chain has
    // all three layers, the execution, the outcome; the metrics count it.
    void fullStoryReconstructsAndIsCounted()
    {
        test::ManualClock clock;
        MemoryAuditStore store;
        AuditLog log(store, clock);
        const QString inc = QStringLiteral("inc-1");
        const QString act = QStringLiteral("act-1");
        const QString rv = QStringLiteral("rv-1");
        const QDate approvedOn(2026, 1, 1);
        const auto add = [&](const char *type, const QString &actor, const QString &subject,
                             const QJsonObject &payload) {
            QVERIFY(log.append(QString::fromLatin1(type), actor, inc, subject, payload));
        };

        const QDateTime start = clock.now();
        add(AuditEvent::kAlertReceived, QStringLiteral("system"), QStringLiteral("a-1"),
            AuditPayloads::alertReceived(cpuAlert(QStringLiteral("a-1"))));
        add(AuditEvent::kIncidentOpened, QStringLiteral("system"), inc,
            AuditPayloads::incidentOpened(QStringLiteral("2026.11-1"), approvedOn, 1,
                                          QStringLiteral("a-1")));
        add(AuditEvent::kMatchCompleted, QStringLiteral("agent"), QStringLiteral("a-1"),
            AuditPayloads::matchCompleted(QStringLiteral("a-1"), cpuMatch()));
        add(AuditEvent::kPolicyDecided, QStringLiteral("policy"), act,
            AuditPayloads::policyDecided(QStringLiteral("a-1"), QStringLiteral("rb-cpu-high"), 1,
                                         QStringLiteral("restart_service"), 0.64,
                                         escalateDecision(ReviewTier::TwoReviewer), approvedOn));
        add(AuditEvent::kPageSent, QStringLiteral("system"), QStringLiteral("pg-1"),
            AuditPayloads::pageSent(rv, QStringLiteral("a-1"), 1, QStringLiteral("alice")));
        clock.advanceSeconds(30);
        add(AuditEvent::kPageAcknowledged, QStringLiteral("alice"), QStringLiteral("pg-1"),
            AuditPayloads::pageAcknowledged(rv, QStringLiteral("a-1"), 1, QStringLiteral("alice"),
                                            30));
        const QJsonObject shown = AuditPayloads::reviewShown(
            QStringLiteral("CPU above 95%"), QStringLiteral("restart_service checkout"),
            QStringLiteral("systemctl start checkout"), 0.64);
        for (const QString &reviewer : {QStringLiteral("alice"), QStringLiteral("bob")})
            add(AuditEvent::kReviewOpened, reviewer, rv,
                AuditPayloads::reviewOpened(act, reviewer, 2, 1, shown));
        clock.advanceSeconds(5);
        add(AuditEvent::kReviewRefused, QStringLiteral("bob"), rv,
            AuditPayloads::reviewRefused(act, QStringLiteral("bob"), GateError::DwellNotMet,
                                         QStringLiteral("55 s left")));
        clock.advanceSeconds(60);
        add(AuditEvent::kReviewDecided, QStringLiteral("alice"), rv,
            AuditPayloads::reviewDecided(act,
                                         decision(QStringLiteral("alice"), DecisionKind::Approve,
                                                  65, QStringLiteral("load is real"))));
        add(AuditEvent::kReviewDecided, QStringLiteral("bob"), rv,
            AuditPayloads::reviewDecided(act, decision(QStringLiteral("bob"), DecisionKind::Approve,
                                                       65, QStringLiteral("agreed"))));
        add(AuditEvent::kReviewResolved, QStringLiteral("system"), rv,
            AuditPayloads::reviewResolved(act, ReviewState::Approved));
        ExecutionResult result;
        result.actionId = act;
        result.action = QStringLiteral("restart_service");
        result.success = true;
        result.command = QStringLiteral("systemctl restart checkout");
        add(AuditEvent::kExecutionCompleted, QStringLiteral("agent"), act,
            AuditPayloads::executionCompleted(result));
        add(AuditEvent::kOutcomeMarked, QStringLiteral("carol"), act,
            AuditPayloads::outcomeMarked(QStringLiteral("good"), QStringLiteral("carol"),
                                         QStringLiteral("fixed it")));

        const AuditReadResult read = log.entries();
        QVERIFY(read.ok());
        QVERIFY(AuditVerifier::verify(read.entries).ok);

        ChainReconstruction chain(clock);
        const ChainResult built = chain.build(read.entries, act);
        QVERIFY2(built.ok(), qPrintable(built.error));
        const ChainRecord &record = built.chain;
        QCOMPARE(record.incidentId, inc);
        QVERIFY(record.humanReview.present);
        QCOMPARE(record.humanReview.reviewers.size(), 2);
        QCOMPARE(record.humanReview.reviewers.at(0).shown, shown);
        QCOMPARE(record.humanReview.reviewers.at(0).queueDepthAtOpen, std::optional<int>(1));
        QCOMPARE(record.humanReview.reviewers.at(1).refusals.size(), 1);
        QCOMPARE(record.humanReview.resolvedState, QStringLiteral("approved"));
        QVERIFY(record.policy.present);
        QCOMPARE(record.policy.reviewTier, QStringLiteral("tier3"));
        QCOMPARE(record.policy.rules.size(), 1);
        QCOMPARE(record.policy.version.version, QStringLiteral("2026.11-1"));
        QCOMPARE(record.policy.incidentVersion.version, QStringLiteral("2026.11-1"));
        QVERIFY(record.policy.version.approvedOn.isValid());
        QVERIFY(record.agent.present);
        QVERIFY(record.agent.matchPresent);
        QCOMPARE(record.agent.matchedRunbook, QStringLiteral("rb-cpu-high"));
        QCOMPARE(record.agent.severity, QStringLiteral("critical"));
        QCOMPARE(record.executions.size(), 1);
        QVERIFY(record.executions.at(0).success);
        QCOMPARE(record.executions.at(0).mode, QStringLiteral("dry_run"));
        QCOMPARE(record.outcomes.size(), 1);
        // Nothing the chain knows about is reported missing.
        QVERIFY2(record.missing.isEmpty(), qPrintable(record.missing.join(QStringLiteral("; "))));

        const OversightReport report =
            OversightMetrics::compute(read.entries, start, clock.now().addSecs(1));
        QCOMPARE(report.decisions, 2);
        QCOMPARE(report.approvals, 2);
        QCOMPARE(report.timeToDecisionByTier.value(QStringLiteral("tier3")).count, 2);
        QCOMPARE(report.timeToDecisionBySeverity.value(QStringLiteral("critical")).count, 2);
        QCOMPARE(report.outcomesMarked, 1);
        QCOMPARE(report.outcomesGood, 1);
        QCOMPARE(report.mtta.count, 1);
        QCOMPARE(report.mttr.count, 1);
    }

    void timeoutIsReadAsHeldEscalation()
    {
        test::ManualClock clock;
        MemoryAuditStore store;
        AuditLog log(store, clock);
        const QString inc = QStringLiteral("inc-1");
        QVERIFY(log.append(
            QString::fromLatin1(AuditEvent::kPolicyDecided), QStringLiteral("policy"), inc,
            QStringLiteral("act-1"),
            AuditPayloads::policyDecided(QStringLiteral("a-1"), QStringLiteral("rb-cpu-high"), 0,
                                         QStringLiteral("restart_service"), 0.5,
                                         escalateDecision(ReviewTier::Standard), {})));
        QVERIFY(log.append(QString::fromLatin1(AuditEvent::kReviewTimedOut),
                           QStringLiteral("system"), inc, QStringLiteral("rv-1"),
                           AuditPayloads::reviewTimedOut(QStringLiteral("act-1"), 1,
                                                         {QStringLiteral("erin")}, true)));
        QVERIFY(log.append(QString::fromLatin1(AuditEvent::kReviewTimedOut),
                           QStringLiteral("system"), inc, QStringLiteral("rv-1"),
                           AuditPayloads::reviewTimedOut(QStringLiteral("act-1"), 2, {}, true)));
        ChainReconstruction chain(clock);
        const ChainResult built = chain.build(log.entries().entries, QStringLiteral("act-1"));
        QVERIFY(built.ok());
        const auto &timeouts = built.chain.humanReview.timeouts;
        QCOMPARE(timeouts.size(), 2);
        QCOMPARE(timeouts.at(0).escalatedTo, QStringList{QStringLiteral("erin")});
        QVERIFY(timeouts.at(1).held);
        QVERIFY(timeouts.at(1).escalatedTo.isEmpty());
    }

    // "*" (every incident) must be written as a scope the chain reads as global.
    void classApprovalScopeIsReadable()
    {
        test::ManualClock clock;
        MemoryAuditStore store;
        AuditLog log(store, clock);
        ClassApproval grant;
        grant.id = QStringLiteral("ca-1");
        grant.actionPattern = QStringLiteral("restart_service");
        grant.scope = ClassApproval::allIncidents();
        grant.grantedBy = QStringLiteral("ivan");
        grant.createdAt = clock.now();
        grant.expiresAt = clock.now().addSecs(7200);
        QVERIFY(log.append(QString::fromLatin1(AuditEvent::kClassApprovalGranted),
                           QStringLiteral("ivan"), QStringLiteral("inc-9"), grant.id,
                           AuditPayloads::classApprovalGranted(grant)));
        PolicyDecision tier1 = escalateDecision(ReviewTier::Reduced);
        QVERIFY(log.append(
            QString::fromLatin1(AuditEvent::kPolicyDecided), QStringLiteral("policy"),
            QStringLiteral("inc-1"), QStringLiteral("act-1"),
            AuditPayloads::policyDecided(QStringLiteral("a-1"), QStringLiteral("rb-cpu-high"), 0,
                                         QStringLiteral("restart_service"), 0.9, tier1, {})));
        ChainReconstruction chain(clock);
        const ChainResult built = chain.build(log.entries().entries, QStringLiteral("act-1"));
        QVERIFY(built.ok());
        QVERIFY(built.chain.humanReview.classApproved);
        QCOMPARE(built.chain.humanReview.classApprovalId, QStringLiteral("ca-1"));
    }

    void groupKeyUsesAlertnameAndService()
    {
        Alert a = cpuAlert(QStringLiteral("a-1"));
        Alert b = a;
        b.labels.insert(QStringLiteral("instance"), QStringLiteral("checkout-2"));
        b.severity = QStringLiteral("warning");
        QCOMPARE(IncidentGrouping::groupKey(a), IncidentGrouping::groupKey(b));
        QCOMPARE(IncidentGrouping::groupKey(a), QStringLiteral("HighCPU|checkout"));
        Alert other = a;
        other.labels.insert(QStringLiteral("service"), QStringLiteral("payments"));
        QVERIFY(IncidentGrouping::groupKey(a) != IncidentGrouping::groupKey(other));
        Alert job = a;
        job.labels.remove(QStringLiteral("service"));
        job.labels.insert(QStringLiteral("job"), QStringLiteral("node"));
        QCOMPARE(IncidentGrouping::groupKey(job), QStringLiteral("HighCPU|node"));
        Alert pager;
        pager.summary = QStringLiteral("  Disk   FULL on db-1 ");
        pager.origin = QStringLiteral("db-1");
        QCOMPARE(IncidentGrouping::groupKey(pager), QStringLiteral("disk full on db-1|db-1"));
    }

    void joinsOnlyOpenSameKeyWithinWindow()
    {
        const IncidentGrouping grouping;
        QCOMPARE(grouping.windowSeconds(), 1800);
        const QDateTime last(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC);
        const QString key = QStringLiteral("HighCPU|checkout");
        QVERIFY(grouping.joins(key, key, true, last, last.addSecs(1800)));
        QVERIFY(!grouping.joins(key, key, true, last, last.addSecs(1801)));
        QVERIFY(!grouping.joins(key, key, false, last, last.addSecs(10)));
        QVERIFY(
            !grouping.joins(key, QStringLiteral("HighCPU|payments"), true, last, last.addSecs(10)));
    }
};

QTEST_GUILESS_MAIN(TestAuditPayloads)
#include "tst_auditpayloads.moc"
