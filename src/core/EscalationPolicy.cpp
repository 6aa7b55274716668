#include "EscalationPolicy.h"

#include "PolicyLoader.h"
#include "Runbook.h"
#include "RunbookStep.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace icc {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QString percent(double fraction)
{
    return QString::number(qRound(fraction * 100.0)) + u'%';
}

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The autonomy level every rule allows, lowered by each rule that fires, and
// the reasons. Rules can only lower it: triggers move toward humans.
class Verdict
{
public:
    AutonomyLevel level = AutonomyLevel::Autonomous;
    QList<PolicyReason> reasons;

    void limit(AutonomyLevel cap, const QString &ruleId, const QString &trigger,
               const QString &message)
    {
        reasons.append(PolicyReason{ruleId, trigger, message});
        if (toInt(cap) < toInt(level))
            level = cap;
    }

    void note(const QString &ruleId, const QString &trigger, const QString &message)
    {
        reasons.append(PolicyReason{ruleId, trigger, message});
    }
};

const RunbookStep *resolveStep(const PolicyInput &input)
{
    if (input.step)
        return input.step;
    if (input.runbook && input.stepIndex >= 0 && input.stepIndex < input.runbook->steps.size())
        return &input.runbook->steps.at(input.stepIndex);
    return nullptr;
}

// Confidence that is not a number in 0..1 counts as no confidence at all.
double sanitizedConfidence(double confidence)
{
    return std::isfinite(confidence) ? std::clamp(confidence, 0.0, 1.0) : 0.0;
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QStringList conditionNames(const QList<PolicyReviewCondition> &conditions)
{
    QStringList names;
    for (PolicyReviewCondition condition : conditions)
        names.append(toString(condition));
    return names;
}

QJsonArray conditionsJson(const QList<PolicyReviewCondition> &conditions)
{
    return QJsonArray::fromStringList(conditionNames(conditions));
}

} // namespace

EscalationPolicy::EscalationPolicy(PolicyDocument document)
    : m_doc(std::move(document))
{}

PolicyLoadResult EscalationPolicy::fromYaml(const QString &text, const QString &fileName)
{
    return PolicyLoader::load(text, fileName);
}

PolicyLoadResult EscalationPolicy::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PolicyLoadResult result;
        result.errors.append(
            ValidationError{path, 0, QStringLiteral("document"),
                            QStringLiteral("cannot be read: %1").arg(file.errorString())});
        return result;
    }
    return PolicyLoader::load(QString::fromUtf8(file.readAll()), path);
}

bool EscalationPolicy::isReviewOverdue(const QDateTime &now) const
{
    return now.isValid() && m_doc.reviewBy.isValid() && now.toUTC().date() > m_doc.reviewBy;
}

std::optional<PolicyCatalogEntry> EscalationPolicy::catalogEntry(const QString &action) const
{
    for (const PolicyCatalogEntry &entry : m_doc.catalog) {
        if (entry.action == action)
            return entry;
    }
    return std::nullopt;
}

PolicyRiskTier EscalationPolicy::riskTier(RiskTier tier) const
{
    PolicyRiskTier rule = m_doc.riskTiers[riskRank(tier)];
    if (tier == RiskTier::Critical) {
        // Hard rule, whatever was loaded.
        rule.minConfidence = std::nullopt;
        rule.maxAutonomousActions = 0;
        rule.maxAutonomyLevel = AutonomyLevel::Supervised;
    }
    return rule;
}

std::optional<RiskTier> EscalationPolicy::severityFloor(const QString &severity) const
{
    const auto it = m_doc.severityFloor.constFind(severity);
    if (it == m_doc.severityFloor.cend())
        return std::nullopt;
    return *it;
}

PolicyBudgetState EscalationPolicy::budgetState(std::optional<double> remaining) const
{
    if (!remaining || !std::isfinite(*remaining))
        return m_doc.errorBudget.whenUnknown;
    if (*remaining > m_doc.errorBudget.normalAbove)
        return PolicyBudgetState::Normal;
    if (*remaining < m_doc.errorBudget.freezeBelow)
        return PolicyBudgetState::Freeze;
    return PolicyBudgetState::Degraded;
}

