#include "Alert.h"
#include "AuditEvent.h"
#include "OversightMetrics.h"
#include "PolicyDecision.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace icc;

namespace {

const QDateTime kStart(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
const QDateTime kEnd = kStart.addDays(1);

// Writes audit entries with the payload fields of AuditEvent.h.
class AuditLog
{
public:
    QList<AuditEntry> entries;
    QDateTime now = kStart;

    void advance(double seconds) { now = now.addMSecs(static_cast<qint64>(seconds * 1000)); }

    void add(const char *type, const QString &actor, const QString &incident,
             const QString &subject, const QJsonObject &payload)
    {
        AuditEntry entry;
        entry.sequence = entries.size() + 1;
        entry.timestamp = now;
        entry.type = QString::fromLatin1(type);
        entry.actor = actor;
        entry.incidentId = incident;
        entry.subject = subject;
        entry.payload = payload;
        entries.append(entry);
    }

    void incidentOpened(const QString &incident)
    {
        add(AuditEvent::kIncidentOpened, QStringLiteral("system"), incident, incident,
            QJsonObject{{QStringLiteral("policy_version"), QStringLiteral("v7")},
                        {QStringLiteral("roster_version"), QStringLiteral("r3")},
                        {QStringLiteral("first_alert_id"), QString()}});
    }

    void alert(const QString &id, const QString &incident, const QString &severity,
               Alert::Status status = Alert::Status::Firing)
    {
        Alert alert;
        alert.id = id;
        alert.severity = severity;
        alert.status = status;
        alert.summary = QStringLiteral("something is wrong");
        add(AuditEvent::kAlertReceived, QStringLiteral("system"), incident, id,
            QJsonObject{{QStringLiteral("alert"), alert.toJson()}});
    }

    void policy(const QString &actionId, const QString &incident, const QString &alertId,
                ReviewTier tier)
    {
        PolicyDecision decision;
        decision.reviewTier = tier;
        decision.policyVersion = QStringLiteral("v7");
        add(AuditEvent::kPolicyDecided, QStringLiteral("policy"), incident, actionId,
            QJsonObject{{QStringLiteral("alert_id"), alertId},
                        {QStringLiteral("runbook"), QStringLiteral("rb-cpu-high")},
                        {QStringLiteral("step_index"), 0},
                        {QStringLiteral("action"), QStringLiteral("restart_service")},
                        {QStringLiteral("confidence"), 0.9},
                        {QStringLiteral("decision"), decision.toJson()}});
    }

    void opened(const QString &reviewId, const QString &actionId, const QString &reviewer,
                int queueDepth = 1)
    {
        add(AuditEvent::kReviewOpened, reviewer, QStringLiteral("INC-1"), reviewId,
            QJsonObject{{QStringLiteral("action_id"), actionId},
                        {QStringLiteral("reviewer"), reviewer},
                        {QStringLiteral("context_revision"), 1},
                        {QStringLiteral("queue_depth"), queueDepth},
                        {QStringLiteral("shown"), QJsonObject{}}});
    }

    void decided(const QString &reviewId, const QString &actionId, const QString &reviewer,
                 const QString &decision, std::optional<double> dwell)
    {
        QJsonObject payload{{QStringLiteral("action_id"), actionId},
                            {QStringLiteral("reviewer"), reviewer},
                            {QStringLiteral("decision"), decision},
                            {QStringLiteral("reason"), QStringLiteral("checked")},
                            {QStringLiteral("context_revision"), 1}};
        if (dwell)
            payload.insert(QStringLiteral("dwell_seconds"), *dwell);
        add(AuditEvent::kReviewDecided, reviewer, QStringLiteral("INC-1"), reviewId, payload);
    }

    void resolved(const QString &reviewId, const QString &actionId, const QString &state)
    {
        add(AuditEvent::kReviewResolved, QStringLiteral("system"), QStringLiteral("INC-1"),
            reviewId,
            QJsonObject{{QStringLiteral("action_id"), actionId}, {QStringLiteral("state"), state}});
    }

    void timedOut(const QString &reviewId, const QString &actionId, int level,
                  const QStringList &escalatedTo, bool held = true)
    {
        add(AuditEvent::kReviewTimedOut, QStringLiteral("system"), QStringLiteral("INC-1"),
            reviewId,
            QJsonObject{{QStringLiteral("action_id"), actionId},
                        {QStringLiteral("level"), level},
                        {QStringLiteral("escalated_to"), QJsonArray::fromStringList(escalatedTo)},
                        {QStringLiteral("held"), held}});
    }

    void executed(const QString &actionId, const QString &incident, bool success)
    {
        add(AuditEvent::kExecutionCompleted, QStringLiteral("agent"), incident, actionId,
            QJsonObject{{QStringLiteral("action"), QStringLiteral("restart_service")},
                        {QStringLiteral("mode"), QStringLiteral("dry_run")},
                        {QStringLiteral("success"), success},
                        {QStringLiteral("exit_code"), success ? 0 : 1},
                        {QStringLiteral("output"), QString()},
                        {QStringLiteral("command"), QString()},
                        {QStringLiteral("rolled_back"), false},
                        {QStringLiteral("rollback_output"), QString()}});
    }

    void outcome(const QString &actionId, const QString &quality)
    {
        add(AuditEvent::kOutcomeMarked, QStringLiteral("carol"), QStringLiteral("INC-1"), actionId,
            QJsonObject{{QStringLiteral("quality"), quality},
                        {QStringLiteral("by"), QStringLiteral("carol")},
                        {QStringLiteral("note"), QString()}});
    }

    // One complete tier-2 review of a fresh action: open, think, decide, resolve.
    void review(const QString &reviewer, const QString &decision, double dwell,
                ReviewTier tier = ReviewTier::Standard, const QString &alertId = {})
    {
        const QString n = QString::number(++m_counter);
        const QString action = QStringLiteral("act-") + n;
        const QString review = QStringLiteral("rev-") + n;
        policy(action, QStringLiteral("INC-1"), alertId, tier);
        advance(30);
        opened(review, action, reviewer);
        advance(dwell);
        decided(review, action, reviewer, decision, dwell);
        resolved(review, action,
                 decision == QLatin1String("approve")  ? QStringLiteral("approved")
                 : decision == QLatin1String("reject") ? QStringLiteral("rejected")
                                                       : decision);
        advance(60);
    }

    QString lastAction() const { return QStringLiteral("act-%1").arg(m_counter); }

private:
    int m_counter = 0;
};

OversightReport compute(const AuditLog &log, const OversightOptions &options = {})
{
    return OversightMetrics::compute(log.entries, kStart, kEnd, options);
}

AuditLog approvals(int count, double dwell)
{
    AuditLog log;
    for (int i = 0; i < count; ++i)
        log.review(QStringLiteral("alice"), QStringLiteral("approve"), dwell);
    return log;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void medianAndNearestRankP90()
    {
        QCOMPARE(DurationStats::of({}).count, 0);
        QVERIFY(!DurationStats::of({}).medianSeconds.has_value());
        const DurationStats single = DurationStats::of({5.0});
        QCOMPARE(*single.medianSeconds, 5.0);
        QCOMPARE(*single.p90Seconds, 5.0);
        const DurationStats even = DurationStats::of({4.0, 1.0, 3.0, 2.0});
        QCOMPARE(*even.medianSeconds, 2.5);
        QCOMPARE(*even.p90Seconds, 4.0); // ceil(0.9 * 4) = 4th smallest
        const DurationStats ten = DurationStats::of({10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        QCOMPARE(*ten.medianSeconds, 5.5);
        QCOMPARE(*ten.p90Seconds, 9.0); // ceil(0.9 * 10) = 9th smallest
    }

    void rejectionModificationAndOverrideRates()
    {
        AuditLog log;
        for (int i = 0; i < 6; ++i)
            log.review(QStringLiteral("alice"), QStringLiteral("approve"), 20);
        log.review(QStringLiteral("alice"), QStringLiteral("reject"), 40);
        log.review(QStringLiteral("bob"), QStringLiteral("reject"), 40);
        log.review(QStringLiteral("bob"), QStringLiteral("modify"), 50);
        log.review(QStringLiteral("bob"), QStringLiteral("escalate"), 50);
        const OversightReport report = compute(log);
        QCOMPARE(report.decisions, 10);
        QCOMPARE(report.approvals, 6);
        QCOMPARE(report.rejections, 2);
        QCOMPARE(report.modifications, 1);
        QCOMPARE(report.escalations, 1);
        QCOMPARE(*report.rejectionRate, 0.2);
        QCOMPARE(*report.modificationRate, 0.1);
        // Reject and escalate overrule the agent's recommendation; approve and
        // modify (within the step's parameters) do not.
        QCOMPARE(*report.overrideRate, 0.3);
    }

    void noDecisionsMeansNoRates()
    {
        const OversightReport report = compute(AuditLog{});
        QCOMPARE(report.decisions, 0);
        QVERIFY(!report.rejectionRate.has_value());
        QVERIFY(!report.overrideRate.has_value());
        QVERIFY(!report.timeToDecision.medianSeconds.has_value());
        QVERIFY(!report.escalationEffectiveness.has_value());
        QVERIFY(!report.decisionQuality.has_value());
    }

    void timeToDecisionPerTierReviewerAndSeverity()
    {
        AuditLog log;
        log.alert(QStringLiteral("A-warn"), QStringLiteral("INC-1"), QStringLiteral("warning"));
        log.alert(QStringLiteral("A-crit"), QStringLiteral("INC-1"), QStringLiteral("critical"));
        for (double dwell : {10.0, 20.0, 30.0, 40.0})
            log.review(QStringLiteral("alice"), QStringLiteral("approve"), dwell,
                       ReviewTier::Standard, QStringLiteral("A-warn"));
        for (double dwell : {100.0, 200.0, 300.0})
            log.review(QStringLiteral("bob"), QStringLiteral("approve"), dwell,
                       ReviewTier::TwoReviewer, QStringLiteral("A-crit"));
        const OversightReport report = compute(log);

        const DurationStats tier2 = report.timeToDecisionByTier.value(QStringLiteral("tier2"));
        QCOMPARE(tier2.count, 4);
        QCOMPARE(*tier2.medianSeconds, 25.0);
        QCOMPARE(*tier2.p90Seconds, 40.0);
        const DurationStats tier3 = report.timeToDecisionByTier.value(QStringLiteral("tier3"));
        QCOMPARE(*tier3.medianSeconds, 200.0);
        QCOMPARE(*tier3.p90Seconds, 300.0);

        QCOMPARE(*report.timeToDecisionByReviewer.value(QStringLiteral("alice")).medianSeconds,
                 25.0);
        QCOMPARE(*report.timeToDecisionByReviewer.value(QStringLiteral("bob")).medianSeconds,
                 200.0);
        QCOMPARE(*report.timeToDecisionBySeverity.value(QStringLiteral("warning")).medianSeconds,
                 25.0);
        QCOMPARE(*report.timeToDecisionBySeverity.value(QStringLiteral("critical")).p90Seconds,
                 300.0);
        QCOMPARE(report.timeToDecision.count, 7);
        QCOMPARE(*report.timeToDecision.medianSeconds, 40.0);
        QCOMPARE(*report.timeToDecision.p90Seconds, 300.0);
    }

    void unknownTierAndSeverityAreGroupedAsUnknown()
    {
        AuditLog log;
        log.opened(QStringLiteral("rev-x"), QStringLiteral("act-x"), QStringLiteral("alice"));
        log.advance(45);
        // No dwell recorded: the time from this reviewer's open counts.
        log.decided(QStringLiteral("rev-x"), QStringLiteral("act-x"), QStringLiteral("alice"),
                    QStringLiteral("approve"), std::nullopt);
        const OversightReport report = compute(log);
        QCOMPARE(*report.timeToDecision.medianSeconds, 45.0);
        QCOMPARE(report.timeToDecisionByTier.value(QStringLiteral("unknown")).count, 1);
        QCOMPARE(report.timeToDecisionBySeverity.value(QStringLiteral("unknown")).count, 1);
    }

    void onlyDecisionsInsideTheWindowCount()
    {
        AuditLog log;
        log.now = kStart.addSecs(-3600);
        log.review(QStringLiteral("alice"), QStringLiteral("reject"), 5);
        log.now = kStart;
        log.review(QStringLiteral("alice"), QStringLiteral("approve"), 5);
        log.now = kEnd; // `to` is exclusive
        log.review(QStringLiteral("alice"), QStringLiteral("reject"), 5);
        const OversightReport report = compute(log);
        QCOMPARE(report.decisions, 1);
        QCOMPARE(report.rejections, 0);
    }

    void queueDepthMaxAndAtTheEnd()
    {
        AuditLog log;
        log.opened(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("alice"), 3);
        log.opened(QStringLiteral("r2"), QStringLiteral("a2"), QStringLiteral("alice"), 8);
        log.opened(QStringLiteral("r3"), QStringLiteral("a3"), QStringLiteral("bob"), 2);
        log.advance(10);
        log.decided(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("alice"),
                    QStringLiteral("approve"), 10);
        log.resolved(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("approved"));
        // A held review is still waiting for a human.
        log.timedOut(QStringLiteral("r2"), QStringLiteral("a2"), 1, {});
        log.resolved(QStringLiteral("r2"), QStringLiteral("a2"), QStringLiteral("held"));
        const OversightReport report = compute(log);
        QCOMPARE(report.queueDepthMax, 8);
        QCOMPARE(report.queueDepthAtEnd, 2);

        // Without review.resolved entries a final decision closes the review.
        AuditLog bare;
        bare.opened(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("alice"), 0);
        bare.opened(QStringLiteral("r2"), QStringLiteral("a2"), QStringLiteral("alice"), 0);
        bare.decided(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("alice"),
                     QStringLiteral("reject"), 10);
        bare.decided(QStringLiteral("r2"), QStringLiteral("a2"), QStringLiteral("alice"),
                     QStringLiteral("escalate"), 10);
        const OversightReport bareReport = compute(bare);
        QCOMPARE(bareReport.queueDepthMax, 2);
        QCOMPARE(bareReport.queueDepthAtEnd, 1);
    }

    void escalationEffectivenessCountsAnswersInTime()
    {
        AuditLog log;
        // Answered by the next level within its 10 minutes.
        log.timedOut(QStringLiteral("r1"), QStringLiteral("a1"), 1, {QStringLiteral("bob")});
        log.advance(300);
        log.decided(QStringLiteral("r1"), QStringLiteral("a1"), QStringLiteral("bob"),
                    QStringLiteral("approve"), 100);
        // Answered, but after the next level's timeout.
        log.timedOut(QStringLiteral("r2"), QStringLiteral("a2"), 1, {QStringLiteral("bob")});
        log.advance(900);
        log.decided(QStringLiteral("r2"), QStringLiteral("a2"), QStringLiteral("bob"),
                    QStringLiteral("approve"), 100);
        // Chain exhausted: nobody left to answer.
        log.timedOut(QStringLiteral("r3"), QStringLiteral("a3"), 3, {}, true);
        // Decided, but by someone the review was not escalated to.
        log.timedOut(QStringLiteral("r4"), QStringLiteral("a4"), 1, {QStringLiteral("bob")});
        log.advance(60);
        log.decided(QStringLiteral("r4"), QStringLiteral("a4"), QStringLiteral("alice"),
                    QStringLiteral("approve"), 700);
        // The next level timed out too; the level after it answered in time.
        log.timedOut(QStringLiteral("r5"), QStringLiteral("a5"), 1, {QStringLiteral("bob")});
        log.advance(400);
        log.timedOut(QStringLiteral("r5"), QStringLiteral("a5"), 2, {QStringLiteral("carol")});
        log.advance(120);
        log.decided(QStringLiteral("r5"), QStringLiteral("a5"), QStringLiteral("carol"),
                    QStringLiteral("reject"), 120);

        const OversightReport report = compute(log);
        QCOMPARE(report.timedOutReviews, 6);
        QCOMPARE(report.escalationsAnswered, 2); // r1 and r5's second escalation
        QCOMPARE(*report.escalationEffectiveness, 2.0 / 6.0);

        OversightOptions patient;
        patient.escalationTimeoutSeconds = 1800; // r2 is now in time
        QCOMPARE(compute(log, patient).escalationsAnswered, 3);
    }

    void decisionQualityIsTheShareMarkedGood()
    {
        AuditLog log;
        for (const char *quality : {"good", "good", "bad", ""}) {
            log.review(QStringLiteral("alice"), QStringLiteral("approve"), 20);
            if (*quality)
                log.outcome(log.lastAction(), QString::fromLatin1(quality));
        }
        // A pre-approved action nobody decided does not count.
        log.policy(QStringLiteral("act-pre"), QStringLiteral("INC-1"), QString(),
                   ReviewTier::PreApproved);
        log.outcome(QStringLiteral("act-pre"), QStringLiteral("bad"));
        const OversightReport report = compute(log);
        QCOMPARE(report.outcomesMarked, 3);
        QCOMPARE(report.outcomesGood, 2);
        QCOMPARE(*report.decisionQuality, 2.0 / 3.0);
    }

    void mttaFromAlertToFirstReviewOrAcknowledgement()
    {
        AuditLog log;
        log.alert(QStringLiteral("A1"), QStringLiteral("INC-1"), QStringLiteral("critical"));
        log.alert(QStringLiteral("A2"), QStringLiteral("INC-1"), QStringLiteral("warning"));
        log.alert(QStringLiteral("A3"), QStringLiteral("INC-1"), QStringLiteral("warning"));
        log.policy(QStringLiteral("act-1"), QStringLiteral("INC-1"), QStringLiteral("A1"),
                   ReviewTier::Standard);
        log.policy(QStringLiteral("act-2"), QStringLiteral("INC-1"), QStringLiteral("A2"),
                   ReviewTier::Standard);
        log.advance(60);
        log.add(AuditEvent::kPageAcknowledged, QStringLiteral("carol"), QStringLiteral("INC-1"),
                QStringLiteral("page-1"),
                QJsonObject{{QStringLiteral("alert_id"), QStringLiteral("A3")}});
        log.advance(60);
        log.opened(QStringLiteral("r1"), QStringLiteral("act-1"), QStringLiteral("alice"));
        log.advance(60);
        log.opened(QStringLiteral("r1"), QStringLiteral("act-1"), QStringLiteral("bob"));
        log.advance(120);
        log.opened(QStringLiteral("r2"), QStringLiteral("act-2"), QStringLiteral("alice"));
        // A resolved notification is not a new alert to acknowledge.
        log.alert(QStringLiteral("A1"), QStringLiteral("INC-1"), QStringLiteral("critical"),
                  Alert::Status::Resolved);

        // By default a page acknowledgement ("I'm on it") counts as acknowledging.
        const OversightReport report = compute(log);
        QCOMPARE(report.mtta.count, 3);
        QCOMPARE(*report.mtta.medianSeconds, 120.0);

        OversightOptions reviewsOnly;
        reviewsOnly.acknowledgementEventTypes.clear();
        const OversightReport opened = compute(log, reviewsOnly);
        QCOMPARE(opened.mtta.count, 2); // A3 only has a page acknowledgement
        QCOMPARE(*opened.mtta.medianSeconds, (120.0 + 300.0) / 2);
    }

    void mttrFromIncidentOpenToLastRecovery()
    {
        AuditLog log;
        log.incidentOpened(QStringLiteral("INC-1"));
        log.incidentOpened(QStringLiteral("INC-2"));
        log.incidentOpened(QStringLiteral("INC-3"));
        log.advance(600);
        log.alert(QStringLiteral("B1"), QStringLiteral("INC-2"), QStringLiteral("warning"),
                  Alert::Status::Resolved);
        log.advance(300);
        log.executed(QStringLiteral("b-act"), QStringLiteral("INC-2"), false); // no recovery
        log.executed(QStringLiteral("c-act"), QStringLiteral("INC-3"), false);
        log.advance(900);
        log.executed(QStringLiteral("a-act"), QStringLiteral("INC-1"), true);
        const OversightReport report = compute(log);
        QCOMPARE(report.mttr.count, 2);
        QCOMPARE(*report.mttr.medianSeconds, (600.0 + 1800.0) / 2);
        QCOMPARE(report.unresolvedIncidents, 1);
    }

    void theaterCheckFlagsCeremonialOversight()
    {
        const OversightReport report = compute(approvals(25, 3));
        const TheaterCheck &check = report.theater;
        QVERIFY(check.verdict == TheaterCheck::Verdict::Flagged);
        QVERIFY(check.flagged());
        QCOMPARE(*check.medianApprovalSeconds, 3.0);
        QCOMPARE(*check.rejectionRate, 0.0);
        QCOMPARE(check.modifications, 0);
        QCOMPARE(check.decisions, 25);
        QVERIFY2(check.message.contains(QStringLiteral("HITL theater")), qPrintable(check.message));
        QVERIFY(check.message.contains(QStringLiteral("median approval 3.0 s")));
        QVERIFY(check.message.contains(QStringLiteral("rejection rate 0.0%")));
        QVERIFY(check.message.contains(QStringLiteral("0 modifications over 25 decisions")));
    }

    void theaterCheckNeedsAllThreeSigns_data()
    {
        QTest::addColumn<QString>("extraDecision");
        QTest::addColumn<double>("approvalSeconds");
        QTest::newRow("slow approvals") << QString() << 12.0;
        QTest::newRow("one rejection in 26") << QStringLiteral("reject") << 3.0;
        QTest::newRow("one modification") << QStringLiteral("modify") << 3.0;
    }

    void theaterCheckNeedsAllThreeSigns()
    {
        QFETCH(QString, extraDecision);
        QFETCH(double, approvalSeconds);
        AuditLog log = approvals(25, approvalSeconds);
        if (!extraDecision.isEmpty())
            log.review(QStringLiteral("bob"), extraDecision, 30);
        const TheaterCheck check = compute(log).theater;
        QVERIFY(check.verdict == TheaterCheck::Verdict::NotFlagged);
        QVERIFY(!check.flagged());
        QVERIFY(check.message.startsWith(QStringLiteral("not flagged")));
    }

    void theaterRejectionThresholdIsStrict()
    {
        AuditLog log = approvals(99, 3);
        log.review(QStringLiteral("bob"), QStringLiteral("reject"), 30);
        const TheaterCheck check = compute(log).theater;
        QCOMPARE(*check.rejectionRate, 0.01); // exactly 1 % is not "under 1 %"
        QVERIFY(!check.flagged());
    }

    void theaterCheckNeedsEnoughDecisions()
    {
        const TheaterCheck tooFew = compute(approvals(19, 3)).theater;
        QVERIFY(tooFew.verdict == TheaterCheck::Verdict::InsufficientData);
        QVERIFY(!tooFew.flagged());
        QVERIFY(tooFew.message.startsWith(QStringLiteral("insufficient data")));
        QVERIFY(tooFew.message.contains(QStringLiteral("19 decisions")));
        QVERIFY(tooFew.message.contains(QStringLiteral("20 needed")));

        QVERIFY(compute(approvals(20, 3)).theater.flagged());

        OversightOptions stricter;
        stricter.theaterMinimumDecisions = 50;
        QVERIFY(compute(approvals(25, 3), stricter).theater.verdict ==
                TheaterCheck::Verdict::InsufficientData);
    }

    void reportJsonCarriesEveryFigure()
    {
        AuditLog log = approvals(25, 3);
        log.outcome(log.lastAction(), QStringLiteral("good"));
        const QJsonObject json = compute(log).toJson();
        QCOMPARE(json.value(QStringLiteral("from")).toString(), kStart.toString(Qt::ISODateWithMs));
        QCOMPARE(json.value(QStringLiteral("decisions"))
                     .toObject()
                     .value(QStringLiteral("approve"))
                     .toInt(),
                 25);
        QCOMPARE(json.value(QStringLiteral("rejection_rate")).toDouble(-1), 0.0);
        const QJsonObject byTier = json.value(QStringLiteral("time_to_decision"))
                                       .toObject()
                                       .value(QStringLiteral("by_tier"))
                                       .toObject();
        QCOMPARE(byTier.value(QStringLiteral("tier2"))
                     .toObject()
                     .value(QStringLiteral("median_seconds"))
                     .toDouble(),
                 3.0);
        for (const char *key : {"override_rate", "modification_rate", "queue_depth", "escalation",
                                "decision_quality", "mtta", "mttr", "unresolved_incidents"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject theater = json.value(QStringLiteral("theater_check")).toObject();
        QCOMPARE(theater.value(QStringLiteral("verdict")).toString(), QStringLiteral("flagged"));
        QVERIFY(theater.value(QStringLiteral("flagged")).toBool());
        QCOMPARE(theater.value(QStringLiteral("median_approval_seconds")).toDouble(), 3.0);
        QVERIFY(json.value(QStringLiteral("escalation"))
                    .toObject()
                    .value(QStringLiteral("effectiveness"))
                    .isNull());
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
