// bench_dashboard: the live dashboard's models at 100k alerts. Run it through
// tools/bench dashboard (Release, one core).
//
//   bench_dashboard [--alerts N] [--batch N] [--repeats N]
//
// Measured in thread CPU time (CLOCK_THREAD_CPUTIME_ID), single thread, the models exactly as
// DashboardView wires them (AlertTableModel behind AlertFilterProxyModel,
// sorted by received time, newest first; IncidentTreeModel following the
// table):
// - insert: N alerts (default 100000) appended in batches of --batch (default
//   20, a busy event-loop turn of alert.created events); total time and the
//   per-batch p50 / p99;
// - filter: setSearchText through the proxy at N rows (a word that matches
//   ~1 % of the alerts, then cleared), median of --repeats;
// - sort: proxy sort by severity (rank), received time and summary, median;
// - upsert: one alert.updated for a random existing alert (enqueue + flush,
//   dataChanged through the sorted proxy), and one alert.created at N rows;
//   p50 / p99 in microseconds.
// The JSON objects are built before timing: parsing frames is the event
// stream's cost, merging them (timestamps included) is the model's.

#include "AlertFilterProxyModel.h"
#include "AlertTableModel.h"
#include "IncidentTreeModel.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <time.h>
#include <vector>

using namespace icc;