Friction EscalationPolicy::friction(ReviewTier tier) const
{
    return m_doc.friction[reviewRank(tier)];
}

PolicyDecision EscalationPolicy::evaluate(const PolicyInput &input) const
{
    PolicyDecision decision;
    decision.policyVersion = m_doc.version;
    decision.approvalTimeoutSeconds = m_doc.approvalTimeoutSeconds;

    // Nothing proposed: no review, nothing to run.
    const auto withoutProposal = [&](Outcome outcome, AutonomyLevel level,
                                     QList<PolicyReason> reasons) {
        decision.outcome = outcome;
        decision.autonomyLevel = level;
        decision.reviewTier = ReviewTier::None;
        decision.friction = friction(ReviewTier::None);
        decision.reasons = std::move(reasons);
        return decision;
    };

    if (input.informational) {
        return withoutProposal(
            Outcome::NoAction, AutonomyLevel::Manual,
            {PolicyReason{QStringLiteral("match.informational"), QStringLiteral("informational"),
                          QStringLiteral("the alert is informational (resolved, notice or "
                                         "maintenance): nothing to do")}});
    }

    Verdict verdict;
    const double confidence = sanitizedConfidence(input.matchConfidence);
    const RunbookStep *step = resolveStep(input);

    if (!input.runbook) {
        verdict.limit(AutonomyLevel::Assisted, QStringLiteral("trigger.novelty.no_runbook"),
                      QStringLiteral("novelty"),
                      QStringLiteral("no runbook matches this alert: context only, a human "
                                     "decides what to do"));
    } else if (!step) {
        verdict.limit(AutonomyLevel::Assisted, QStringLiteral("input.no_step"), QString(),
                      QStringLiteral("runbook %1 has no step %2 to evaluate")
                          .arg(input.runbook->id)
                          .arg(input.stepIndex));
    }
    if (input.ambiguous) {
        verdict.limit(AutonomyLevel::Assisted, QStringLiteral("trigger.novelty.ambiguous"),
                      QStringLiteral("novelty"),
                      QStringLiteral("the best runbook matches are too close to call "
                                     "(confidence %1): a human picks")
                          .arg(number(confidence)));
    }
    if (!input.runbook || !step)
        return withoutProposal(Outcome::Escalate, AutonomyLevel::Assisted, verdict.reasons);

    // Effective risk: the step's own, raised by a critical runbook and by
    // the alert severity floor. Steps may be less risky than their runbook
    // (diagnostics), but nothing in a critical runbook is less than critical.
    RiskTier risk = step->risk;
    if (input.runbook->risk == RiskTier::Critical && risk != RiskTier::Critical) {
        verdict.note(QStringLiteral("risk.runbook_critical"), QStringLiteral("risk_tier"),
                     QStringLiteral("runbook %1 is critical: its %2-risk step is treated as "
                                    "critical")
                         .arg(input.runbook->id, toString(risk)));
        risk = RiskTier::Critical;
    }
    if (const auto floor = severityFloor(input.alertSeverity);
        floor && riskRank(*floor) > riskRank(risk)) {
        verdict.note(QStringLiteral("risk.severity_floor"), QStringLiteral("risk_tier"),
                     QStringLiteral("alert severity %1 raises the step's risk from %2 to %3")
                         .arg(input.alertSeverity, toString(risk), toString(*floor)));
        risk = *floor;
    }
    const PolicyRiskTier tierRule = riskTier(risk);
    const QString tierName = toString(risk);
    const bool critical = risk == RiskTier::Critical;

    if (input.previousStepFailed && tierRule.haltOnFailure) {
        QList<PolicyReason> reasons = verdict.reasons;
        reasons.append(PolicyReason{QStringLiteral("tier.%1.halt_on_failure").arg(tierName),
                                    QStringLiteral("risk_tier"),
                                    QStringLiteral("an earlier step failed and %1-risk runbooks "
                                                   "halt on failure: a human takes over")
                                        .arg(tierName)});
        return withoutProposal(Outcome::Halt, AutonomyLevel::Assisted, reasons);
    }

    // Trigger 1: confidence.
    if (confidence < m_doc.proposalMinConfidence) {
        verdict.limit(AutonomyLevel::Assisted,
                      QStringLiteral("trigger.confidence.below_proposal_floor"),
                      QStringLiteral("confidence"),
                      QStringLiteral("match confidence %1 is below %2: too weak to propose an "
                                     "action")
                          .arg(number(confidence), number(m_doc.proposalMinConfidence)));
    }

    // Risk tier. Critical is enforced here whatever the document says.
    if (critical) {
        verdict.limit(AutonomyLevel::Supervised, QStringLiteral("tier.critical.never_autonomous"),
                      QStringLiteral("risk_tier"),
                      QStringLiteral("critical risk never proceeds autonomously, whatever the "
                                     "confidence (%1)")
                          .arg(number(confidence)));
    } else {
        if (!tierRule.minConfidence) {
            verdict.limit(AutonomyLevel::Supervised,
                          QStringLiteral("tier.%1.min_confidence_never").arg(tierName),
                          QStringLiteral("risk_tier"),
                          QStringLiteral("the policy never lets %1-risk steps proceed "
                                         "autonomously")
                              .arg(tierName));
        } else if (confidence < *tierRule.minConfidence) {
            verdict.limit(AutonomyLevel::Supervised,
                          QStringLiteral("trigger.confidence.below_tier_threshold"),
                          QStringLiteral("confidence"),
                          QStringLiteral("match confidence %1 is below the %2-risk threshold %3")
                              .arg(number(confidence), tierName, number(*tierRule.minConfidence)));
        }
        if (toInt(tierRule.maxAutonomyLevel) < toInt(AutonomyLevel::Autonomous)) {
            verdict.limit(tierRule.maxAutonomyLevel,
                          QStringLiteral("tier.%1.max_autonomy_level").arg(tierName),
                          QStringLiteral("risk_tier"),
                          QStringLiteral("%1-risk steps run at most at level %2")
                              .arg(tierName)
                              .arg(toInt(tierRule.maxAutonomyLevel)));
        }
    }

    // Trigger 4: regulatory boundary. Absolute; no confidence exception.
    if (step->regulated) {
        verdict.limit(AutonomyLevel::Supervised, QStringLiteral("trigger.regulatory"),
                      QStringLiteral("regulatory"),
                      QStringLiteral("the step touches a regulated asset: supervised with a "
                                     "change record and two reviewers, whatever the confidence "
                                     "(%1)")
                          .arg(number(confidence)));
    }
    if (step->requiresApproval) {
        verdict.limit(AutonomyLevel::Supervised, QStringLiteral("step.requires_approval"),
                      QString(),
                      QStringLiteral("runbook %1 marks %2 as requires_approval")
                          .arg(input.runbook->id, step->action));
    }
    if (input.previousStepFailed) {
        verdict.limit(AutonomyLevel::Supervised, QStringLiteral("execution.previous_step_failed"),
                      QString(),
                      QStringLiteral("an earlier step failed in this incident: the situation is "
                                     "not what the runbook expected"));
    }
    if (input.outsidePlaybook) {
        verdict.limit(AutonomyLevel::Supervised, QStringLiteral("trigger.novelty.outside_playbook"),
                      QStringLiteral("novelty"),
                      QStringLiteral("%1 is not a step of the reviewed runbook as written")
                          .arg(step->action));
    }

    // Trigger 2 (blast radius), the per-incident action budget and the error
    // budget only concern steps that change something.
    const bool readOnly = !step->changesState();
    const BlastRadius &blast = step->blastRadius;
    const PolicyBlastRadiusLimits &limits = m_doc.blastRadius;
    bool blastExceeded = false;
    if (!readOnly) {
        const auto exceed = [&](const char *rule, const QString &message) {
            blastExceeded = true;
            verdict.limit(AutonomyLevel::Supervised,
                          QStringLiteral("trigger.blast_radius.") + QLatin1String(rule),
                          QStringLiteral("blast_radius"), message);
        };
        if (blast.services > limits.maxServices) {
            exceed("services", QStringLiteral("touches %1 services; autonomy allows at most %2")
                                   .arg(blast.services)
                                   .arg(limits.maxServices));
        }
        if (blast.trafficFraction > limits.maxTrafficFraction) {
            exceed("traffic_fraction",
                   QStringLiteral("affects %1 of traffic; autonomy allows at most %2")
                       .arg(percent(blast.trafficFraction), percent(limits.maxTrafficFraction)));
        }
        if (!blast.isReversible()) {
            exceed("irreversible", QStringLiteral("%1 cannot be undone").arg(step->action));
        } else if (blast.reversibleMinutes > limits.maxReversibleMinutes) {
            exceed("slow_rollback",
                   QStringLiteral("takes %1 minutes to undo; autonomy needs %2 or less")
                       .arg(blast.reversibleMinutes)
                       .arg(limits.maxReversibleMinutes));
        }

        if (!critical && input.autonomousActionsTaken >= tierRule.maxAutonomousActions) {
            verdict.limit(AutonomyLevel::Supervised,
                          QStringLiteral("tier.%1.max_autonomous_actions").arg(tierName),
                          QStringLiteral("risk_tier"),
                          QStringLiteral("%1 autonomous actions already taken in this incident; "
                                         "the %2-risk limit is %3")
                              .arg(input.autonomousActionsTaken)
                              .arg(tierName)
                              .arg(tierRule.maxAutonomousActions));
        }

        const PolicyErrorBudget &budget = m_doc.errorBudget;
        const PolicyBudgetState state = budgetState(input.errorBudgetRemaining);
        const bool known =
            input.errorBudgetRemaining.has_value() && std::isfinite(*input.errorBudgetRemaining);
        const QString left =
            known ? QStringLiteral("%1 of the error budget left")
                        .arg(percent(*input.errorBudgetRemaining))
                  : QStringLiteral("error budget unknown, treated as %1").arg(toString(state));
        const QString ruleId = known ? QStringLiteral("error_budget.") + toString(state)
                                     : QStringLiteral("error_budget.unknown");
        if (state == PolicyBudgetState::Freeze) {
            verdict.limit(AutonomyLevel::Supervised, ruleId, QStringLiteral("error_budget"),
                          QStringLiteral("%1 (freeze below %2): no autonomous actions")
                              .arg(left, percent(budget.freezeBelow)));
        } else if (state == PolicyBudgetState::Degraded) {
            verdict.limit(budget.degradedMaxLevel, ruleId, QStringLiteral("error_budget"),
                          QStringLiteral("%1 (degraded between %2 and %3): at most level %4")
                              .arg(left, percent(budget.freezeBelow), percent(budget.normalAbove))
                              .arg(toInt(budget.degradedMaxLevel)));
        }
    }

    // Trigger 3: novelty. A read-only low-risk step may run on a first sighting.
    const bool familiar = input.patternSeenCount >= m_doc.minPatternOccurrences;
    if (!familiar && !(readOnly && risk == RiskTier::Low)) {
        verdict.limit(AutonomyLevel::Supervised,
                      QStringLiteral("trigger.novelty.unfamiliar_pattern"),
                      QStringLiteral("novelty"),
                      QStringLiteral("this runbook resolved %1 earlier incidents; autonomy needs "
                                     "at least %2")
                          .arg(input.patternSeenCount)
                          .arg(m_doc.minPatternOccurrences));
    }

    // Level 4 only for catalogued actions whose qualification holds today.
    std::optional<PolicyCatalogEntry> qualified;
    if (readOnly) {
        verdict.limit(AutonomyLevel::Conditional, QStringLiteral("step.read_only"), QString(),
                      QStringLiteral("%1 changes nothing (no command): runs with humans informed")
                          .arg(step->action));
    } else if (const auto entry = catalogEntry(step->action)) {
        const QDate today = input.now.isValid() ? input.now.toUTC().date() : QDate();
        if (!today.isValid() || today > entry->qualifiedThrough()) {
            verdict.limit(AutonomyLevel::Supervised,
                          QStringLiteral("autonomy.requalification_lapsed"),
                          QStringLiteral("autonomy"),
                          QStringLiteral("level-4 qualification of %1 (qualified on %2, every %3 "
                                         "days) lapsed after %4: falls back to supervised")
                              .arg(entry->action, day(entry->qualifiedOn))
                              .arg(entry->requalificationDays)
                              .arg(day(entry->qualifiedThrough())));
        } else if (today < entry->qualifiedOn) {
            verdict.limit(AutonomyLevel::Conditional, QStringLiteral("autonomy.not_yet_qualified"),
                          QStringLiteral("autonomy"),
                          QStringLiteral("%1 is qualified for level 4 only from %2")
                              .arg(entry->action, day(entry->qualifiedOn)));
        } else {
            const PolicyCatalogConditions &c = entry->conditions;
            QStringList unmet;
            if (c.maxRisk && riskRank(risk) > riskRank(*c.maxRisk))
                unmet << QStringLiteral("risk %1 is above %2").arg(tierName, toString(*c.maxRisk));
            if (c.minConfidence && confidence < *c.minConfidence) {
                unmet << QStringLiteral("confidence %1 is below %2")
                             .arg(number(confidence), number(*c.minConfidence));
            }
            if (c.minPatternOccurrences && input.patternSeenCount < *c.minPatternOccurrences) {
                unmet << QStringLiteral("pattern seen %1 times, needs %2")
                             .arg(input.patternSeenCount)
                             .arg(*c.minPatternOccurrences);
            }
            if (c.maxServices && blast.services > *c.maxServices) {
                unmet << QStringLiteral("%1 services, at most %2")
                             .arg(blast.services)
                             .arg(*c.maxServices);
            }
            if (c.maxTrafficFraction && blast.trafficFraction > *c.maxTrafficFraction) {
                unmet << QStringLiteral("%1 of traffic, at most %2")
                             .arg(percent(blast.trafficFraction), percent(*c.maxTrafficFraction));
            }
            if (c.maxReversibleMinutes &&
                (!blast.isReversible() || blast.reversibleMinutes > *c.maxReversibleMinutes)) {
                unmet << QStringLiteral("undo must take at most %1 minutes")
                             .arg(*c.maxReversibleMinutes);
            }
            for (auto it = c.maxParameters.cbegin(); it != c.maxParameters.cend(); ++it) {
                bool numeric = false;
                const double value = input.parameters.value(it.key()).toDouble(&numeric);
                if (!numeric || !std::isfinite(value)) {
                    unmet
                        << QStringLiteral("parameter %1 is missing or not a number").arg(it.key());
                } else if (value > it.value()) {
                    unmet << QStringLiteral("parameter %1=%2 is above %3")
                                 .arg(it.key())
                                 .arg(value)
                                 .arg(it.value());
                }
            }
            if (unmet.isEmpty()) {
                qualified = entry;
            } else {
                verdict.limit(AutonomyLevel::Conditional,
                              QStringLiteral("autonomy.catalog_conditions_unmet"),
                              QStringLiteral("autonomy"),
                              QStringLiteral("%1 is catalogued but %2")
                                  .arg(entry->action, unmet.join(QStringLiteral("; "))));
            }
        }
    } else {
        verdict.limit(
            AutonomyLevel::Conditional, QStringLiteral("autonomy.not_catalogued"),
            QStringLiteral("autonomy"),
            QStringLiteral("%1 is not in the level-4 catalog: at most level 3").arg(step->action));
    }
    if (isReviewOverdue(input.now)) {
        verdict.limit(AutonomyLevel::Conditional, QStringLiteral("policy.review_overdue"),
                      QStringLiteral("policy"),
                      QStringLiteral("policy %1 was due for review by %2: no level-4 autonomy "
                                     "until it is re-approved")
                          .arg(m_doc.version, day(m_doc.reviewBy)));
    }
    if (verdict.level == AutonomyLevel::Conditional && !m_doc.conditionalEnabled) {
        verdict.limit(AutonomyLevel::Supervised, QStringLiteral("autonomy.conditional_disabled"),
                      QStringLiteral("autonomy"),
                      QStringLiteral("the policy has conditional (level 3) autonomy switched off"));
    }

    decision.autonomyLevel = verdict.level;
    decision.reasons = verdict.reasons;

    switch (verdict.level) {
    case AutonomyLevel::Manual:
    case AutonomyLevel::Assisted:
        decision.outcome = Outcome::Escalate;
        decision.reviewTier = ReviewTier::None;
        decision.friction = friction(ReviewTier::None);
        break;
    case AutonomyLevel::Supervised: {
        decision.outcome = Outcome::Escalate;
        const bool irreversible = !readOnly && !blast.isReversible();
        const auto holds = [&](PolicyReviewCondition condition) {
            switch (condition) {
            case PolicyReviewCondition::Irreversible:
                return irreversible;
            case PolicyReviewCondition::Reversible:
                return !irreversible;
            case PolicyReviewCondition::ReadOnly:
                return readOnly;
            case PolicyReviewCondition::BlastRadiusExceeded:
                return blastExceeded;
            case PolicyReviewCondition::WithinBlastRadius:
                return !blastExceeded;
            case PolicyReviewCondition::LowRisk:
                return risk == RiskTier::Low;
            case PolicyReviewCondition::HighRiskOrAbove:
                return riskRank(risk) >= riskRank(RiskTier::High);
            case PolicyReviewCondition::CriticalRisk:
                return critical;
            case PolicyReviewCondition::Regulated:
                return step->regulated;
            case PolicyReviewCondition::OutsidePlaybook:
                return input.outsidePlaybook;
            case PolicyReviewCondition::FamiliarPattern:
                return familiar;
            case PolicyReviewCondition::NovelPattern:
                return !familiar;
            case PolicyReviewCondition::Confident:
                return !critical && tierRule.minConfidence.has_value() &&
                       confidence >= *tierRule.minConfidence;
            }
            return false;
        };

        QStringList tier3Because;
        for (PolicyReviewCondition condition : m_doc.tier3WhenAny) {
            if (holds(condition))
                tier3Because << toString(condition);
        }
        // Hard rules, in case a document's list were ever incomplete.
        for (PolicyReviewCondition condition :
             {PolicyReviewCondition::CriticalRisk, PolicyReviewCondition::Regulated}) {
            if (holds(condition) && !tier3Because.contains(toString(condition)))
                tier3Because << toString(condition);
        }
        const bool tier1 =
            !m_doc.tier1WhenAll.isEmpty() &&
            std::all_of(m_doc.tier1WhenAll.cbegin(), m_doc.tier1WhenAll.cend(), holds);

        if (!tier3Because.isEmpty()) {
            decision.reviewTier = ReviewTier::TwoReviewer;
            decision.reasons.append(PolicyReason{
                QStringLiteral("review.tier3"), QStringLiteral("review"),
                QStringLiteral("two reviewers: %1").arg(tier3Because.join(QStringLiteral(", ")))});
        } else if (tier1) {
            decision.reviewTier = ReviewTier::Reduced;
            decision.reasons.append(PolicyReason{
                QStringLiteral("review.tier1"), QStringLiteral("review"),
                QStringLiteral("reduced review: %1")
                    .arg(conditionNames(m_doc.tier1WhenAll).join(QStringLiteral(", ")))});
        } else {
            decision.reviewTier = ReviewTier::Standard;
            decision.reasons.append(PolicyReason{
                QStringLiteral("review.tier2"), QStringLiteral("review"),
                QStringLiteral("standard review: one reviewer who is not the proposer")});
        }
        decision.friction = friction(decision.reviewTier);
        break;
    }
    case AutonomyLevel::Conditional:
        decision.outcome = Outcome::Proceed;
        decision.reviewTier = ReviewTier::PreApproved;
        decision.friction = friction(ReviewTier::PreApproved);
        decision.friction.abortWindowSeconds = m_doc.conditionalAbortWindowSeconds;
        break;
    case AutonomyLevel::Autonomous:
        decision.outcome = Outcome::Proceed;
        decision.reviewTier = ReviewTier::PreApproved;
        decision.friction = friction(ReviewTier::PreApproved);
        decision.reasons.append(PolicyReason{
            QStringLiteral("autonomy.catalogued"), QStringLiteral("autonomy"),
            QStringLiteral("%1 is catalogued for level 4, qualified on %2 and through %3")
                .arg(step->action, day(qualified ? qualified->qualifiedOn : QDate()),
                     day(qualified ? qualified->qualifiedThrough() : QDate()))});
        break;
    }

    if (decision.reasons.isEmpty()) {
        decision.reasons.append(PolicyReason{QStringLiteral("policy.default"), QString(),
                                             QStringLiteral("no rule fired")});
    }
    return decision;
}

