#pragma once

#include "TriageResult.h"

#include <QString>

#include <optional>

namespace icc {

class Clock;
class EscalationPolicy;
class RunbookLibrary;
class RunbookMatcher;

// Facts about the incident an alert belongs to that the policy weighs. The
// command line knows none of them and uses the defaults; the server fills them.
struct TriageContext
{
    int patternSeenCount = 0;
    int autonomousActionsTaken = 0;
    std::optional<double> errorBudgetRemaining;
};

// Runs the agent half of the pipeline for one alert: match against the
// runbook library, then put every step of the matched runbook through the
// escalation policy. The agent never invents a step: only the matched
// runbook's steps are proposed.
class TriageEngine final
{
public:
    TriageEngine(const RunbookLibrary &library, const RunbookMatcher &matcher,
                 const EscalationPolicy &policy, const Clock &clock);

    TriageResult triage(const Alert &alert, const TriageContext &context = {}) const;
    // The same with the match already made (the server matches first to look
    // up how often the runbook ran before, and matches only once per alert).
    TriageResult triage(const Alert &alert, const MatchResult &match,
                        const TriageContext &context) const;

    // The alert-level summary of per-step decisions: halt beats escalate beats
    // proceed; the lowest autonomy level, the highest review tier and every
    // distinct reason win.
    static PolicyDecision summarise(const QList<StepDecision> &steps);

private:
    const RunbookLibrary &m_library;
    const RunbookMatcher &m_matcher;
    const EscalationPolicy &m_policy;
    const Clock &m_clock;
};

} // namespace icc
