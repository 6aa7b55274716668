#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace icc {

struct Runbook;
struct RunbookStep;

// Everything the escalation policy looks at to judge one proposed step.
// Plain data: the pipeline fills it from the match, the incident and the
// error-budget feed; tests fill it by hand. Pointers are borrowed for the
// duration of EscalationPolicy::evaluate() only.
struct PolicyInput
{
    const Runbook *runbook = nullptr;  // null: no runbook matched (novel)
    const RunbookStep *step = nullptr; // null: taken from runbook->steps[stepIndex]
    int stepIndex = -1;

    double matchConfidence = 0.0; // calibrated 0..1 from the matcher
    bool ambiguous = false;       // top candidates too close to call
    bool informational = false;   // resolved / notice / maintenance: nothing to do

    // Prior incidents resolved with this runbook (novelty trigger).
    int patternSeenCount = 0;
    // State-changing actions already run without approval in this incident.
    int autonomousActionsTaken = 0;
    // Remaining error budget 0..1 of the affected service; nullopt = unknown.
    std::optional<double> errorBudgetRemaining;

    // Normalised alert severity (critical | error | warning | info); the
    // policy's severity_floor can raise the step's risk from it. Empty = unknown.
    QString alertSeverity;

    // An earlier step of this runbook failed in this incident.
    bool previousStepFailed = false;
    // The action is not a step of the reviewed runbook as written (e.g. one
    // a responder added by hand): always a two-reviewer decision.
    bool outsidePlaybook = false;

    // Resolved parameter values of the step (catalog conditions such as
    // "replicas_delta at most 2" are checked against them).
    QMap<QString, QString> parameters;

    // From the injected Clock; decides whether level-4 qualifications and the
    // policy's own review date have lapsed.
    QDateTime now;
};

} // namespace icc
