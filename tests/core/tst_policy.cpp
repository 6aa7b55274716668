#include "EscalationPolicy.h"
#include "ManualClock.h"
#include "Runbook.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace icc;

namespace {

QString fixturePath(const char *name)
{
    return QString::fromUtf8(icc::test::kTestDataDir) + QStringLiteral("/policy/") +
           QString::fromLatin1(name);
}

QString readFixture(const char *name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QString::fromUtf8(file.readAll());
}

// The base fixture with exactly one piece of text replaced; fails loudly if
// the text is not there, so a fixture edit cannot silently void a test.
EscalationPolicy loadVariant(const QString &from = {}, const QString &to = {})
{
    QString text = readFixture("base.yaml");
    if (!from.isEmpty()) {
        if (!text.contains(from))
            qFatal("base.yaml does not contain %s", qPrintable(from));
        text.replace(from, to);
    }
    PolicyLoadResult result = EscalationPolicy::fromYaml(text, QStringLiteral("base.yaml"));
    for (const ValidationError &error : result.errors)
        qWarning("%s", qPrintable(error.toString()));
    if (!result.ok())
        qFatal("base.yaml variant did not load");
    return *result.policy;
}

const QDateTime kNow(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC);

// A state-changing step that passes every trigger of base.yaml.
RunbookStep restartStep(const QString &action = QStringLiteral("restart_deployment"),
                        RiskTier risk = RiskTier::Medium)
{
    RunbookStep step;
    step.action = action;
    step.description = QStringLiteral("Rolling restart");
    step.risk = risk;
    step.command = QStringLiteral("kubectl rollout restart deploy/{{deployment}}");
    step.rollback = QStringLiteral("kubectl rollout undo deploy/{{deployment}}");
    step.blastRadius = BlastRadius{1, 0.1, 2};
    return step;
}

Runbook runbookWith(const RunbookStep &step, RiskTier risk = RiskTier::Medium)
{
    Runbook runbook;
    runbook.id = QStringLiteral("rb-oom");
    runbook.title = QStringLiteral("Pod OOM-killed");
    runbook.risk = risk;
    runbook.steps = {step};
    return runbook;
}

// Confident, familiar, healthy budget, nothing taken yet: the best case.
PolicyInput goodInput(const Runbook &runbook)
{
    PolicyInput input;
    input.runbook = &runbook;
    input.stepIndex = 0;
    input.matchConfidence = 0.95;
    input.patternSeenCount = 20;
    input.autonomousActionsTaken = 0;
    input.errorBudgetRemaining = 0.9;
    input.now = kNow;
    return input;
}

bool hasRule(const PolicyDecision &decision, const QString &ruleId)
{
    for (const PolicyReason &reason : decision.reasons) {
        if (reason.ruleId == ruleId)
            return true;
    }
    return false;
}

QString rules(const PolicyDecision &decision)
{
    QStringList ids;
    for (const PolicyReason &reason : decision.reasons)
        ids << reason.ruleId;
    return ids.join(QStringLiteral(", "));
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT
private slots:
    // --- the shipped document -------------------------------------------------

    void shippedDefaultLoadsWithoutErrors()
    {
        const QString path =
            QString::fromUtf8(icc::test::kResourcesDir) + QStringLiteral("/policy/default.yaml");
        const PolicyLoadResult result = EscalationPolicy::fromFile(path);
        for (const ValidationError &error : result.errors)
            qWarning("%s", qPrintable(error.toString()));
        QVERIFY(result.ok());
        const EscalationPolicy &policy = *result.policy;
        QCOMPARE(policy.version(), QStringLiteral("2026.11-1"));
        QVERIFY(!policy.approvedBy().isEmpty());
        QVERIFY(policy.reviewBy() > policy.approvedOn());
        QCOMPARE(policy.requalificationDays(), 90);
        QCOMPARE(policy.approvalTimeoutSeconds(), 600);
        for (const char *action : {"restart_deployment", "scale_deployment", "restart_log_shipper",
                                   "rotate_certificate"}) {
            const auto entry = policy.catalogEntry(QString::fromLatin1(action));
            QVERIFY2(entry.has_value(), action);
            // Every shipped qualification is current on the reference date.
            QVERIFY2(entry->qualifiedThrough() >= kNow.date(), action);
        }

        // The shipped policy really does allow level 4 for a catalogued case.
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(toString(decision.outcome), toString(Outcome::Proceed));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Autonomous);
        QCOMPARE(decision.policyVersion, QStringLiteral("2026.11-1"));
    }

