#include "Alert.h"
#include "AlertFingerprint.h"
#include "ApiClient.h"
#include "AuditVerifier.h"
#include "DatabaseUrl.h"
#include "PostgresTestSchema.h"
#include "ProcessWait.h"
#include "ServerProcess.h"
#include "SqlServerStore.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace icc;
using namespace icc::test;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");
const QString kPassword = QStringLiteral("crash-password-1");
constexpr int kRounds = 3;
constexpr int kConcurrentRequests = 8;
constexpr int kBurstTimeoutMs = 120000;

QJsonObject labelsFor(const QString &alertId)
{
    return QJsonObject{{QStringLiteral("alertname"), QStringLiteral("IccCrashBurst")},
                       {QStringLiteral("instance"), alertId},
                       {QStringLiteral("severity"), QStringLiteral("warning")}};
}

// icc's fingerprint of the alert (its label set), as the store keys it.
QString fingerprintOf(const QString &alertId)
{
    Alert alert;
    alert.source = Alert::Source::Alertmanager;
    const QJsonObject labels = labelsFor(alertId);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        alert.labels.insert(it.key(), it.value().toString());
    return AlertFingerprint::compute(alert);
}

// One Alertmanager webhook (v4) delivery of one alert, distinct per id.
QByteArray webhookBody(const QString &alertId)
{
    const QJsonObject labels = labelsFor(alertId);
    const QJsonObject alert{
        {QStringLiteral("status"), QStringLiteral("firing")},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("annotations"),
         QJsonObject{{QStringLiteral("summary"), QStringLiteral("burst alert ") + alertId}}},
        {QStringLiteral("startsAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("endsAt"), QStringLiteral("0001-01-01T00:00:00Z")},
        {QStringLiteral("generatorURL"), QStringLiteral("http://prometheus.test/graph")},
        {QStringLiteral("fingerprint"), alertId}};
    const QJsonObject payload{
        {QStringLiteral("version"), QStringLiteral("4")},
        {QStringLiteral("groupKey"), QStringLiteral("{}:{alertname=\"IccCrashBurst\"}")},
        {QStringLiteral("truncatedAlerts"), 0},
        {QStringLiteral("status"), QStringLiteral("firing")},
        {QStringLiteral("receiver"), QStringLiteral("icc")},
        {QStringLiteral("groupLabels"),
         QJsonObject{{QStringLiteral("alertname"), QStringLiteral("IccCrashBurst")}}},
        {QStringLiteral("commonLabels"), labels},
        {QStringLiteral("commonAnnotations"), QJsonObject{}},
        {QStringLiteral("externalURL"), QStringLiteral("http://alertmanager.test")},
        {QStringLiteral("alerts"), QJsonArray{alert}}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

// Keeps kConcurrentRequests ingest requests in flight, each a new alert,
// and records which ones were answered 2xx: those are acknowledged, so they
// must survive anything that happens to the server afterwards.
class IngestBurst final
{
public:
    IngestBurst(QUrl baseUrl, const QSslCertificate &certificate, QString key, QString prefix)
        : m_url(baseUrl.resolved(QUrl(QStringLiteral("/api/v1/alerts/alertmanager"))))
        , m_key(std::move(key))
        , m_prefix(std::move(prefix))
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates({certificate});
    }

    void start()
    {
        for (int i = 0; i < kConcurrentRequests; ++i)
            sendNext();
    }
    // No new requests; those in flight still finish (or fail).
    void stopSending() { m_sending = false; }

    int inFlight() const { return m_inFlight; }
    const QSet<QString> &acknowledged() const { return m_acknowledged; }
    int sent() const { return m_sent; }
    QString lastRefusal() const { return m_lastRefusal; }

private:
    void sendNext()
    {
        if (!m_sending)
            return;
        const QString alertId = QStringLiteral("%1-%2").arg(m_prefix).arg(++m_sent);
        QNetworkRequest request(m_url);
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
        request.setTransferTimeout(60000);
        QNetworkReply *reply = m_manager.post(request, webhookBody(alertId));
        ++m_inFlight;
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, alertId] {
            --m_inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 200 && status < 300)
                m_acknowledged.insert(alertId);
            else if (status != 0)
                m_lastRefusal =
                    QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(reply->readAll()));
            reply->deleteLater();
            sendNext();
        });
    }

    QNetworkAccessManager m_manager;
    QUrl m_url;
    QString m_key;
    QString m_prefix;
    QSslConfiguration m_tls;
    QSet<QString> m_acknowledged;
    QString m_lastRefusal;
    int m_inFlight = 0;
    int m_sent = 0;
    bool m_sending = true;
};

} // namespace

