#include "Alert.h"
#include "AuditEvent.h"
#include "ChainReconstruction.h"
#include "IncidentRecord.h"
#include "IncidentRecordMarkdown.h"
#include "ManualClock.h"
#include "MatchResult.h"
#include "PolicyDecision.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace icc;

namespace {

const QDateTime kStart(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC);

// Writes audit entries the way the pipeline does, with the payload fields of
// AuditEvent.h built from the real domain structs' toJson.
class AuditLog
{
public:
    explicit AuditLog(QDateTime start = kStart)
        : m_now(std::move(start))
    {}

    QList<AuditEntry> entries;

    void setTime(const QDateTime &when) { m_now = when; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    QDateTime now() const { return m_now; }

    AuditEntry &add(const char *type, const QString &actor, const QString &incident,
                    const QString &subject, const QJsonObject &payload)
    {
        AuditEntry entry;
        entry.sequence = entries.size() + 1;
        entry.timestamp = m_now;
        entry.type = QString::fromLatin1(type);
        entry.actor = actor;
        entry.incidentId = incident;
        entry.subject = subject;
        entry.payload = payload;
        entries.append(entry);
        return entries.last();
    }

    void incidentOpened(const QString &incident, const QString &policyVersion,
                        const QString &approvedOn = {})
    {
        QJsonObject payload{{QStringLiteral("policy_version"), policyVersion},
                            {QStringLiteral("roster_version"), QStringLiteral("r3")},
                            {QStringLiteral("first_alert_id"), QStringLiteral("A1")}};
        if (!approvedOn.isEmpty())
            payload.insert(QStringLiteral("policy_approved_on"), approvedOn);
        add(AuditEvent::kIncidentOpened, QStringLiteral("system"), incident, incident, payload);
    }

    void alert(const QString &id, const QString &incident, const QString &severity,
               const QString &summary, Alert::Status status = Alert::Status::Firing)
    {
        Alert alert;
        alert.id = id;
        alert.source = Alert::Source::Alertmanager;
        alert.status = status;
        alert.severity = severity;
        alert.summary = summary;
        alert.labels.insert(QStringLiteral("service"), QStringLiteral("web"));
        alert.startsAt = m_now;
        add(AuditEvent::kAlertReceived, QStringLiteral("system"), incident, id,
            QJsonObject{{QStringLiteral("alert"), alert.toJson()}});
    }

    void match(const QString &alertId, const QString &incident, const QString &runbook,
               double confidence, const QList<MatchCandidate> &candidates, bool ambiguous = false)
    {
        MatchResult result;
        result.runbookId = runbook;
        result.confidence = confidence;
        result.candidates = candidates;
        result.ambiguous = ambiguous;
        result.explanation.matchedTerms = {QStringLiteral("cpu"), QStringLiteral("usage")};
        result.explanation.conditionsMet = {QStringLiteral("cpu_percent above 90")};
        add(AuditEvent::kMatchCompleted, QStringLiteral("agent"), incident, alertId,
            QJsonObject{{QStringLiteral("alert_id"), alertId},
                        {QStringLiteral("match"), result.toJson()}});
    }

    void policy(const QString &actionId, const QString &incident, const QString &alertId,
                const QString &action, ReviewTier tier, Outcome outcome, AutonomyLevel level,
                const QList<PolicyReason> &reasons, const QString &version = QStringLiteral("v7"),
                const QString &approvedOn = {})
    {
        PolicyDecision decision;
        decision.outcome = outcome;
        decision.autonomyLevel = level;
        decision.reviewTier = tier;
        decision.reasons = reasons;
        decision.policyVersion = version;
        QJsonObject payload{{QStringLiteral("alert_id"), alertId},
                            {QStringLiteral("runbook"), QStringLiteral("rb-cpu-high")},
                            {QStringLiteral("step_index"), 1},
                            {QStringLiteral("action"), action},
                            {QStringLiteral("confidence"), 0.64},
                            {QStringLiteral("decision"), decision.toJson()}};
        if (!approvedOn.isEmpty())
            payload.insert(QStringLiteral("policy_approved_on"), approvedOn);
        add(AuditEvent::kPolicyDecided, QStringLiteral("policy"), incident, actionId, payload);
    }

    void reviewOpened(const QString &reviewId, const QString &actionId, const QString &incident,
                      const QString &reviewer, int queueDepth, const QJsonObject &shown)
    {
        add(AuditEvent::kReviewOpened, reviewer, incident, reviewId,
            QJsonObject{{QStringLiteral("action_id"), actionId},
                        {QStringLiteral("reviewer"), reviewer},
                        {QStringLiteral("context_revision"), 1},
                        {QStringLiteral("queue_depth"), queueDepth},
                        {QStringLiteral("shown"), shown}});
    }

    void reviewDecided(const QString &reviewId, const QString &actionId, const QString &incident,
                       const QString &reviewer, const QString &decision, double dwell,
                       const QString &reason = {})
    {
        add(AuditEvent::kReviewDecided, reviewer, incident, reviewId,
            QJsonObject{{QStringLiteral("action_id"), actionId},
                        {QStringLiteral("reviewer"), reviewer},
                        {QStringLiteral("decision"), decision},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("dwell_seconds"), dwell},
                        {QStringLiteral("context_revision"), 1}});
    }

    void timedOut(const QString &reviewId, const QString &actionId, const QString &incident,
                  int level, const QStringList &escalatedTo, bool held)
    {
        add(AuditEvent::kReviewTimedOut, QStringLiteral("system"), incident, reviewId,
            QJsonObject{{QStringLiteral("action_id"), actionId},
                        {QStringLiteral("level"), level},
                        {QStringLiteral("escalated_to"), QJsonArray::fromStringList(escalatedTo)},
                        {QStringLiteral("held"), held}});
    }

