#include "ConceptLexicon.h"
#include "NumericCondition.h"
#include "RunbookMatcher.h"
#include "TestPaths.h"
#include "TextAnalyzer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <iterator>
#include <thread>
#include <vector>

using namespace icc;

namespace {

Runbook makeRunbook(const QString &id, const QString &title, const QStringList &tags,
                    const QStringList &symptoms, const QStringList &examples = {},
                    const QMap<QString, QString> &labels = {})
{
    Runbook runbook;
    runbook.id = id;
    runbook.title = title;
    runbook.tags = tags;
    runbook.symptoms = symptoms;
    runbook.examples = examples;
    runbook.matchLabels = labels;
    return runbook;
}

// Ten runbooks written the way operators write them, deliberately not in the
// words of the alerts used below: matching has to go through concepts,
// stems and n-grams, not copy-paste.
QList<Runbook> fixtureRunbooks()
{
    return {
        makeRunbook(QStringLiteral("rb-cpu-high"), QStringLiteral("High CPU usage"),
                    {QStringLiteral("cpu"), QStringLiteral("performance")},
                    {QStringLiteral("CPU usage above 90% sustained for more than 5 minutes"),
                     QStringLiteral("Load average far above the number of cores"),
                     QStringLiteral("Containers throttled by their CPU quota")}),
        makeRunbook(QStringLiteral("rb-memory-oom"), QStringLiteral("Memory exhaustion"),
                    {QStringLiteral("memory")},
                    {QStringLiteral("Process killed by the kernel OOM killer"),
                     QStringLiteral("Memory usage above 90% of the container limit"),
                     QStringLiteral("Heap grows steadily until memory is exhausted")}),
        makeRunbook(QStringLiteral("rb-disk-full"), QStringLiteral("Disk space exhausted"),
                    {QStringLiteral("disk"), QStringLiteral("storage")},
                    {QStringLiteral("Free disk space below 10% on a volume"),
                     QStringLiteral("Writes fail because the filesystem is full"),
                     QStringLiteral("Inode usage above 95%")}),
        makeRunbook(QStringLiteral("rb-latency-high"), QStringLiteral("High request latency"),
                    {QStringLiteral("latency"), QStringLiteral("performance")},
                    {QStringLiteral("p99 latency above 2 s on a service endpoint"),
                     QStringLiteral("Response time degraded for user requests")},
                    {QStringLiteral("Slow responses from the API gateway")}),
        makeRunbook(QStringLiteral("rb-error-rate"), QStringLiteral("Elevated HTTP error rate"),
                    {QStringLiteral("errors"), QStringLiteral("http")},
                    {QStringLiteral("HTTP 5xx error rate above 5% of requests"),
                     QStringLiteral("Upstream answers with bad gateway or service unavailable")}),
        makeRunbook(QStringLiteral("rb-tls-expiry"), QStringLiteral("TLS certificate expiring"),
                    {QStringLiteral("tls"), QStringLiteral("certificates")},
                    {QStringLiteral("Certificate expires within 7 days"),
                     QStringLiteral("Clients reject the TLS handshake")}),
        makeRunbook(QStringLiteral("rb-dns-failure"), QStringLiteral("DNS resolution failing"),
                    {QStringLiteral("dns"), QStringLiteral("network")},
                    {QStringLiteral("Service names do not resolve (SERVFAIL from the resolver)"),
                     QStringLiteral("CoreDNS pods overloaded")}),
        makeRunbook(QStringLiteral("rb-redis-failover"), QStringLiteral("Redis master failover"),
                    {QStringLiteral("redis"), QStringLiteral("cache")},
                    {QStringLiteral("Redis master unreachable and Sentinel promotes a replica"),
                     QStringLiteral("Applications see cache connection errors")}),
        makeRunbook(
            QStringLiteral("rb-crashloop"), QStringLiteral("Pod crash looping"),
            {QStringLiteral("kubernetes"), QStringLiteral("pods")},
            {QStringLiteral("Container keeps restarting and the pod is in CrashLoopBackOff"),
             QStringLiteral("Application exits right after start")}),
        makeRunbook(QStringLiteral("rb-node-not-ready"),
                    QStringLiteral("Kubernetes node not ready"),
                    {QStringLiteral("kubernetes"), QStringLiteral("nodes")},
                    {QStringLiteral("Node reports NotReady to the control plane"),
                     QStringLiteral("Kubelet stopped posting node status"),
                     QStringLiteral("Node unreachable from the control plane")}),
    };
}

const RunbookMatcher &fixtureMatcher()
{
    static const RunbookMatcher matcher(fixtureRunbooks());
    return matcher;
}

QString describe(const MatchResult &result)
{
    return QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// A templated library like the benchmark's, small enough for a unit test:
// many near-duplicate runbooks (kind x service) sharing most of their words,
// so that far more runbooks than the shortlist share features with an alert
// and the top-k pruning of match() has something to prune.
QList<Runbook> generatedRunbooks(int count)
{
    struct Kind
    {
        const char *title;
        const char *tag;
        const char *symptoms[3];
    };
    static const Kind kinds[] = {
        {"High CPU usage on %1",
         "cpu",
         {"CPU usage above 90% on %1", "Load average far above the cores of %1",
          "Containers of %1 throttled by their CPU quota"}},
        {"Memory exhaustion in %1",
         "memory",
         {"Memory usage above 85% of the limit of %1", "%1 killed by the OOM killer",
          "Heap of %1 grows until memory is exhausted"}},
        {"Disk filling up on %1",
         "disk",
         {"Free disk space below 10% on %1", "Writes of %1 fail: filesystem full",
          "Inode usage above 95% on %1"}},
        {"Slow responses from %1",
         "latency",
         {"p99 latency above 2 s on %1", "Response time of %1 degraded",
          "Requests to %1 queue up"}},
        {"Errors returned by %1",
         "errors",
         {"HTTP 5xx error rate above 5% on %1", "%1 answers with bad gateway",
          "Upstream of %1 unavailable"}},
        {"Certificate of %1 expiring",
         "tls",
         {"Certificate of %1 expires within 14 days", "Clients reject the TLS handshake of %1",
          "x509 chain of %1 incomplete"}},
        {"Consumer lag on %1",
         "kafka",
         {"Consumer lag above 10000 messages on %1", "Kafka partitions of %1 under-replicated",
          "%1 consumers rebalance in a loop"}},
        {"Replication lag of %1",
         "database",
         {"Replication lag above 30 s on %1", "Replica of %1 stopped applying WAL",
          "Read queries of %1 return stale data"}},
    };
    static const char *services[] = {"checkout-api", "ledger-worker", "search-gateway",
                                     "billing-db",   "auth-service",  "orders-queue",
                                     "media-cache",  "profile-api",   "inventory-sync",
                                     "payments-api", "email-relay",   "report-batch"};
    QList<Runbook> runbooks;
    quint32 state = 12345;
    auto next = [&state](quint32 bound) {
        state = state * 1664525U + 1013904223U;
        return (state >> 8) % bound;
    };
    for (int i = 0; i < count; ++i) {
        const Kind &kind = kinds[next(std::size(kinds))];
        const QString service = QString::fromLatin1(services[next(std::size(services))]) +
                                QLatin1Char('-') + QString::number(next(40));
        QStringList symptoms;
        const quint32 symptomCount = 1 + next(3);
        for (quint32 s = 0; s < symptomCount; ++s)
            symptoms << QString::fromLatin1(kind.symptoms[(s + i) % 3]).arg(service);
        QMap<QString, QString> labels;
        if (next(3) == 0)
            labels.insert(QStringLiteral("service"), service);
        runbooks << makeRunbook(QStringLiteral("rb-%1").arg(i, 4, 10, QLatin1Char('0')),
                                QString::fromLatin1(kind.title).arg(service),
                                {QString::fromLatin1(kind.tag), service}, symptoms,
                                {QString::fromLatin1(kind.symptoms[next(3)]).arg(service)}, labels);
    }
    return runbooks;
}

// Every score of a result, with all 17 digits: the pruned and the exhaustive
// match must agree bit for bit, not only to the JSON's precision.
QString describeExactly(const MatchResult &result)
{
    QString text = describe(result) + QString::number(result.confidence, 'g', 17);
    for (const MatchCandidate &candidate : result.candidates)
        text += QLatin1Char(' ') + candidate.runbookId + QLatin1Char('=') +
                QString::number(candidate.score, 'g', 17);
    return text;
}
} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT
private slots:
    // --- text analysis -------------------------------------------------------

