#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "MatchCandidateModel.h"
#include "MatcherView.h"
#include "RunbookLibrary.h"
#include "RunbookMatcher.h"
#include "TestPaths.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace icc;
using namespace icc::test;

namespace {

const QString kDiskFull = QStringLiteral("Disk usage on /var/log at 96% on db-replica-2");

template<typename T> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

// The matcher view asks the server which runbooks fit; its answer must be
// the one the shared matcher (iccctl triage) gives for the same text.
class TestMatcherView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const RunbookLibraryLoadResult library = RunbookLibrary::loadDirectory(
            QString::fromUtf8(kResourcesDir) + QStringLiteral("/runbooks"));
        const RunbookMatcher matcher(library.library.runbooks());
        m_expected = matcher.matchText(kDiskFull);
        QCOMPARE(m_expected.runbookId, QStringLiteral("rb-disk-full-logs"));
    }

    void pastedTextShowsCandidatesAndTheRunbook()
    {
        DesktopTestClient erin(m_server);
        QString error;
        QVERIFY2(erin.login(QStringLiteral("erin"), &error), qPrintable(error));
        MatcherView view(erin.context());
        view.show();

        QSignalSpy matched(&view, &MatcherView::matched);
        QSignalSpy failed(&view, &MatcherView::matchFailed);
        QSignalSpy shown(&view, &MatcherView::runbookShown);
        QTest::keyClicks(child<QPlainTextEdit>(view, "pasteEdit"), kDiskFull);
        QTest::mouseClick(child<QPushButton>(view, "matchTextButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(matched.count() + failed.count() > 0, 30000);
        if (!failed.isEmpty()) {
            // The server's refusal is shown in words.
            QVERIFY(child<QLabel>(view, "statusLabel")->text().contains(QStringLiteral("Problem")));
            if (failed.at(0).at(0).toString().contains(QStringLiteral("cannot match on request")))
                QSKIP("this icc-server has no POST /api/v1/runbooks/match yet");
            QFAIL(qPrintable(failed.at(0).at(0).toString()));
        }

        auto *candidates = child<QTableView>(view, "candidatesView");
        auto *model = qobject_cast<MatchCandidateModel *>(candidates->model());
        QVERIFY(model && model->rowCount() > 0);
        QCOMPARE(model->candidates().at(0).runbookId, m_expected.runbookId);
        QCOMPARE(model->matchedRunbook(), m_expected.runbookId);
        // Shown as a percentage (the bar draws the same fraction).
        const double confidence = model->candidates().at(0).confidence;
        QVERIFY(confidence > 0.5 && confidence <= 1.0);
        QCOMPARE(model->index(0, MatchCandidateModel::ConfidenceColumn).data().toString(),
                 QStringLiteral("%1 %").arg(qRound(confidence * 100)));
        QCOMPARE(model->index(0, MatchCandidateModel::ConfidenceColumn)
                     .data(MatchCandidateModel::FractionRole)
                     .toDouble(),
                 confidence);
        QCOMPARE(model->index(0, MatchCandidateModel::RiskColumn).data().toString(),
                 QStringLiteral("MEDIUM"));

        // The best candidate is selected: its explanation and its runbook.
        QCOMPARE(candidates->currentIndex().row(), 0);
        const QString explanation = child<QTextBrowser>(view, "explanationBrowser")->toPlainText();
        QVERIFY2(explanation.contains(QStringLiteral("Terms:")), qPrintable(explanation));
        for (const QString &term : m_expected.explanation.matchedTerms)
            QVERIFY2(explanation.contains(term), qPrintable(term));
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QCOMPARE(shown.at(0).at(0).toString(), m_expected.runbookId);
        auto *runbook = child<QTextBrowser>(view, "runbookBrowser");
        QVERIFY(runbook->toPlainText().startsWith(QStringLiteral("Disk full on the log volume")));
        QVERIFY(runbook->toMarkdown().startsWith(QStringLiteral("# Disk full on the log volume")));
        QVERIFY(!runbook->toPlainText().contains(QStringLiteral("symptoms:"))); // no front matter
        QVERIFY(!child<QTextBrowser>(view, "stepsBrowser")->toPlainText().isEmpty());
    }

private:
    DesktopTestServer m_server;
    MatchResult m_expected;
};

QTEST_MAIN(TestMatcherView)
#include "tst_matcher_view.moc"