namespace {

// The thread's CPU time: on a shared machine the wall clock mostly measures
// what the scheduler gave other processes (the insert total is printed in
// wall time as well).
struct Clock
{
    using time_point = double; // milliseconds of thread CPU time
    static time_point now()
    {
        timespec spec{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
        return double(spec.tv_sec) * 1000.0 + double(spec.tv_nsec) / 1e6;
    }
};

double millisecondsSince(Clock::time_point start)
{
    return Clock::now() - start;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::max(1.0, std::ceil(fraction * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

const char *const kSeverities[] = {"info", "warning", "error", "critical"};
const char *const kWords[] = {"CPU",     "memory", "disk",        "latency", "5xx",
                              "restart", "lag",    "certificate", "DNS",     "OOM"};

QJsonObject makeAlert(qint64 id, const QDateTime &received, std::mt19937 &random)
{
    const int service = int(random() % 400);
    const QString time = received.toString(Qt::ISODateWithMs);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("severity"), QLatin1String(kSeverities[random() % 4])},
        {QStringLiteral("status"),
         random() % 5 == 0 ? QStringLiteral("resolved") : QStringLiteral("firing")},
        {QStringLiteral("summary"), QStringLiteral("%1 alert on service-%2 instance %3")
                                        .arg(QLatin1String(kWords[random() % 10]))
                                        .arg(service)
                                        .arg(id)},
        {QStringLiteral("source"), QStringLiteral("alertmanager")},
        {QStringLiteral("incident_id"), QStringLiteral("inc-%1").arg(id / 50 + 1)},
        {QStringLiteral("labels"),
         QJsonObject{{QStringLiteral("service"), QStringLiteral("service-%1").arg(service)},
                     {QStringLiteral("env"), QStringLiteral("prod")}}},
        {QStringLiteral("received_at"), time},
        {QStringLiteral("last_seen_at"), time},
        {QStringLiteral("occurrences"), 1},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    int alerts = 100000;
    int batch = 20;
    int repeats = 7;
    const QStringList arguments = application.arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        const QString name = arguments.at(i);
        const int value = arguments.at(i + 1).toInt();
        if (name == QLatin1String("--alerts"))
            alerts = value;
        else if (name == QLatin1String("--batch"))
            batch = value;
        else if (name == QLatin1String("--repeats"))
            repeats = value;
        else {
            std::fprintf(stderr, "usage: bench_dashboard [--alerts N] [--batch N] [--repeats N]\n");
            return 64;
        }
    }
    alerts = std::max(alerts, 1);
    batch = std::max(batch, 1);
    repeats = std::max(repeats, 1);

    std::mt19937 random(20261121);
    const QDateTime start(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC);
    QList<QJsonObject> objects;
    objects.reserve(alerts);
    for (int id = 1; id <= alerts; ++id)
        objects.append(makeAlert(id, start.addMSecs(qint64(id) * 500), random));

    AlertTableModel table;
    IncidentTreeModel tree(table);
    AlertFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.sort(AlertTableModel::ReceivedColumn, Qt::DescendingOrder);

    std::printf("bench_dashboard: %d alerts, batches of %d, %d repeats; thread CPU time\n", alerts,
                batch, repeats);

    // Insert in event-sized batches.
    std::vector<double> batchTimes;
    const auto insertWallStart = std::chrono::steady_clock::now();
    const Clock::time_point insertStart = Clock::now();
    for (int first = 0; first < alerts; first += batch) {
        const QList<QJsonObject> slice = objects.mid(first, batch);
        const Clock::time_point batchStart = Clock::now();
        table.upsert(slice);
        batchTimes.push_back(millisecondsSince(batchStart));
    }
    const double insertTotal = millisecondsSince(insertStart);
    const double insertWall = std::chrono::duration<double, std::milli>(
                                  std::chrono::steady_clock::now() - insertWallStart)
                                  .count();
    std::printf("insert    %d alerts: total %.0f ms CPU (%.0f ms wall), per batch p50 %.3f ms, p99 "
                "%.3f ms, max "
                "%.3f ms (rows %d, proxy rows %d, incidents %d)\n",
                alerts, insertTotal, insertWall, percentile(batchTimes, 0.5),
                percentile(batchTimes, 0.99), percentile(batchTimes, 1.0), table.rowCount(),
                proxy.rowCount(), tree.incidentCount());

    // Search through the proxy ("DNS" is one of ten words: ~10 %; the
    // service name ~0.25 %), then clear it again.
    std::vector<double> searchTimes;
    std::vector<double> clearTimes;
    int matched = 0;
    for (int i = 0; i < repeats; ++i) {
        Clock::time_point t = Clock::now();
        proxy.setSearchText(QStringLiteral("dns service-17"));
        matched = proxy.rowCount(); // the proxy maps lazily: count the work
        searchTimes.push_back(millisecondsSince(t));
        t = Clock::now();
        proxy.setSearchText({});
        proxy.rowCount();
        clearTimes.push_back(millisecondsSince(t));
    }
    std::printf("filter    search \"dns service-17\" at %d rows: median %.1f ms (%d rows "
                "match); clear: median %.1f ms\n",
                alerts, percentile(searchTimes, 0.5), matched, percentile(clearTimes, 0.5));

    std::vector<double> severityTimes;
    for (int i = 0; i < repeats; ++i) {
        Clock::time_point t = Clock::now();
        proxy.setMinimumSeverity(2);
        proxy.rowCount();
        severityTimes.push_back(millisecondsSince(t));
        proxy.setMinimumSeverity(-1);
    }
    std::printf("filter    minimum severity error at %d rows: median %.1f ms\n", alerts,
                percentile(severityTimes, 0.5));

    const struct
    {
        int column;
        const char *name;
    } sorts[] = {{AlertTableModel::SeverityColumn, "severity"},
                 {AlertTableModel::ReceivedColumn, "received"},
                 {AlertTableModel::SummaryColumn, "summary"}};
    for (const auto &sort : sorts) {
        std::vector<double> times;
        for (int i = 0; i < repeats; ++i) {
            const Clock::time_point t = Clock::now();
            proxy.sort(sort.column, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            proxy.rowCount();
            times.push_back(millisecondsSince(t));
        }
        std::printf("sort      by %-8s at %d rows: median %.1f ms\n", sort.name, alerts,
                    percentile(times, 0.5));
    }
    proxy.sort(AlertTableModel::ReceivedColumn, Qt::DescendingOrder);

    // One event at a time at full size.
    std::vector<double> updateTimes;
    const QDateTime seen = start.addSecs(alerts);
    for (int i = 0; i < 2000; ++i) {
        const qint64 id = qint64(random() % alerts) + 1;
        const QJsonObject update{{QStringLiteral("id"), id},
                                 {QStringLiteral("status"),
                                  i % 2 ? QStringLiteral("resolved") : QStringLiteral("firing")},
                                 {QStringLiteral("occurrences"), i + 2}};
        const Clock::time_point t = Clock::now();
        table.enqueue(update, seen);
        table.flush();
        updateTimes.push_back(millisecondsSince(t) * 1000.0);
    }
    std::printf("upsert    alert.updated at %d rows: p50 %.1f us, p99 %.1f us\n", alerts,
                percentile(updateTimes, 0.5), percentile(updateTimes, 0.99));

    std::vector<double> createTimes;
    for (int i = 0; i < 2000; ++i) {
        const QJsonObject created = makeAlert(alerts + 1 + i, seen.addMSecs(i), random);
        const Clock::time_point t = Clock::now();
        table.enqueue(created, seen);
        table.flush();
        createTimes.push_back(millisecondsSince(t) * 1000.0);
    }
    std::printf("upsert    alert.created at %d rows: p50 %.1f us, p99 %.1f us (rows %d)\n", alerts,
                percentile(createTimes, 0.5), percentile(createTimes, 0.99), table.rowCount());
    return 0;
}
