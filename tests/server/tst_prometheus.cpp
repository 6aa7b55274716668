#include "PrometheusText.h"

#include <QTest>

using namespace icc;

class TestPrometheus : public QObject
{
    Q_OBJECT

private slots:
    void familiesHaveOneHelpAndTypeLine()
    {
        PrometheusText text;
        text.addCounter(QStringLiteral("icc_alerts_received_total"), QStringLiteral("Alerts."), 3,
                        {{QStringLiteral("source"), QStringLiteral("alertmanager")}});
        text.addCounter(QStringLiteral("icc_alerts_received_total"), QStringLiteral("Alerts."), 1,
                        {{QStringLiteral("source"), QStringLiteral("pagerduty")}});
        text.addGauge(QStringLiteral("icc_reviews_open"), QStringLiteral("Open reviews."), 2);
        const QByteArray expected = "# HELP icc_alerts_received_total Alerts.\n"
                                    "# TYPE icc_alerts_received_total counter\n"
                                    "icc_alerts_received_total{source=\"alertmanager\"} 3\n"
                                    "icc_alerts_received_total{source=\"pagerduty\"} 1\n"
                                    "# HELP icc_reviews_open Open reviews.\n"
                                    "# TYPE icc_reviews_open gauge\n"
                                    "icc_reviews_open 2\n";
        QCOMPARE(text.toBytes(), expected);
    }

    void histogramBucketsAreCumulative()
    {
        PrometheusText text;
        text.addHistogram(QStringLiteral("icc_ingest_seconds"), QStringLiteral("Ingest."),
                          {0.01, 0.1}, {2, 3}, 6, 1.5);
        const QByteArray expected = "# HELP icc_ingest_seconds Ingest.\n"
                                    "# TYPE icc_ingest_seconds histogram\n"
                                    "icc_ingest_seconds_bucket{le=\"0.01\"} 2\n"
                                    "icc_ingest_seconds_bucket{le=\"0.1\"} 5\n"
                                    "icc_ingest_seconds_bucket{le=\"+Inf\"} 6\n"
                                    "icc_ingest_seconds_sum 1.5\n"
                                    "icc_ingest_seconds_count 6\n";
        QCOMPARE(text.toBytes(), expected);
    }

    void labelValuesAndHelpAreEscaped()
    {
        QCOMPARE(PrometheusText::escapeLabelValue(QStringLiteral("a\"b\\c\nd")),
                 QStringLiteral("a\\\"b\\\\c\\nd"));
        PrometheusText text;
        text.addGauge(QStringLiteral("g"), QStringLiteral("line one\nline two"), 1);
        QVERIFY(text.toBytes().startsWith("# HELP g line one\\nline two\n"));
    }

    void valuesAndNames()
    {
        QCOMPARE(PrometheusText::formatValue(42), QStringLiteral("42"));
        QCOMPARE(PrometheusText::formatValue(0.25), QStringLiteral("0.25"));
        QCOMPARE(PrometheusText::formatValue(qInf()), QStringLiteral("+Inf"));
        QCOMPARE(PrometheusText::formatValue(-qInf()), QStringLiteral("-Inf"));
        QCOMPARE(PrometheusText::formatValue(qQNaN()), QStringLiteral("NaN"));
        QVERIFY(PrometheusText::isValidMetricName(QStringLiteral("icc:rate_5m")));
        QVERIFY(!PrometheusText::isValidMetricName(QStringLiteral("9lives")));
        QVERIFY(!PrometheusText::isValidMetricName(QStringLiteral("has-dash")));
        QVERIFY(PrometheusText::isValidLabelName(QStringLiteral("source")));
        QVERIFY(!PrometheusText::isValidLabelName(QStringLiteral("__reserved")));
        QVERIFY(!PrometheusText::isValidLabelName(QStringLiteral("a:b")));
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
