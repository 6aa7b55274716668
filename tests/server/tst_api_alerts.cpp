// Alert ingest, alerts, incidents, proposals, /metrics and /healthz over real
// TLS against an in-process ServerApp: every status code of AlertRoutes,
// IncidentRoutes, ProposalRoutes, MetricsRoutes and HealthRoutes, the role
// rules in front of them, and that a 2xx ingest is committed.

#include "ApiClient.h"
#include "AuthService.h"
#include "Database.h"
#include "DatabaseUrl.h"
#include "ManualClock.h"
#include "ServerApp.h"
#include "SqlServerStore.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace icc;
using test::ApiClient;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// What Prometheus posts to Alertmanager's /api/v2/alerts (bench/ingest/postable-alerts.lua).
QJsonObject postable(const QString &instance, const QString &endsAt = {})
{
    QJsonObject alert{{QStringLiteral("labels"),
                       QJsonObject{{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                                   {QStringLiteral("service"), QStringLiteral("checkout-api")},
                                   {QStringLiteral("instance"), instance},
                                   {QStringLiteral("severity"), QStringLiteral("warning")}}},
                      {QStringLiteral("annotations"),
                       QJsonObject{{QStringLiteral("summary"),
                                    QStringLiteral("CPU usage at 97% on ") + instance}}},
                      {QStringLiteral("startsAt"), QStringLiteral("2026-01-15T02:55:00Z")}};
    if (!endsAt.isEmpty())
        alert.insert(QStringLiteral("endsAt"), endsAt);
    return alert;
}

QJsonObject webhook(const QString &status)
{
    QJsonObject payload =
        parse("{\"version\":\"4\",\"groupKey\":\"{}:{alertname=DiskFull}\",\"receiver\":\"icc\""
              ",\"groupLabels\":{\"alertname\":\"DiskFull\"},\"commonLabels\":{},\"commonAnnota"
              "tions\":{},\"externalURL\":\"http://alertmanager:9093\",\"truncatedAlerts\":0,\""
              "alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"DiskFull\",\"instan"
              "ce\":\"db-1\",\"service\":\"orders-db\",\"severity\":\"critical\"},\"annotations"
              "\":{\"summary\":\"Disk 98% full on db-1\"},\"startsAt\":\"2026-01-15T02:50:00Z\""
              ",\"endsAt\":\"0001-01-01T00:00:00Z\",\"generatorURL\":\"http://prometheus/graph\""
              ",\"fingerprint\":\"5f1e2d3c4b5a6978\"}]}");
    payload.insert(QStringLiteral("status"), status);
    QJsonArray alerts = payload.value(QStringLiteral("alerts")).toArray();
    QJsonObject first = alerts.at(0).toObject();
    first.insert(QStringLiteral("status"), status);
    if (status == QLatin1String("resolved"))
        first.insert(QStringLiteral("endsAt"), QStringLiteral("2026-01-15T02:58:00Z"));
    alerts.replace(0, first);
    payload.insert(QStringLiteral("alerts"), alerts);
    return payload;
}

QJsonObject pagerDuty()
{
    return parse("{\"routing_key\":\"R0UT1NGKEY\",\"event_action\":\"trigger\",\"dedup_key\":\"pd-"
                 "42\",\"payload\":{\"summary\":\"Checkout latency p99 over 2 s\",\"source\":\"che"
                 "ckout-api\",\"severity\":\"error\",\"custom_details\":{\"p99_ms\":2300}}}");
}

} // namespace

