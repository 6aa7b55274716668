#pragma once

#include "EvalCase.h"
#include "EvalReport.h"

namespace icc {

class TriageEngine;

// Runs labelled cases through the real triage (matcher + policy) and scores
// them: top-1 runbook, approval agreement and, for cases that expect no
// action, whether any step would proceed without a human.
class Evaluator final
{
public:
    explicit Evaluator(const TriageEngine &engine);
    EvalReport run(const QList<EvalCase> &cases) const;

private:
    const TriageEngine &m_engine;
};

} // namespace icc
