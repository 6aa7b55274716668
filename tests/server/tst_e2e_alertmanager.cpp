#include "Alert.h"
#include "AlertFingerprint.h"
#include "AlertmanagerProcess.h"
#include "ApiClient.h"
#include "AuditVerifier.h"
#include "DatabaseUrl.h"
#include "ProcessWait.h"
#include "ServerProcess.h"
#include "SqlServerStore.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace icc;
using namespace icc::test;

namespace {

// Alertmanager waits group_wait (1 s here) before it sends and retries with
// backoff; on a loaded machine under sanitizers that can take a while.
constexpr int kDeliveryTimeoutMs = 90000;
const QString kPassword = QStringLiteral("e2e-password-1");
const QString kAlertName = QStringLiteral("IccE2eDiskFull");
const QStringList kInstances = {QStringLiteral("db-1:9100"), QStringLiteral("db-2:9100"),
                                QStringLiteral("web-7:9100")};

QString iso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject labelsFor(const QString &instance)
{
    return QJsonObject{{QStringLiteral("alertname"), kAlertName},
                       {QStringLiteral("instance"), instance},
                       {QStringLiteral("job"), QStringLiteral("node")},
                       {QStringLiteral("severity"), QStringLiteral("critical")}};
}

QString summaryFor(const QString &instance)
{
    return QStringLiteral("disk /var is 97% full on ") + instance;
}

// What Prometheus sends to Alertmanager's POST /api/v2/alerts.
QJsonArray prometheusAlerts(const QDateTime &startsAt, const QDateTime &endsAt)
{
    QJsonArray alerts;
    for (const QString &instance : kInstances) {
        QJsonObject alert{
            {QStringLiteral("labels"), labelsFor(instance)},
            {QStringLiteral("annotations"),
             QJsonObject{{QStringLiteral("summary"), summaryFor(instance)}}},
            {QStringLiteral("startsAt"), iso(startsAt)},
            {QStringLiteral("generatorURL"), QStringLiteral("http://prometheus.test/graph")}};
        if (endsAt.isValid())
            alert.insert(QStringLiteral("endsAt"), iso(endsAt));
        alerts.append(alert);
    }
    return alerts;
}

// icc's fingerprint of an alert with these labels (AlertFingerprint: the
// label set is an Alertmanager alert's identity), worked out here from the
// labels posted to Alertmanager, not from anything icc-server says.
QString expectedFingerprint(const QString &instance)
{
    Alert alert;
    alert.source = Alert::Source::Alertmanager;
    const QJsonObject labels = labelsFor(instance);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        alert.labels.insert(it.key(), it.value().toString());
    return AlertFingerprint::compute(alert);
}

} // namespace

// Debian's prometheus-alertmanager delivers to the real icc-server binary
// through its webhook receiver, over TLS that trusts only icc-server's
// certificate, with an ingest key as bearer: firing alerts arrive with
// their labels and the fingerprint of their label set, and resolving them in Alertmanager
// resolves them in icc-server. The audit chain holds afterwards.
class TestE2eAlertmanager : public QObject
{
    Q_OBJECT

private:
    // The newest alert icc-server lists for each fingerprint.
    QHash<QString, QJsonObject> newestByFingerprint(ApiClient &client, QString *lastAnswer)
    {
        QHash<QString, QJsonObject> newest;
        const ApiClient::Response response = client.get(QStringLiteral("/api/v1/alerts?limit=100"));
        *lastAnswer = QStringLiteral("%1 %2")
                          .arg(response.status)
                          .arg(QString::fromUtf8(response.body.left(2000)) + response.networkError);
        if (response.status != 200)
            return newest;
        const QJsonArray alerts = response.json().value(QStringLiteral("alerts")).toArray();
        for (const QJsonValue &value : alerts) {
            const QJsonObject alert = value.toObject();
            const QString fingerprint = alert.value(QStringLiteral("fingerprint")).toString();
            const auto known = newest.constFind(fingerprint);
            if (known == newest.constEnd() || known->value(QStringLiteral("id")).toInteger() <
                                                  alert.value(QStringLiteral("id")).toInteger())
                newest.insert(fingerprint, alert);
        }
        return newest;
    }

