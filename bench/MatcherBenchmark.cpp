// bench_matcher: index build time, match latency and memory of RunbookMatcher
// over generated libraries. Run it through tools/bench (Release, one core).
//
//   bench_matcher [--sizes 1000,10000,100000] [--queries N] [--builds N] [--json]
//                 [--dump FILE]
//
// Measured per library size, single thread:
// - build: wall time of the RunbookMatcher constructor (steady_clock), median
//   of --builds runs (default 3 up to 10k runbooks, 1 above);
// - memory: VmRSS growth across the first build (the index kept alive), and
//   VmHWM growth (peak during the build), from /proc/self/status;
// - latency: every query matched once as warm-up, then each timed alone with
//   steady_clock; p50 / p90 / p99 / max in microseconds, plus the thread's CPU
//   time per match (CLOCK_THREAD_CPUTIME_ID), which a busy machine inflates less.
// --dump FILE writes every MatchResult of the warm-up pass (one JSON line per
// size and query, scores with 17 significant digits), so two matcher
// versions can be compared byte for byte.

#include "RunbookGenerator.h"
#include "RunbookMatcher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <time.h>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

constexpr double kTargetP99Micros = 1000.0; // issue: p99 under 1 ms at 10k runbooks
constexpr int kTargetSize = 10000;

struct Options
{
    std::vector<int> sizes = {1000, 10000, 100000};
    int queries = 2000;
    int builds = 0; // 0: 3 up to 10k runbooks, 1 above
    bool json = false;
    QString dumpPath;
};

struct Percentiles
{
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

struct SizeResult
{
    int runbooks = 0;
    double generateMs = 0;
    std::vector<double> buildMs;
    double buildMedianMs = 0;
    double rssDeltaMiB = 0;
    double peakDeltaMiB = 0;
    Percentiles latency;
    Percentiles cpu;
    QMap<QString, Percentiles> latencyByCategory;
    QMap<QString, int> queriesByCategory;
    int withRunbook = 0;
    int ambiguous = 0;
    int informational = 0;
};

// CPU time of this thread in microseconds: unlike wall time it does not count
// the time the scheduler gave other processes, which on a busy machine is
// most of the tail.
double threadCpuMicros()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e6 + now.tv_nsec / 1e3;
}

double elapsedMs(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<double> &sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(fraction * sorted.size()));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

Percentiles summarise(std::vector<double> micros)
{
    Percentiles result;
    if (micros.empty())
        return result;
    std::sort(micros.begin(), micros.end());
    result.p50 = percentile(micros, 0.50);
    result.p90 = percentile(micros, 0.90);
    result.p99 = percentile(micros, 0.99);
    result.max = micros.back();
    double sum = 0;
    for (double value : micros)
        sum += value;
    result.mean = sum / micros.size();
    return result;
}

// A "VmRSS:" style field of /proc/self/status in MiB; nullopt off Linux.
std::optional<double> procStatusMiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    const QByteArray wanted = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(wanted)) {
            const QList<QByteArray> parts = line.mid(wanted.size()).simplified().split(' ');
            return parts.value(0).toDouble() / 1024.0; // kB
        }
    }
    return std::nullopt;
}

// Gives freed heap back to the system so that the next RSS delta counts
// only what the build keeps, not pages recycled from an earlier size.
void releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so a later VmHWM is the
// peak of what happened in between.
void resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

