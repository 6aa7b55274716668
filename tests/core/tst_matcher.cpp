#include "ConceptLexicon.h"
#include "NumericCondition.h"
#include "RunbookMatcher.h"
#include "TestPaths.h"
#include "TextAnalyzer.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

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

[[maybe_unused]] QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT
private slots:
    void dump()
    {
        const QStringList queries = {
            QStringLiteral("OOMKilled container api-7f9 in prod"),
            QStringLiteral("HTTP 503 rate 12% on checkout"),
            QStringLiteral("Heartbeat lost from node-17"),
            QStringLiteral("p99 2.4s on /search"),
            QStringLiteral("Redis sentinel failover in progress"),
            QStringLiteral("x509: certificate has expired or is not yet valid"),
            QStringLiteral("Certificate for api.example.com expires in 5 days"),
            QStringLiteral("NXDOMAIN looking up payments.internal"),
            QStringLiteral("Back-off restarting failed container web in pod web-5"),
            QStringLiteral("No space left on device writing /var/lib/postgresql"),
            QStringLiteral("CPU at 97% on web-3"),
            QStringLiteral("CPU at 50%, normal traffic"),
            QStringLiteral("Coffee machine on floor 3 is out of beans"),
            QStringLiteral("Quarterly sales report generated for EMEA"),
            QStringLiteral("KubePodCrashLooping"),
            QStringLiteral("Deployment completed"),
        };
        for (const QString &query : queries)
            qInfo().noquote() << query << "=>" << describe(fixtureMatcher().matchText(query));
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
