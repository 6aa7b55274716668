#include "AlertFilterProxyModel.h"
#include "AlertRateSeries.h"
#include "AlertTableModel.h"
#include "IncidentTreeModel.h"
#include "ManualClock.h"
#include "SeverityStyle.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace icc;
using namespace icc::test;

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A full alert as GET /api/v1/alerts sends it.
QJsonObject alertJson(qint64 id, const QString &severity, const QString &summary,
                      const QString &incident = QStringLiteral("inc-1"),
                      const QString &status = QStringLiteral("firing"),
                      const QDateTime &received = QDateTime(QDate(2026, 1, 15), QTime(2, 30),
                                                            Qt::UTC))
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("status"), status},
        {QStringLiteral("incident_id"), incident},
        {QStringLiteral("source"), QStringLiteral("alertmanager")},
        {QStringLiteral("labels"),
         QJsonObject{{QStringLiteral("service"), QStringLiteral("svc-%1").arg(id % 100)}}},
        {QStringLiteral("received_at"), iso(received)},
        {QStringLiteral("last_seen_at"), iso(received)},
        {QStringLiteral("occurrences"), 1},
    };
}

QJsonObject incidentJson(const QString &id, const QString &title, const QString &severity)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("severity"), severity},
                       {QStringLiteral("status"), QStringLiteral("open")},
                       {QStringLiteral("alert_count"), 1},
                       {QStringLiteral("opened_at"), QStringLiteral("2026-01-15T02:00:00.000Z")},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-15T02:30:00.000Z")}};
}

QStringList column(const QAbstractItemModel &model, int column, const QModelIndex &parent = {})
{
    QStringList values;
    for (int row = 0; row < model.rowCount(parent); ++row)
        values.append(model.index(row, column, parent).data().toString());
    return values;
}

const QString kSeverities[] = {QStringLiteral("info"), QStringLiteral("warning"),
                               QStringLiteral("error"), QStringLiteral("critical")};

} // namespace

// The dashboard's models without a server: one row per alert id, batched
// inserts, filters, severity-rank sorting, grouping, the rate window.
class TestAlertModel : public QObject
{
    Q_OBJECT

private slots:
    void upsertKeepsOneRowPerIdAndMergesPartialEvents()
    {
        AlertTableModel model;
        model.upsert({alertJson(7, QStringLiteral("warning"), QStringLiteral("Disk 91%"))});
        QCOMPARE(model.rowCount(), 1);
        // alert.updated carries only state: the labels and summary stay.
        const QDateTime seen(QDate(2026, 1, 15), QTime(2, 45), Qt::UTC);
        model.upsert({QJsonObject{{QStringLiteral("id"), 7},
                                  {QStringLiteral("status"), QStringLiteral("resolved")},
                                  {QStringLiteral("severity"), QStringLiteral("warning")},
                                  {QStringLiteral("occurrences"), 4}}},
                     seen);
        QCOMPARE(model.rowCount(), 1);
        const DashboardAlert &alert = model.alertAt(0);
        QCOMPARE(alert.status, QStringLiteral("resolved"));
        QCOMPARE(alert.occurrences, 4);
        QCOMPARE(alert.summary, QStringLiteral("Disk 91%"));
        QCOMPARE(alert.service, QStringLiteral("svc-7"));
        QCOMPARE(alert.lastSeenAt, seen);
        QCOMPARE(alert.receivedAt, QDateTime(QDate(2026, 1, 15), QTime(2, 30), Qt::UTC));
        QCOMPARE(model.rowOf(7), 0);
    }