// One line of --dump: the result as JSON plus every score with 17 digits
// (JSON alone might round).
QByteArray dumpLine(int size, qsizetype query, const icc::MatchResult &match)
{
    QByteArray line = QByteArray::number(size) + ' ' + QByteArray::number(query) + ' ' +
                      QByteArray::number(match.confidence, 'g', 17);
    for (const icc::MatchCandidate &candidate : match.candidates)
        line +=
            ' ' + candidate.runbookId.toUtf8() + '=' + QByteArray::number(candidate.score, 'g', 17);
    line += ' ' + QJsonDocument(match.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return line;
}

SizeResult runSize(int size, const Options &options, const QList<icc::BenchQuery> &queries)
{
    SizeResult result;
    result.runbooks = size;
    const icc::RunbookGenerator generator;
    auto start = Clock::now();
    const QList<icc::Runbook> library = generator.runbooks(size);
    result.generateMs = elapsedMs(start);
    const icc::ConceptLexicon lexicon = icc::ConceptLexicon::builtin();

    const int builds = options.builds > 0 ? options.builds : (size <= 10000 ? 3 : 1);
    std::optional<icc::RunbookMatcher> matcher;
    for (int build = 0; build < builds; ++build) {
        matcher.reset();
        releaseFreeMemory();
        const double rssBefore = procStatusMiB("VmRSS").value_or(0);
        resetPeakRss();
        const double peakBefore = procStatusMiB("VmHWM").value_or(0);
        start = Clock::now();
        matcher.emplace(library, lexicon);
        result.buildMs.push_back(elapsedMs(start));
        if (build == 0) {
            result.rssDeltaMiB = procStatusMiB("VmRSS").value_or(0) - rssBefore;
            result.peakDeltaMiB = procStatusMiB("VmHWM").value_or(0) - peakBefore;
        }
    }
    result.buildMedianMs = median(result.buildMs);

    // Warm-up: caches, lazily built tables, page faults of the index.
    std::optional<QFile> dump;
    if (!options.dumpPath.isEmpty()) {
        dump.emplace(options.dumpPath);
        if (!dump->open(QIODevice::WriteOnly | QIODevice::Append)) {
            std::fprintf(stderr, "bench_matcher: cannot write %s\n", qPrintable(options.dumpPath));
            dump.reset();
        }
    }
    for (qsizetype q = 0; q < queries.size(); ++q) {
        const icc::MatchResult match = matcher->match(queries.at(q).alert);
        if (dump)
            dump->write(dumpLine(size, q, match));
    }

    std::vector<double> all;
    all.reserve(queries.size());
    std::vector<double> cpu;
    cpu.reserve(queries.size());
    std::map<QString, std::vector<double>> byCategory;
    double sink = 0; // keeps the results observable
    for (const icc::BenchQuery &query : queries) {
        const double cpuStart = threadCpuMicros();
        start = Clock::now();
        const icc::MatchResult match = matcher->match(query.alert);
        const double micros =
            std::chrono::duration<double, std::micro>(Clock::now() - start).count();
        cpu.push_back(threadCpuMicros() - cpuStart);
        all.push_back(micros);
        byCategory[query.category].push_back(micros);
        sink += match.confidence;
        result.withRunbook += match.hasRunbook() ? 1 : 0;
        result.ambiguous += match.ambiguous ? 1 : 0;
        result.informational += match.informational ? 1 : 0;
    }
    if (sink < 0)
        std::puts("impossible");
    result.latency = summarise(all);
    result.cpu = summarise(cpu);
    for (auto &[category, micros] : byCategory) {
        result.queriesByCategory.insert(category, static_cast<int>(micros.size()));
        result.latencyByCategory.insert(category, summarise(micros));
    }
    return result;
}

QJsonObject toJson(const Percentiles &p)
{
    return {{QStringLiteral("p50"), p.p50},
            {QStringLiteral("p90"), p.p90},
            {QStringLiteral("p99"), p.p99},
            {QStringLiteral("max"), p.max},
            {QStringLiteral("mean"), p.mean}};
}

QJsonObject toJson(const SizeResult &r, int queryCount)
{
    QJsonArray builds;
    for (double ms : r.buildMs)
        builds.append(ms);
    QJsonObject categories;
    for (auto it = r.latencyByCategory.cbegin(); it != r.latencyByCategory.cend(); ++it) {
        QJsonObject category = toJson(it.value());
        category.insert(QStringLiteral("queries"), r.queriesByCategory.value(it.key()));
        categories.insert(it.key(), category);
    }
    QJsonObject object{
        {QStringLiteral("runbooks"), r.runbooks},
        {QStringLiteral("generate_ms"), r.generateMs},
        {QStringLiteral("build_ms"), builds},
        {QStringLiteral("build_median_ms"), r.buildMedianMs},
        {QStringLiteral("rss_delta_mib"), r.rssDeltaMiB},
        {QStringLiteral("peak_rss_delta_mib"), r.peakDeltaMiB},
        {QStringLiteral("queries"), queryCount},
        {QStringLiteral("latency_us"), toJson(r.latency)},
        {QStringLiteral("thread_cpu_us"), toJson(r.cpu)},
        {QStringLiteral("latency_us_by_category"), categories},
        {QStringLiteral("matched"), r.withRunbook},
        {QStringLiteral("ambiguous"), r.ambiguous},
        {QStringLiteral("informational"), r.informational},
    };
    if (r.runbooks == kTargetSize)
        object.insert(QStringLiteral("meets_p99_target"), r.latency.p99 < kTargetP99Micros);
    return object;
}

void printHeader(QTextStream &out, int queryCount)
{
    out << "icc runbook matcher benchmark: " << queryCount
        << " queries, single thread, latencies in microseconds\n"
        << "build = median wall time of the constructor; RSS = VmRSS growth across the "
           "first build (peak = VmHWM growth)\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("runbooks"), 9)
               .arg(QStringLiteral("build ms"), 10)
               .arg(QStringLiteral("RSS MiB"), 8)
               .arg(QStringLiteral("peak MiB"), 9)
               .arg(QStringLiteral("p50"), 7)
               .arg(QStringLiteral("p90"), 7)
               .arg(QStringLiteral("p99"), 7)
               .arg(QStringLiteral("max"), 8)
               .arg(QStringLiteral("matched"), 8);
    out.flush();
}

void printRow(QTextStream &out, const SizeResult &r, int queryCount)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
               .arg(r.runbooks, 9)
               .arg(r.buildMedianMs, 10, 'f', 0)
               .arg(r.rssDeltaMiB, 8, 'f', 1)
               .arg(r.peakDeltaMiB, 9, 'f', 1)
               .arg(r.latency.p50, 7, 'f', 0)
               .arg(r.latency.p90, 7, 'f', 0)
               .arg(r.latency.p99, 7, 'f', 0)
               .arg(r.latency.max, 8, 'f', 0)
               .arg(QStringLiteral("%1/%2").arg(r.withRunbook).arg(queryCount), 8);
    if (r.runbooks == kTargetSize)
        out << (r.latency.p99 < kTargetP99Micros ? "   p99 < 1 ms: yes" : "   p99 < 1 ms: NO");
    out << '\n';
    QStringList parts;
    for (auto it = r.latencyByCategory.cbegin(); it != r.latencyByCategory.cend(); ++it)
        parts << QStringLiteral("%1 p50 %2 p99 %3")
                     .arg(it.key())
                     .arg(it.value().p50, 0, 'f', 0)
                     .arg(it.value().p99, 0, 'f', 0);
    out << "          thread CPU time: p50 " << QString::number(r.cpu.p50, 'f', 0) << " p90 "
        << QString::number(r.cpu.p90, 'f', 0) << " p99 " << QString::number(r.cpu.p99, 'f', 0)
        << " max " << QString::number(r.cpu.max, 'f', 0) << '\n';
    out << "          by query kind (wall): " << parts.join(QStringLiteral("; ")) << '\n';
    QStringList builds;
    for (double ms : r.buildMs)
        builds << QString::number(ms, 'f', 0);
    out << "          builds ms: " << builds.join(QStringLiteral(", "))
        << "; generating the library took " << QString::number(r.generateMs, 'f', 0)
        << " ms; results: " << r.withRunbook << " runbook, " << r.ambiguous << " ambiguous, "
        << r.informational << " informational\n";
    out.flush();
}