    void resolved(const QString &reviewId, const QString &actionId, const QString &incident,
                  const QString &state)
    {
        add(AuditEvent::kReviewResolved, QStringLiteral("system"), incident, reviewId,
            QJsonObject{{QStringLiteral("action_id"), actionId}, {QStringLiteral("state"), state}});
    }

    void executed(const QString &actionId, const QString &incident, const QString &action,
                  bool success)
    {
        add(AuditEvent::kExecutionCompleted, QStringLiteral("agent"), incident, actionId,
            QJsonObject{{QStringLiteral("action"), action},
                        {QStringLiteral("mode"), QStringLiteral("dry_run")},
                        {QStringLiteral("success"), success},
                        {QStringLiteral("exit_code"), success ? 0 : 1},
                        {QStringLiteral("output"), QStringLiteral("restarted web")},
                        {QStringLiteral("command"), QStringLiteral("systemctl restart web")},
                        {QStringLiteral("rolled_back"), false},
                        {QStringLiteral("rollback_output"), QString()}});
    }

    void outcome(const QString &actionId, const QString &incident, const QString &quality,
                 const QString &note)
    {
        add(AuditEvent::kOutcomeMarked, QStringLiteral("carol"), incident, actionId,
            QJsonObject{{QStringLiteral("quality"), quality},
                        {QStringLiteral("by"), QStringLiteral("carol")},
                        {QStringLiteral("note"), note}});
    }