class TestApiAlerts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    test::ManualClock m_clock;
    std::unique_ptr<ServerApp> m_app;
    QString m_ingestKey;

    bool start(ServerOptions options = {})
    {
        m_dir = std::make_unique<QTemporaryDir>();
        options.dataDir = m_dir->path();
        options.listenPort = 0;
        options.fastPasswordHashing = true;
        options.tickIntervalMs = 0;
        m_app = std::make_unique<ServerApp>(options, m_clock);
        QString error;
        if (!m_app->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const auto key = m_app->auth().addIngestKey(QStringLiteral("prometheus"), &error);
        m_ingestKey = key.value_or(QString());
        return key.has_value();
    }

    std::unique_ptr<ApiClient> client(const QString &bearer = {})
    {
        auto api = std::make_unique<ApiClient>(
            QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_app->port())),
            ApiClient::certificateFromFile(m_app->certificatePath()));
        api->setBearer(bearer);
        return api;
    }

    std::unique_ptr<ApiClient> ingest() { return client(m_ingestKey); }

    std::unique_ptr<ApiClient> as(const QString &role)
    {
        const QString name = role + QStringLiteral("1");
        QString error;
        if (!m_app->store().userByName(name))
            m_app->auth().addUser(name, role, kPassword, &error);
        auto api = client();
        if (!api->login(name, kPassword, &error))
            qWarning("%s", qPrintable(error));
        return api;
    }

    static QString metricLine(const QByteArray &text, const QByteArray &prefix)
    {
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith(prefix))
                return QString::fromUtf8(line);
        }
        return {};
    }

