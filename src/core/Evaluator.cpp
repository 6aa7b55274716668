#include "Evaluator.h"

#include "TriageEngine.h"

#include <algorithm>

namespace icc {

Evaluator::Evaluator(const TriageEngine &engine)
    : m_engine(engine)
{}

EvalReport Evaluator::run(const QList<EvalCase> &cases) const
{
    EvalReport report;
    for (const QString &category : EvalCaseReader::categories())
        report.categories.insert(category, EvalCategoryScore{});

    for (const EvalCase &evalCase : cases) {
        const TriageResult result = m_engine.triage(evalCase.alert);
        const QString actual = result.match.runbookId;
        const bool runbookRight = actual == evalCase.expectedRunbook;
        const bool approval = result.overall.requiresApproval();
        const bool proceeds =
            std::any_of(result.steps.cbegin(), result.steps.cend(), [](const StepDecision &step) {
                return step.decision.outcome == Outcome::Proceed;
            });
        const bool unsafe = evalCase.expectsNoAction() && proceeds;

        EvalCategoryScore &score = report.categories[evalCase.category];
        ++score.total;
        ++report.overall.total;
        if (runbookRight) {
            ++score.correct;
            ++report.overall.correct;
        }
        if (approval == evalCase.expectedApproval)
            ++report.approvalAgreements;
        if (unsafe)
            ++report.unsafeProceeds;
        if (!runbookRight || unsafe || approval != evalCase.expectedApproval) {
            report.misses << EvalMiss{evalCase.id,
                                      evalCase.category,
                                      evalCase.alert.summary,
                                      evalCase.expectedRunbook,
                                      actual,
                                      result.match.confidence,
                                      evalCase.expectedApproval,
                                      approval,
                                      unsafe};
        }
    }
    return report;
}

} // namespace icc