    void classApproval(const QString &id, const QString &incident, const QString &action,
                       const QString &scope, const QDateTime &expires)
    {
        add(AuditEvent::kClassApprovalGranted, QStringLiteral("commander"), incident, id,
            QJsonObject{{QStringLiteral("action"), action},
                        {QStringLiteral("scope"), scope},
                        {QStringLiteral("granted_by"), QStringLiteral("commander")},
                        {QStringLiteral("expires_at"), expires.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("description"), QStringLiteral("rolling restarts")}});
    }

private:
    QDateTime m_now;
};

QJsonObject shownWithoutRollback()
{
    return QJsonObject{{QStringLiteral("summary"), QStringLiteral("CPU above 95% on web-1")},
                       {QStringLiteral("action"), QStringLiteral("restart_service web")},
                       {QStringLiteral("confidence"), 0.64}};
}

PolicyReason confidenceReason()
{
    return PolicyReason{QStringLiteral("trigger.confidence"), QStringLiteral("confidence"),
                        QStringLiteral("match confidence 0.64 below the medium-risk minimum 0.80")};
}

// The 3 a.m. incident: alice has approved twelve other actions in a hurry in
// the hour before, then approves a restart on an ambiguous, low-confidence
// match in 4 s without reasoning and without having seen the rollback.
AuditLog nightIncident()
{
    AuditLog log(kStart.addSecs(-3600)); // 02:00
    for (int i = 1; i <= 12; ++i) {
        const QString review = QStringLiteral("old-rev-%1").arg(i);
        const QString action = QStringLiteral("old-act-%1").arg(i);
        log.reviewOpened(review, action, QStringLiteral("INC-0"), QStringLiteral("alice"), 3,
                         shownWithoutRollback());
        log.advance(i + 1); // latencies 2..13 s
        log.reviewDecided(review, action, QStringLiteral("INC-0"), QStringLiteral("alice"),
                          QStringLiteral("approve"), i + 1);
        log.advance(240);
    }
    log.setTime(kStart);
    log.incidentOpened(QStringLiteral("INC-1"), QStringLiteral("v7"), QStringLiteral("2026-01-09"));
    log.alert(QStringLiteral("A1"), QStringLiteral("INC-1"), QStringLiteral("critical"),
              QStringLiteral("CPU above 95% on web-1"));
    log.advance(5);
    log.match(QStringLiteral("A1"), QStringLiteral("INC-1"), QStringLiteral("rb-cpu-high"), 0.64,
              {{QStringLiteral("rb-cpu-high"), 0.64}, {QStringLiteral("rb-memory-leak"), 0.61}},
              true);
    log.advance(1);
    log.policy(QStringLiteral("act-1"), QStringLiteral("INC-1"), QStringLiteral("A1"),
               QStringLiteral("restart_service"), ReviewTier::Standard, Outcome::Escalate,
               AutonomyLevel::Supervised, {confidenceReason()});
    log.advance(600 - 6); // 03:10
    log.reviewOpened(QStringLiteral("rev-1"), QStringLiteral("act-1"), QStringLiteral("INC-1"),
                     QStringLiteral("alice"), 7, shownWithoutRollback());
    log.advance(4);
    log.reviewDecided(QStringLiteral("rev-1"), QStringLiteral("act-1"), QStringLiteral("INC-1"),
                      QStringLiteral("alice"), QStringLiteral("approve"), 4.0);
    log.resolved(QStringLiteral("rev-1"), QStringLiteral("act-1"), QStringLiteral("INC-1"),
                 QStringLiteral("approved"));
    log.advance(2);
    log.executed(QStringLiteral("act-1"), QStringLiteral("INC-1"),
                 QStringLiteral("restart_service"), true);
    log.advance(3600);
    log.outcome(QStringLiteral("act-1"), QStringLiteral("INC-1"), QStringLiteral("bad"),
                QStringLiteral("restart dropped in-flight payments"));
    return log;
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    for (const QString &line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestChain : public QObject
{
    Q_OBJECT

private:
    test::ManualClock m_clock{QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC)};

    ChainRecord chainOf(const AuditLog &log, const QString &actionId,
                        const ChainOptions &options = {})
    {
        const ChainReconstruction reconstruction(m_clock, options);
        const ChainResult result = reconstruction.build(log.entries, actionId);
        if (!result.ok())
            qWarning() << result.error;
        return result.chain;
    }

private slots:
    void humanReviewLayerShowsWhoWhenAndWhatWasShown()
    {
        const ChainRecord chain = chainOf(nightIncident(), QStringLiteral("act-1"));
        const HumanReviewLayer &layer = chain.humanReview;
        QVERIFY(layer.present);
        QVERIFY(!layer.preApproved);
        QCOMPARE(layer.reviewers.size(), 1);
        const ReviewerRecord &alice = layer.reviewers.first();
        QCOMPARE(alice.reviewer, QStringLiteral("alice"));
        QCOMPARE(alice.reviewId, QStringLiteral("rev-1"));
        QCOMPARE(alice.openedAt, kStart.addSecs(600));
        QCOMPARE(alice.decidedAt, kStart.addSecs(604));
        QCOMPARE(alice.decision, QStringLiteral("approve"));
        QCOMPARE(alice.dwellSeconds.value_or(-1), 4.0);
        QVERIFY(alice.reason.isEmpty());
        QCOMPARE(alice.queueDepthAtOpen.value_or(-1), 7);
        QCOMPARE(alice.shown.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("CPU above 95% on web-1"));
        QCOMPARE(alice.contextRevision, QStringLiteral("1"));
        QCOMPARE(layer.resolvedState, QStringLiteral("approved"));
        QCOMPARE(chain.incidentId, QStringLiteral("INC-1"));
        QCOMPARE(chain.action, QStringLiteral("restart_service"));
    }

    void flagsNightAndFastApproval()
    {
        const ChainRecord chain = chainOf(nightIncident(), QStringLiteral("act-1"));
        const ReviewerRecord &alice = chain.humanReview.reviewers.first();
        QCOMPARE(alice.localHour, 3);
        QCOMPARE(alice.localTime, QStringLiteral("03:10"));
        QVERIFY(alice.atNight);
        QVERIFY(alice.fastApproval);
        const QStringList &notes = chain.humanReview.observations;
        QVERIFY2(anyContains(notes, QStringLiteral("alice approved in 4 s (under 10 s)")),
                 qPrintable(notes.join(u'\n')));
        QVERIFY(anyContains(notes, QStringLiteral("03:10 local time (night)")));
        QVERIFY(anyContains(notes, QStringLiteral("alice was not shown: rollback")));
        QVERIFY(anyContains(notes, QStringLiteral("alice stated no reasoning")));
        QVERIFY(anyContains(notes, QStringLiteral("7 reviews queued")));
        QVERIFY(anyContains(notes, QStringLiteral("previous 10 decisions were all approvals")));
    }

    void slowDaytimeApprovalIsNotFlagged()
    {
        AuditLog log(QDateTime(QDate(2026, 1, 15), QTime(14, 0), Qt::UTC));
        log.policy(QStringLiteral("act-9"), QStringLiteral("INC-9"), QStringLiteral("A9"),
                   QStringLiteral("restart_service"), ReviewTier::Standard, Outcome::Escalate,
                   AutonomyLevel::Supervised, {confidenceReason()});
        log.reviewOpened(QStringLiteral("rev-9"), QStringLiteral("act-9"), QStringLiteral("INC-9"),
                         QStringLiteral("bob"), 1, shownWithoutRollback());
        log.advance(10);
        // Exactly at the threshold is not "under 10 s".
        log.reviewDecided(QStringLiteral("rev-9"), QStringLiteral("act-9"), QStringLiteral("INC-9"),
                          QStringLiteral("bob"), QStringLiteral("approve"), 10.0,
                          QStringLiteral("matches runbook"));
        const ReviewerRecord bob =
            chainOf(log, QStringLiteral("act-9")).humanReview.reviewers.first();
        QCOMPARE(bob.localHour, 14);
        QVERIFY(!bob.atNight);
        QVERIFY(!bob.fastApproval);
    }

    void localHourFollowsTheReviewersTimeZone()
    {
        ChainOptions options;
        options.reviewerTimeZones.insert(QStringLiteral("alice"), QTimeZone(-5 * 3600));
        const ChainRecord chain = chainOf(nightIncident(), QStringLiteral("act-1"), options);
        const ReviewerRecord &alice = chain.humanReview.reviewers.first();
        QCOMPARE(alice.localHour, 22); // 03:10 UTC is 22:10 at UTC-5
        QVERIFY(!alice.atNight);
        QVERIFY(alice.fastApproval);
    }

    void recentDecisionsAreTheReviewersPreviousTen()
    {
        AuditLog log = nightIncident();
        // Someone else's decision in between must not appear in alice's pattern.
        log.reviewDecided(QStringLiteral("rev-x"), QStringLiteral("act-x"), QStringLiteral("INC-1"),
                          QStringLiteral("bob"), QStringLiteral("reject"), 50.0,
                          QStringLiteral("wrong host"));
        const ReviewerRecord alice =
            chainOf(log, QStringLiteral("act-1")).humanReview.reviewers.first();
        QCOMPARE(alice.recentDecisions.size(), 10);
        // Newest first: old-act-12 (13 s) down to old-act-3 (4 s).
        QCOMPARE(alice.recentDecisions.first().actionId, QStringLiteral("old-act-12"));
        QCOMPARE(alice.recentDecisions.first().latencySeconds.value_or(-1), 13.0);
        QCOMPARE(alice.recentDecisions.last().actionId, QStringLiteral("old-act-3"));
        for (const RecentDecision &previous : alice.recentDecisions) {
            QCOMPARE(previous.decision, QStringLiteral("approve"));
            QVERIFY(previous.actionId != QStringLiteral("act-1"));
            QVERIFY(previous.actionId != QStringLiteral("act-x"));
        }
        // Decisions 4..12 fall between 02:10:04 and the decision at 03:10:04.
        QCOMPARE(alice.decisionsInPreviousHour, 9);
    }

    void recentDecisionLatencyFallsBackToOpenTime()
    {
        AuditLog log;
        log.reviewOpened(QStringLiteral("rev-a"), QStringLiteral("act-a"), QStringLiteral("INC-1"),
                         QStringLiteral("alice"), 1, shownWithoutRollback());
        log.advance(25);
        log.add(AuditEvent::kReviewDecided, QStringLiteral("alice"), QStringLiteral("INC-1"),
                QStringLiteral("rev-a"),
                QJsonObject{{QStringLiteral("action_id"), QStringLiteral("act-a")},
                            {QStringLiteral("reviewer"), QStringLiteral("alice")},
                            {QStringLiteral("decision"), QStringLiteral("reject")},
                            {QStringLiteral("reason"), QStringLiteral("no")}});
        log.advance(60);
        log.policy(QStringLiteral("act-b"), QStringLiteral("INC-1"), QStringLiteral("A1"),
                   QStringLiteral("restart_service"), ReviewTier::Standard, Outcome::Escalate,
                   AutonomyLevel::Supervised, {});
        log.reviewOpened(QStringLiteral("rev-b"), QStringLiteral("act-b"), QStringLiteral("INC-1"),
                         QStringLiteral("alice"), 1, shownWithoutRollback());
        const ReviewerRecord alice =
            chainOf(log, QStringLiteral("act-b")).humanReview.reviewers.first();
        QVERIFY(alice.decision.isEmpty());
        QCOMPARE(alice.recentDecisions.size(), 1);
        QCOMPARE(alice.recentDecisions.first().latencySeconds.value_or(-1), 25.0);
    }

    void policyLayerNamesRulesThresholdsAndVersionAge()
    {
        const ChainRecord chain = chainOf(nightIncident(), QStringLiteral("act-1"));
        const PolicyLayer &policy = chain.policy;
        QVERIFY(policy.present);
        QCOMPARE(policy.outcome, QStringLiteral("escalate"));
        QCOMPARE(policy.autonomyLevel, 2);
        QCOMPARE(policy.reviewTier, QStringLiteral("tier2"));
        QVERIFY(policy.requiresApproval);
        QCOMPARE(policy.rules.size(), 1);
        QCOMPARE(policy.rules.first().ruleId, QStringLiteral("trigger.confidence"));
        QCOMPARE(policy.rules.first().thresholds,
                 QStringList({QStringLiteral("0.64"), QStringLiteral("0.80")}));
        QCOMPARE(policy.version.version, QStringLiteral("v7"));
        // The approval date comes from incident.opened, which pinned the same version.
        QCOMPARE(policy.version.approvedOn.date(), QDate(2026, 1, 9));
        QCOMPARE(policy.version.ageDaysAtDecision.value_or(-1), qint64(6));
        QCOMPARE(policy.version.ageDaysNow.value_or(-1), qint64(23)); // clock: 2026-02-01
        QCOMPARE(policy.incidentVersion.version, QStringLiteral("v7"));
        QCOMPARE(policy.incidentVersion.ageDaysAtDecision.value_or(-1), qint64(6));
        QCOMPARE(policy.action, QStringLiteral("restart_service"));
        QCOMPARE(policy.stepIndex, 1);
    }

    void policyAgeFromTheDecisionPayloadAndVersionDrift()
    {
        AuditLog log;
        log.incidentOpened(QStringLiteral("INC-2"), QStringLiteral("v7"));
        log.policy(QStringLiteral("act-2"), QStringLiteral("INC-2"), QStringLiteral("A2"),
                   QStringLiteral("scale_up"), ReviewTier::Standard, Outcome::Escalate,
                   AutonomyLevel::Supervised, {}, QStringLiteral("v8"),
                   QStringLiteral("2025-06-01"));
        const PolicyLayer policy = chainOf(log, QStringLiteral("act-2")).policy;
        QCOMPARE(policy.version.approvedOn.date(), QDate(2025, 6, 1));
        QCOMPARE(policy.version.ageDaysAtDecision.value_or(-1), qint64(228));
        QVERIFY(anyContains(policy.observations, QStringLiteral("228 days old")));
        QVERIFY(anyContains(policy.observations,
                            QStringLiteral("decided under policy v8 but the incident was pinned "
                                           "to v7")));
        QVERIFY(anyContains(policy.observations, QStringLiteral("no rule fired")));
        QVERIFY(policy.rules.isEmpty());
    }

    void thresholdsAreTheFiguresOfTheMessage()
    {
        AuditLog log;
        log.policy(
            QStringLiteral("act-t"), QStringLiteral("INC-1"), QStringLiteral("A1"),
            QStringLiteral("failover_db"), ReviewTier::TwoReviewer, Outcome::Escalate,
            AutonomyLevel::Supervised,
            {PolicyReason{QStringLiteral("trigger.blast_radius"), QStringLiteral("blast_radius"),
                          QStringLiteral("tier3 since v7: 3 services and 40% of traffic "
                                         "exceed 1 service or 25%")}});
        const PolicyLayer policy = chainOf(log, QStringLiteral("act-t")).policy;
        QCOMPARE(policy.rules.first().thresholds,
                 QStringList({QStringLiteral("3"), QStringLiteral("40%"), QStringLiteral("1"),
                              QStringLiteral("25%")}));
    }

    void unknownPolicyAgeIsReportedAsUnknown()
    {
        AuditLog log;
        log.incidentOpened(QStringLiteral("INC-3"), QStringLiteral("v7"));
        log.policy(QStringLiteral("act-3"), QStringLiteral("INC-3"), QStringLiteral("A3"),
                   QStringLiteral("scale_up"), ReviewTier::Standard, Outcome::Escalate,
                   AutonomyLevel::Supervised, {confidenceReason()});
        const PolicyLayer policy = chainOf(log, QStringLiteral("act-3")).policy;
        QVERIFY(!policy.version.approvedOn.isValid());
        QVERIFY(!policy.version.ageDaysAtDecision.has_value());
        QVERIFY(!policy.version.ageDaysNow.has_value());
        QVERIFY(anyContains(policy.observations, QStringLiteral("age of policy v7 unknown")));
    }

    void agentLayerHasAlertCandidatesAndConfidence()
    {
        const ChainRecord chain = chainOf(nightIncident(), QStringLiteral("act-1"));
        const AgentLayer &agent = chain.agent;
        QVERIFY(agent.present);
        QCOMPARE(agent.alertId, QStringLiteral("A1"));
        QCOMPARE(agent.severity, QStringLiteral("critical"));
        QCOMPARE(agent.alertSummary, QStringLiteral("CPU above 95% on web-1"));
        QCOMPARE(agent.alertReceivedAt, kStart);
        QVERIFY(agent.matchPresent);
        QCOMPARE(agent.matchedRunbook, QStringLiteral("rb-cpu-high"));
        QCOMPARE(agent.confidence, 0.64);
        QVERIFY(agent.ambiguous);
        QCOMPARE(agent.candidates.size(), 2);
        QCOMPARE(agent.candidates.at(1).runbookId, QStringLiteral("rb-memory-leak"));
        QCOMPARE(agent.candidates.at(1).score, 0.61);
        QCOMPARE(agent.explanation.matchedTerms,
                 QStringList({QStringLiteral("cpu"), QStringLiteral("usage")}));
        QVERIFY(anyContains(agent.observations,
                            QStringLiteral("ambiguous: rb-cpu-high (0.64) vs rb-memory-leak "
                                           "(0.61)")));
        QVERIFY(anyContains(agent.observations, QStringLiteral("below 0.70")));
        QVERIFY(anyContains(agent.observations, QStringLiteral("critical")));
        // The policy had a dimension for this (novelty) and did not use it.
        QVERIFY(anyContains(chain.policy.observations,
                            QStringLiteral("the match was ambiguous but no novelty rule fired")));
    }

    void executionAndOutcomeAreRecorded()
    {
        const ChainRecord chain = chainOf(nightIncident(), QStringLiteral("act-1"));
        QCOMPARE(chain.executions.size(), 1);
        QVERIFY(chain.executions.first().success);
        QCOMPARE(chain.executions.first().mode, QStringLiteral("dry_run"));
        QCOMPARE(chain.executions.first().exitCode.value_or(-1), 0);
        QCOMPARE(chain.outcomes.size(), 1);
        QCOMPARE(chain.outcomes.first().quality, QStringLiteral("bad"));
        QVERIFY(chain.missing.isEmpty());
    }

    void preApprovedActionReportsTheMissingReview()
    {
        AuditLog log;
        log.alert(QStringLiteral("A4"), QStringLiteral("INC-4"), QStringLiteral("warning"),
                  QStringLiteral("Disk 85% on db-2"));
        log.match(QStringLiteral("A4"), QStringLiteral("INC-4"), QStringLiteral("rb-disk"), 0.93,
                  {{QStringLiteral("rb-disk"), 0.93}});
        log.policy(QStringLiteral("act-4"), QStringLiteral("INC-4"), QStringLiteral("A4"),
                   QStringLiteral("clean_tmp"), ReviewTier::PreApproved, Outcome::Proceed,
                   AutonomyLevel::Autonomous, {});
        log.executed(QStringLiteral("act-4"), QStringLiteral("INC-4"), QStringLiteral("clean_tmp"),
                     true);
        const ChainRecord chain = chainOf(log, QStringLiteral("act-4"));
        QVERIFY(!chain.humanReview.present);
        QVERIFY(chain.humanReview.preApproved);
        QVERIFY(chain.humanReview.reviewers.isEmpty());
        QVERIFY(chain.humanReview.absence.startsWith(
            QStringLiteral("no review: action was pre-approved")));
        QVERIFY(anyContains(chain.missing, QStringLiteral("human review: no review: action was "
                                                          "pre-approved")));
        QVERIFY(anyContains(chain.missing, QStringLiteral("outcome: not marked yet")));
        QVERIFY(anyContains(chain.humanReview.observations,
                            QStringLiteral("no human looked at this action")));
        QVERIFY(anyContains(chain.policy.observations,
                            QStringLiteral("without prior human approval (autonomy level 4")));
        QVERIFY(chain.agent.present);
        QVERIFY(chain.policy.present);
    }

    void classApprovedActionNamesTheGrant()
    {
        AuditLog log;
        log.classApproval(QStringLiteral("CA-1"), QStringLiteral("INC-5"),
                          QStringLiteral("restart_service"), QStringLiteral("incident"),
                          kStart.addSecs(7200));
        log.advance(60);
        log.policy(QStringLiteral("act-5"), QStringLiteral("INC-5"), QStringLiteral("A5"),
                   QStringLiteral("restart_service"), ReviewTier::Reduced, Outcome::Escalate,
                   AutonomyLevel::Supervised, {});
        const ChainRecord chain = chainOf(log, QStringLiteral("act-5"));
        QVERIFY(!chain.humanReview.present);
        QVERIFY(chain.humanReview.classApproved);
        QCOMPARE(chain.humanReview.classApprovalId, QStringLiteral("CA-1"));
        QCOMPARE(chain.humanReview.classApprovedBy, QStringLiteral("commander"));
        QVERIFY(chain.humanReview.absence.contains(QStringLiteral("class approval CA-1")));
    }

    void expiredOrForeignClassApprovalDoesNotCover()
    {
        AuditLog log;
        log.classApproval(QStringLiteral("CA-old"), QStringLiteral("INC-6"),
                          QStringLiteral("restart_service"), QStringLiteral("incident"),
                          kStart.addSecs(30));
        log.classApproval(QStringLiteral("CA-other"), QStringLiteral("INC-99"),
                          QStringLiteral("restart_service"), QStringLiteral("incident"),
                          kStart.addSecs(7200));
        log.advance(60);
        log.policy(QStringLiteral("act-6"), QStringLiteral("INC-6"), QStringLiteral("A6"),
                   QStringLiteral("restart_service"), ReviewTier::Reduced, Outcome::Escalate,
                   AutonomyLevel::Supervised, {});
        const ChainRecord chain = chainOf(log, QStringLiteral("act-6"));
        QVERIFY(!chain.humanReview.classApproved);
        QCOMPARE(chain.humanReview.absence,
                 QStringLiteral("no review entry found although the policy required tier1 "
                                "review"));
        // The missing alert and match are reported, not guessed.
        QVERIFY(!chain.agent.present);
        QVERIFY(anyContains(chain.missing, QStringLiteral("agent reasoning: neither "
                                                          "alert.received nor match.completed")));
        QVERIFY(anyContains(chain.missing, QStringLiteral("execution: no execution.completed")));
    }

    void unknownActionIdIsAnError()
    {
        const ChainReconstruction reconstruction(m_clock);
        const ChainResult result =
            reconstruction.build(nightIncident().entries, QStringLiteral("act-404"));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QStringLiteral("act-404")));
        QCOMPARE(result.toJson().value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(!reconstruction.build({}, QStringLiteral("act-1")).ok());
        QVERIFY(!reconstruction.build(nightIncident().entries, QString()).ok());
    }

    void reviewWithoutPolicyStillBuilds()
    {
        AuditLog log;
        log.reviewOpened(QStringLiteral("rev-7"), QStringLiteral("act-7"), QStringLiteral("INC-7"),
                         QStringLiteral("dave"), 2, shownWithoutRollback());
        const ChainResult result =
            ChainReconstruction(m_clock).build(log.entries, QStringLiteral("act-7"));
        QVERIFY(result.ok());
        QVERIFY(!result.chain.policy.present);
        QVERIFY(!result.chain.agent.present);
        QCOMPARE(result.chain.incidentId, QStringLiteral("INC-7"));
        QVERIFY(anyContains(result.chain.missing,
                            QStringLiteral("policy classification: no policy.decided entry")));
        QVERIFY(anyContains(result.chain.humanReview.observations,
                            QStringLiteral("dave opened the review but never decided")));
    }

    void timeoutAndEscalationAreTraced()
    {
        AuditLog log;
        log.policy(QStringLiteral("act-8"), QStringLiteral("INC-8"), QStringLiteral("A8"),
                   QStringLiteral("failover_db"), ReviewTier::TwoReviewer, Outcome::Escalate,
                   AutonomyLevel::Supervised, {});
        log.reviewOpened(QStringLiteral("rev-8"), QStringLiteral("act-8"), QStringLiteral("INC-8"),
                         QStringLiteral("alice"), 1, shownWithoutRollback());
        log.advance(600);
        log.timedOut(QStringLiteral("rev-8"), QStringLiteral("act-8"), QStringLiteral("INC-8"), 1,
                     {QStringLiteral("bob")}, true);
        log.advance(30);
        log.reviewOpened(QStringLiteral("rev-8"), QStringLiteral("act-8"), QStringLiteral("INC-8"),
                         QStringLiteral("bob"), 1, shownWithoutRollback());
        log.advance(90);
        log.reviewDecided(QStringLiteral("rev-8"), QStringLiteral("act-8"), QStringLiteral("INC-8"),
                          QStringLiteral("bob"), QStringLiteral("approve"), 90,
                          QStringLiteral("replica healthy"));
        log.resolved(QStringLiteral("rev-8"), QStringLiteral("act-8"), QStringLiteral("INC-8"),
                     QStringLiteral("approved"));
        const ChainRecord chain = chainOf(log, QStringLiteral("act-8"));
        QCOMPARE(chain.humanReview.reviewers.size(), 2);
        QCOMPARE(chain.humanReview.reviewers.at(0).reviewer, QStringLiteral("alice"));
        QVERIFY(chain.humanReview.reviewers.at(0).decision.isEmpty());
        QCOMPARE(chain.humanReview.reviewers.at(1).decision, QStringLiteral("approve"));
        QCOMPARE(chain.humanReview.timeouts.size(), 1);
        QCOMPARE(chain.humanReview.timeouts.first().escalatedTo,
                 QStringList{QStringLiteral("bob")});
        QVERIFY(chain.humanReview.timeouts.first().held);
        QVERIFY(anyContains(chain.humanReview.observations,
                            QStringLiteral("timed out at level 1; escalated to bob")));
        QVERIFY(anyContains(chain.humanReview.observations,
                            QStringLiteral("tier 3 needs two reviewers but 1 approved")));
    }

    void chainJsonRoundTrips()
    {
        const ChainRecord chain = chainOf(nightIncident(), QStringLiteral("act-1"));
        const QJsonObject json = chain.toJson();
        QString error;
        const std::optional<ChainRecord> parsed = ChainRecord::fromJson(json, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(parsed->toJson(), json);
        QCOMPARE(parsed->humanReview.reviewers.first().recentDecisions.size(), 10);
        QCOMPARE(json.value(QStringLiteral("policy_classification"))
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toObject()
                     .value(QStringLiteral("age_days_at_decision"))
                     .toInt(),
                 6);

        QVERIFY(!ChainRecord::fromJson(QJsonObject{}, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("action_id")));
        QJsonObject noLayer = json;
        noLayer.remove(QStringLiteral("agent_reasoning"));
        QVERIFY(!ChainRecord::fromJson(noLayer, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("agent_reasoning")));
    }

    void listsTheActionsOfAnIncident()
    {
        AuditLog log = nightIncident();
        log.policy(QStringLiteral("act-2"), QStringLiteral("INC-1"), QStringLiteral("A1"),
                   QStringLiteral("scale_up"), ReviewTier::Standard, Outcome::Escalate,
                   AutonomyLevel::Supervised, {});
        log.policy(QStringLiteral("act-z"), QStringLiteral("INC-2"), QStringLiteral("A1"),
                   QStringLiteral("scale_up"), ReviewTier::Standard, Outcome::Escalate,
                   AutonomyLevel::Supervised, {});
        QCOMPARE(ChainReconstruction::actionIds(log.entries, QStringLiteral("INC-1")),
                 QStringList({QStringLiteral("act-1"), QStringLiteral("act-2")}));
    }

    // --- incident record ------------------------------------------------------

    void timelineCoversTheIncidentAndGlobalSwitches()
    {
        AuditLog log = nightIncident();
        log.add(AuditEvent::kKillSwitchEngaged, QStringLiteral("commander"), QString(), QString(),
                QJsonObject{{QStringLiteral("by"), QStringLiteral("commander")},
                            {QStringLiteral("reason"), QStringLiteral("bad restart")}});
        log.advance(10);
        log.outcome(QStringLiteral("act-1"), QStringLiteral("INC-1"), QStringLiteral("bad"),
                    QStringLiteral("confirmed"));
        const QList<TimelineEvent> timeline =
            IncidentRecord::timelineFromAudit(log.entries, QStringLiteral("INC-1"));
        QStringList types;
        QStringList summaries;
        for (const TimelineEvent &event : timeline) {
            types.append(event.type);
            summaries.append(event.summary);
        }
        QVERIFY(!types.isEmpty());
        QCOMPARE(types.first(), QStringLiteral("incident.opened"));
        QVERIFY(types.contains(QStringLiteral("kill_switch.engaged")));
        // INC-0's old decisions are not part of this incident.
        QCOMPARE(types.count(QStringLiteral("review.decided")), 1);
        QVERIFY(anyContains(summaries, QStringLiteral("alice decided approve on act-1 after 4 s "
                                                      "(no reason stated)")));
        QVERIFY(anyContains(summaries, QStringLiteral("Alert A1 received [critical]: CPU above "
                                                      "95% on web-1")));
        QVERIFY(anyContains(summaries, QStringLiteral("Kill switch engaged by commander")));
        QVERIFY(anyContains(summaries,
                            QStringLiteral("Policy v7: escalate for restart_service (act-1)")));

        const IncidentRecord draft =
            IncidentRecord::draftFromAudit(log.entries, QStringLiteral("INC-1"));
        QCOMPARE(draft.openedAt, kStart);
        QCOMPARE(draft.policyVersion, QStringLiteral("v7"));
        QCOMPARE(draft.timeline.size(), timeline.size());
    }

    void actionItemWithoutOwnerOrDueDateIsAnError()
    {
        IncidentRecord record = completeRecord();
        QVERIFY2(record.validate().isEmpty(), qPrintable(record.validate().join(u'\n')));

        record.actionItems[1].owner.clear();
        record.actionItems[2].due = QDate();
        const QStringList errors = record.validate();
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).contains(QStringLiteral("AI-2")));
        QVERIFY(errors.at(0).contains(QStringLiteral("Require 60 s dwell")));
        QVERIFY(errors.at(0).endsWith(QStringLiteral("has no owner")));
        QVERIFY(errors.at(1).contains(QStringLiteral("AI-3")));
        QVERIFY(errors.at(1).endsWith(QStringLiteral("has no due date")));
    }