    void severityIsTextAndColour()
    {
        AlertTableModel model;
        model.upsert({alertJson(1, QStringLiteral("critical"), QStringLiteral("DB down"))});
        const QModelIndex cell = model.index(0, AlertTableModel::SeverityColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(),
                 SeverityStyle::background(QStringLiteral("critical")));
        QCOMPARE(cell.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        QCOMPARE(model.index(0, AlertTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Firing"));
    }

    void eventsOfOneTurnAreInsertedTogether()
    {
        AlertTableModel model;
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        const QDateTime at(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC);
        for (int id = 1; id <= 50; ++id)
            model.enqueue(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("severity"), QStringLiteral("error")},
                                      {QStringLiteral("summary"), QStringLiteral("a%1").arg(id)},
                                      {QStringLiteral("status"), QStringLiteral("firing")}},
                          at);
        // The same alert again in the same turn (alert.updated right after
        // alert.created) merges instead of adding a row.
        model.enqueue(QJsonObject{{QStringLiteral("id"), 50}, {QStringLiteral("occurrences"), 2}},
                      at);
        QCOMPARE(model.rowCount(), 0); // nothing before the event loop turns
        QTRY_COMPARE(model.rowCount(), 50);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.alertAt(model.rowOf(50)).occurrences, 2);
        QCOMPARE(model.alertAt(model.rowOf(50)).receivedAt, at);

        // Updates of known rows change data, never the row count.
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.enqueue(QJsonObject{{QStringLiteral("id"), 3},
                                  {QStringLiteral("status"), QStringLiteral("resolved")}},
                      at);
        QTRY_COMPARE(changes.count(), 1);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(inserts.count(), 1);
    }