    bool allHaveStatus(const QHash<QString, QJsonObject> &newest,
                       const QHash<QString, QString> &fingerprints, const QString &status) const
    {
        for (const QString &fingerprint : fingerprints) {
            const auto alert = newest.constFind(fingerprint);
            if (alert == newest.constEnd() ||
                alert->value(QStringLiteral("status")).toString() != status)
                return false;
        }
        return true;
    }

private slots:
    void alertmanagerDeliversFiringAndResolvedAlerts()
    {
        if (AlertmanagerProcess::executable().isEmpty())
            QSKIP("prometheus-alertmanager is NOT installed: the Alertmanager end-to-end test is "
                  "SKIPPED (tools/dev test installs it when run as root)");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = QDir(dir.path()).filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(dataDir));
        ServerProcess server(QStringLiteral(ICC_SERVER_PATH), dataDir);
        QString error;
        const QString ingestKey = server.addIngestKey(QStringLiteral("alertmanager"), &error);
        QVERIFY2(!ingestKey.isEmpty(), qPrintable(error));
        // A facilitator reads state and the audit trail.
        QVERIFY2(server.addUser(QStringLiteral("watcher"), QStringLiteral("facilitator"), kPassword,
                                &error),
                 qPrintable(error));
        QVERIFY2(server.start({}, &error), qPrintable(error));

        AlertmanagerProcess alertmanager;
        AlertmanagerProcess::Webhook webhook;
        webhook.url =
            server.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/alerts/alertmanager")));
        webhook.bearerToken = ingestKey;
        webhook.caFile = server.certificatePath();
        QVERIFY2(alertmanager.start(dir.path(), webhook, &error), qPrintable(error));

        ApiClient client(server.baseUrl(),
                         ApiClient::certificateFromFile(server.certificatePath()));
        QVERIFY2(client.login(QStringLiteral("watcher"), kPassword, &error), qPrintable(error));

        // --- firing -----------------------------------------------------------
        const QDateTime startsAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY2(alertmanager.postAlerts(prometheusAlerts(startsAt, {}), &error),
                 qPrintable(error));
        QHash<QString, QString> fingerprints; // by instance
        for (const QString &instance : kInstances)
            fingerprints.insert(instance, expectedFingerprint(instance));

        QString lastAnswer;
        QHash<QString, QJsonObject> newest;
        const bool delivered = waitUntil(
            [&] {
                newest = newestByFingerprint(client, &lastAnswer);
                return allHaveStatus(newest, fingerprints, QStringLiteral("firing"));
            },
            kDeliveryTimeoutMs, 200);
        QVERIFY2(delivered,
                 qPrintable(QStringLiteral("firing alerts not in icc-server: %1\n"
                                           "Alertmanager: %2\nicc-server: %3")
                                .arg(lastAnswer, alertmanager.output(), server.output())));
        for (const QString &instance : kInstances) {
            const QJsonObject alert = newest.value(fingerprints.value(instance));
            QCOMPARE(alert.value(QStringLiteral("labels")).toObject(), labelsFor(instance));
            QCOMPARE(alert.value(QStringLiteral("severity")).toString(),
                     QStringLiteral("critical"));
            QCOMPARE(alert.value(QStringLiteral("summary")).toString(), summaryFor(instance));
        }

        // --- resolved: Prometheus resends with endsAt in the past ----------------
        QVERIFY2(
            alertmanager.postAlerts(
                prometheusAlerts(startsAt, QDateTime::currentDateTimeUtc().addSecs(-1)), &error),
            qPrintable(error));
        const bool resolved = waitUntil(
            [&] {
                newest = newestByFingerprint(client, &lastAnswer);
                return allHaveStatus(newest, fingerprints, QStringLiteral("resolved"));
            },
            kDeliveryTimeoutMs, 200);
        QVERIFY2(resolved, qPrintable(QStringLiteral("alerts not resolved in icc-server: %1\n"
                                                     "Alertmanager: %2")
                                          .arg(lastAnswer, alertmanager.output())));
        for (const QString &instance : kInstances)
            QCOMPARE(newest.value(fingerprints.value(instance))
                         .value(QStringLiteral("labels"))
                         .toObject(),
                     labelsFor(instance));

        // --- the audit chain, through the API and from the store itself ---------
        const ApiClient::Response verify = client.get(QStringLiteral("/api/v1/audit/verify"));
        QVERIFY2(verify.status == 200, verify.body.constData());
        QVERIFY2(verify.json().value(QStringLiteral("ok")).toBool(), verify.body.constData());

        alertmanager.stop();
        server.stop();
        const std::optional<DatabaseUrl> url = DatabaseUrl::parse(QString(), dataDir, &error);
        QVERIFY2(url, qPrintable(error));
        std::unique_ptr<SqlServerStore> store = SqlServerStore::open(*url, &error);
        QVERIFY2(store, qPrintable(error));
        const AuditVerification chain = AuditVerifier::verifyStore(store->auditStore());
        QVERIFY2(chain.ok, qPrintable(chain.reason));
        QVERIFY2(chain.count >= qint64(2 * kInstances.size()),
                 qPrintable(QStringLiteral("only %1 audit entries").arg(chain.count)));
    }
};

QTEST_GUILESS_MAIN(TestE2eAlertmanager)
#include "tst_e2e_alertmanager.moc"