    void stemsFoldInflections()
    {
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("restarting")), QStringLiteral("restart"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("restarts")), QStringLiteral("restart"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("throttled")),
                 TextAnalyzer::stem(QStringLiteral("throttling")));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("throttle")),
                 TextAnalyzer::stem(QStringLiteral("throttling")));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("exceeded")),
                 TextAnalyzer::stem(QStringLiteral("exceed")));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("pods")), QStringLiteral("pod"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("latencies")), QStringLiteral("latency"));
        // Short words, identifiers and words ending in -is/-us are left alone.
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("dns")), QStringLiteral("dns"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("redis")), QStringLiteral("redis"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("status")), QStringLiteral("status"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("5xx")), QStringLiteral("5xx"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("string")), QStringLiteral("string"));
    }

    void splitsCamelCaseAndKeepsNumbersOut()
    {
        QCOMPARE(TextAnalyzer::splitCamelCase(QStringLiteral("OOMKilled")),
                 (QStringList{QStringLiteral("OOM"), QStringLiteral("Killed")}));
        QCOMPARE(TextAnalyzer::splitCamelCase(QStringLiteral("KubePodCrashLooping")),
                 (QStringList{QStringLiteral("Kube"), QStringLiteral("Pod"),
                              QStringLiteral("Crash"), QStringLiteral("Looping")}));
        QVERIFY(TextAnalyzer::looksNumeric(QStringLiteral("2.4s")));
        QVERIFY(TextAnalyzer::looksNumeric(QStringLiteral("503")));
        QVERIFY(!TextAnalyzer::looksNumeric(QStringLiteral("5xx")));
        QVERIFY(!TextAnalyzer::looksNumeric(QStringLiteral("p99")));

        const QList<TextSegment> segments =
            TextAnalyzer::analyze(QStringLiteral("p99 2.4s, then OOMKilled"));
        QCOMPARE(segments.size(), 3); // two clauses + the camel-case parts
        QCOMPARE(segments.at(0).words.size(), 2);
        QVERIFY(segments.at(0).words.at(1).isNumber);
        QCOMPARE(segments.at(1).words.last().stem, QStringLiteral("oomkill"));
        QCOMPARE(segments.at(2).weight, 0.5);
    }

    // The view-based analysis the matcher uses is the same analysis as the
    // QList<TextSegment> one, also when its memory is reused and for text
    // that is not ASCII (lower-cased through QString::toLower).
    void analysisIntoReusableMemoryMatchesTheListApi()
    {
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("parties")), QStringLiteral("party"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("stopped")), QStringLiteral("stop"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("running")), QStringLiteral("run"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("killed")), QStringLiteral("kill"));
        QCOMPARE(TextAnalyzer::stem(QStringLiteral("classes")), QStringLiteral("class"));

        AnalyzedText analyzed;
        const QStringList texts = {
            QStringLiteral("KubePodCrashLooping: pods restarting; p99 2.4s, 1,000 errors "
                           "(OOMKilled) on checkout-api"),
            QStringLiteral("\u00dcBERLAST auf Stra\u00dfe M\u00fcnchen, ServiceUnavailable"),
            QStringLiteral("x"), QString(),
            QStringLiteral("Disk usage above 90% on /var; InodesLow, free 1.4% left")};
        for (const QString &text : texts) {
            TextAnalyzer::analyze(text, analyzed);
            const QList<TextSegment> expected = TextAnalyzer::analyze(text);
            QCOMPARE(qsizetype(analyzed.segments().size()), expected.size());
            for (qsizetype s = 0; s < expected.size(); ++s) {
                const AnalyzedText::Segment &segment = analyzed.segments()[size_t(s)];
                QCOMPARE(segment.weight, expected.at(s).weight);
                const auto words = analyzed.words(segment);
                QCOMPARE(qsizetype(words.size()), expected.at(s).words.size());
                for (qsizetype w = 0; w < expected.at(s).words.size(); ++w) {
                    const AnalyzedWord &word = expected.at(s).words.at(w);
                    QCOMPARE(words[size_t(w)].surface.toString(), word.surface);
                    QCOMPARE(words[size_t(w)].stem.toString(), word.stem);
                    QCOMPARE(words[size_t(w)].stem.toString(), TextAnalyzer::stem(word.surface));
                    QCOMPARE(words[size_t(w)].isNumber, word.isNumber);
                    QCOMPARE(words[size_t(w)].isStopWord, word.isStopWord);
                }
            }
        }
        TextAnalyzer::analyze(texts.at(1), analyzed);
        QCOMPARE(analyzed.words(analyzed.segments().front())[0].surface.toString(),
                 QStringLiteral("\u00fcberlast"));
    }

    // --- concept lexicon -----------------------------------------------------

    void builtinLexiconEqualsShippedFile()
    {
        const QString shipped = readFile(QString::fromUtf8(icc::test::kResourcesDir) +
                                         QStringLiteral("/lexicon/concepts.yaml"));
        QVERIFY(!shipped.isEmpty());
        QCOMPARE(ConceptLexicon::builtinYaml(), shipped);

        QString error;
        const auto parsed =
            ConceptLexicon::fromYaml(shipped, QStringLiteral("concepts.yaml"), &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QVERIFY(parsed->size() >= 25);
        QCOMPARE(ConceptLexicon::builtin().size(), parsed->size());
    }

    void lexiconMapsOperatorVocabularyToConcepts()
    {
        const ConceptLexicon lexicon = ConceptLexicon::builtin();
        QVERIFY(lexicon.conceptsIn(QStringLiteral("OOMKilled")).contains(QStringLiteral("memory")));
        QVERIFY(lexicon.conceptsIn(QStringLiteral("memory exhaustion"))
                    .contains(QStringLiteral("memory")));
        QVERIFY(lexicon.conceptsIn(QStringLiteral("Out of memory: Killed process 4711"))
                    .contains(QStringLiteral("memory")));
        QVERIFY(
            lexicon.conceptsIn(QStringLiteral("HTTP 503")).contains(QStringLiteral("error_rate")));
        QVERIFY(
            lexicon.conceptsIn(QStringLiteral("Heartbeat lost")).contains(QStringLiteral("down")));
        QVERIFY(lexicon.conceptsIn(QStringLiteral("consumer lag growing"))
                    .contains(QStringLiteral("queue_backlog")));
        QVERIFY(lexicon.conceptsIn(QStringLiteral("pod keeps restarting"))
                    .contains(QStringLiteral("crash_loop")));
        // A phrase matches only as a whole, in order.
        QVERIFY(!lexicon.conceptsIn(QStringLiteral("left space")).contains(QStringLiteral("disk")));
        QVERIFY(lexicon.conceptsIn(QStringLiteral("cake and coffee")).isEmpty());
    }

    void lexiconErrorsNameFileAndLine_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("expectedPrefix");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("syntax") << QStringLiteral("concepts:\n  memory: [oom, rss\n")
                                << QStringLiteral("custom.yaml:3:") << QString();
        QTest::newRow("unknown key")
            << QStringLiteral("concepts:\n  cpu: [cpu]\nconcept:\n  x: [y]\n")
            << QStringLiteral("custom.yaml:3:") << QStringLiteral("unknown key 'concept'");
        QTest::newRow("bad id") << QStringLiteral("concepts:\n  cpu: [cpu]\n  Error-Rate: [5xx]\n")
                                << QStringLiteral("custom.yaml:3:")
                                << QStringLiteral("lower_snake_case");
        QTest::newRow("no terms") << QStringLiteral("concepts:\n  cpu: [cpu]\n  disk: []\n")
                                  << QStringLiteral("custom.yaml:3:")
                                  << QStringLiteral("non-empty list");
        QTest::newRow("duplicate id")
            << QStringLiteral("concepts:\n  cpu: [cpu]\n  disk: [disk]\n  cpu: [load]\n")
            << QStringLiteral("custom.yaml:4:") << QStringLiteral("defined twice");
        QTest::newRow("term twice after normalising")
            << QStringLiteral("concepts:\n  crash_loop:\n    - restart\n    - restarting\n")
            << QStringLiteral("custom.yaml:4:") << QStringLiteral("listed twice");
        QTest::newRow("term not a string")
            << QStringLiteral("concepts:\n  cpu:\n    - cpu\n    - {a: b}\n")
            << QStringLiteral("custom.yaml:4:") << QStringLiteral("must be a string");
        QTest::newRow("no concepts")
            << QStringLiteral("version: 1\n") << QStringLiteral("custom.yaml:1:")
            << QStringLiteral("missing 'concepts'");
    }

    void lexiconErrorsNameFileAndLine()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, expectedPrefix);
        QFETCH(QString, expectedWords);
        QString error;
        const auto lexicon = ConceptLexicon::fromYaml(yaml, QStringLiteral("custom.yaml"), &error);
        QVERIFY(!lexicon.has_value());
        QVERIFY2(error.startsWith(expectedPrefix), qPrintable(error));
        QVERIFY2(error.contains(expectedWords), qPrintable(error));
    }

    // --- numeric conditions --------------------------------------------------

    void parsesConditions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("comparison");
        QTest::addColumn<double>("baseThreshold");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("subjectStem");
        using C = NumericCondition::Comparison;
        QTest::newRow("above %") << QStringLiteral("CPU usage above 90%") << int(C::Greater) << 90.0
                                 << QStringLiteral("%") << QStringLiteral("cpu");
        QTest::newRow("> %") << QStringLiteral("memory > 90%") << int(C::Greater) << 90.0
                             << QStringLiteral("%") << QStringLiteral("memory");
        QTest::newRow("over s") << QStringLiteral("p99 latency over 2 s") << int(C::Greater) << 2.0
                                << QStringLiteral("s") << QStringLiteral("p99");
        QTest::newRow("greater than ms")
            << QStringLiteral("response time greater than 500 ms") << int(C::Greater) << 0.5
            << QStringLiteral("ms") << QStringLiteral("respons");
        QTest::newRow("below %") << QStringLiteral("free disk space below 10%") << int(C::Less)
                                 << 10.0 << QStringLiteral("%") << QStringLiteral("disk");
        QTest::newRow("< GB") << QStringLiteral("available memory < 5 GB") << int(C::Less)
                              << 5.0 * 1024 * 1024 * 1024 << QStringLiteral("GB")
                              << QStringLiteral("memory");
        QTest::newRow("within days")
            << QStringLiteral("certificate expires within 7 days") << int(C::LessOrEqual)
            << 7.0 * 86400 << QStringLiteral("days") << QStringLiteral("expir");
        QTest::newRow("more than messages")
            << QStringLiteral("consumer lag more than 1,000 messages") << int(C::Greater) << 1000.0
            << QStringLiteral("count") << QStringLiteral("lag");
        QTest::newRow("at least min")
            << QStringLiteral("replication lag at least 5min") << int(C::GreaterOrEqual) << 300.0
            << QStringLiteral("min") << QStringLiteral("replication");
    }

    void parsesConditions()
    {
        QFETCH(QString, text);
        QFETCH(int, comparison);
        QFETCH(double, baseThreshold);
        QFETCH(QString, unit);
        QFETCH(QString, subjectStem);
        const QList<NumericCondition> conditions = NumericCondition::parse(text);
        QCOMPARE(conditions.size(), 1);
        const NumericCondition &condition = conditions.first();
        QCOMPARE(int(condition.comparison), comparison);
        QCOMPARE(condition.threshold.baseValue, baseThreshold);
        QCOMPARE(condition.threshold.unit, unit);
        QVERIFY2(condition.subject.contains(subjectStem), qPrintable(condition.subject.join(u',')));
        QVERIFY(!condition.sustain);
    }

    void sustainDurationsAreNotReadings()
    {
        const QList<NumericCondition> conditions = NumericCondition::parse(
            QStringLiteral("CPU usage above 90% sustained for more than 5 minutes"));
        QCOMPARE(conditions.size(), 2);
        QVERIFY(!conditions.at(0).sustain);
        QVERIFY(conditions.at(1).sustain);
        Quantity latency;
        latency.value = latency.baseValue = 2.4;
        latency.dimension = QuantityDimension::Duration;
        QCOMPARE(conditions.at(1).check(latency), ConditionVerdict::Unknown);
    }

    void findsReadingsInAlertText()
    {
        const QList<Quantity> readings = NumericCondition::readings(
            QStringLiteral("CPU at 97% on web-3, p99 2.4s; cert expires in 5 days, node-17 503"));
        QCOMPARE(readings.size(), 3);
        QCOMPARE(readings.at(0).baseValue, 97.0);
        QCOMPARE(readings.at(0).context, QStringList{QStringLiteral("cpu")});
        QCOMPARE(readings.at(1).baseValue, 2.4);
        QVERIFY(readings.at(1).context.contains(QStringLiteral("p99")));
        QCOMPARE(readings.at(2).baseValue, 5.0 * 86400);
        // A threshold stated by the alert is a claim, not a reading.
        QVERIFY(NumericCondition::readings(QStringLiteral("CPU above 90%")).isEmpty());
    }

    void checksReadingsValuesAndClaims()
    {
        const NumericCondition cpu =
            NumericCondition::parse(QStringLiteral("CPU above 90%")).first();
        QCOMPARE(cpu.check(NumericCondition::readings(QStringLiteral("CPU at 97%")).first()),
                 ConditionVerdict::Met);
        QCOMPARE(cpu.check(NumericCondition::readings(QStringLiteral("CPU at 50%")).first()),
                 ConditionVerdict::Failed);
        QCOMPARE(cpu.check(NumericCondition::fromValue(QStringLiteral("cpu_percent"), 95)),
                 ConditionVerdict::Met);
        QCOMPARE(cpu.check(NumericCondition::fromValue(QStringLiteral("cpu_usage_ratio"), 0.5)),
                 ConditionVerdict::Failed);
        // Incompatible units decide nothing.
        QCOMPARE(cpu.check(NumericCondition::fromValue(QStringLiteral("cpu_seconds"), 500)),
                 ConditionVerdict::Unknown);

        const NumericCondition latency =
            NumericCondition::parse(QStringLiteral("latency greater than 500 ms")).first();
        QCOMPARE(latency.check(NumericCondition::readings(QStringLiteral("latency 2.4s")).first()),
                 ConditionVerdict::Met);
        QCOMPARE(latency.check(NumericCondition::fromValue(QStringLiteral("latency_ms"), 120)),
                 ConditionVerdict::Failed);

        const auto claim = [](const char *text) {
            return NumericCondition::parse(QString::fromLatin1(text)).first();
        };
        QCOMPARE(cpu.checkClaim(claim("CPU above 95%")), ConditionVerdict::Met);
        QCOMPARE(cpu.checkClaim(claim("CPU above 80%")), ConditionVerdict::Unknown);
        QCOMPARE(cpu.checkClaim(claim("CPU below 40%")), ConditionVerdict::Failed);
    }

    // --- matching ------------------------------------------------------------

    void matchesTerseRealWorldAlerts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("oom") << QStringLiteral("OOMKilled container api-7f9 in prod")
                             << QStringLiteral("rb-memory-oom");
        QTest::newRow("503") << QStringLiteral("HTTP 503 rate 12% on checkout")
                             << QStringLiteral("rb-error-rate");
        QTest::newRow("heartbeat")
            << QStringLiteral("Heartbeat lost from node-17") << QStringLiteral("rb-node-not-ready");
        QTest::newRow("p99") << QStringLiteral("p99 2.4s on /search")
                             << QStringLiteral("rb-latency-high");
        QTest::newRow("sentinel") << QStringLiteral("Redis sentinel failover in progress")
                                  << QStringLiteral("rb-redis-failover");
        QTest::newRow("x509") << QStringLiteral("x509: certificate has expired or is not yet valid")
                              << QStringLiteral("rb-tls-expiry");
        QTest::newRow("cert days")
            << QStringLiteral("Certificate for api.example.com expires in 5 days")
            << QStringLiteral("rb-tls-expiry");
        QTest::newRow("nxdomain") << QStringLiteral("NXDOMAIN looking up payments.internal")
                                  << QStringLiteral("rb-dns-failure");
        QTest::newRow("backoff") << QStringLiteral(
                                        "Back-off restarting failed container web in pod web-5")
                                 << QStringLiteral("rb-crashloop");
        QTest::newRow("alertname")
            << QStringLiteral("KubePodCrashLooping") << QStringLiteral("rb-crashloop");
        QTest::newRow("no space") << QStringLiteral(
                                         "No space left on device writing /var/lib/postgresql")
                                  << QStringLiteral("rb-disk-full");
        QTest::newRow("cpu 97") << QStringLiteral("CPU at 97% on web-3")
                                << QStringLiteral("rb-cpu-high");
    }

    void matchesTerseRealWorldAlerts()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const MatchResult result = fixtureMatcher().matchText(text);
        QVERIFY2(result.runbookId == expected, qPrintable(describe(result)));
        QVERIFY(result.confidence >= MatcherOptions().minConfidence);
        QVERIFY(!result.ambiguous);
        QVERIFY(!result.informational);
        QCOMPARE(result.candidates.first().runbookId, expected);
    }

    void matchesOnAlertLabelsAndDescription()
    {
        Alert alert;
        alert.summary = QStringLiteral("Container restarted 6 times in 10 minutes");
        alert.labels.insert(QStringLiteral("alertname"), QStringLiteral("KubePodCrashLooping"));
        alert.labels.insert(QStringLiteral("namespace"), QStringLiteral("shop"));
        alert.labels.insert(QStringLiteral("severity"), QStringLiteral("critical"));
        const MatchResult result = fixtureMatcher().match(alert);
        QVERIFY2(result.runbookId == QStringLiteral("rb-crashloop"), qPrintable(describe(result)));
    }

    void failedNumericConditionExcludesRunbook()
    {
        const MatchResult high = fixtureMatcher().matchText(QStringLiteral("CPU at 97% on web-3"));
        QCOMPARE(high.runbookId, QStringLiteral("rb-cpu-high"));
        QCOMPARE(high.explanation.conditionsMet.size(), 1);
        QVERIFY(high.explanation.conditionsMet.first().contains(QStringLiteral("above 90%")));
        QVERIFY(high.explanation.conditionsMet.first().contains(QStringLiteral("97%")));

        const MatchResult normal =
            fixtureMatcher().matchText(QStringLiteral("CPU at 50%, normal traffic"));
        QVERIFY2(normal.runbookId.isEmpty(), qPrintable(describe(normal)));
        QVERIFY(normal.confidence < MatcherOptions().minConfidence);
        QCOMPARE(normal.explanation.conditionsFailed.size(), 1);
        QVERIFY(normal.explanation.conditionsFailed.first().contains(QStringLiteral("50%")));
        // A healthy reading of what the runbook watches: nothing to do, and why.
        QVERIFY(normal.informational);
        QVERIFY2(normal.informationalReason.contains(QStringLiteral("50%")),
                 qPrintable(normal.informationalReason));
    }

    void readingBoundByConceptVetoes()
    {
        // "disk" and "filesystem" share no word, only the disk concept; a
        // healthy reading through that concept is still a healthy reading.
        const RunbookMatcher matcher({makeRunbook(
            QStringLiteral("rb-logs-full"), QStringLiteral("Log volume filling up"),
            {QStringLiteral("disk")},
            {QStringLiteral("Filesystem usage above 90% on /var/log"),
             QStringLiteral("No space left on device errors in the application logs")})});
        const MatchResult healthy =
            matcher.matchText(QStringLiteral("disk usage 40% on /var/log on web-2"));
        QVERIFY2(healthy.runbookId.isEmpty(), qPrintable(describe(healthy)));
        QCOMPARE(healthy.explanation.conditionsFailed.size(), 1);
        const MatchResult full =
            matcher.matchText(QStringLiteral("disk usage 97% on /var/log on web-2"));
        QCOMPARE(full.runbookId, QStringLiteral("rb-logs-full"));
    }

    void laterAlternativeInheritsTheSubject()
    {
        // "... or more than 10% of wall time" measures GC time too.
        const RunbookMatcher matcher(
            {makeRunbook(QStringLiteral("rb-gc"), QStringLiteral("Long garbage collection pauses"),
                         {QStringLiteral("jvm")},
                         {QStringLiteral("GC pause time above 1 s or more than 10% of wall time"),
                          QStringLiteral("Old generation above 90% after full collections")})});
        const MatchResult result =
            matcher.matchText(QStringLiteral("Time spent in GC 23% on recommendation-service"));
        QCOMPARE(result.runbookId, QStringLiteral("rb-gc"));
        QCOMPARE(result.explanation.conditionsMet.size(), 1);
        QVERIFY(result.explanation.conditionsMet.first().contains(QStringLiteral("wall time")));
    }

    void multiplesAreReadings()
    {
        NumericCondition condition =
            NumericCondition::parse(QStringLiteral("Request rate above 3x the normal peak"))
                .constFirst();
        QCOMPARE(condition.threshold.dimension, QuantityDimension::Multiple);
        const QList<Quantity> readings =
            NumericCondition::readings(QStringLiteral("Storefront traffic 1.3x normal peak"));
        QCOMPARE(readings.size(), 1);
        QVERIFY(condition.check(readings.constFirst()) == ConditionVerdict::Failed);
        QVERIFY(condition.check(NumericCondition::readings(QStringLiteral("traffic 4.5x normal"))
                                    .constFirst()) == ConditionVerdict::Met);
        // Hex is not a multiple.
        QVERIFY(NumericCondition::readings(QStringLiteral("error code 0x1f")).isEmpty());
    }

    void autoscalerBelowItsCeilingIsInformational()
    {
        for (const char *text : {"HPA shop/checkout-api scaled from 6 to 9 replicas (max 30)",
                                 "Storefront busy during newsletter send, HPA at 12/40"}) {
            const MatchResult result = fixtureMatcher().matchText(QString::fromLatin1(text));
            QVERIFY2(result.informational, text);
            QVERIFY(result.informationalReason.contains(QStringLiteral("ceiling")));
        }
        for (const char *text : {"HPA shop/checkout-api scaled from 10 to 30 replicas (max 30)",
                                 "HPA at 40/40 for 20 minutes"}) {
            QVERIFY2(!fixtureMatcher().matchText(QString::fromLatin1(text)).informational, text);
        }
    }

    void numericConditionsReadAlertValues()
    {
        Alert alert;
        alert.summary = QStringLiteral("High CPU on web-3");
        alert.values.insert(QStringLiteral("cpu_percent"), 45.0);
        const MatchResult low = fixtureMatcher().match(alert);
        QVERIFY2(low.runbookId.isEmpty(), qPrintable(describe(low)));
        QCOMPARE(low.explanation.conditionsFailed.size(), 1);

        alert.values.insert(QStringLiteral("cpu_percent"), 98.5);
        const MatchResult high = fixtureMatcher().match(alert);
        QCOMPARE(high.runbookId, QStringLiteral("rb-cpu-high"));
        QCOMPARE(high.explanation.conditionsMet.size(), 1);

        // No number at all: neutral, still matched on the words.
        alert.values.clear();
        const MatchResult neutral = fixtureMatcher().match(alert);
        QCOMPARE(neutral.runbookId, QStringLiteral("rb-cpu-high"));
        QVERIFY(neutral.explanation.conditionsMet.isEmpty());
        QVERIFY(neutral.explanation.conditionsFailed.isEmpty());
        QVERIFY(high.confidence > neutral.confidence);
    }

    void informationalAlertsGetNoRunbook_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("deployment completed") << QStringLiteral("Deployment completed");
        QTest::newRow("deploy succeeded")
            << QStringLiteral("Deploy succeeded for checkout v2.3.1 in prod");
        QTest::newRow("resolved tag") << QStringLiteral("[RESOLVED] CPU at 97% on web-3");
        QTest::newRow("recovered") << QStringLiteral("Redis master recovered on cache-2");
        QTest::newRow("maintenance")
            << QStringLiteral("Scheduled maintenance window for db-1: node will be down");
        QTest::newRow("test alert")
            << QStringLiteral("Test alert from Alertmanager, please ignore");
        QTest::newRow("fyi") << QStringLiteral("FYI: nightly backup finished");
    }

    void informationalAlertsGetNoRunbook()
    {
        QFETCH(QString, text);
        const MatchResult result = fixtureMatcher().matchText(text);
        QVERIFY2(result.informational, qPrintable(describe(result)));
        QVERIFY(result.runbookId.isEmpty());
    }

    void resolvedStatusIsInformational()
    {
        Alert alert;
        alert.summary = QStringLiteral("OOMKilled container api-7f9 in prod");
        QCOMPARE(fixtureMatcher().match(alert).runbookId, QStringLiteral("rb-memory-oom"));
        alert.status = Alert::Status::Resolved;
        const MatchResult result = fixtureMatcher().match(alert);
        QVERIFY(result.informational);
        QVERIFY(result.runbookId.isEmpty());
        // Candidates stay for context; they are not a proposal.
        QCOMPARE(result.candidates.first().runbookId, QStringLiteral("rb-memory-oom"));
    }

    void severityInfoNeedsInformationalWording()
    {
        Alert alert;
        alert.severity = QStringLiteral("info");
        alert.summary = QStringLiteral("Rollout of search v14 finished");
        QVERIFY(RunbookMatcher::isInformational(alert));
        alert.severity = QStringLiteral("warning");
        QVERIFY(!RunbookMatcher::isInformational(alert));
        alert.severity = QStringLiteral("info");
        alert.summary = QStringLiteral("Disk usage 85% on db-1");
        QVERIFY(!RunbookMatcher::isInformational(alert));
    }

    void problemsAreNotMistakenForInformation()
    {
        // Negated or contradicted cues must not silence a real problem.
        for (const char *text : {"Host api.internal could not be resolved",
                                 "Deployment failed: pods crash looping after rollout",
                                 "Maintenance job failed with disk full on backup-1",
                                 "Pod cannot be scheduled on any node"}) {
            Alert alert;
            alert.summary = QString::fromLatin1(text);
            QVERIFY2(!RunbookMatcher::isInformational(alert), text);
        }
    }

    void novelAlertsGetNoRunbook_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("coffee") << QStringLiteral("Coffee machine on floor 3 is out of beans");
        QTest::newRow("sales") << QStringLiteral("Quarterly sales report generated for EMEA");
        QTest::newRow("gibberish") << QStringLiteral("zzkq vortex blorp 42");
        QTest::newRow("empty") << QString();
    }

    void novelAlertsGetNoRunbook()
    {
        QFETCH(QString, text);
        const MatchResult result = fixtureMatcher().matchText(text);
        QVERIFY2(result.runbookId.isEmpty(), qPrintable(describe(result)));
        QVERIFY(result.confidence < MatcherOptions().minConfidence);
        QVERIFY(!result.ambiguous);
        QVERIFY(!result.informational);
    }

    void conceptsCarryMatchesWithoutSharedWords()
    {
        // "NXDOMAIN" shares no word with the DNS runbook; only the lexicon links them.
        const QString text = QStringLiteral("NXDOMAIN looking up payments.internal");
        QCOMPARE(fixtureMatcher().matchText(text).runbookId, QStringLiteral("rb-dns-failure"));
        const RunbookMatcher withoutConcepts(fixtureRunbooks(), ConceptLexicon());
        QVERIFY(withoutConcepts.matchText(text).runbookId.isEmpty());
    }

    void ambiguousWhenTopTwoAreTooClose()
    {
        QList<Runbook> runbooks = fixtureRunbooks();
        Runbook twin = runbooks.at(7); // rb-redis-failover
        QCOMPARE(twin.id, QStringLiteral("rb-redis-failover"));
        twin.id = QStringLiteral("rb-redis-failover-eu");
        runbooks << twin;
        const RunbookMatcher matcher(runbooks);
        const MatchResult result =
            matcher.matchText(QStringLiteral("Redis sentinel failover in progress"));
        QVERIFY2(result.ambiguous, qPrintable(describe(result)));
        QVERIFY(result.runbookId.isEmpty());
        QVERIFY(result.confidence >= MatcherOptions().minConfidence);
        QCOMPARE(result.candidates.size(), 5);
        QCOMPARE(result.candidates.at(0).score, result.candidates.at(1).score);

        MatcherOptions decisive;
        decisive.ambiguityMargin = 0.0;
        const RunbookMatcher noMargin(runbooks, ConceptLexicon::builtin(), decisive);
        const MatchResult picked =
            noMargin.matchText(QStringLiteral("Redis sentinel failover in progress"));
        QVERIFY(!picked.ambiguous);
        QCOMPARE(picked.runbookId, QStringLiteral("rb-redis-failover")); // ties break by id
    }

    void labelSelectorsMustAllHold()
    {
        QList<Runbook> runbooks = fixtureRunbooks();
        runbooks << makeRunbook(QStringLiteral("rb-payments-errors"),
                                QStringLiteral("Payments API failing"),
                                {QStringLiteral("payments")},
                                {QStringLiteral("Payment authorisations fail with HTTP 5xx")}, {},
                                {{QStringLiteral("service"), QStringLiteral("payments")},
                                 {QStringLiteral("env"), QStringLiteral("prod")}});
        const RunbookMatcher matcher(runbooks);

        Alert alert;
        alert.summary = QStringLiteral("HTTP 503 rate 12% on checkout");
        alert.labels.insert(QStringLiteral("service"), QStringLiteral("payments"));
        alert.labels.insert(QStringLiteral("env"), QStringLiteral("prod"));
        const MatchResult selected = matcher.match(alert);
        QVERIFY2(selected.runbookId == QStringLiteral("rb-payments-errors"),
                 qPrintable(describe(selected)));
        QCOMPARE(selected.explanation.matchedLabels,
                 (QStringList{QStringLiteral("env=prod"), QStringLiteral("service=payments")}));

        auto scoreOf = [](const MatchResult &result, const QString &id) {
            for (const MatchCandidate &candidate : result.candidates) {
                if (candidate.runbookId == id)
                    return candidate.score;
            }
            return 0.0;
        };
        const QString payments = QStringLiteral("rb-payments-errors");

        // A label the alert names differently gives no bonus, and excludes
        // nothing: the text still decides.
        alert.labels.insert(QStringLiteral("env"), QStringLiteral("staging"));
        const MatchResult differing = matcher.match(alert);
        QVERIFY(differing.runbookId != payments);
        QVERIFY(differing.explanation.matchedLabels.isEmpty());
        QVERIFY(scoreOf(differing, payments) < scoreOf(selected, payments));

        // A label the alert does not carry at all is neutral as well.
        alert.labels.clear();
        const MatchResult unlabelled = matcher.match(alert);
        QVERIFY(unlabelled.explanation.matchedLabels.isEmpty());
        QVERIFY(scoreOf(unlabelled, payments) < scoreOf(selected, payments));
    }

    void textAlertMatchesRunbookWithSelector()
    {
        // A pager text never carries alertname: a selector must not hide the
        // runbook whose symptoms the text describes.
        QList<Runbook> runbooks = fixtureRunbooks();
        for (Runbook &runbook : runbooks) {
            if (runbook.id == QStringLiteral("rb-crashloop"))
                runbook.matchLabels.insert(QStringLiteral("alertname"),
                                           QStringLiteral("KubePodCrashLooping"));
        }
        const RunbookMatcher matcher(runbooks);
        const MatchResult result =
            matcher.matchText(QStringLiteral("Pod shop/checkout is crash looping, 7 restarts"));
        QVERIFY2(result.runbookId == QStringLiteral("rb-crashloop"), qPrintable(describe(result)));
    }

    void explanationSaysWhy()
    {
        const MatchResult result =
            fixtureMatcher().matchText(QStringLiteral("OOMKilled container api-7f9 in prod"));
        QCOMPARE(result.runbookId, QStringLiteral("rb-memory-oom"));
        QVERIFY(result.explanation.matchedConcepts.contains(QStringLiteral("memory")));
        QVERIFY(!result.explanation.matchedTerms.isEmpty());
        QVERIFY2(result.explanation.matchedTerms.contains(QStringLiteral("oom")),
                 qPrintable(result.explanation.matchedTerms.join(u',')));
        // Identifiers of the alert never count as evidence.
        QVERIFY(!result.explanation.matchedTerms.contains(QStringLiteral("7f9")));

        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("runbook")).toString(), QStringLiteral("rb-memory-oom"));
        QVERIFY(json.value(QStringLiteral("explanation"))
                    .toObject()
                    .value(QStringLiteral("concepts"))
                    .toArray()
                    .contains(QStringLiteral("memory")));
    }

    void confidenceIsCalibrated()
    {
        QCOMPARE(RunbookMatcher::calibrate(0.0), 0.0);
        QCOMPARE(RunbookMatcher::calibrate(-1.0), 0.0);
        QVERIFY(RunbookMatcher::calibrate(5.0) <= 1.0);
        double previous = 0.0;
        for (double s = 0.05; s <= 1.5; s += 0.05) {
            QVERIFY(RunbookMatcher::calibrate(s) > previous);
            previous = RunbookMatcher::calibrate(s);
        }

        const QStringList texts = {
            QStringLiteral("OOMKilled container api-7f9 in prod"),
            QStringLiteral("HTTP 503 rate 12% on checkout"),
            QStringLiteral("CPU at 50%, normal traffic"),
            QStringLiteral("Coffee machine on floor 3 is out of beans"),
            QStringLiteral("Certificate for api.example.com expires in 5 days"),
        };
        for (const QString &text : texts) {
            const MatchResult result = fixtureMatcher().matchText(text);
            QVERIFY(result.confidence >= 0.0 && result.confidence <= 1.0);
            QVERIFY(result.candidates.size() <= MatcherOptions().maxCandidates);
            for (qsizetype i = 0; i < result.candidates.size(); ++i) {
                const double score = result.candidates.at(i).score;
                QVERIFY(score >= 0.0 && score <= 1.0);
                if (i > 0)
                    QVERIFY(score <= result.candidates.at(i - 1).score);
            }
        }
    }

    void optionsBoundCandidatesAndThreshold()
    {
        MatcherOptions options;
        options.maxCandidates = 2;
        options.minConfidence = 0.99;
        const RunbookMatcher strict(fixtureRunbooks(), ConceptLexicon::builtin(), options);
        const MatchResult result = strict.matchText(QStringLiteral("Heartbeat lost from node-17"));
        QCOMPARE(result.candidates.size(), 2);
        QVERIFY(result.runbookId.isEmpty()); // below the raised threshold
        QCOMPARE(result.candidates.first().runbookId, QStringLiteral("rb-node-not-ready"));
    }

    void matchingIsDeterministic()
    {
        const RunbookMatcher first(fixtureRunbooks());
        const RunbookMatcher second(fixtureRunbooks());
        for (const QString &text : {QStringLiteral("OOMKilled container api-7f9 in prod"),
                                    QStringLiteral("Heartbeat lost from node-17"),
                                    QStringLiteral("Quarterly sales report generated for EMEA"),
                                    QStringLiteral("CPU at 50%, normal traffic")}) {
            const QJsonObject a = first.matchText(text).toJson();
            QCOMPARE(first.matchText(text).toJson(), a);
            QCOMPARE(second.matchText(text).toJson(), a);
        }
    }

    // match() keeps its accumulators in per-thread scratch memory that must be
    // all zero again after every match: a leftover from an earlier alert, from
    // a larger library or from another thread would change scores.
    void matchScratchLeavesNoTrace()
    {
        const RunbookMatcher small(fixtureRunbooks());
        QList<Runbook> more = fixtureRunbooks();
        for (int i = 0; i < 40; ++i) {
            more << makeRunbook(
                QStringLiteral("rb-filler-%1").arg(i),
                QStringLiteral("Filler %1 queue backlog").arg(i), {QStringLiteral("queue")},
                {QStringLiteral("Queue backlog above 1000 messages on worker %1").arg(i)});
        }
        const RunbookMatcher large(more);
        const QStringList texts = {QStringLiteral("OOMKilled container api-7f9 in prod"),
                                   QStringLiteral("Heartbeat lost from node-17"),
                                   QStringLiteral("Queue backlog at 5000 messages on worker 3"),
                                   QStringLiteral("CPU at 50%, normal traffic")};
        QList<QJsonObject> smallExpected;
        QList<QJsonObject> largeExpected;
        for (const QString &text : texts) {
            smallExpected << RunbookMatcher(fixtureRunbooks()).matchText(text).toJson();
            largeExpected << RunbookMatcher(more).matchText(text).toJson();
        }
        // Interleaved on one thread: large, small, large...
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QCOMPARE(large.matchText(texts.at(i)).toJson(), largeExpected.at(i));
            QCOMPARE(small.matchText(texts.at(i)).toJson(), smallExpected.at(i));
        }
        // Concurrently, both matchers shared by several threads.
        constexpr int kThreads = 4;
        std::vector<QList<QJsonObject>> seen(kThreads);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 5; ++round) {
                    for (const QString &text : texts) {
                        const RunbookMatcher &matcher = (round + t) % 2 ? small : large;
                        seen[size_t(t)] << matcher.matchText(text).toJson();
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (int t = 0; t < kThreads; ++t) {
            for (int round = 0; round < 5; ++round) {
                const QList<QJsonObject> &expected =
                    (round + t) % 2 ? smallExpected : largeExpected;
                for (qsizetype i = 0; i < texts.size(); ++i)
                    QCOMPARE(seen[size_t(t)].at(round * texts.size() + i), expected.at(i));
            }
        }
    }

    // Top-k pruning must not change a single result: the same alerts against
    // the same library, pruned and exhaustive, give identical results.
    void topKPruningKeepsResultsIdentical()
    {
        QList<Runbook> library = generatedRunbooks(600);
        // Selectors two alert labels spell alike ("a" = "b=c" and "a=b" =
        // "c" both read "a=b=c"): the bonus must count once in the bounds.
        for (int i = 0; i < 16; ++i) {
            library << makeRunbook(QStringLiteral("rb-selector-%1").arg(i),
                                   QStringLiteral("Quarterly audit export %1").arg(i),
                                   {QStringLiteral("audit")},
                                   {QStringLiteral("Audit export job %1 is late").arg(i)}, {},
                                   {{QStringLiteral("a"), QStringLiteral("b=c")}});
        }
        MatcherOptions exhaustiveOptions;
        exhaustiveOptions.pruneTopK = false;
        const RunbookMatcher pruned(library);
        const RunbookMatcher exhaustive(library, ConceptLexicon::builtin(), exhaustiveOptions);
        QVERIFY(pruned.options().pruneTopK);

        QList<Alert> alerts;
        const QStringList texts = {
            QStringLiteral("CPU usage 97% on checkout-api-7"),
            QStringLiteral("checkout-api-7 CPU pegged, load average 40"),
            QStringLiteral("memory usage above 90% on ledger-worker-3"),
            QStringLiteral("OOMKilled: payments-api-12"),
            QStringLiteral("disk almost full on billing-db-1, 3% free"),
            QStringLiteral("ENOSPC writing to /var/lib on report-batch-9"),
            QStringLiteral("p99 latency 4.2 s on search-gateway-22"),
            QStringLiteral("slow responses from profile-api"),
            QStringLiteral("HTTP 503 errors from auth-service-5"),
            QStringLiteral("x509: certificate has expired for email-relay-30"),
            QStringLiteral("certificate of media-cache-2 expires in 3 days"),
            QStringLiteral("Kafka consumer lag 250000 on orders-queue-17"),
            QStringLiteral("replication lag 120 s on billing-db-4"),
            QStringLiteral("lunch order for the team offsite"),
            QStringLiteral("deployment completed for checkout-api"),
            QStringLiteral("service degraded"),
            QStringLiteral("errors"),
        };
        for (const QString &text : texts) {
            Alert alert;
            alert.summary = text;
            alerts << alert;
        }
        // Label selectors hold for some runbooks: the bonus is in the bound.
        for (const Runbook &runbook : library.mid(0, 40)) {
            Alert alert;
            alert.summary = runbook.symptoms.first();
            alert.labels = runbook.matchLabels;
            alert.labels.insert(QStringLiteral("alertname"), runbook.title);
            alerts << alert;
            Alert terse;
            terse.summary = QStringLiteral("alert on %1").arg(runbook.tags.last());
            terse.labels.insert(QStringLiteral("service"), runbook.tags.last());
            alerts << terse;
        }
        for (const QString &text : texts) {
            Alert alert;
            alert.summary = text;
            alert.labels.insert(QStringLiteral("a"), QStringLiteral("b=c"));
            alert.labels.insert(QStringLiteral("a=b"), QStringLiteral("c"));
            alerts << alert;
        }
        for (const Alert &alert : alerts) {
            QCOMPARE(describeExactly(pruned.match(alert)),
                     describeExactly(exhaustive.match(alert)));
        }
    }

    void emptyLibraryMatchesNothing()
    {
        const RunbookMatcher empty({});
        const MatchResult result = empty.matchText(QStringLiteral("OOMKilled"));
        QVERIFY(result.runbookId.isEmpty());
        QVERIFY(result.candidates.isEmpty());
        QCOMPARE(result.confidence, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