    void filtersBySeverityStatusAndText()
    {
        AlertTableModel model;
        model.upsert({
            alertJson(1, QStringLiteral("info"), QStringLiteral("Deployment done")),
            alertJson(2, QStringLiteral("warning"), QStringLiteral("Disk usage 91%")),
            alertJson(3, QStringLiteral("error"), QStringLiteral("5xx rate high"),
                      QStringLiteral("inc-2"), QStringLiteral("resolved")),
            alertJson(4, QStringLiteral("critical"), QStringLiteral("Primary DB unreachable")),
        });
        AlertFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setMinimumSeverity(SeverityStyle::kErrorRank);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatus(QStringLiteral("firing"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, AlertTableModel::SummaryColumn).data().toString(),
                 QStringLiteral("Primary DB unreachable"));
        proxy.setMinimumSeverity(-1);
        proxy.setStatus({});

        // Every word must occur, case-insensitively, in summary or labels.
        proxy.setSearchText(QStringLiteral("DISK 91"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("svc-3"));
        QCOMPARE(column(proxy, AlertTableModel::SummaryColumn),
                 QStringList{QStringLiteral("5xx rate high")});
        proxy.setSearchText(QStringLiteral("inc-2"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("disk nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), 4);
    }

    void sortsSeverityByRankAndTimesByTime()
    {
        AlertTableModel model;
        const QDateTime base(QDate(2026, 1, 15), QTime(2, 0), Qt::UTC);
        // Alphabetical order would be critical, error, info, warning.
        model.upsert({
            alertJson(1, QStringLiteral("warning"), QStringLiteral("b"), QStringLiteral("inc-1"),
                      QStringLiteral("firing"), base.addSecs(30)),
            alertJson(2, QStringLiteral("critical"), QStringLiteral("a"), QStringLiteral("inc-1"),
                      QStringLiteral("firing"), base.addSecs(10)),
            alertJson(3, QStringLiteral("info"), QStringLiteral("d"), QStringLiteral("inc-1"),
                      QStringLiteral("firing"), base.addSecs(20)),
            alertJson(4, QStringLiteral("error"), QStringLiteral("c"), QStringLiteral("inc-1"),
                      QStringLiteral("firing"), base.addSecs(-3600)),
        });
        AlertFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(AlertTableModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, AlertTableModel::SeverityColumn),
                 (QStringList{QStringLiteral("CRITICAL"), QStringLiteral("ERROR"),
                              QStringLiteral("WARNING"), QStringLiteral("INFO")}));
        proxy.sort(AlertTableModel::ReceivedColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, AlertTableModel::SummaryColumn),
                 (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d"),
                              QStringLiteral("b")}));
        // A live insert lands in sorted position.
        model.upsert(
            {alertJson(5, QStringLiteral("info"), QStringLiteral("e"), QStringLiteral("inc-1"),
                       QStringLiteral("firing"), base.addSecs(15))});
        QCOMPARE(column(proxy, AlertTableModel::SummaryColumn),
                 (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("e"),
                              QStringLiteral("d"), QStringLiteral("b")}));
        // Every column sorts (occurrences numerically: 10 after 9).
        model.upsert({QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("occurrences"), 10}},
                      QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("occurrences"), 9}}});
        proxy.sort(AlertTableModel::OccurrencesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, AlertTableModel::SummaryColumn).data().toString(),
                 QStringLiteral("a"));
        QCOMPARE(proxy.index(1, AlertTableModel::SummaryColumn).data().toString(),
                 QStringLiteral("d"));
    }

    void groupingShowsAlertsUnderTheirIncident()
    {
        AlertTableModel alerts;
        IncidentTreeModel tree(alerts);
        tree.upsertIncidents({incidentJson(QStringLiteral("inc-1"), QStringLiteral("Checkout down"),
                                           QStringLiteral("critical"))});
        alerts.upsert({
            alertJson(1, QStringLiteral("critical"), QStringLiteral("5xx on checkout")),
            alertJson(2, QStringLiteral("warning"), QStringLiteral("latency on checkout")),
            alertJson(3, QStringLiteral("info"), QStringLiteral("cert renewed"),
                      QStringLiteral("inc-9")),
        });
        QCOMPARE(tree.rowCount(), 2);
        const QModelIndex checkout = tree.indexOfIncident(QStringLiteral("inc-1"));
        QCOMPARE(checkout.siblingAtColumn(AlertTableModel::SummaryColumn).data().toString(),
                 QStringLiteral("Checkout down"));
        QCOMPARE(checkout.siblingAtColumn(AlertTableModel::SeverityColumn).data().toString(),
                 QStringLiteral("CRITICAL"));
        QCOMPARE(checkout.siblingAtColumn(AlertTableModel::OccurrencesColumn).data().toString(),
                 QStringLiteral("2 alerts"));
        QCOMPARE(column(tree, AlertTableModel::SummaryColumn, checkout),
                 (QStringList{QStringLiteral("5xx on checkout"),
                              QStringLiteral("latency on checkout")}));
        QCOMPARE(tree.parent(tree.index(1, 0, checkout)), checkout);

        // inc-9 was only a placeholder; its record (an incident.opened
        // event) fills it in without moving the alert.
        const QModelIndex placeholder = tree.indexOfIncident(QStringLiteral("inc-9"));
        QCOMPARE(tree.rowCount(placeholder), 1);
        tree.upsertIncident(QJsonObject{{QStringLiteral("id"), QStringLiteral("inc-9")},
                                        {QStringLiteral("title"), QStringLiteral("TLS")},
                                        {QStringLiteral("severity"), QStringLiteral("info")},
                                        {QStringLiteral("status"), QStringLiteral("open")},
                                        {QStringLiteral("alert_count"), 1}},
                            QDateTime(QDate(2026, 1, 15), QTime(3, 0), Qt::UTC));
        QCOMPARE(tree.rowCount(), 2);
        QCOMPARE(tree.indexOfIncident(QStringLiteral("inc-9"))
                     .siblingAtColumn(AlertTableModel::SummaryColumn)
                     .data()
                     .toString(),
                 QStringLiteral("TLS"));

        // A live alert joins its incident.
        alerts.upsert({alertJson(4, QStringLiteral("error"), QStringLiteral("pods restarting"))});
        QCOMPARE(tree.rowCount(checkout), 3);
        QCOMPARE(tree.indexOfAlertRow(alerts.rowOf(4)).parent(), checkout);

        // Filtering the tree keeps an incident when one of its alerts passes.
        AlertFilterProxyModel proxy;
        proxy.setSourceModel(&tree);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("latency"));
        QCOMPARE(proxy.rowCount(), 1);
        const QModelIndex shown = proxy.index(0, 0);
        QCOMPARE(shown.data(AlertTableModel::IncidentIdRole).toString(), QStringLiteral("inc-1"));
        QCOMPARE(column(proxy, AlertTableModel::SummaryColumn, shown),
                 QStringList{QStringLiteral("latency on checkout")});
    }

    void hundredThousandAlertsInsertAndFilterCorrectly()
    {
        AlertTableModel model;
        AlertFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(AlertTableModel::ReceivedColumn, Qt::DescendingOrder);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        const int total = 100000;
        const QDateTime base(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC);
        QList<QJsonObject> batch;
        for (int id = 1; id <= total; ++id) {
            batch.append(alertJson(id, kSeverities[id % 4],
                                   QStringLiteral("alert number %1").arg(id),
                                   QStringLiteral("inc-%1").arg(id % 1000),
                                   QStringLiteral("firing"), base.addMSecs(id)));
            if (batch.size() == 50) {
                model.upsert(batch);
                batch.clear();
            }
        }
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(proxy.rowCount(), total);
        QCOMPARE(inserts.count(), total / 50);
        QCOMPARE(proxy.index(0, AlertTableModel::SummaryColumn).data().toString(),
                 QStringLiteral("alert number 100000"));

        proxy.setMinimumSeverity(SeverityStyle::kCriticalRank);
        QCOMPARE(proxy.rowCount(), total / 4);
        proxy.setMinimumSeverity(-1);
        // Every word must match: "number" everywhere, "4242" in some ids.
        int expected = 0;
        for (int id = 1; id <= total; ++id)
            expected += QString::number(id).contains(QLatin1String("4242")) ? 1 : 0;
        proxy.setSearchText(QStringLiteral("number 4242"));
        QCOMPARE(proxy.rowCount(), expected);
        proxy.setMinimumSeverity(SeverityStyle::kWarningRank); // drops id % 4 == 0
        int expectedWarning = 0;
        for (int id = 1; id <= total; ++id)
            expectedWarning +=
                (QString::number(id).contains(QLatin1String("4242")) && id % 4 != 0) ? 1 : 0;
        QCOMPARE(proxy.rowCount(), expectedWarning);
        proxy.setMinimumSeverity(-1);
        proxy.setSearchText({});

        // An update at 100k rows changes one row in place.
        model.upsert({QJsonObject{{QStringLiteral("id"), 12345},
                                  {QStringLiteral("status"), QStringLiteral("resolved")}}});
        QCOMPARE(model.rowCount(), total);
        proxy.setStatus(QStringLiteral("resolved"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(AlertTableModel::AlertIdRole).toLongLong(), 12345);
    }

    void rateCountsTheLastHourBySeverity()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 15), QTime(3, 0, 30), Qt::UTC));
        AlertTableModel model;
        AlertRateSeries rate(clock);
        rate.setModel(&model);
        const QDateTime now = clock.now();
        model.upsert({
            alertJson(1, QStringLiteral("critical"), QStringLiteral("now"), QStringLiteral("inc-1"),
                      QStringLiteral("firing"), now.addSecs(-5)),
            alertJson(2, QStringLiteral("warning"), QStringLiteral("now too"),
                      QStringLiteral("inc-1"), QStringLiteral("firing"), now.addSecs(-10)),
            alertJson(3, QStringLiteral("warning"), QStringLiteral("ten minutes ago"),
                      QStringLiteral("inc-1"), QStringLiteral("firing"), now.addSecs(-600)),
            alertJson(4, QStringLiteral("error"), QStringLiteral("two hours ago"),
                      QStringLiteral("inc-1"), QStringLiteral("firing"), now.addSecs(-7200)),
        });
        const int current = AlertRateSeries::kMinutes - 1;
        QCOMPARE(rate.total(), 3);
        QCOMPARE(rate.count(current, SeverityStyle::kCriticalRank), 1);
        QCOMPARE(rate.count(current, SeverityStyle::kWarningRank), 1);
        QCOMPARE(rate.count(current - 10, SeverityStyle::kWarningRank), 1);
        QCOMPARE(rate.maximum(), 2);

        // The window slides with the clock, not with wall time.
        clock.advanceMinutes(55);
        rate.advance();
        QCOMPARE(rate.total(), 2);
        QCOMPARE(rate.totalAt(current - 55), 2);
        clock.advanceMinutes(10);
        rate.advance();
        QCOMPARE(rate.total(), 0);
    }
};

QTEST_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