    void baselineCataloguedStepRunsAtLevel4()
    {
        // Guards every "X lowers autonomy" test below: without X it would be level 4.
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(toString(decision.outcome), toString(Outcome::Proceed));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Autonomous);
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::PreApproved));
        QCOMPARE(decision.friction.abortWindowSeconds, 180);
        QVERIFY2(hasRule(decision, QStringLiteral("autonomy.catalogued")),
                 qPrintable(rules(decision)));
        QVERIFY(!decision.requiresApproval());
    }

    // --- hard rules -----------------------------------------------------------

    void criticalNeverProceeds()
    {
        const EscalationPolicy policy = loadVariant();
        for (const bool criticalRunbook : {false, true}) {
            const RunbookStep step =
                restartStep(QStringLiteral("restart_deployment"),
                            criticalRunbook ? RiskTier::Low : RiskTier::Critical);
            const Runbook runbook =
                runbookWith(step, criticalRunbook ? RiskTier::Critical : RiskTier::Low);
            PolicyInput input = goodInput(runbook);
            input.matchConfidence = 1.0;
            input.patternSeenCount = 1000;
            input.errorBudgetRemaining = 1.0;
            const PolicyDecision decision = policy.evaluate(input);
            QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
            QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
            QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::TwoReviewer));
            QVERIFY2(hasRule(decision, QStringLiteral("tier.critical.never_autonomous")),
                     qPrintable(rules(decision)));
        }
        // The accessor reports the hard rule too.
        QVERIFY(!policy.riskTier(RiskTier::Critical).minConfidence.has_value());
        QCOMPARE(policy.riskTier(RiskTier::Critical).maxAutonomousActions, 0);
    }

    void policyLettingCriticalProceedIsRejected()
    {
        const PolicyLoadResult result =
            EscalationPolicy::fromFile(fixturePath("critical_proceeds.yaml"));
        QVERIFY(!result.policy.has_value());
        QStringList fields;
        for (const ValidationError &error : result.errors)
            fields << QStringLiteral("%1@%2").arg(error.field).arg(error.line);
        QVERIFY2(fields.contains(QStringLiteral("risk_tiers.critical.min_confidence@12")),
                 qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(QStringLiteral("risk_tiers.critical.max_autonomous_actions@13")),
                 qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(QStringLiteral("risk_tiers.critical.max_autonomy_level@14")),
                 qPrintable(fields.join(u' ')));

        // A catalog entry may not open level 4 to critical either.
        const QString text = readFixture("base.yaml")
                                 .replace(QStringLiteral("        max_risk: medium\n        "
                                                         "min_confidence: 0.85"),
                                          QStringLiteral("        max_risk: critical\n        "
                                                         "min_confidence: 0.85"));
        const PolicyLoadResult catalog = EscalationPolicy::fromYaml(text, QStringLiteral("x.yaml"));
        QVERIFY(!catalog.policy.has_value());
        QCOMPARE(catalog.errors.size(), 1);
        QCOMPARE(catalog.errors.first().field,
                 QStringLiteral("autonomy.catalog[0].conditions.max_risk"));
    }

    void regulatedIsSupervisedWithTwoReviewers()
    {
        const EscalationPolicy policy = loadVariant();
        RunbookStep step = restartStep();
        step.regulated = true;
        const Runbook runbook = runbookWith(step);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::TwoReviewer));
        QVERIFY(hasRule(decision, QStringLiteral("trigger.regulatory")));
        QCOMPARE(decision.friction.requiredReviewers, 2);
    }

    void tier3ListMustKeepCriticalAndRegulated()
    {
        // The evaluator adds them anyway; the loader refuses a document that hides them.
        const PolicyLoadResult result = EscalationPolicy::fromYaml(
            readFixture("base.yaml")
                .replace(QStringLiteral("critical_risk, regulated, outside_playbook]"),
                         QStringLiteral("outside_playbook]")),
            QStringLiteral("x.yaml"));
        QVERIFY(!result.policy.has_value());
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).field, QStringLiteral("review.tiers.tier3.when_any"));
    }

    // --- level 4 qualification ------------------------------------------------

    void lapsedQualificationFallsBackToSupervised()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep(QStringLiteral("stale_restart"));
        const Runbook runbook = runbookWith(step);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY2(hasRule(decision, QStringLiteral("autonomy.requalification_lapsed")),
                 qPrintable(rules(decision)));
    }

    void qualificationHoldsThroughItsLastDay()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        test::ManualClock clock(QDateTime(QDate(2026, 11, 1).addDays(90), QTime(23, 59), Qt::UTC));
        PolicyInput input = goodInput(runbook);
        input.now = clock.now();
        QCOMPARE(policy.evaluate(input).autonomyLevel, AutonomyLevel::Autonomous);

        clock.advanceMinutes(2); // the next day: lapsed
        input.now = clock.now();
        const PolicyDecision lapsed = policy.evaluate(input);
        QCOMPARE(lapsed.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY(hasRule(lapsed, QStringLiteral("autonomy.requalification_lapsed")));
    }

    void uncataloguedActionIsAtMostConditional()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep(QStringLiteral("flush_cache"));
        const Runbook runbook = runbookWith(step);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(toString(decision.outcome), toString(Outcome::Proceed));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Conditional);
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::PreApproved));
        QCOMPARE(decision.friction.abortWindowSeconds, 240); // autonomy.conditional
        QVERIFY(hasRule(decision, QStringLiteral("autonomy.not_catalogued")));
    }

    void catalogConditionsAreChecked()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep(QStringLiteral("scale_deployment"));
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);
        input.parameters.insert(QStringLiteral("replicas_delta"), QStringLiteral("2"));
        QCOMPARE(policy.evaluate(input).autonomyLevel, AutonomyLevel::Autonomous);

        input.parameters.insert(QStringLiteral("replicas_delta"), QStringLiteral("3"));
        const PolicyDecision tooMany = policy.evaluate(input);
        QCOMPARE(tooMany.autonomyLevel, AutonomyLevel::Conditional);
        QVERIFY(hasRule(tooMany, QStringLiteral("autonomy.catalog_conditions_unmet")));

        // Catalogued confidence (0.85) is stricter than the medium tier (0.80).
        const RunbookStep restart = restartStep();
        const Runbook restartRunbook = runbookWith(restart);
        PolicyInput unsure = goodInput(restartRunbook);
        unsure.matchConfidence = 0.82;
        QCOMPARE(policy.evaluate(unsure).autonomyLevel, AutonomyLevel::Conditional);
    }

    void overduePolicyReviewRemovesLevel4()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);
        input.now = QDateTime(QDate(2027, 2, 2), QTime(0, 1), Qt::UTC);
        // Re-qualified shortly before, so only the policy's own review date matters.
        const EscalationPolicy fresh = loadVariant(QStringLiteral("qualified_on: 2026-11-01"),
                                                   QStringLiteral("qualified_on: 2026-11-10"));
        const PolicyDecision decision = fresh.evaluate(input);
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Conditional);
        QVERIFY(hasRule(decision, QStringLiteral("policy.review_overdue")));
        QVERIFY(policy.isReviewOverdue(input.now));
    }

    // --- the four triggers ----------------------------------------------------

    void lowConfidenceEscalates()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);

        input.matchConfidence = 0.75; // below medium 0.80, above the 0.50 floor
        const PolicyDecision belowTier = policy.evaluate(input);
        QCOMPARE(toString(belowTier.outcome), toString(Outcome::Escalate));
        QCOMPARE(belowTier.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY(hasRule(belowTier, QStringLiteral("trigger.confidence.below_tier_threshold")));

        input.matchConfidence = 0.40; // too weak to propose anything
        const PolicyDecision belowFloor = policy.evaluate(input);
        QCOMPARE(toString(belowFloor.outcome), toString(Outcome::Escalate));
        QCOMPARE(belowFloor.autonomyLevel, AutonomyLevel::Assisted);
        QCOMPARE(toString(belowFloor.reviewTier), toString(ReviewTier::None));
        QVERIFY(hasRule(belowFloor, QStringLiteral("trigger.confidence.below_proposal_floor")));

        // Not a number is no confidence.
        input.matchConfidence = std::numeric_limits<double>::quiet_NaN();
        QCOMPARE(policy.evaluate(input).autonomyLevel, AutonomyLevel::Assisted);
    }

    void blastRadiusOverLimitNeedsAHuman()
    {
        const EscalationPolicy policy = loadVariant();
        struct Case
        {
            BlastRadius blast;
            const char *rule;
        };
        const Case cases[] = {
            {BlastRadius{2, 0.1, 2}, "trigger.blast_radius.services"},
            {BlastRadius{1, 0.5, 2}, "trigger.blast_radius.traffic_fraction"},
            {BlastRadius{1, 0.1, 30}, "trigger.blast_radius.slow_rollback"},
        };
        for (const Case &c : cases) {
            RunbookStep step = restartStep();
            step.blastRadius = c.blast;
            const Runbook runbook = runbookWith(step);
            const PolicyDecision decision = policy.evaluate(goodInput(runbook));
            QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
            QVERIFY(toInt(decision.autonomyLevel) <= toInt(AutonomyLevel::Supervised));
            QVERIFY2(hasRule(decision, QString::fromLatin1(c.rule)), qPrintable(rules(decision)));
            QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::TwoReviewer));
        }
    }

    void irreversibleStepGetsTwoReviewers()
    {
        // tier3 only on irreversibility here, so the classification itself is tested.
        const EscalationPolicy policy = loadVariant(
            QStringLiteral("when_any: [irreversible, blast_radius_exceeded, critical_risk"),
            QStringLiteral("when_any: [irreversible, critical_risk"));
        RunbookStep step = restartStep(QStringLiteral("drop_table"), RiskTier::Low);
        step.blastRadius.reversibleMinutes = -1;
        const Runbook runbook = runbookWith(step, RiskTier::Low);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY(hasRule(decision, QStringLiteral("trigger.blast_radius.irreversible")));
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::TwoReviewer));
        QVERIFY(hasRule(decision, QStringLiteral("review.tier3")));
        QVERIFY(decision.reasons.last().message.contains(QStringLiteral("irreversible")));
    }

    void unfamiliarPatternNeverRunsAutonomously()
    {
        const EscalationPolicy policy = loadVariant();
        for (const char *action : {"restart_deployment", "flush_cache"}) {
            const RunbookStep step = restartStep(QString::fromLatin1(action));
            const Runbook runbook = runbookWith(step);
            PolicyInput input = goodInput(runbook);
            input.patternSeenCount = 2; // N = 3
            const PolicyDecision decision = policy.evaluate(input);
            QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
            QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
            QVERIFY(hasRule(decision, QStringLiteral("trigger.novelty.unfamiliar_pattern")));
        }
    }

    void ambiguousMatchEscalatesAssisted()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);
        input.ambiguous = true;
        const PolicyDecision decision = policy.evaluate(input);
        QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Assisted);
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::None));
        QVERIFY(hasRule(decision, QStringLiteral("trigger.novelty.ambiguous")));
    }

    void noRunbookEscalatesAssisted()
    {
        const EscalationPolicy policy = loadVariant();
        PolicyInput input;
        input.matchConfidence = 0.99;
        input.now = kNow;
        const PolicyDecision decision = policy.evaluate(input);
        QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Assisted);
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::None));
        QVERIFY(hasRule(decision, QStringLiteral("trigger.novelty.no_runbook")));
    }

    // --- risk tiers, budgets, step flags ---------------------------------------

    void maxAutonomousActionsPerIncident()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);
        input.autonomousActionsTaken = 2; // medium allows 3
        QCOMPARE(toString(policy.evaluate(input).outcome), toString(Outcome::Proceed));

        input.autonomousActionsTaken = 3;
        const PolicyDecision decision = policy.evaluate(input);
        QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY(hasRule(decision, QStringLiteral("tier.medium.max_autonomous_actions")));
    }

    void errorBudgetLowersAutonomy()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);

        input.errorBudgetRemaining = 0.20;
        const PolicyDecision freeze = policy.evaluate(input);
        QCOMPARE(toString(freeze.outcome), toString(Outcome::Escalate));
        QCOMPARE(freeze.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY(hasRule(freeze, QStringLiteral("error_budget.freeze")));

        input.errorBudgetRemaining = 0.50;
        const PolicyDecision degraded = policy.evaluate(input);
        QCOMPARE(toString(degraded.outcome), toString(Outcome::Proceed));
        QCOMPARE(degraded.autonomyLevel, AutonomyLevel::Conditional);
        QVERIFY(hasRule(degraded, QStringLiteral("error_budget.degraded")));

        input.errorBudgetRemaining.reset();
        const PolicyDecision unknown = policy.evaluate(input);
        QCOMPARE(unknown.autonomyLevel, AutonomyLevel::Conditional);
        QVERIFY(hasRule(unknown, QStringLiteral("error_budget.unknown")));
    }

    void highRiskHaltsAfterAFailedStep()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep(QStringLiteral("failover_db"), RiskTier::High);
        const Runbook runbook = runbookWith(step, RiskTier::High);
        PolicyInput input = goodInput(runbook);
        input.previousStepFailed = true;
        const PolicyDecision halted = policy.evaluate(input);
        QCOMPARE(toString(halted.outcome), toString(Outcome::Halt));
        QCOMPARE(toString(halted.reviewTier), toString(ReviewTier::None));
        QVERIFY(hasRule(halted, QStringLiteral("tier.high.halt_on_failure")));

        // Medium does not halt, but a failure still takes autonomy away.
        const RunbookStep medium = restartStep();
        const Runbook mediumRunbook = runbookWith(medium);
        PolicyInput mediumInput = goodInput(mediumRunbook);
        mediumInput.previousStepFailed = true;
        const PolicyDecision supervised = policy.evaluate(mediumInput);
        QCOMPARE(toString(supervised.outcome), toString(Outcome::Escalate));
        QCOMPARE(supervised.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY(hasRule(supervised, QStringLiteral("execution.previous_step_failed")));
    }

    void highRiskIsAtMostConditional()
    {
        const EscalationPolicy policy = loadVariant();
        // scale_deployment is catalogued without a risk bound: only the tier caps it.
        const RunbookStep step = restartStep(QStringLiteral("scale_deployment"), RiskTier::High);
        const Runbook runbook = runbookWith(step, RiskTier::High);
        PolicyInput input = goodInput(runbook);
        input.parameters.insert(QStringLiteral("replicas_delta"), QStringLiteral("1"));
        const PolicyDecision decision = policy.evaluate(input);
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Conditional);
        QVERIFY(hasRule(decision, QStringLiteral("tier.high.max_autonomy_level")));
    }

    void criticalAlertRaisesStepRisk()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);
        input.matchConfidence = 0.85; // enough for medium, not for high (0.90)
        QCOMPARE(toString(policy.evaluate(input).outcome), toString(Outcome::Proceed));

        input.alertSeverity = QStringLiteral("critical");
        const PolicyDecision decision = policy.evaluate(input);
        QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
        QVERIFY(hasRule(decision, QStringLiteral("risk.severity_floor")));
        QVERIFY(hasRule(decision, QStringLiteral("trigger.confidence.below_tier_threshold")));
    }

    void stepRequiringApprovalIsSupervised()
    {
        const EscalationPolicy policy = loadVariant();
        RunbookStep step = restartStep(QStringLiteral("restart_deployment"), RiskTier::Low);
        step.requiresApproval = true;
        const Runbook runbook = runbookWith(step, RiskTier::Low);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(toString(decision.outcome), toString(Outcome::Escalate));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY(hasRule(decision, QStringLiteral("step.requires_approval")));
        // Reversible, within bounds, low risk, familiar, confident: reduced review.
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::Reduced));
        QCOMPARE(decision.friction.requiredReviewers, 1);
        QCOMPARE(decision.approvalTimeoutSeconds, 900);
    }

    void standardReviewAsksForAReason()
    {
        const EscalationPolicy policy = loadVariant();
        RunbookStep step = restartStep(); // medium risk: not tier 1
        step.requiresApproval = true;
        const Runbook runbook = runbookWith(step);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::Standard));
        QVERIFY(decision.friction.reasonForRejectOrModify);
        QVERIFY(!decision.friction.reasonAlways);
    }

    void tier3FrictionComesFromThePolicy()
    {
        const EscalationPolicy policy = loadVariant();
        const Friction friction = policy.friction(ReviewTier::TwoReviewer);
        QCOMPARE(friction.requiredReviewers, 2);
        QCOMPARE(friction.minDwellSeconds, 60);
        QVERIFY(friction.confirmationPhrase);
        QVERIFY(friction.rollbackAcknowledgement);
        QVERIFY(friction.reasonAlways);
        QVERIFY(friction.hideOtherReviewersReasoning);
        // Unset keys keep the product defaults (tier 3 asks a reason for reject/modify).
        QVERIFY(friction.reasonForRejectOrModify);

        const EscalationPolicy slower = loadVariant(QStringLiteral("min_dwell_seconds: 60"),
                                                    QStringLiteral("min_dwell_seconds: 120"));
        QCOMPARE(slower.friction(ReviewTier::TwoReviewer).minDwellSeconds, 120);
    }

    void outsideThePlaybookGetsTwoReviewers()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);
        input.outsidePlaybook = true;
        const PolicyDecision decision = policy.evaluate(input);
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::TwoReviewer));
        QVERIFY(hasRule(decision, QStringLiteral("trigger.novelty.outside_playbook")));
    }

    void readOnlyLowRiskStepMayProceed()
    {
        const EscalationPolicy policy = loadVariant();
        RunbookStep step;
        step.action = QStringLiteral("identify_process");
        step.risk = RiskTier::Low;
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);
        input.patternSeenCount = 0;       // first sighting
        input.errorBudgetRemaining = 0.1; // freeze: nothing changes, so it does not apply
        const PolicyDecision decision = policy.evaluate(input);
        QCOMPARE(toString(decision.outcome), toString(Outcome::Proceed));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Conditional);
        QVERIFY(hasRule(decision, QStringLiteral("step.read_only")));

        // A medium-risk read-only step on a first sighting still waits for a human.
        step.risk = RiskTier::Medium;
        const Runbook mediumRunbook = runbookWith(step);
        PolicyInput mediumInput = goodInput(mediumRunbook);
        mediumInput.patternSeenCount = 0;
        QCOMPARE(toString(policy.evaluate(mediumInput).outcome), toString(Outcome::Escalate));
    }

    void informationalAlertIsNoAction()
    {
        const EscalationPolicy policy = loadVariant();
        const RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        PolicyInput input = goodInput(runbook);
        input.informational = true;
        const PolicyDecision decision = policy.evaluate(input);
        QCOMPARE(toString(decision.outcome), toString(Outcome::NoAction));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Manual);
        QCOMPARE(toString(decision.reviewTier), toString(ReviewTier::None));
        QVERIFY(hasRule(decision, QStringLiteral("match.informational")));
    }

    void conditionalAutonomyCanBeSwitchedOff()
    {
        const EscalationPolicy policy =
            loadVariant(QStringLiteral("enabled: true"), QStringLiteral("enabled: false"));
        const RunbookStep step = restartStep(QStringLiteral("flush_cache"));
        const Runbook runbook = runbookWith(step);
        const PolicyDecision decision = policy.evaluate(goodInput(runbook));
        QCOMPARE(decision.autonomyLevel, AutonomyLevel::Supervised);
        QVERIFY(hasRule(decision, QStringLiteral("autonomy.conditional_disabled")));
    }

    void everyDecisionCarriesReasonsAndTheVersion()
    {
        const EscalationPolicy policy = loadVariant();
        RunbookStep step = restartStep();
        const Runbook runbook = runbookWith(step);
        QList<PolicyInput> inputs;
        inputs << goodInput(runbook);
        PolicyInput input = goodInput(runbook);
        input.informational = true;
        inputs << input;
        inputs << PolicyInput{};
        input = goodInput(runbook);
        input.previousStepFailed = true;
        inputs << input;
        input = goodInput(runbook);
        input.matchConfidence = 0.1;
        inputs << input;
        for (const PolicyInput &each : inputs) {
            const PolicyDecision decision = policy.evaluate(each);
            QCOMPARE(decision.policyVersion, QStringLiteral("test-1"));
            QVERIFY(!decision.reasons.isEmpty());
            for (const PolicyReason &reason : decision.reasons) {
                QVERIFY(!reason.ruleId.isEmpty());
                QVERIFY(!reason.message.isEmpty());
            }
            const QJsonObject json = decision.toJson();
            QCOMPARE(json.value(QStringLiteral("policy_version")).toString(),
                     QStringLiteral("test-1"));
        }
        // Messages carry the numbers that mattered.
        input = goodInput(runbook);
        input.matchConfidence = 0.75;
        const PolicyDecision decision = policy.evaluate(input);
        QVERIFY(decision.reasons.first().message.contains(QStringLiteral("0.75")));
        QVERIFY(decision.reasons.first().message.contains(QStringLiteral("0.80")));
    }

    // --- validation -----------------------------------------------------------

    void everyValidationErrorNamesFileLineAndField()
    {
        const QString path = fixturePath("many_errors.yaml");
        const PolicyLoadResult result = EscalationPolicy::fromFile(path);
        QVERIFY(!result.policy.has_value());
        QStringList found;
        for (const ValidationError &error : result.errors) {
            QCOMPARE(error.file, path);
            QVERIFY(error.line > 0);
            QVERIFY(!error.field.isEmpty());
            QVERIFY(!error.message.isEmpty());
            QVERIFY(error.toString().startsWith(
                QStringLiteral("%1:%2: %3: ").arg(path).arg(error.line).arg(error.field)));
            found << QStringLiteral("%1@%2").arg(error.field).arg(error.line);
        }
        const QStringList expected = {
            QStringLiteral("metadata.version@2"),
            QStringLiteral("metadata.approved_on@4"),
            QStringLiteral("metadata.owner@6"),
            QStringLiteral("autonomy.requalification_days@8"),
            QStringLiteral("autonomy.catalog[0].conditions.min_confidence@13"),
            QStringLiteral("triggers.confidence.propose_min@16"),
            QStringLiteral("risk_tiers.medium.min_confidence@19"),
            QStringLiteral("review.tiers.tier3.when_any[2]@25"),
            QStringLiteral("review.tiers.tier3.when_any@25"),
            QStringLiteral("review.tiers.tier3.friction.required_reviewers@27"),
        };
        for (const QString &each : expected)
            QVERIFY2(found.contains(each),
                     qPrintable(each + QStringLiteral(" not in ") + found.join(u' ')));
        QCOMPARE(found.size(), expected.size());
    }

    void malformedYamlIsAnErrorNotACrash()
    {
        const PolicyLoadResult result = EscalationPolicy::fromFile(fixturePath("malformed.yaml"));
        QVERIFY(!result.policy.has_value());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, QStringLiteral("document"));
        QVERIFY(result.errors.first().line >= 3);

        const PolicyLoadResult missing = EscalationPolicy::fromFile(fixturePath("nope.yaml"));
        QVERIFY(!missing.policy.has_value());
        QCOMPARE(missing.errors.size(), 1);

        const PolicyLoadResult empty = EscalationPolicy::fromYaml(QString(), QStringLiteral("e"));
        QVERIFY(!empty.policy.has_value());
        const PolicyLoadResult list =
            EscalationPolicy::fromYaml(QStringLiteral("- a\n- b\n"), QStringLiteral("l"));
        QVERIFY(!list.policy.has_value());
    }

    void missingSectionsAndDuplicatesAreReported()
    {
        const PolicyLoadResult result = EscalationPolicy::fromYaml(
            QStringLiteral("metadata:\n  version: v1\n  version: v2\n"), QStringLiteral("d.yaml"));
        QVERIFY(!result.policy.has_value());
        QStringList fields;
        for (const ValidationError &error : result.errors)
            fields << QStringLiteral("%1@%2").arg(error.field).arg(error.line);
        QVERIFY2(fields.contains(QStringLiteral("metadata.version@3")),
                 qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(QStringLiteral("metadata.approved_by@1")),
                 qPrintable(fields.join(u' ')));
        QVERIFY2(fields.contains(QStringLiteral("risk_tiers@1")), qPrintable(fields.join(u' ')));
    }

    void qualificationAfterApprovalIsRejected()
    {
        const PolicyLoadResult result =
            EscalationPolicy::fromYaml(readFixture("base.yaml")
                                           .replace(QStringLiteral("qualified_on: 2026-11-01"),
                                                    QStringLiteral("qualified_on: 2026-11-15")),
                                       QStringLiteral("x.yaml"));
        QVERIFY(!result.policy.has_value());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, QStringLiteral("autonomy.catalog[0].qualified_on"));
    }

    void summaryJsonMirrorsTheDocument()
    {
        const EscalationPolicy policy = loadVariant();
        const QJsonObject json = policy.toJson();
        QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("test-1"));
        QCOMPARE(json.value(QStringLiteral("review_by")).toString(), QStringLiteral("2027-02-01"));
        const QJsonObject autonomy = json.value(QStringLiteral("autonomy")).toObject();
        QCOMPARE(autonomy.value(QStringLiteral("catalog")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("risk_tiers"))
                     .toObject()
                     .value(QStringLiteral("critical"))
                     .toObject()
                     .value(QStringLiteral("min_confidence"))
                     .toString(),
                 QStringLiteral("never"));
        QCOMPARE(json.value(QStringLiteral("review"))
                     .toObject()
                     .value(QStringLiteral("approval_timeout_seconds"))
                     .toInt(),
                 900);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