QJsonObject EscalationPolicy::toJson() const
{
    QJsonArray catalog;
    for (const PolicyCatalogEntry &entry : m_doc.catalog) {
        const PolicyCatalogConditions &c = entry.conditions;
        QJsonObject maxParameters;
        for (auto it = c.maxParameters.cbegin(); it != c.maxParameters.cend(); ++it)
            maxParameters.insert(it.key(), it.value());
        catalog.append(QJsonObject{
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("description"), entry.description},
            {QStringLiteral("qualified_on"), day(entry.qualifiedOn)},
            {QStringLiteral("qualified_through"), day(entry.qualifiedThrough())},
            {QStringLiteral("requalification_days"), entry.requalificationDays},
            {QStringLiteral("conditions"),
             QJsonObject{
                 {QStringLiteral("max_risk"),
                  c.maxRisk ? QJsonValue(toString(*c.maxRisk)) : QJsonValue(QJsonValue::Null)},
                 {QStringLiteral("min_confidence"), optionalJson(c.minConfidence)},
                 {QStringLiteral("min_pattern_occurrences"), optionalJson(c.minPatternOccurrences)},
                 {QStringLiteral("max_services"), optionalJson(c.maxServices)},
                 {QStringLiteral("max_traffic_fraction"), optionalJson(c.maxTrafficFraction)},
                 {QStringLiteral("max_reversible_minutes"), optionalJson(c.maxReversibleMinutes)},
                 {QStringLiteral("max_parameters"), maxParameters},
             }},
        });
    }

    QJsonObject riskTiers;
    for (RiskTier tier : {RiskTier::Low, RiskTier::Medium, RiskTier::High, RiskTier::Critical}) {
        const PolicyRiskTier rule = riskTier(tier);
        riskTiers.insert(toString(tier),
                         QJsonObject{
                             {QStringLiteral("min_confidence"),
                              rule.minConfidence ? QJsonValue(*rule.minConfidence)
                                                 : QJsonValue(QStringLiteral("never"))},
                             {QStringLiteral("max_autonomous_actions"), rule.maxAutonomousActions},
                             {QStringLiteral("max_autonomy_level"), toInt(rule.maxAutonomyLevel)},
                             {QStringLiteral("halt_on_failure"), rule.haltOnFailure},
                         });
    }

    QJsonObject severityFloorJson;
    for (auto it = m_doc.severityFloor.cbegin(); it != m_doc.severityFloor.cend(); ++it)
        severityFloorJson.insert(it.key(), toString(it.value()));

    const PolicyErrorBudget &budget = m_doc.errorBudget;
    return QJsonObject{
        {QStringLiteral("version"), m_doc.version},
        {QStringLiteral("description"), m_doc.description},
        {QStringLiteral("approved_by"), QJsonArray::fromStringList(m_doc.approvedBy)},
        {QStringLiteral("approved_on"), day(m_doc.approvedOn)},
        {QStringLiteral("review_by"), day(m_doc.reviewBy)},
        {QStringLiteral("source_file"), m_doc.sourceFile},
        {QStringLiteral("autonomy"),
         QJsonObject{
             {QStringLiteral("requalification_days"), m_doc.requalificationDays},
             {QStringLiteral("conditional"),
              QJsonObject{
                  {QStringLiteral("enabled"), m_doc.conditionalEnabled},
                  {QStringLiteral("abort_window_seconds"), m_doc.conditionalAbortWindowSeconds},
              }},
             {QStringLiteral("catalog"), catalog},
         }},
        {QStringLiteral("triggers"),
         QJsonObject{
             {QStringLiteral("confidence"),
              QJsonObject{{QStringLiteral("propose_min"), m_doc.proposalMinConfidence}}},
             {QStringLiteral("blast_radius"),
              QJsonObject{
                  {QStringLiteral("max_services"), m_doc.blastRadius.maxServices},
                  {QStringLiteral("max_traffic_fraction"), m_doc.blastRadius.maxTrafficFraction},
                  {QStringLiteral("max_reversible_minutes"),
                   m_doc.blastRadius.maxReversibleMinutes},
              }},
             {QStringLiteral("novelty"), QJsonObject{{QStringLiteral("min_pattern_occurrences"),
                                                      m_doc.minPatternOccurrences}}},
             {QStringLiteral("regulatory"),
              QJsonObject{
                  {QStringLiteral("change_record_required"), m_doc.changeRecordRequired},
                  {QStringLiteral("frameworks"),
                   QJsonArray::fromStringList(m_doc.regulatoryFrameworks)},
              }},
         }},
        {QStringLiteral("risk_tiers"), riskTiers},
        {QStringLiteral("severity_floor"), severityFloorJson},
        {QStringLiteral("error_budget"),
         QJsonObject{
             {QStringLiteral("normal_above"), budget.normalAbove},
             {QStringLiteral("freeze_below"), budget.freezeBelow},
             {QStringLiteral("degraded_max_level"), toInt(budget.degradedMaxLevel)},
             {QStringLiteral("when_unknown"), toString(budget.whenUnknown)},
         }},
        {QStringLiteral("review"),
         QJsonObject{
             {QStringLiteral("approval_timeout_seconds"), m_doc.approvalTimeoutSeconds},
             {QStringLiteral("tiers"),
              QJsonObject{
                  {QStringLiteral("pre_approved"),
                   QJsonObject{
                       {QStringLiteral("friction"), friction(ReviewTier::PreApproved).toJson()}}},
                  {QStringLiteral("tier1"),
                   QJsonObject{
                       {QStringLiteral("when_all"), conditionsJson(m_doc.tier1WhenAll)},
                       {QStringLiteral("friction"), friction(ReviewTier::Reduced).toJson()},
                   }},
                  {QStringLiteral("tier2"), QJsonObject{{QStringLiteral("friction"),
                                                         friction(ReviewTier::Standard).toJson()}}},
                  {QStringLiteral("tier3"),
                   QJsonObject{
                       {QStringLiteral("when_any"), conditionsJson(m_doc.tier3WhenAny)},
                       {QStringLiteral("friction"), friction(ReviewTier::TwoReviewer).toJson()},
                   }},
              }},
         }},
    };
}

} // namespace icc