std::optional<Options> parseArguments(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--json") {
            options.json = true;
        } else if (arg == "--sizes" && hasValue) {
            options.sizes.clear();
            for (const QString &part : QString::fromUtf8(argv[++i]).split(QLatin1Char(','))) {
                bool ok = false;
                const int size = part.trimmed().toInt(&ok);
                if (!ok || size <= 0) {
                    std::fprintf(stderr, "bench_matcher: --sizes: not a positive number: %s\n",
                                 qPrintable(part));
                    return std::nullopt;
                }
                options.sizes.push_back(size);
            }
        } else if (arg == "--dump" && hasValue) {
            options.dumpPath = QString::fromLocal8Bit(argv[++i]);
        } else if ((arg == "--queries" || arg == "--builds") && hasValue) {
            bool ok = false;
            const int value = QString::fromUtf8(argv[++i]).toInt(&ok);
            if (!ok || value <= 0) {
                std::fprintf(stderr, "bench_matcher: %s: not a positive number\n", arg.c_str());
                return std::nullopt;
            }
            (arg == "--queries" ? options.queries : options.builds) = value;
        } else {
            std::fprintf(stderr, "usage: bench_matcher [--sizes 1000,10000,100000] [--queries N] "
                                 "[--builds N] [--json] [--dump FILE]\n");
            return std::nullopt;
        }
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    const std::optional<Options> options = parseArguments(argc, argv);
    if (!options)
        return 2;

    const QList<icc::BenchQuery> queries = icc::RunbookGenerator().queries(options->queries);
    QTextStream out(stdout);
    if (!options->json)
        printHeader(out, options->queries);

    QJsonArray results;
    for (int size : options->sizes) {
        const SizeResult result = runSize(size, *options, queries);
        if (options->json)
            results.append(toJson(result, options->queries));
        else
            printRow(out, result, options->queries);
    }
    if (options->json) {
        const QJsonObject document{{QStringLiteral("benchmark"), QStringLiteral("runbook_matcher")},
                                   {QStringLiteral("queries"), options->queries},
                                   {QStringLiteral("target_p99_us_at_10k"), kTargetP99Micros},
                                   {QStringLiteral("results"), results}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    }
    return 0;
}