// kill -9 in the middle of an ingest burst against the real binary, several
// times over the same data: every alert answered 2xx before the kill is
// stored, the audit chain verifies, the event sequence has no gap, and the
// restarted server serves again.
class TestCrash : public QObject
{
    Q_OBJECT

private:
    QString backend() const
    {
        return QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    }

    // What the dead server left behind, read straight from its storage.
    void checkStorage(const QSet<QString> &acknowledged, int round)
    {
        QString error;
        const std::optional<DatabaseUrl> url =
            m_schema ? m_schema->url() : DatabaseUrl::parse(QString(), m_dataDir, &error);
        QVERIFY2(url, qPrintable(error));
        std::unique_ptr<SqlServerStore> store = SqlServerStore::open(*url, &error);
        QVERIFY2(store, qPrintable(error));

        QStringList lost;
        for (const QString &alertId : acknowledged) {
            if (!store->latestAlertByFingerprint(fingerprintOf(alertId)))
                lost.append(alertId);
        }
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("round %1: %2 of %3 acknowledged alerts lost: %4")
                                .arg(round)
                                .arg(lost.size())
                                .arg(acknowledged.size())
                                .arg(lost.join(QStringLiteral(", ")))));
        QVERIFY(store->alertCount() >= acknowledged.size());

        const AuditVerification chain = AuditVerifier::verifyStore(store->auditStore());
        QVERIFY2(
            chain.ok,
            qPrintable(
                QStringLiteral("round %1: audit chain broken: %2").arg(round).arg(chain.reason)));
        QVERIFY(chain.count >= acknowledged.size());

        const QList<EventRecord> events = store->events(0, 0);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QVERIFY2(events.at(i).sequence == i + 1,
                     qPrintable(QStringLiteral("round %1: event %2 carries sequence %3")
                                    .arg(round)
                                    .arg(i + 1)
                                    .arg(events.at(i).sequence)));
        }
        QCOMPARE(store->lastEventSequence(), qint64(events.size()));
        qInfo().noquote() << QStringLiteral("round %1: %2 acknowledged alerts all stored, %3 audit "
                                            "entries verify, %4 events gap-free")
                                 .arg(round)
                                 .arg(acknowledged.size())
                                 .arg(chain.count)
                                 .arg(events.size());
    }

    QStringList serverArguments() const
    {
        if (m_schema)
            return {QStringLiteral("--database"), m_schema->urlText()};
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PostgresTestSchema> m_schema;
    QString m_dataDir;

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << kSqlite;
        QTest::newRow("postgresql") << kPostgres;
    }

    void initTestCase()
    {
        if (PostgresTestSchema::serverUrlText().isEmpty())
            qWarning("%s", PostgresTestSchema::skipMessage());
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_dataDir = QDir(m_dir->path()).filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_dataDir));
        if (backend == kPostgres) {
            if (PostgresTestSchema::serverUrlText().isEmpty())
                QSKIP(PostgresTestSchema::skipMessage());
            m_schema = std::make_unique<PostgresTestSchema>();
            QString error;
            QVERIFY2(m_schema->create(QStringLiteral("crash"), &error), qPrintable(error));
        }
    }

    void cleanup()
    {
        m_schema.reset();
        m_dir.reset();
    }

    void acknowledgedIngestSurvivesKill9()
    {
        ServerProcess server(QStringLiteral(ICC_SERVER_PATH), m_dataDir);
        QString error;
        // Admin subcommands work on the same storage as the server.
        const QStringList database = serverArguments();
        const ServerProcess::Result keyAdded =
            server.admin(database + QStringList{QStringLiteral("ingest-key"), QStringLiteral("add"),
                                                QStringLiteral("burst")});
        const QString key = QString::fromUtf8(keyAdded.out.trimmed().split('\n').last().trimmed());
        QVERIFY2(keyAdded.exitCode == 0 && !key.isEmpty(), keyAdded.err.constData() + keyAdded.out);
        const ServerProcess::Result userAdded = server.admin(
            database + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                   QStringLiteral("auditor"), QStringLiteral("--role"),
                                   QStringLiteral("admin"), QStringLiteral("--password-stdin")},
            kPassword.toUtf8() + '\n');
        QVERIFY2(userAdded.exitCode == 0, userAdded.err.constData() + userAdded.out);

        QSet<QString> acknowledged; // over all rounds
        for (int round = 1; round <= kRounds; ++round) {
            QVERIFY2(server.start(database, &error), qPrintable(error));
            const QSslCertificate certificate =
                ApiClient::certificateFromFile(server.certificatePath());

            IngestBurst burst(server.baseUrl(), certificate, key,
                              QStringLiteral("crash-r%1").arg(round));
            burst.start();
            // Kill at a different point each round, always with requests in flight.
            const int killAfter = 10 + 25 * round;
            const bool reached = waitUntil([&] { return burst.acknowledged().size() >= killAfter; },
                                           kBurstTimeoutMs, 2);
            QVERIFY2(reached, qPrintable(QStringLiteral("only %1 of %2 ingests acknowledged; last "
                                                        "refusal: %3\n%4")
                                             .arg(burst.acknowledged().size())
                                             .arg(burst.sent())
                                             .arg(burst.lastRefusal(), server.output())));
            QVERIFY(burst.inFlight() > 0);
            burst.stopSending();
            server.kill();
            // Answers already on the wire may still be read: they count too.
            QVERIFY(waitUntil([&] { return burst.inFlight() == 0; }, 60000, 5));
            acknowledged.unite(burst.acknowledged());
            qInfo().noquote() << QStringLiteral("round %1: killed with %2 sent, %3 acknowledged")
                                     .arg(round)
                                     .arg(burst.sent())
                                     .arg(burst.acknowledged().size());

            checkStorage(acknowledged, round);
            if (QTest::currentTestFailed())
                return;
        }

        // The server comes back on the same data and serves: reads, a new
        // write, the audit chain through the API.
        QVERIFY2(server.start(database, &error), qPrintable(error));
        ApiClient client(server.baseUrl(),
                         ApiClient::certificateFromFile(server.certificatePath()));
        QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200);
        client.setBearer(key);
        const ApiClient::Response ingest =
            client.send("POST", QStringLiteral("/api/v1/alerts/alertmanager"),
                        webhookBody(QStringLiteral("after-the-crashes")));
        QVERIFY2(ingest.status >= 200 && ingest.status < 300, ingest.body.constData());
        QVERIFY2(client.login(QStringLiteral("auditor"), kPassword, &error), qPrintable(error));
        const ApiClient::Response listed = client.get(QStringLiteral("/api/v1/alerts?limit=5"));
        QCOMPARE(listed.status, 200);
        const QJsonArray alerts = listed.json().value(QStringLiteral("alerts")).toArray();
        QVERIFY(!alerts.isEmpty());
        QCOMPARE(alerts.first().toObject().value(QStringLiteral("fingerprint")).toString(),
                 fingerprintOf(QStringLiteral("after-the-crashes")));
        const ApiClient::Response verify = client.get(QStringLiteral("/api/v1/audit/verify"));
        QVERIFY2(verify.status == 200, verify.body.constData());
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());
        server.stop();
        acknowledged.insert(QStringLiteral("after-the-crashes"));
        checkStorage(acknowledged, kRounds + 1);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