private slots:
    void init() { QVERIFY(start()); }

    void cleanup()
    {
        m_app.reset();
        m_dir.reset();
    }

    // --- ingest ---------------------------------------------------------------------

    void alertmanagerWebhookIsIngested()
    {
        const auto response = ingest()->post(QStringLiteral("/api/v1/alerts/alertmanager"),
                                             webhook(QStringLiteral("firing")));
        QCOMPARE(response.status, 202);
        const QJsonObject body = response.json();
        QCOMPARE(body.value(QStringLiteral("accepted")).toInt(), 1);
        const QJsonObject alert = body.value(QStringLiteral("alerts")).toArray().at(0).toObject();
        QVERIFY(alert.value(QStringLiteral("alert_id")).toInteger() > 0);
        QVERIFY(alert.value(QStringLiteral("incident_id"))
                    .toString()
                    .startsWith(QStringLiteral("inc-")));
        QCOMPARE(alert.value(QStringLiteral("disposition")).toString(), QStringLiteral("created"));

        const auto listed = as(QStringLiteral("responder"))->get(QStringLiteral("/api/v1/alerts"));
        QCOMPARE(listed.status, 200);
        const QJsonObject row =
            listed.json().value(QStringLiteral("alerts")).toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("id")), alert.value(QStringLiteral("alert_id")));
        QCOMPARE(row.value(QStringLiteral("source")).toString(), QStringLiteral("alertmanager"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("firing"));
        QCOMPARE(row.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(row.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Disk 98% full on db-1"));
        QCOMPARE(row.value(QStringLiteral("labels")).toObject().value(QStringLiteral("instance")),
                 QJsonValue(QStringLiteral("db-1")));
        QCOMPARE(row.value(QStringLiteral("incident_id")),
                 alert.value(QStringLiteral("incident_id")));
        QCOMPARE(row.value(QStringLiteral("received_at")).toString(),
                 QStringLiteral("2026-01-15T03:00:00.000Z"));
        QCOMPARE(row.value(QStringLiteral("occurrences")).toInt(), 1);
        QVERIFY(row.contains(QStringLiteral("fingerprint")));
        QVERIFY(row.contains(QStringLiteral("last_seen_at")));
        // The audit names the ingest key as the actor.
        QVERIFY(m_app->store().alertCount() == 1);
    }

    void pagerDutyEventIsIngested()
    {
        const auto response =
            ingest()->post(QStringLiteral("/api/v1/alerts/pagerduty"), pagerDuty());
        QCOMPARE(response.status, 202);
        QCOMPARE(response.json().value(QStringLiteral("accepted")).toInt(), 1);
        const qint64 id = response.json()
                              .value(QStringLiteral("alerts"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("alert_id"))
                              .toInteger();
        const auto shown =
            as(QStringLiteral("reviewer"))->get(QStringLiteral("/api/v1/alerts/%1").arg(id));
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json().value(QStringLiteral("source")).toString(),
                 QStringLiteral("pagerduty"));
        QCOMPARE(shown.json().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("error"));
        // The routing key is a credential: never stored, never shown.
        QVERIFY(!shown.body.contains("R0UT1NGKEY"));
    }

    void genericEndpointTakesObjectsArraysAndPostableAlerts()
    {
        auto api = ingest();
        // Exactly the bench's body: an array of Prometheus postable alerts.
        auto response = api->post(
            QStringLiteral("/api/v1/alerts"),
            QJsonArray{postable(QStringLiteral("node-1")), postable(QStringLiteral("node-2"))});
        QCOMPARE(response.status, 202);
        QCOMPARE(response.json().value(QStringLiteral("accepted")).toInt(), 2);

        response = api->post(
            QStringLiteral("/api/v1/alerts"),
            parse(
                "{\"summary\":\"queue backlog 12k\",\"severity\":\"p2\",\"labels\":{\"service\":\""
                "billing\"}}"));
        QCOMPARE(response.status, 202);
        QCOMPARE(response.json().value(QStringLiteral("accepted")).toInt(), 1);

        // Mixed formats in one array keep each alert's own source.
        response = api->post(QStringLiteral("/api/v1/alerts"),
                             QJsonArray{pagerDuty(), postable(QStringLiteral("node-3"))});
        QCOMPARE(response.status, 202);
        QCOMPARE(response.json().value(QStringLiteral("accepted")).toInt(), 2);
        const auto listed =
            as(QStringLiteral("responder"))->get(QStringLiteral("/api/v1/alerts?limit=10"));
        QStringList sources;
        for (const QJsonValue &row : listed.json().value(QStringLiteral("alerts")).toArray())
            sources << row.toObject().value(QStringLiteral("source")).toString();
        QCOMPARE(sources, (QStringList{QStringLiteral("alertmanager"), QStringLiteral("pagerduty"),
                                       QStringLiteral("generic"), QStringLiteral("alertmanager"),
                                       QStringLiteral("alertmanager")}));
        QCOMPARE(m_app->store().alertCount(), 5);
    }

    void postableAlertWithPastEndsAtResolves()
    {
        auto api = ingest();
        QCOMPARE(api->post(QStringLiteral("/api/v1/alerts"),
                           QJsonArray{postable(QStringLiteral("node-9"),
                                               QStringLiteral("2026-01-15T03:04:00Z"))})
                     .status,
                 202);
        m_clock.advanceMinutes(5); // endsAt has passed without a repost
        const auto response = api->post(
            QStringLiteral("/api/v1/alerts"),
            QJsonArray{postable(QStringLiteral("node-9"), QStringLiteral("2026-01-15T03:04:00Z"))});
        QCOMPARE(response.status, 202);
        const QJsonObject result =
            response.json().value(QStringLiteral("alerts")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("disposition")).toString(),
                 QStringLiteral("resolved"));
        const auto alert =
            m_app->store().alertById(result.value(QStringLiteral("alert_id")).toInteger());
        QVERIFY(alert);
        QCOMPARE(alert->status, QStringLiteral("resolved"));
    }

    void aBatchWithABadItemIngestsNothing()
    {
        auto api = ingest();
        const QJsonObject bad{
            {QStringLiteral("severity"), QStringLiteral("warning")}}; // no summary
        const auto response = api->post(QStringLiteral("/api/v1/alerts"),
                                        QJsonArray{postable(QStringLiteral("node-1")), bad,
                                                   postable(QStringLiteral("node-2"))});
        QCOMPARE(response.status, 422);
        const QJsonObject body = response.json();
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("unprocessable"));
        QCOMPARE(body.value(QStringLiteral("field")).toString(), QStringLiteral("summary"));
        QVERIFY2(body.value(QStringLiteral("detail")).toString().contains(QStringLiteral("[1]")),
                 qPrintable(body.value(QStringLiteral("detail")).toString()));
        const QJsonObject first = body.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("index")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("summary"));
        // All or nothing: the two good alerts were not ingested either.
        QCOMPARE(m_app->store().alertCount(), 0);

        // A bad alert inside a webhook names its place in the payload.
        QJsonObject payload = webhook(QStringLiteral("firing"));
        QJsonArray alerts = payload.value(QStringLiteral("alerts")).toArray();
        QJsonObject broken = alerts.at(0).toObject();
        broken.insert(QStringLiteral("labels"), QStringLiteral("not an object"));
        alerts.append(broken);
        payload.insert(QStringLiteral("alerts"), alerts);
        const auto webhookResponse =
            api->post(QStringLiteral("/api/v1/alerts/alertmanager"), payload);
        QCOMPARE(webhookResponse.status, 422);
        QCOMPARE(webhookResponse.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("alerts[1].labels"));
        QCOMPARE(m_app->store().alertCount(), 0);
    }

    void malformedIngestIsRefused()
    {
        auto api = ingest();
        QCOMPARE(api->send("POST", QStringLiteral("/api/v1/alerts"),
                           "[{\"summary\":", "application/json")
                     .status,
                 400);
        QCOMPARE(api->send("POST", QStringLiteral("/api/v1/alerts"), "", "application/json").status,
                 400);
        QCOMPARE(
            api->send("POST", QStringLiteral("/api/v1/alerts"), "42", "application/json").status,
            400);
        QCOMPARE(
            api->send("POST", QStringLiteral("/api/v1/alerts"), "summary=x", "text/plain").status,
            415);
        QCOMPARE(api->send("POST", QStringLiteral("/api/v1/alerts/alertmanager"), "[]",
                           "application/json")
                     .status,
                 400); // the webhook is an object
        const auto empty = api->post(QStringLiteral("/api/v1/alerts"), QJsonArray());
        QCOMPARE(empty.status, 422);

        QJsonObject oldVersion = webhook(QStringLiteral("firing"));
        oldVersion.insert(QStringLiteral("version"), QStringLiteral("3"));
        const auto version = api->post(QStringLiteral("/api/v1/alerts/alertmanager"), oldVersion);
        QCOMPARE(version.status, 422);
        QCOMPARE(version.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("version"));

        QJsonObject event = pagerDuty();
        event.remove(QStringLiteral("routing_key"));
        const auto noKey = api->post(QStringLiteral("/api/v1/alerts/pagerduty"), event);
        QCOMPARE(noKey.status, 422);
        QCOMPARE(noKey.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("routing_key"));

        QCOMPARE(m_app->store().alertCount(), 0);
        const QByteArray huge(2 * 1024 * 1024, ' ');
        QCOMPARE(
            api->send("POST", QStringLiteral("/api/v1/alerts"), huge, "application/json").status,
            413);
    }

    void ingestAndReadingNeedTheirOwnPermissions()
    {
        const QJsonObject alert{{QStringLiteral("summary"), QStringLiteral("x")}};
        // Ingest keys deliver alerts; they read nothing.
        auto key = ingest();
        QCOMPARE(key->get(QStringLiteral("/api/v1/alerts")).status, 403);
        QCOMPARE(key->get(QStringLiteral("/api/v1/alerts/1")).status, 403);
        QCOMPARE(key->get(QStringLiteral("/api/v1/incidents")).status, 403);
        QCOMPARE(key->get(QStringLiteral("/api/v1/proposals")).status, 403);
        // People read; only an admin (manual testing) may also ingest.
        for (const QString &role : {QStringLiteral("responder"), QStringLiteral("reviewer"),
                                    QStringLiteral("commander"), QStringLiteral("facilitator")}) {
            auto api = as(role);
            QCOMPARE(api->post(QStringLiteral("/api/v1/alerts"), alert).status, 403);
            QCOMPARE(api->post(QStringLiteral("/api/v1/alerts/pagerduty"), pagerDuty()).status,
                     403);
            QCOMPARE(api->get(QStringLiteral("/api/v1/alerts")).status, 200);
        }
        QCOMPARE(as(QStringLiteral("admin"))->post(QStringLiteral("/api/v1/alerts"), alert).status,
                 202);
        auto anonymous = client();
        QCOMPARE(anonymous->post(QStringLiteral("/api/v1/alerts"), alert).status, 401);
        QCOMPARE(anonymous->get(QStringLiteral("/api/v1/alerts")).status, 401);
        QCOMPARE(m_app->store().alertCount(), 1);
    }

    void aFloodingKeyGets429()
    {
        cleanup();
        ServerOptions options;
        options.ingestRateLimit = RateLimit{2, std::chrono::milliseconds(1000)};
        QVERIFY(start(options));
        QString error;
        const auto otherKey = m_app->auth().addIngestKey(QStringLiteral("pagerduty"), &error);
        QVERIFY(otherKey);
        auto api = ingest();
        QCOMPARE(api->post(QStringLiteral("/api/v1/alerts"), postable(QStringLiteral("a"))).status,
                 202);
        QCOMPARE(api->post(QStringLiteral("/api/v1/alerts"), postable(QStringLiteral("b"))).status,
                 202);
        const auto limited =
            api->post(QStringLiteral("/api/v1/alerts"), postable(QStringLiteral("c")));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        QCOMPARE(m_app->store().alertCount(), 2);
        // Another key has its own bucket.
        QCOMPARE(client(*otherKey)
                     ->post(QStringLiteral("/api/v1/alerts"), postable(QStringLiteral("d")))
                     .status,
                 202);
        m_clock.advanceSeconds(1);
        QCOMPARE(api->post(QStringLiteral("/api/v1/alerts"), postable(QStringLiteral("c"))).status,
                 202);
        const auto metrics = as(QStringLiteral("admin"))->get(QStringLiteral("/metrics"));
        QCOMPARE(
            metricLine(metrics.body, "icc_ingest_requests_rejected_total{reason=\"rate_limited\"}"),
            QStringLiteral("icc_ingest_requests_rejected_total{reason=\"rate_limited\"} 1"));
    }

    void acceptedIngestIsCommitted()
    {
        const auto response = ingest()->post(QStringLiteral("/api/v1/alerts/alertmanager"),
                                             webhook(QStringLiteral("firing")));
        QCOMPARE(response.status, 202);
        const QJsonObject result =
            response.json().value(QStringLiteral("alerts")).toArray().at(0).toObject();
        const qint64 id = result.value(QStringLiteral("alert_id")).toInteger();
        const QString dataDir = m_dir->path();
        m_app.reset(); // stopped: nothing more can be written

        QString error;
        const auto url = DatabaseUrl::parse(QString(), dataDir, &error);
        QVERIFY2(url, qPrintable(error));
        const auto store = SqlServerStore::open(*url, &error);
        QVERIFY2(store, qPrintable(error));
        const auto alert = store->alertById(id);
        QVERIFY(alert);
        QCOMPARE(alert->fingerprint, result.value(QStringLiteral("fingerprint")).toString());
        QCOMPARE(alert->incidentId, result.value(QStringLiteral("incident_id")).toString());
        QVERIFY(store->incident(alert->incidentId));
    }

    // --- reading alerts -------------------------------------------------------------

    void alertsPageBackwards()
    {
        auto key = ingest();
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            const auto response = key->post(QStringLiteral("/api/v1/alerts"),
                                            postable(QStringLiteral("node-%1").arg(i)));
            QCOMPARE(response.status, 202);
            ids.prepend(response.json()
                            .value(QStringLiteral("alerts"))
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(QStringLiteral("alert_id"))
                            .toInteger());
        }
        auto api = as(QStringLiteral("responder"));
        QList<qint64> seen;
        QString path = QStringLiteral("/api/v1/alerts?limit=2");
        for (int page = 0; page < 5; ++page) {
            const auto response = api->get(path);
            QCOMPARE(response.status, 200);
            for (const QJsonValue &row : response.json().value(QStringLiteral("alerts")).toArray())
                seen << row.toObject().value(QStringLiteral("id")).toInteger();
            const QJsonValue next = response.json().value(QStringLiteral("next_before"));
            if (next.isNull())
                break;
            path = QStringLiteral("/api/v1/alerts?limit=2&before=%1").arg(next.toInteger());
        }
        QCOMPARE(seen, ids);
        QCOMPARE(api->get(QStringLiteral("/api/v1/alerts"))
                     .json()
                     .value(QStringLiteral("alerts"))
                     .toArray()
                     .size(),
                 5);

        for (const QString &bad : {QStringLiteral("limit=0"), QStringLiteral("limit=1001"),
                                   QStringLiteral("limit=ten")}) {
            const auto response = api->get(QStringLiteral("/api/v1/alerts?") + bad);
            QCOMPARE(response.status, 400);
            QCOMPARE(response.json().value(QStringLiteral("field")).toString(),
                     QStringLiteral("limit"));
        }
        const auto before = api->get(QStringLiteral("/api/v1/alerts?before=x"));
        QCOMPARE(before.status, 400);
        QCOMPARE(before.json().value(QStringLiteral("field")).toString(), QStringLiteral("before"));

        const auto shown = api->get(QStringLiteral("/api/v1/alerts/%1").arg(ids.first()));
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json().value(QStringLiteral("id")).toInteger(), ids.first());
        QCOMPARE(shown.json().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("CPU usage at 97% on node-4"));
        QVERIFY(shown.json().value(QStringLiteral("annotations")).isObject());
        QCOMPARE(shown.json()
                     .value(QStringLiteral("alert"))
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toObject()
                     .value(QStringLiteral("instance")),
                 QJsonValue(QStringLiteral("node-4")));
        QCOMPARE(shown.json().value(QStringLiteral("starts_at")).toString(),
                 QStringLiteral("2026-01-15T02:55:00.000Z"));
        QCOMPARE(api->get(QStringLiteral("/api/v1/alerts/999999")).status, 404);
        QCOMPARE(api->get(QStringLiteral("/api/v1/alerts/abc")).status, 404);
    }

    // --- incidents and proposals -----------------------------------------------------

    void incidentsListAndShowTheirParts()
    {
        const auto ingested = ingest()->post(QStringLiteral("/api/v1/alerts/alertmanager"),
                                             webhook(QStringLiteral("firing")));
        QCOMPARE(ingested.status, 202);
        const QJsonObject result =
            ingested.json().value(QStringLiteral("alerts")).toArray().at(0).toObject();
        const QString incidentId = result.value(QStringLiteral("incident_id")).toString();

        auto api = as(QStringLiteral("reviewer"));
        auto listed = api->get(QStringLiteral("/api/v1/incidents?status=open"));
        QCOMPARE(listed.status, 200);
        const QJsonArray open = listed.json().value(QStringLiteral("incidents")).toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).toObject().value(QStringLiteral("id")).toString(), incidentId);
        listed = api->get(QStringLiteral("/api/v1/incidents?status=resolved&limit=5"));
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json().value(QStringLiteral("incidents")).toArray().size(), 0);
        const auto badStatus = api->get(QStringLiteral("/api/v1/incidents?status=closed"));
        QCOMPARE(badStatus.status, 400);
        QCOMPARE(badStatus.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("status"));
        QCOMPARE(api->get(QStringLiteral("/api/v1/incidents?limit=0")).status, 400);

        const auto shown = api->get(QStringLiteral("/api/v1/incidents/") + incidentId);
        QCOMPARE(shown.status, 200);
        const QJsonObject incident = shown.json();
        QCOMPARE(incident.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(incident.value(QStringLiteral("context_revision")).toInteger(), 1);
        QCOMPARE(incident.value(QStringLiteral("policy_version")).toString(),
                 m_app->store().activePolicy()->version);
        QVERIFY(incident.contains(QStringLiteral("roster_version")));
        const QJsonArray alerts = incident.value(QStringLiteral("alerts")).toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).toObject().value(QStringLiteral("id")),
                 result.value(QStringLiteral("alert_id")));
        QVERIFY(incident.value(QStringLiteral("proposals")).isArray());
        QVERIFY(incident.value(QStringLiteral("open_review_ids")).isArray());
        QCOMPARE(api->get(QStringLiteral("/api/v1/incidents/inc-404")).status, 404);
    }

    void onlyTheCommanderRepins()
    {
        const auto ingested = ingest()->post(QStringLiteral("/api/v1/alerts/alertmanager"),
                                             webhook(QStringLiteral("firing")));
        const QString incidentId = ingested.json()
                                       .value(QStringLiteral("alerts"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("incident_id"))
                                       .toString();
        const QString path = QStringLiteral("/api/v1/incidents/%1/repin").arg(incidentId);
        for (const QString &role : {QStringLiteral("responder"), QStringLiteral("reviewer"),
                                    QStringLiteral("facilitator"), QStringLiteral("admin")})
            QCOMPARE(as(role)->send("POST", path, {}, {}).status, 403);
        QCOMPARE(ingest()->send("POST", path, {}, {}).status, 403);
        QCOMPARE(m_app->store().incident(incidentId)->contextRevision, 1);

        auto commander = as(QStringLiteral("commander"));
        const auto repinned = commander->send("POST", path, {}, {});
        QCOMPARE(repinned.status, 200);
        QCOMPARE(repinned.json().value(QStringLiteral("id")).toString(), incidentId);
        // Reviewers must look again under the new pins.
        QCOMPARE(repinned.json().value(QStringLiteral("context_revision")).toInteger(), 2);
        QCOMPARE(m_app->store().incident(incidentId)->contextRevision, 2);
        QCOMPARE(commander->send("POST", QStringLiteral("/api/v1/incidents/inc-404/repin"), {}, {})
                     .status,
                 404);

        QCOMPARE(ingest()
                     ->post(QStringLiteral("/api/v1/alerts/alertmanager"),
                            webhook(QStringLiteral("resolved")))
                     .status,
                 202);
        QCOMPARE(m_app->store().incident(incidentId)->status, QStringLiteral("resolved"));
        QCOMPARE(commander->send("POST", path, {}, {}).status, 409);
    }

    void proposalsAreListedAndShown()
    {
        auto api = as(QStringLiteral("responder"));
        const auto listed = api->get(QStringLiteral("/api/v1/proposals"));
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.json().value(QStringLiteral("proposals")).isArray());
        QCOMPARE(api->get(QStringLiteral("/api/v1/proposals?state=under_review&limit=3")).status,
                 200);
        const auto badState = api->get(QStringLiteral("/api/v1/proposals?state=maybe"));
        QCOMPARE(badState.status, 400);
        QCOMPARE(badState.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("state"));
        QCOMPARE(api->get(QStringLiteral("/api/v1/proposals?limit=5000")).status, 400);
        QCOMPARE(api->get(QStringLiteral("/api/v1/proposals/act-404")).status, 404);

        // A stored proposal comes back whole.
        ProposalRecord proposal;
        proposal.actionId = QStringLiteral("act-7");
        proposal.incidentId = QStringLiteral("inc-1");
        proposal.actionType = QStringLiteral("restart_service");
        proposal.state = QStringLiteral("under_review");
        proposal.reviewId = QStringLiteral("rev-3");
        proposal.createdAt = m_clock.now();
        proposal.updatedAt = m_clock.now();
        QString error;
        QVERIFY2(m_app->store().saveProposal(proposal, &error), qPrintable(error));
        const auto shown = api->get(QStringLiteral("/api/v1/proposals/act-7"));
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json().value(QStringLiteral("action_type")).toString(),
                 QStringLiteral("restart_service"));
        QCOMPARE(shown.json().value(QStringLiteral("review_id")).toString(),
                 QStringLiteral("rev-3"));
        const auto filtered = api->get(QStringLiteral("/api/v1/proposals?state=under_review"));
        QCOMPARE(filtered.json().value(QStringLiteral("proposals")).toArray().size(), 1);
        QCOMPARE(api->get(QStringLiteral("/api/v1/proposals?state=executed"))
                     .json()
                     .value(QStringLiteral("proposals"))
                     .toArray()
                     .size(),
                 0);
    }

    // --- metrics and health ----------------------------------------------------------

    void metricsAreScrapedByKeysAndOperators()
    {
        QCOMPARE(ingest()->post(QStringLiteral("/api/v1/alerts/pagerduty"), pagerDuty()).status,
                 202);
        QCOMPARE(ingest()->post(QStringLiteral("/api/v1/alerts"), QJsonArray()).status, 422);

        const auto scraped = ingest()->get(QStringLiteral("/metrics"));
        QCOMPARE(scraped.status, 200);
        QVERIFY(scraped.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        const QByteArray text = scraped.body;
        QCOMPARE(metricLine(text, "icc_alerts_received_total{source=\"pagerduty\"}"),
                 QStringLiteral("icc_alerts_received_total{source=\"pagerduty\"} 1"));
        QCOMPARE(metricLine(text, "icc_alerts_received_total{source=\"alertmanager\"}"),
                 QStringLiteral("icc_alerts_received_total{source=\"alertmanager\"} 0"));
        QCOMPARE(metricLine(text, "icc_ingest_requests_rejected_total{reason=\"payload\"}"),
                 QStringLiteral("icc_ingest_requests_rejected_total{reason=\"payload\"} 1"));
        QCOMPARE(metricLine(text, "icc_incidents_open "), QStringLiteral("icc_incidents_open 1"));
        QCOMPARE(metricLine(text, "icc_alerts_stored "), QStringLiteral("icc_alerts_stored 1"));
        QCOMPARE(metricLine(text, "icc_kill_switch_engaged "),
                 QStringLiteral("icc_kill_switch_engaged 0"));
        QCOMPARE(metricLine(text, "icc_websocket_clients "),
                 QStringLiteral("icc_websocket_clients 0"));
        QVERIFY(!metricLine(text, "icc_reviews_open{state=\"pending\"}").isEmpty());
        QVERIFY(!metricLine(text, "icc_reviews_open{state=\"held\"}").isEmpty());
        QVERIFY(!metricLine(text, "icc_halted_action_types ").isEmpty());
        QVERIFY(!metricLine(text, "icc_commit_last_latency_seconds ").isEmpty());
        QVERIFY(!metricLine(text, "icc_commit_failed_batches_total ").isEmpty());
        const QString sequence = metricLine(text, "icc_events_last_sequence ");
        QVERIFY(sequence.section(QLatin1Char(' '), 1).toLongLong() > 0);
        QVERIFY(metricLine(text, "icc_commit_batches_total ").section(QLatin1Char(' '), 1).toInt() >
                0);
        QVERIFY(metricLine(text, "icc_commit_writes_total ").section(QLatin1Char(' '), 1).toInt() >
                0);
        QVERIFY(text.contains("# TYPE icc_alerts_received_total counter"));
        QVERIFY(text.contains("icc_build_info{mode=\"dry-run\""));
        m_clock.advanceSeconds(90);
        QCOMPARE(metricLine(ingest()->get(QStringLiteral("/metrics")).body, "icc_uptime_seconds "),
                 QStringLiteral("icc_uptime_seconds 90"));

        for (const QString &role :
             {QStringLiteral("commander"), QStringLiteral("facilitator"), QStringLiteral("admin")})
            QCOMPARE(as(role)->get(QStringLiteral("/metrics")).status, 200);
        for (const QString &role : {QStringLiteral("responder"), QStringLiteral("reviewer")})
            QCOMPARE(as(role)->get(QStringLiteral("/metrics")).status, 403);
        QCOMPARE(client()->get(QStringLiteral("/metrics")).status, 401);
    }

    void healthSaysDegradedWhenTheStoreStopsAnswering()
    {
        auto api = client();
        auto health = api->get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(health.json().value(QStringLiteral("store")).toString(), QStringLiteral("ok"));

        m_app->store().database().connection().close();
        health = api->get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 503);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("degraded"));
        QCOMPARE(health.json().value(QStringLiteral("store")).toString(),
                 QStringLiteral("failing"));
    }
};

QTEST_GUILESS_MAIN(TestApiAlerts)
#include "tst_api_alerts.moc"
