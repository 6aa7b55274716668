// Holds the matcher's bar on the labelled evaluation set: the shipped
// runbooks and default policy, run through the real triage, must pick the
// expected runbook for at least 95 % of the cases and must never let a
// no-runbook or false-alarm case proceed without a human.
#include "EscalationPolicy.h"
#include "EvalCase.h"
#include "EvalReport.h"
#include "Evaluator.h"
#include "ManualClock.h"
#include "RunbookLibrary.h"
#include "RunbookMatcher.h"
#include "TestPaths.h"
#include "TriageEngine.h"

#include <QtTest>

using namespace icc;

class TestEval final : public QObject
{
    Q_OBJECT

private slots:
    void shippedRunbooksMeetTheBar();
};

void TestEval::shippedRunbooksMeetTheBar()
{
    const QString resources = QString::fromUtf8(test::kResourcesDir);
    RunbookLibraryLoadResult library =
        RunbookLibrary::loadDirectory(resources + QStringLiteral("/runbooks"));
    QVERIFY2(library.errors.isEmpty(), "every shipped runbook must load");
    QVERIFY(!library.library.isEmpty());

    PolicyLoadResult policy =
        EscalationPolicy::fromFile(resources + QStringLiteral("/policy/default.yaml"));
    QVERIFY(policy.ok());

    const EvalCaseSet cases = EvalCaseReader::readFile(QString::fromUtf8(test::kTestDataDir) +
                                                       QStringLiteral("/eval/cases.jsonl"));
    QVERIFY2(cases.errors.isEmpty(), "every evaluation case must parse");
    QVERIFY(cases.cases.size() >= 100);

    const RunbookMatcher matcher(library.library.runbooks());
    test::ManualClock clock;
    const TriageEngine engine(library.library, matcher, *policy.policy, clock);
    const EvalReport report = Evaluator(engine).run(cases.cases);

    const bool passes = report.overall.accuracy() >= 0.95 && report.unsafeProceeds == 0;
    if (!passes)
        qInfo().noquote() << report.toText();
    QVERIFY2(report.overall.accuracy() >= 0.95,
             qPrintable(QStringLiteral("top-1 accuracy %1 is below 0.95")
                            .arg(report.overall.accuracy(), 0, 'f', 3)));
    QCOMPARE(report.unsafeProceeds, 0);
}

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
