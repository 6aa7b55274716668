#include "TriageEngine.h"

#include "Clock.h"
#include "EscalationPolicy.h"
#include "PolicyInput.h"
#include "RunbookLibrary.h"
#include "RunbookMatcher.h"

#include <algorithm>

namespace icc {

namespace {

int outcomeSeverity(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoAction:
        return 0;
    case Outcome::Proceed:
        return 1;
    case Outcome::Escalate:
        return 2;
    case Outcome::Halt:
        break;
    }
    return 3;
}

bool sameReason(const PolicyReason &a, const PolicyReason &b)
{
    return a.ruleId == b.ruleId && a.message == b.message;
}

} // namespace

TriageEngine::TriageEngine(const RunbookLibrary &library, const RunbookMatcher &matcher,
                           const EscalationPolicy &policy, const Clock &clock)
    : m_library(library)
    , m_matcher(matcher)
    , m_policy(policy)
    , m_clock(clock)
{}

TriageResult TriageEngine::triage(const Alert &alert, const TriageContext &context) const
{
    return triage(alert, m_matcher.match(alert), context);
}

TriageResult TriageEngine::triage(const Alert &alert, const MatchResult &match,
                                  const TriageContext &context) const
{
    TriageResult result;
    result.alert = alert;
    result.match = match;

    PolicyInput input;
    input.matchConfidence = result.match.confidence;
    input.ambiguous = result.match.ambiguous;
    input.informational = result.match.informational;
    input.patternSeenCount = context.patternSeenCount;
    input.autonomousActionsTaken = context.autonomousActionsTaken;
    input.errorBudgetRemaining = context.errorBudgetRemaining;
    input.alertSeverity = alert.severity;
    input.now = m_clock.now();

    const Runbook *runbook =
        result.match.hasRunbook() ? m_library.find(result.match.runbookId) : nullptr;
    if (runbook == nullptr || runbook->steps.isEmpty()) {
        // Nothing to propose: the policy still decides (novelty, informational).
        result.steps.append(StepDecision{-1, QString(), m_policy.evaluate(input)});
        result.overall = result.steps.constFirst().decision;
        return result;
    }

    input.runbook = runbook;
    for (int index = 0; index < runbook->steps.size(); ++index) {
        const RunbookStep &step = runbook->steps.at(index);
        input.step = &step;
        input.stepIndex = index;
        const PolicyDecision decision = m_policy.evaluate(input);
        // A step that would run without a human counts against the
        // per-incident budget of autonomous actions for the steps after it.
        if (decision.outcome == Outcome::Proceed && step.changesState())
            ++input.autonomousActionsTaken;
        result.steps.append(StepDecision{index, step.action, decision});
    }
    result.overall = summarise(result.steps);
    return result;
}

PolicyDecision TriageEngine::summarise(const QList<StepDecision> &steps)
{
    PolicyDecision overall;
    if (steps.isEmpty())
        return overall;
    overall = steps.constFirst().decision;
    overall.reasons.clear();
    for (const StepDecision &step : steps) {
        const PolicyDecision &decision = step.decision;
        if (outcomeSeverity(decision.outcome) > outcomeSeverity(overall.outcome))
            overall.outcome = decision.outcome;
        if (decision.autonomyLevel < overall.autonomyLevel)
            overall.autonomyLevel = decision.autonomyLevel;
        if (reviewRank(decision.reviewTier) > reviewRank(overall.reviewTier)) {
            overall.reviewTier = decision.reviewTier;
            overall.friction = decision.friction;
            overall.approvalTimeoutSeconds = decision.approvalTimeoutSeconds;
        }
        for (const PolicyReason &reason : decision.reasons) {
            const bool known = std::any_of(
                overall.reasons.cbegin(), overall.reasons.cend(),
                [&reason](const PolicyReason &existing) { return sameReason(existing, reason); });
            if (!known)
                overall.reasons.append(reason);
        }
    }
    return overall;
}

} // namespace icc
