#pragma once

#include "Alert.h"
#include "MatchResult.h"
#include "PolicyDecision.h"

#include <QJsonObject>
#include <QList>

namespace icc {

// The policy's verdict on one step of the proposed runbook.
struct StepDecision
{
    int index = 0;
    QString action;
    PolicyDecision decision;
};

// What the agent and the policy make of one alert: the match, a decision per
// proposed step, and the alert-level summary (the most restrictive step).
struct TriageResult
{
    Alert alert;
    MatchResult match;
    QList<StepDecision> steps;
    PolicyDecision overall;

    // The one-line JSON record `iccctl triage` prints.
    QJsonObject toJson() const;
};

} // namespace icc
