#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "MetricsView.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QtTest>

using namespace icc;
using namespace icc::test;

// The metrics view against a real server: it loads the oversight document
// for the chosen window, shows the HITL-theater verdict in words, and draws
// the time-to-decision and rate charts.
class TestMetricsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void showsTheOversightDocument()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        MetricsView view(ivan.context());
        view.show();
        QSignalSpy loaded(&view, &MetricsView::reportLoaded);
        QVERIFY(loaded.wait(30000));

        const QJsonObject check = view.report().value(QStringLiteral("theater_check")).toObject();
        QCOMPARE(check.value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("insufficient_data"));
        const QString banner = view.findChild<QLabel *>(QStringLiteral("theaterBanner"))->text();
        QVERIFY2(banner.contains(QStringLiteral("Insufficient data")), qPrintable(banner));
        QVERIFY2(banner.contains(check.value(QStringLiteral("message")).toString()),
                 qPrintable(banner));

        auto *timeChart = view.findChild<QChartView *>(QStringLiteral("decisionTimeChart"));
        QCOMPARE(timeChart->chart()->series().size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(timeChart->chart()->series().constFirst());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);                         // median and p90
        QCOMPARE(bars->barSets().constFirst()->count(), 3); // reduced, standard, two_reviewer
        auto *ratesChart = view.findChild<QChartView *>(QStringLiteral("ratesChart"));
        QCOMPARE(ratesChart->chart()->series().size(), 1);
        QCOMPARE(qobject_cast<QBarSeries *>(ratesChart->chart()->series().constFirst())
                     ->barSets()
                     .constFirst()
                     ->count(),
                 3);
        auto *figures = view.findChild<QTableView *>(QStringLiteral("figuresTable"));
        QVERIFY(figures->model()->rowCount() > 5);

        // A 24-hour window is asked for as such.
        auto *window = view.findChild<QComboBox *>(QStringLiteral("windowSelector"));
        loaded.clear();
        window->setCurrentIndex(0);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(view.windowHours(), 24);
        const QDateTime from = QDateTime::fromString(
            view.report().value(QStringLiteral("from")).toString(), Qt::ISODateWithMs);
        const QDateTime to = QDateTime::fromString(
            view.report().value(QStringLiteral("to")).toString(), Qt::ISODateWithMs);
        QCOMPARE(from.secsTo(to), 24 * 3600);
    }

    void reviewerIsToldWhyThereAreNoMetrics()
    {
        DesktopTestClient erin(m_server);
        QString error;
        QVERIFY2(erin.login(QStringLiteral("erin"), &error), qPrintable(error));
        MetricsView view(erin.context());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QStringLiteral("may not read")));
    }

private:
    DesktopTestServer m_server;
};

QTEST_MAIN(TestMetricsView)
#include "tst_metricsview.moc"
