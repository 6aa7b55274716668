#include "AlertFilterProxyModel.h"
#include "AlertRateChart.h"
#include "AlertRateSeries.h"
#include "AlertTableModel.h"
#include "DashboardView.h"
#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "IncidentTreeModel.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace icc;
using namespace icc::test;

namespace {

constexpr int kNetworkTimeoutMs = 20000;

// The proxy row (top level) whose summary is text, or -1.
int proxyRowWithSummary(const QAbstractItemModel &model, const QString &text,
                        const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        if (model.index(row, AlertTableModel::SummaryColumn, parent).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace

// The live dashboard against a real icc-server, logged in as erin: an
// alert posted over HTTP shows up without a reload, under its incident,
// through the search box and in the rate chart.
class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<DesktopTestClient>(m_server);
        QVERIFY2(m_client->login(QStringLiteral("erin"), &error), qPrintable(error));
    }

    void cleanupTestCase() { m_client.reset(); }

    void ingestedAlertAppearsLive()
    {
        DashboardView view(m_client->context());
        QSignalSpy loads(&view, &DashboardView::loadFinished);
        QSignalSpy activations(&view, &DashboardView::incidentActivated);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Shortcuts and mnemonics go to the active window, as on a desktop.
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(loads.wait(kNetworkTimeoutMs));
        QCOMPARE(loads.count(), 1);

        auto *list = view.findChild<QTreeView *>(QStringLiteral("alerts"));
        auto *search = view.findChild<QLineEdit *>(QStringLiteral("search"));
        auto *grouping = view.findChild<QCheckBox *>(QStringLiteral("groupByIncident"));
        auto *chartView = view.findChild<QChartView *>(QStringLiteral("rateChart"));
        QVERIFY(list && search && grouping && chartView);
        auto *chart = qobject_cast<AlertRateChart *>(chartView->chart());
        QVERIFY(chart);
        const int chartedBefore = view.rateSeries().total();

        // Posted with the ingest key, as Alertmanager or a script would.
        const QString summary = QStringLiteral("Dashboard probe zebra-%1 on checkout")
                                    .arg(QDateTime::currentMSecsSinceEpoch());
        QString error;
        const int status = m_server.ingest(
            QJsonObject{{QStringLiteral("summary"), summary},
                        {QStringLiteral("severity"), QStringLiteral("critical")},
                        {QStringLiteral("source"), QStringLiteral("gui-test")},
                        {QStringLiteral("labels"),
                         QJsonObject{{QStringLiteral("service"), QStringLiteral("probe-svc")}}}},
            &error);
        QVERIFY2(status >= 200 && status < 300, qPrintable(error));

        // Live: it arrives over the event stream, no reload happens.
        QAbstractItemModel *shown = list->model();
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowWithSummary(*shown, summary) >= 0, kNetworkTimeoutMs);
        QCOMPARE(loads.count(), 1);
        const int alertRow = [&] {
            for (int row = 0; row < view.alertModel().rowCount(); ++row) {
                if (view.alertModel().alertAt(row).summary == summary)
                    return row;
            }
            return -1;
        }();
        QVERIFY(alertRow >= 0);
        const QString incidentId = view.alertModel().alertAt(alertRow).incidentId;
        QVERIFY(!incidentId.isEmpty());
        const QModelIndex severity =
            shown->index(proxyRowWithSummary(*shown, summary), AlertTableModel::SeverityColumn);
        QCOMPARE(severity.data().toString(), QStringLiteral("CRITICAL"));

        // The chart counts it.
        QTRY_COMPARE_WITH_TIMEOUT(view.rateSeries().total(), chartedBefore + 1, kNetworkTimeoutMs);
        QTRY_COMPARE(chart->barTotal(), view.rateSeries().total());

        // "/" from the list jumps to the search box; the labels (fetched
        // after the event) are searchable too.
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Slash);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("probe-svc zebra"));
        QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), 1, kNetworkTimeoutMs);
        QCOMPARE(shown->index(0, AlertTableModel::SummaryColumn).data().toString(), summary);
        QCOMPARE(search->text(), QStringLiteral("probe-svc zebra"));

        // Grouping (Alt+G is the checkbox's mnemonic): the alert sits under
        // its incident, which carries the incident's title.
        QTest::keyClick(&view, Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(grouping->isChecked());
        QVERIFY(view.isGrouped());
        QTRY_COMPARE(shown->rowCount(), 1);
        const QModelIndex incident = shown->index(0, 0);
        QCOMPARE(incident.data(AlertTableModel::IncidentIdRole).toString(), incidentId);
        QTRY_VERIFY(
            !incident.siblingAtColumn(AlertTableModel::SummaryColumn).data().toString().isEmpty());
        QCOMPARE(shown->rowCount(incident), 1);
        QCOMPARE(shown->index(0, AlertTableModel::SummaryColumn, incident).data().toString(),
                 summary);
        QVERIFY(view.incidentModel().incident(incidentId));

        // Enter on the alert selects its incident and announces it.
        list->expand(incident);
        list->setCurrentIndex(shown->index(0, 0, incident));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(activations.count(), 1);
        QCOMPARE(activations.at(0).at(0).toString(), incidentId);
        QCOMPARE(list->currentIndex(), incident);

        // Ctrl+F gets back to the search; clearing it shows everything.
        QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        search->clear();
        QTRY_VERIFY(shown->rowCount() >= 1);
        QCOMPARE(loads.count(), 1);
    }

    void reloadShowsWhatTheServerHas()
    {
        // A fresh view (as after resyncRequired) loads the same alert from
        // GET /api/v1/alerts, with its labels, and the incident list.
        DashboardView view(m_client->context());
        QSignalSpy loads(&view, &DashboardView::loadFinished);
        QVERIFY(loads.wait(kNetworkTimeoutMs));
        QVERIFY(view.alertModel().rowCount() >= 1);
        QVERIFY(view.incidentModel().incidentCount() >= 1);
        bool found = false;
        for (const DashboardAlert &alert : view.alertModel().alerts())
            found = found || alert.service == QLatin1String("probe-svc");
        QVERIFY(found);
        view.reload();
        QVERIFY(loads.wait(kNetworkTimeoutMs));
        QVERIFY(view.alertModel().rowCount() >= 1);
    }

private:
    DesktopTestServer m_server;
    std::unique_ptr<DesktopTestClient> m_client;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