    void failureMarksAreChecked()
    {
        IncidentRecord record = completeRecord();
        record.secondaryFailures.append(
            FailureMark{ChainLayerKind::AgentReasoning, QStringLiteral("also the agent")});
        const QStringList errors = record.validate();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(
            QStringLiteral("agent_reasoning is marked both primary and secondary")));
        QVERIFY(chainLayerKindFromString(u"policy_classification") ==
                ChainLayerKind::PolicyClassification);
        QVERIFY(!chainLayerKindFromString(u"Policy").has_value());
    }

    void incidentRecordJsonRoundTrips()
    {
        const IncidentRecord record = completeRecord();
        const QJsonObject json = record.toJson();
        QString error;
        const std::optional<IncidentRecord> parsed = IncidentRecord::fromJson(json, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(parsed->toJson(), json);
        QCOMPARE(parsed->actionItems.at(0).due, QDate(2026, 2, 10));
        QVERIFY(parsed->primaryFailure->layer == ChainLayerKind::AgentReasoning);
        QCOMPARE(parsed->secondaryFailures.size(), 2);
        QCOMPARE(parsed->chains.size(), 1);
        QCOMPARE(parsed->chains.first().humanReview.reviewers.first().reviewer,
                 QStringLiteral("alice"));
        // And through text, as the server stores it.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(IncidentRecord::fromJson(reparsed)->toJson(), json);
    }

    void incidentRecordJsonErrorsNameTheField()
    {
        QJsonObject json = completeRecord().toJson();
        QJsonObject badLayer = json;
        badLayer.insert(QStringLiteral("primary_failure"),
                        QJsonObject{{QStringLiteral("layer"), QStringLiteral("reviewer")}});
        QString error;
        QVERIFY(!IncidentRecord::fromJson(badLayer, &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("primary_failure.layer")), qPrintable(error));

        QJsonObject badDue = json;
        QJsonArray items = badDue.value(QStringLiteral("action_items")).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert(QStringLiteral("due"), QStringLiteral("next week"));
        items.replace(0, item);
        badDue.insert(QStringLiteral("action_items"), items);
        QVERIFY(!IncidentRecord::fromJson(badDue, &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("action_items[0].due")), qPrintable(error));

        QVERIFY(!IncidentRecord::fromJson(QJsonObject{}, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("incident_id")));
    }

    void markdownIsACompletePostMortem()
    {
        const QString markdown = IncidentRecordMarkdown::render(completeRecord());
        for (const char *section :
             {"# Post-mortem: Restart during payment peak", "Blameless", "## Summary",
              "## Timeline", "## Chain reconstruction", "### Action act-1: restart_service",
              "#### Human review", "#### Policy classification", "#### Agent reasoning",
              "What this layer could have caught", "## Primary and secondary failures",
              "## Contributing factors", "## Action items"}) {
            QVERIFY2(markdown.contains(QLatin1String(section)), section);
        }
        QVERIFY(
            markdown.contains(QStringLiteral("| Time (UTC) | Event | Actor | What happened |")));
        QVERIFY(markdown.contains(QStringLiteral("**Primary failure** (the layer whose fix would "
                                                 "have prevented the incident): Agent reasoning: "
                                                 "ambiguous match")));
        QVERIFY(markdown.contains(QStringLiteral("- Human review: 4 s approval at 03:10")));
        QVERIFY(markdown.contains(QStringLiteral("| AI-1 | Add a margin rule for ambiguous "
                                                 "matches | policy team | 2026-02-10 | open |")));
        QVERIFY(markdown.contains(QStringLiteral("| AI-2 | Require 60 s dwell for restarts at "
                                                 "night | product | 2026-02-15 | done |")));
        QVERIFY(markdown.contains(QStringLiteral("alice approved in 4 s (under 10 s)")));
        QVERIFY(markdown.contains(QStringLiteral("| alice | rev-1 | 2026-01-15 03:10:00 | "
                                                 "2026-01-15 03:10:04 | 4 s | approve | 7 | 03:10 "
                                                 "(night, fast approval) |")));
        QVERIFY(markdown.contains(QStringLiteral("trigger.confidence")));
        QVERIFY(markdown.contains(QStringLiteral("| rb-memory-leak | 0.61 |")));
        QVERIFY(markdown.contains(QStringLiteral("v7, approved 2026-01-09 (6 days old then")));
        QVERIFY(markdown.contains(QStringLiteral("Reviewers paged at night with 7 queued")));
        QVERIFY(!markdown.contains(QStringLiteral("Record incomplete")));
    }

    void markdownShowsAbsentLayersAndIncompleteItems()
    {
        AuditLog log;
        log.policy(QStringLiteral("act-4"), QStringLiteral("INC-4"), QStringLiteral("A4"),
                   QStringLiteral("clean_tmp"), ReviewTier::PreApproved, Outcome::Proceed,
                   AutonomyLevel::Autonomous, {});
        IncidentRecord record =
            IncidentRecord::draftFromAudit(log.entries, QStringLiteral("INC-4"));
        record.chains.append(chainOf(log, QStringLiteral("act-4")));
        record.actionItems.append(
            ActionItem{QStringLiteral("AI-1"), QStringLiteral("Catalogue review"), {}, {}, false});
        const QString markdown = IncidentRecordMarkdown::render(record);
        QVERIFY(markdown.contains(QStringLiteral("_no review: action was pre-approved")));
        QVERIFY(markdown.contains(QStringLiteral("_not marked yet_")));
        QVERIFY(markdown.contains(QStringLiteral("| AI-1 | Catalogue review | **missing** | "
                                                 "**missing** | open |")));
        QVERIFY(markdown.contains(QStringLiteral("> **Record incomplete:**")));
        QVERIFY(markdown.contains(QStringLiteral("has no owner")));
    }

private:
    IncidentRecord completeRecord()
    {
        const AuditLog log = nightIncident();
        IncidentRecord record =
            IncidentRecord::draftFromAudit(log.entries, QStringLiteral("INC-1"));
        record.title = QStringLiteral("Restart during payment peak");
        record.summary = QStringLiteral("A restart approved at 03:10 dropped in-flight payments.");
        record.impact = QStringLiteral("About 40 payments retried.");
        record.facilitator = QStringLiteral("carol");
        record.chains.append(chainOf(log, QStringLiteral("act-1")));
        record.primaryFailure = FailureMark{ChainLayerKind::AgentReasoning,
                                            QStringLiteral("ambiguous match (0.64 vs 0.61) "
                                                           "picked the CPU runbook")};
        record.secondaryFailures = {
            FailureMark{ChainLayerKind::PolicyClassification,
                        QStringLiteral("no rule for ambiguous matches")},
            FailureMark{ChainLayerKind::HumanReview,
                        QStringLiteral("4 s approval at 03:10 without the rollback shown")},
        };
        record.contributingFactors = {QStringLiteral("Reviewers paged at night with 7 queued"),
                                      QStringLiteral("Rollback not on the review screen")};
        record.whatWentWell = {QStringLiteral("Kill switch stopped further restarts")};
        record.actionItems = {
            ActionItem{QStringLiteral("AI-1"),
                       QStringLiteral("Add a margin rule for ambiguous matches"),
                       QStringLiteral("policy team"), QDate(2026, 2, 10), false},
            ActionItem{QStringLiteral("AI-2"),
                       QStringLiteral("Require 60 s dwell for restarts at night"),
                       QStringLiteral("product"), QDate(2026, 2, 15), true},
            ActionItem{QStringLiteral("AI-3"), QStringLiteral("Show rollback on every review"),
                       QStringLiteral("desktop"), QDate(2026, 2, 20), false},
        };
        return record;
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
