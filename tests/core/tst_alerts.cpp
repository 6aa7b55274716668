#include "AlertFingerprint.h"
#include "AlertParser.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace icc;

// Alert's enums are compared through their names (icc::toString), which also
// gives readable failure messages.

namespace {

QByteArray readSample(const char *name)
{
    QFile file(QString::fromUtf8(icc::test::kTestDataDir) + QStringLiteral("/alerts/") +
               QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open sample %s", name);
    return file.readAll();
}

QJsonObject sampleObject(const char *name)
{
    return QJsonDocument::fromJson(readSample(name)).object();
}

QJsonObject objectFrom(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return document.object();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QString describe(const QList<ParseError> &errors)
{
    QStringList lines;
    for (const ParseError &error : errors)
        lines << error.toString();
    return lines.join(QStringLiteral(" | "));
}

Alert labelled(std::initializer_list<std::pair<QString, QString>> labels)
{
    Alert alert;
    for (const auto &[key, value] : labels)
        alert.labels.insert(key, value);
    return alert;
}

// Every alert a parser hands out, whatever the input, must be usable downstream.
void checkAlertInvariants(const AlertParseResult &result)
{
    static const QStringList severities{QStringLiteral("critical"), QStringLiteral("error"),
                                        QStringLiteral("warning"), QStringLiteral("info")};
    for (const Alert &alert : result.alerts) {
        QVERIFY(!alert.summary.isEmpty());
        QVERIFY(!alert.summary.contains(QLatin1Char('\n')));
        QVERIFY2(severities.contains(alert.severity), qPrintable(alert.severity));
        QCOMPARE(alert.fingerprint.size(), 64);
        QVERIFY(!alert.id.isEmpty());
    }
    for (const ParseError &error : result.errors)
        QVERIFY(!error.message.isEmpty());
}

// Values that break naive parsers, used to replace every node of the samples.
const QList<QJsonValue> &hostileValues()
{
    static const QList<QJsonValue> values{
        QJsonValue(QJsonValue::Null),
        QJsonValue(true),
        QJsonValue(0),
        QJsonValue(-1.7e308),
        QJsonValue(QString()),
        QJsonValue(QString(100000, QLatin1Char('x'))),
        QJsonValue(QStringLiteral("\n\n  \t")),
        QJsonValue(QJsonArray()),
        QJsonValue(QJsonArray{1, 2, 3}),
        QJsonValue(QJsonObject()),
        QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonObject{}}})};
    return values;
}

using Visitor = std::function<void(const QJsonValue &)>;

// Visits every copy of `value` with one node replaced by a hostile value or
// removed. Copies are made one at a time so memory stays flat.
void forEachMutation(const QJsonValue &value, const Visitor &visit)
{
    for (const QJsonValue &hostile : hostileValues())
        visit(hostile);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QJsonObject without = object;
            without.remove(it.key());
            visit(without);
            const QString key = it.key();
            forEachMutation(it.value(), [&](const QJsonValue &child) {
                QJsonObject copy = object;
                copy.insert(key, child);
                visit(copy);
            });
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonArray without = array;
            without.removeAt(i);
            visit(without);
            forEachMutation(array.at(i), [&](const QJsonValue &child) {
                QJsonArray copy = array;
                copy.replace(i, child);
                visit(copy);
            });
        }
    }
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT
private slots:
    // --- Alertmanager -------------------------------------------------------

    void alertmanagerPayloadGivesEveryAlert()
    {
        const AlertParseResult result =
            AlertParser::parseAlertmanager(sampleObject("alertmanager_v4.json"));
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.alerts.size(), 3);

        const Alert &cpu = result.alerts.at(0);
        QCOMPARE(toString(cpu.source), toString(Alert::Source::Alertmanager));
        QCOMPARE(toString(cpu.status), toString(Alert::Status::Firing));
        QCOMPARE(cpu.severity, QStringLiteral("critical")); // "page"
        QCOMPARE(cpu.summary, QStringLiteral("CPU usage above 90% on web-1.prod"));
        QVERIFY(cpu.description.startsWith(QStringLiteral("CPU on web-1.prod has been")));
        QVERIFY(cpu.description.contains(QStringLiteral("\nTop consumer")));
        QCOMPARE(cpu.origin, QStringLiteral("web-1.prod:9100"));
        QCOMPARE(cpu.dedupKey, QStringLiteral("c6d1b6a5e2f0a9b1"));
        QVERIFY(cpu.generatorUrl.startsWith(QStringLiteral("http://prometheus.prod:9090/graph")));
        QCOMPARE(cpu.labels.value(QStringLiteral("alertname")), QStringLiteral("HighCPU"));
        QCOMPARE(cpu.labels.value(QStringLiteral("severity")), QStringLiteral("page"));
        // Nanoseconds truncated to milliseconds; Go's zero time means "no end".
        QCOMPARE(cpu.startsAt, utc(2024, 3, 5, 10, 15, 30, 123));
        QVERIFY(!cpu.endsAt.isValid());
        // summary/description moved out; the rest kept, common annotations added.
        QVERIFY(!cpu.annotations.contains(QStringLiteral("summary")));
        QVERIFY(!cpu.annotations.contains(QStringLiteral("description")));
        QCOMPARE(cpu.annotations.value(QStringLiteral("runbook_url")),
                 QStringLiteral("https://runbooks.example.com/rb-cpu-high"));
        QCOMPARE(cpu.annotations.value(QStringLiteral("dashboard")),
                 QStringLiteral("https://grafana.example.com/d/node"));
        QCOMPARE(cpu.values.value(QStringLiteral("value")), 97.53);
        QCOMPARE(cpu.fingerprint.size(), 64);
        QVERIFY(cpu.id.startsWith(QStringLiteral("a-")));
        QCOMPARE(cpu.id.size(), 14);

        const Alert &cpu2 = result.alerts.at(1);
        // No summary annotation: alertname on instance. No severity: warning.
        QCOMPARE(cpu2.summary, QStringLiteral("HighCPU on web-2.prod:9100"));
        QCOMPARE(cpu2.severity, QStringLiteral("warning"));
        QCOMPARE(cpu2.values.value(QStringLiteral("current_value")), 93.1);
        QCOMPARE(cpu2.startsAt, utc(2024, 3, 5, 9, 16, 0)); // +01:00 converted to UTC
        QVERIFY(cpu2.fingerprint != cpu.fingerprint);
        QVERIFY(cpu2.id != cpu.id);

        const Alert &disk = result.alerts.at(2);
        QCOMPARE(toString(disk.status), toString(Alert::Status::Resolved));
        QCOMPARE(disk.severity, QStringLiteral("warning"));
        QCOMPARE(disk.endsAt, utc(2024, 3, 5, 10, 14, 0, 500));
        // A non-numeric "value" annotation stays text and gives no reading.
        QVERIFY(disk.values.isEmpty());
        QCOMPARE(disk.annotations.value(QStringLiteral("value")), QStringLiteral("about ninety"));
        QCOMPARE(disk.labels.value(QStringLiteral("service")), QStringLiteral("checkout"));
    }

    void alertmanagerGroupFieldsAreFallbacksOnly()
    {
        const AlertParseResult result = AlertParser::parseAlertmanager(objectFrom(
            R"({ )"
            R"("version": "4", "status": "resolved", )"
            R"("groupLabels": {"cluster": "eu-1"}, )"
            R"("commonLabels": {"team": "payments", "severity": "critical"}, )"
            R"("commonAnnotations": {"summary": "Group summary", "runbook_url": "https://rb"}, )"
            R"("alerts": [ )"
            R"({"labels": {"alertname": "A", "severity": "info"}}, )"
            R"({"labels": {"alertname": "B"}, "annotations": {"summary": "Own summary"}, )"
            R"("status": "firing"} )"
            R"(]})"));
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.alerts.size(), 2);
        const Alert &a = result.alerts.at(0);
        QCOMPARE(a.labels.value(QStringLiteral("severity")), QStringLiteral("info")); // own wins
        QCOMPARE(a.severity, QStringLiteral("info"));
        QCOMPARE(a.labels.value(QStringLiteral("team")), QStringLiteral("payments"));
        QCOMPARE(a.labels.value(QStringLiteral("cluster")), QStringLiteral("eu-1"));
        QCOMPARE(a.summary, QStringLiteral("Group summary"));
        QCOMPARE(a.annotations.value(QStringLiteral("runbook_url")), QStringLiteral("https://rb"));
        QCOMPARE(toString(a.status),
                 toString(Alert::Status::Resolved)); // payload status when the alert has none
        QVERIFY(!a.startsAt.isValid());
        const Alert &b = result.alerts.at(1);
        QCOMPARE(b.summary, QStringLiteral("Own summary"));
        QCOMPARE(b.severity, QStringLiteral("critical")); // from commonLabels
        QCOMPARE(toString(b.status), toString(Alert::Status::Firing));
    }

    void alertmanagerIgnoresUnknownFields()
    {
        const AlertParseResult result = AlertParser::parseAlertmanager(
            objectFrom(R"({ )"
                       R"("version": "4", "futureEnvelopeField": {"x": [1, 2]}, )"
                       R"("alerts": [{"labels": {"alertname": "A"}, "futureAlertField": 7}]})"));
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.alerts.size(), 1);
    }

    void alertmanagerBadAlertKeepsTheOthers()
    {
        const AlertParseResult result =
            AlertParser::parseAlertmanager(sampleObject("alertmanager_bad_alert.json"));
        QCOMPARE(result.alerts.size(), 3);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).index, 2);
        QCOMPARE(result.errors.at(0).field, QStringLiteral("alerts[2].labels"));
        QCOMPARE(result.alerts.at(2).origin, QStringLiteral("api-4:9100"));
        QVERIFY(
            result.errors.at(0).toString().startsWith(QStringLiteral("[2] alerts[2].labels: ")));
    }

    void alertmanagerErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *payload, int index, const char *field) {
            QTest::newRow(name) << QByteArray(payload) << index << QString::fromUtf8(field);
        };
        row("wrong version", R"({"version": "3", "alerts": []})", -1, "version");
        row("numeric version", R"({"version": 4, "alerts": []})", -1, "version");
        row("missing version", R"({"receiver": "x", "alerts": []})", -1, "version");
        row("alerts not array", R"({"version": "4", "alerts": {}})", -1, "alerts");
        row("group labels not object", R"({"version": "4", "groupLabels": [], "alerts": []})", -1,
            "groupLabels");
        row("common label not string",
            R"({"version": "4", "commonLabels": {"a": 1}, "alerts": []})", -1, "commonLabels.a");
        row("envelope status", R"({"version": "4", "status": "paused", "alerts": []})", -1,
            "status");
        row("alert not object",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}}, 5]})", 1, "alerts[1]");
        row("labels missing", R"({"version": "4", "alerts": [{"annotations": {}}]})", 0,
            "alerts[0].labels");
        row("label value not string",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A", "severity": 2}}]})", 0,
            "alerts[0].labels.severity");
        row("annotations not object",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}, "annotations": "x"}]})",
            0, "alerts[0].annotations");
        row("annotation not string",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}, )"
            R"("annotations": {"value": 97}}]})",
            0, "alerts[0].annotations.value");
        row("alert status",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}, "status": "pending"}]})",
            0, "alerts[0].status");
        row("startsAt",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}, "startsAt": "yesterday"}]})",
            0, "alerts[0].startsAt");
        row("endsAt",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}, )"
            R"("endsAt": "2024-02-30T00:00:00Z"}]})",
            0, "alerts[0].endsAt");
        row("generatorURL",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}, "generatorURL": 1}]})", 0,
            "alerts[0].generatorURL");
        row("fingerprint",
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}, "fingerprint": []}]})", 0,
            "alerts[0].fingerprint");
        row("no summary at all", R"({"version": "4", "alerts": [{"labels": {"job": "node"}}]})", 0,
            "alerts[0].annotations.summary");
    }
    void alertmanagerErrorsNameTheField()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, index);
        QFETCH(QString, field);
        const AlertParseResult result = AlertParser::parseAlertmanager(objectFrom(payload));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).field, field);
        QCOMPARE(result.errors.at(0).index, index);
        QVERIFY(!result.errors.at(0).message.isEmpty());
        // The broken item is never half-returned.
        if (index == -1)
            QVERIFY(result.alerts.isEmpty());
        for (const Alert &alert : result.alerts)
            QCOMPARE(alert.labels.value(QStringLiteral("alertname")), QStringLiteral("A"));
    }

    // --- PagerDuty ----------------------------------------------------------

    void pagerDutyTriggerAcknowledgeResolve()
    {
        const AlertParseResult trigger =
            AlertParser::parsePagerDuty(sampleObject("pagerduty_trigger.json"));
        QVERIFY2(trigger.ok(), qPrintable(describe(trigger.errors)));
        QCOMPARE(trigger.alerts.size(), 1);
        const Alert &alert = trigger.alerts.at(0);
        QCOMPARE(toString(alert.source), toString(Alert::Source::PagerDuty));
        QCOMPARE(toString(alert.status), toString(Alert::Status::Firing));
        QCOMPARE(alert.severity, QStringLiteral("error"));
        QCOMPARE(alert.summary, QStringLiteral("Replication lag on db-replica-2 above 30s"));
        QCOMPARE(alert.origin, QStringLiteral("db-replica-2.prod"));
        QCOMPARE(alert.dedupKey, QStringLiteral("checkout-db-replication-lag"));
        QCOMPARE(alert.startsAt, utc(2024, 3, 5, 10, 20, 0));
        QCOMPARE(alert.generatorUrl, QStringLiteral("https://monitoring.example.com/checkout"));
        QCOMPARE(alert.annotations.value(QStringLiteral("component")), QStringLiteral("postgres"));
        QCOMPARE(alert.annotations.value(QStringLiteral("group")), QStringLiteral("checkout-db"));
        QCOMPARE(alert.annotations.value(QStringLiteral("class")), QStringLiteral("replication"));
        QCOMPARE(alert.annotations.value(QStringLiteral("client")),
                 QStringLiteral("Checkout Monitoring"));
        QCOMPARE(alert.annotations.value(QStringLiteral("primary")),
                 QStringLiteral("db-primary-1.prod"));
        QCOMPARE(alert.annotations.value(QStringLiteral("wal_receiver_running")),
                 QStringLiteral("false"));
        QCOMPARE(alert.annotations.value(QStringLiteral("recent_errors")),
                 QStringLiteral(R"(["timeout","timeout"])"));
        QCOMPARE(alert.values.value(QStringLiteral("lag_seconds")), 42.5);
        QCOMPARE(alert.values.value(QStringLiteral("replica_count")), 3.0);
        QVERIFY(alert.labels.isEmpty());
        // The routing key is a credential: it must not travel with the alert.
        QVERIFY(!QJsonDocument(alert.toJson()).toJson().contains("R0UT1NGK3Y"));

        const AlertParseResult ack =
            AlertParser::parsePagerDuty(sampleObject("pagerduty_acknowledge.json"));
        QVERIFY2(ack.ok(), qPrintable(describe(ack.errors)));
        QCOMPARE(ack.alerts.size(), 1);
        QCOMPARE(toString(ack.alerts.at(0).status), toString(Alert::Status::Acknowledged));
        QCOMPARE(ack.alerts.at(0).severity, QStringLiteral("info"));
        QVERIFY(ack.alerts.at(0).summary.contains(QStringLiteral("checkout-db-replication-lag")));

        const AlertParseResult resolve =
            AlertParser::parsePagerDuty(sampleObject("pagerduty_resolve.json"));
        QVERIFY2(resolve.ok(), qPrintable(describe(resolve.errors)));
        QCOMPARE(toString(resolve.alerts.at(0).status), toString(Alert::Status::Resolved));

        // All three are the same alert: they dedup and share an id.
        QCOMPARE(ack.alerts.at(0).fingerprint, alert.fingerprint);
        QCOMPARE(resolve.alerts.at(0).fingerprint, alert.fingerprint);
        QCOMPARE(resolve.alerts.at(0).id, alert.id);
    }

    void pagerDutyErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *event, const char *field) {
            QTest::newRow(name) << QByteArray(event) << QString::fromUtf8(field);
        };
        row("routing_key missing", R"({"event_action": "resolve", "dedup_key": "k"})",
            "routing_key");
        row("routing_key empty",
            R"({"routing_key": " ", "event_action": "resolve", "dedup_key": "k"})", "routing_key");
        row("event_action missing", R"({"routing_key": "r", "dedup_key": "k"})", "event_action");
        row("event_action unknown",
            R"({"routing_key": "r", "event_action": "escalate", "dedup_key": "k"})",
            "event_action");
        row("acknowledge without dedup_key",
            R"({"routing_key": "r", "event_action": "acknowledge"})", "dedup_key");
        row("resolve with blank dedup_key",
            R"({"routing_key": "r", "event_action": "resolve", "dedup_key": ""})", "dedup_key");
        row("dedup_key not string",
            R"({"routing_key": "r", "event_action": "resolve", "dedup_key": 12})", "dedup_key");
        row("trigger without payload", R"({"routing_key": "r", "event_action": "trigger"})",
            "payload");
        row("payload not object",
            R"({"routing_key": "r", "event_action": "trigger", "payload": "down"})", "payload");
        row("summary missing",
            R"({"routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"source": "s", "severity": "info"}})",
            "payload.summary");
        row("source missing",
            R"({"routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"summary": "x", "severity": "info"}})",
            "payload.source");
        row("severity missing",
            R"({"routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"summary": "x", "source": "s"}})",
            "payload.severity");
        row("severity unknown",
            R"({"routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"summary": "x", "source": "s", "severity": "catastrophic"}})",
            "payload.severity");
        row("severity not string",
            R"({"routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"summary": "x", "source": "s", "severity": 1}})",
            "payload.severity");
        row("timestamp",
            R"({"routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"summary": "x", "source": "s", "severity": "info", )"
            R"("timestamp": "5 minutes ago"}})",
            "payload.timestamp");
        row("component",
            R"({"routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"summary": "x", "source": "s", "severity": "info", "component": 3}})",
            "payload.component");
        row("custom_details",
            R"({"routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"summary": "x", "source": "s", "severity": "info", )"
            R"("custom_details": 5}})",
            "payload.custom_details");
        row("client_url",
            R"({"routing_key": "r", "event_action": "resolve", "dedup_key": "k", )"
            R"("client_url": {}})",
            "client_url");
    }
    void pagerDutyErrorsNameTheField()
    {
        QFETCH(QByteArray, event);
        QFETCH(QString, field);
        const AlertParseResult result = AlertParser::parsePagerDuty(objectFrom(event));
        QVERIFY(result.alerts.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).field, field);
        QCOMPARE(result.errors.at(0).index, 0);
    }

    void pagerDutyAcceptsLooseSeveritySpellingsAndStringDetails()
    {
        const AlertParseResult result = AlertParser::parsePagerDuty(objectFrom(
            R"({ )"
            R"("routing_key": "r", "event_action": "trigger", )"
            R"("payload": {"summary": "Disk full", "source": "db", "severity": "Warning", )"
            R"("custom_details": "df says 100%"}, )"
            R"("links": "not even a list"})"));
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.alerts.at(0).severity, QStringLiteral("warning"));
        QCOMPARE(result.alerts.at(0).annotations.value(QStringLiteral("details")),
                 QStringLiteral("df says 100%"));
        QVERIFY(result.alerts.at(0).dedupKey.isEmpty());
    }

    // --- Generic ------------------------------------------------------------

    void genericAlert()
    {
        const AlertParseResult result = AlertParser::parseGeneric(sampleObject("generic.json"));
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.alerts.size(), 1);
        const Alert &alert = result.alerts.at(0);
        QCOMPARE(toString(alert.source), toString(Alert::Source::Generic));
        QCOMPARE(alert.id, QStringLiteral("evt-20240305-0042")); // the sender's id is kept
        QCOMPARE(alert.severity, QStringLiteral("error"));       // "SEV-2"
        QCOMPARE(alert.origin, QStringLiteral("orders-consumer"));
        QCOMPARE(toString(alert.status), toString(Alert::Status::Firing));
        QCOMPARE(alert.startsAt, utc(2024, 3, 5, 10, 30, 0));
        QCOMPARE(alert.labels.value(QStringLiteral("queue")), QStringLiteral("orders.created"));
        QCOMPARE(alert.annotations.value(QStringLiteral("owner")),
                 QStringLiteral("team-fulfilment"));
        QCOMPARE(alert.values.value(QStringLiteral("queue_depth")), 12873.0);
        QCOMPARE(alert.values.value(QStringLiteral("consumer_count")), 0.0);
        QVERIFY(alert.description.startsWith(QStringLiteral("The orders queue")));
    }

    void genericDefaultsAndTimestamps()
    {
        AlertParseResult result = AlertParser::parseGeneric(objectFrom(R"({"summary": "x"})"));
        QVERIFY(result.ok());
        QCOMPARE(result.alerts.at(0).severity, QStringLiteral("warning"));
        QCOMPARE(toString(result.alerts.at(0).status), toString(Alert::Status::Firing));
        QVERIFY(result.alerts.at(0).id.startsWith(QStringLiteral("a-")));
        QVERIFY(!result.alerts.at(0).startsAt.isValid());

        result = AlertParser::parseGeneric(
            objectFrom(R"({"summary": "x", "timestamp": 1709634600, "status": "ACK"})"));
        QVERIFY(result.ok());
        QCOMPARE(result.alerts.at(0).startsAt, utc(2024, 3, 5, 10, 30, 0));
        QCOMPARE(toString(result.alerts.at(0).status), toString(Alert::Status::Acknowledged));

        result = AlertParser::parseGeneric(
            objectFrom(R"({"summary": "x", "timestamp": 1709634600250, "status": "resolved"})"));
        QVERIFY(result.ok());
        QCOMPARE(result.alerts.at(0).startsAt, utc(2024, 3, 5, 10, 30, 0, 250));
        QCOMPARE(toString(result.alerts.at(0).status), toString(Alert::Status::Resolved));

        // Explicit nulls mean "not given".
        result = AlertParser::parseGeneric(
            objectFrom(R"({"summary": "x", "severity": null, "labels": null, "id": null})"));
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    }

    void multiLineSummaryKeepsOneLine()
    {
        AlertParseResult result = AlertParser::parseGeneric(
            objectFrom(R"({"summary": "\n  Disk full on db-1  \nused 100% of /data"})"));
        QVERIFY(result.ok());
        QCOMPARE(result.alerts.at(0).summary, QStringLiteral("Disk full on db-1"));
        QCOMPARE(result.alerts.at(0).description,
                 QStringLiteral("Disk full on db-1  \nused 100% of /data"));

        result = AlertParser::parseGeneric(
            objectFrom(R"({"summary": "first\nsecond", "description": "own description"})"));
        QCOMPARE(result.alerts.at(0).summary, QStringLiteral("first"));
        QCOMPARE(result.alerts.at(0).description, QStringLiteral("own description"));
    }

    void genericErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const char *object, const char *field) {
            QTest::newRow(name) << QByteArray(object) << QString::fromUtf8(field);
        };
        row("empty object", "{}", "summary");
        row("summary empty", R"({"summary": "   "})", "summary");
        row("summary number", R"({"summary": 17})", "summary");
        row("summary null", R"({"summary": null})", "summary");
        row("severity number", R"({"summary": "x", "severity": 3})", "severity");
        row("severity unknown", R"({"summary": "x", "severity": "apocalyptic"})", "severity");
        row("source array", R"({"summary": "x", "source": []})", "source");
        row("description object", R"({"summary": "x", "description": {}})", "description");
        row("labels array", R"({"summary": "x", "labels": ["a"]})", "labels");
        row("label number", R"({"summary": "x", "labels": {"a": 1}})", "labels.a");
        row("annotations string", R"({"summary": "x", "annotations": "x"})", "annotations");
        row("annotation bool", R"({"summary": "x", "annotations": {"b": true}})", "annotations.b");
        row("values array", R"({"summary": "x", "values": [1]})", "values");
        row("value string", R"({"summary": "x", "values": {"cpu": "97"}})", "values.cpu");
        row("status unknown", R"({"summary": "x", "status": "exploded"})", "status");
        row("status number", R"({"summary": "x", "status": 1})", "status");
        row("id number", R"({"summary": "x", "id": 5})", "id");
        row("timestamp text", R"({"summary": "x", "timestamp": "soon"})", "timestamp");
        row("timestamp bool", R"({"summary": "x", "timestamp": true})", "timestamp");
        row("timestamp negative", R"({"summary": "x", "timestamp": -5})", "timestamp");
        row("timestamp huge", R"({"summary": "x", "timestamp": 1e300})", "timestamp");
    }
    void genericErrorsNameTheField()
    {
        QFETCH(QByteArray, object);
        QFETCH(QString, field);
        const AlertParseResult result = AlertParser::parseGeneric(objectFrom(object));
        QVERIFY(result.alerts.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).field, field);
        QCOMPARE(result.errors.at(0).index, 0);
    }

    // --- Detection, batches, documents, JSON Lines ---------------------------

    void autoDetectsTheFormat()
    {
        QCOMPARE(AlertParser::parse(sampleObject("alertmanager_v4.json")).alerts.size(), 3);
        QCOMPARE(
            toString(
                AlertParser::parse(sampleObject("pagerduty_trigger.json")).alerts.at(0).source),
            toString(Alert::Source::PagerDuty));
        QCOMPARE(toString(AlertParser::parse(sampleObject("generic.json")).alerts.at(0).source),
                 toString(Alert::Source::Generic));
        // An Alertmanager envelope with a wrong version is still judged as one.
        const AlertParseResult wrongVersion =
            AlertParser::parseDocument(R"({"version": "5", "alerts": []})");
        QCOMPARE(wrongVersion.errors.size(), 1);
        QCOMPARE(wrongVersion.errors.at(0).field, QStringLiteral("version"));
        // A PagerDuty event is recognised by its routing key alone.
        const AlertParseResult noAction = AlertParser::parseDocument(R"({"routing_key": "r"})");
        QCOMPARE(noAction.errors.at(0).field, QStringLiteral("event_action"));
    }

    void prometheusPostableAlertsAreRead()
    {
        // What Prometheus posts to Alertmanager's POST /api/v2/alerts.
        const AlertParseResult result = AlertParser::parseDocument(
            R"([{"labels": {"alertname": "HighCPU", "service": "checkout-api", )"
            R"("severity": "page"}, "annotations": {"summary": "CPU at 97% on checkout-api", )"
            R"("value": "97"}, "startsAt": "2026-11-21T03:00:00Z", "generatorURL": "prom"}, )"
            R"({"labels": {"alertname": "DiskFull", "instance": "db-1:9100"}, )"
            R"("status": "resolved"}])");
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        QCOMPARE(result.alerts.size(), 2);
        const Alert &cpu = result.alerts.at(0);
        QCOMPARE(toString(cpu.source), toString(Alert::Source::Alertmanager));
        QCOMPARE(cpu.summary, QStringLiteral("CPU at 97% on checkout-api"));
        QCOMPARE(cpu.severity, QStringLiteral("critical"));
        QCOMPARE(cpu.origin, QStringLiteral("checkout-api"));
        QCOMPARE(cpu.values.value(QStringLiteral("value")), 97.0);
        QCOMPARE(toString(cpu.status), toString(Alert::Status::Firing));
        const Alert &disk = result.alerts.at(1);
        QCOMPARE(disk.summary, QStringLiteral("DiskFull on db-1:9100"));
        QCOMPARE(toString(disk.status), toString(Alert::Status::Resolved));

        // Errors name the field without a webhook's "alerts[i]." prefix.
        const AlertParseResult bad =
            AlertParser::parseDocument(R"({"labels": {"alertname": "X", "team": 3}})");
        QCOMPARE(bad.errors.size(), 1);
        QCOMPARE(bad.errors.at(0).field, QStringLiteral("labels.team"));

        // A generic alert with its own summary stays generic.
        const AlertParseResult generic =
            AlertParser::parseDocument(R"({"summary": "s", "labels": {"alertname": "X"}})");
        QCOMPARE(toString(generic.alerts.at(0).source), toString(Alert::Source::Generic));
    }

    void batchArrayKeepsGoodItems()
    {
        const AlertParseResult result = AlertParser::parseDocument(readSample("batch.json"));
        QCOMPARE(result.alerts.size(), 2);
        QCOMPARE(toString(result.alerts.at(0).source), toString(Alert::Source::Generic));
        QCOMPARE(toString(result.alerts.at(1).source), toString(Alert::Source::PagerDuty));
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).index, 2);
        QCOMPARE(result.errors.at(0).field, QStringLiteral("summary"));
        QCOMPARE(result.errors.at(1).index, 3);
        QVERIFY(result.errors.at(1).field.isEmpty());
        QVERIFY(result.errors.at(1).message.contains(QStringLiteral("number")));
    }

    void batchOfAlertmanagerPayloadsUsesBatchIndexes()
    {
        const AlertParseResult result = AlertParser::parseDocument(
            R"([ )"
            R"({"version": "4", "alerts": [{"labels": {"alertname": "A"}}]}, )"
            R"({"version": "4", "alerts": [{"labels": {"alertname": "B"}}, {"labels": 3}]}])");
        QCOMPARE(result.alerts.size(), 2);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.at(0).index, 1);
        QCOMPARE(result.errors.at(0).field, QStringLiteral("alerts[1].labels"));
    }

    void documentLevelErrors()
    {
        for (const QByteArray &bad : {QByteArray(), QByteArray("  \n"), QByteArray("{\"summary\":"),
                                      QByteArray("42"), QByteArray("\"text\""), QByteArray("null"),
                                      QByteArray("{} {}"), QByteArray("\xff\xfe{}")}) {
            const AlertParseResult result = AlertParser::parseDocument(bad);
            QVERIFY2(result.alerts.isEmpty(), bad.constData());
            QVERIFY2(!result.errors.isEmpty(), bad.constData());
            checkAlertInvariants(result);
        }
        const AlertParseResult truncated = AlertParser::parseDocument("{\"summary\": ");
        QCOMPARE(truncated.errors.size(), 1);
        QVERIFY(truncated.errors.at(0).message.contains(QStringLiteral("offset")));
        // A UTF-8 byte order mark (Windows editors) is not an error.
        const AlertParseResult bom = AlertParser::parseDocument("\xEF\xBB\xBF{\"summary\": \"x\"}");
        QVERIFY2(bom.ok(), qPrintable(describe(bom.errors)));
        QCOMPARE(bom.alerts.size(), 1);
    }

    void jsonLinesReportsBadLinesAndParsesTheRest()
    {
        const AlertParseResult result = AlertParser::parseJsonLines(readSample("alerts.jsonl"));
        QCOMPARE(result.alerts.size(), 2);
        QCOMPARE(result.alerts.at(0).summary, QStringLiteral("Login error rate above 5%"));
        QCOMPARE(result.alerts.at(0).severity, QStringLiteral("critical")); // "high"
        QCOMPARE(toString(result.alerts.at(1).source), toString(Alert::Source::PagerDuty));
        QCOMPARE(result.errors.size(), 2);
        QCOMPARE(result.errors.at(0).index, 3); // 1-based line; blank lines 2 and 4 skipped
        QVERIFY(result.errors.at(0).field.isEmpty());
        QVERIFY(result.errors.at(0).message.contains(QStringLiteral("column")));
        QCOMPARE(result.errors.at(1).index, 6);
        QCOMPARE(result.errors.at(1).field, QStringLiteral("summary"));
    }

    void jsonLinesToleratesCrlfAndMissingFinalNewline()
    {
        const AlertParseResult result =
            AlertParser::parseJsonLines("{\"summary\": \"a\"}\r\n\r\n{\"summary\": \"b\"}");
        QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
        QCOMPARE(result.alerts.size(), 2);
        QVERIFY(AlertParser::parseJsonLines(QByteArray()).alerts.isEmpty());
        QVERIFY(AlertParser::parseJsonLines(QByteArray()).ok());
    }

    // --- Severity -----------------------------------------------------------

    void severityTable_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *input, const char *expected) {
            QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(expected);
        };
        for (const char *text : {"critical", "CRITICAL", "page", "P1", "p0", "sev1", "SEV-1",
                                 "Sev 0", "high", "fatal", "emergency", "disaster"})
            row(text, "critical");
        for (const char *text : {"error", "ERR", "major", "p2", "sev_2"})
            row(text, "error");
        for (const char *text : {"warning", "warn", "Minor", "medium", "p3", "average"})
            row(text, "warning");
        for (const char *text : {"info", "informational", "low", "notice", "P4", "none", "ok"})
            row(text, "info");
        for (const char *text : {"", "   ", "sev", "p9", "extreme", "1"})
            row(text, "");
    }
    void severityTable()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(AlertParser::normaliseSeverity(input).value_or(QString()), expected);
    }

    // --- Fingerprints -------------------------------------------------------

    void fingerprintIsPinned()
    {
        // Stored fingerprints must stay valid across releases: changing the
        // encoding would break dedup against alerts already in the database.
        QCOMPARE(
            AlertFingerprint::compute(
                labelled({{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                          {QStringLiteral("instance"), QStringLiteral("web-1")}})),
            QStringLiteral("6931e3e9eb48af6ecb014b86114bbfc0c4fbfc0c20fdf89b28639811a2ff568c"));
        Alert pagerDuty;
        pagerDuty.dedupKey = QStringLiteral("checkout-db-replication-lag");
        QCOMPARE(
            AlertFingerprint::compute(pagerDuty),
            QStringLiteral("5fb2448ff8f313e91f7867ef5cc6cb5dd001cba7269ff92b492669ef324f8824"));
    }

    void fingerprintIgnoresLabelOrderStatusAndTimes()
    {
        const AlertParseResult one = AlertParser::parseDocument(
            R"({"version": "4", "alerts": [ )"
            R"({"status": "firing", "labels": {"alertname": "HighCPU", "instance": "web-1", "job": "node"}, )"
            R"("annotations": {"summary": "CPU high"}, "startsAt": "2024-03-05T10:00:00Z"}]})");
        const AlertParseResult two = AlertParser::parseDocument(
            R"({"version": "4", "alerts": [ )"
            R"({"status": "resolved", "labels": {"job": "node", "instance": "web-1", "alertname": "HighCPU"}, )"
            R"("annotations": {"summary": "CPU back to normal", "value": "12"}, )"
            R"("startsAt": "2024-03-05T10:00:00Z", "endsAt": "2024-03-05T10:30:00Z"}]})");
        QVERIFY(one.ok() && two.ok());
        QCOMPARE(one.alerts.at(0).fingerprint, two.alerts.at(0).fingerprint);
        // The same firing, resolved later, keeps its id.
        QCOMPARE(one.alerts.at(0).id, two.alerts.at(0).id);

        Alert a = labelled({{QStringLiteral("b"), QStringLiteral("2")},
                            {QStringLiteral("a"), QStringLiteral("1")}});
        Alert b = labelled({{QStringLiteral("a"), QStringLiteral("1")},
                            {QStringLiteral("b"), QStringLiteral("2")}});
        b.status = Alert::Status::Resolved;
        b.startsAt = utc(2024, 1, 1, 0, 0, 0);
        b.endsAt = utc(2024, 1, 1, 1, 0, 0);
        b.severity = QStringLiteral("critical");
        b.summary = QStringLiteral("different words");
        b.values.insert(QStringLiteral("cpu"), 99);
        QCOMPARE(AlertFingerprint::compute(a), AlertFingerprint::compute(b));
    }

    void fingerprintDistinguishesDifferentAlerts()
    {
        const Alert base = labelled({{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                                     {QStringLiteral("instance"), QStringLiteral("web-1")}});
        const Alert otherInstance =
            labelled({{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                      {QStringLiteral("instance"), QStringLiteral("web-2")}});
        const Alert extraLabel = labelled({{QStringLiteral("alertname"), QStringLiteral("HighCPU")},
                                           {QStringLiteral("instance"), QStringLiteral("web-1")},
                                           {QStringLiteral("job"), QStringLiteral("node")}});
        QVERIFY(AlertFingerprint::compute(base) != AlertFingerprint::compute(otherInstance));
        QVERIFY(AlertFingerprint::compute(base) != AlertFingerprint::compute(extraLabel));
        // Moving text across the key/value boundary must not collide.
        QVERIFY(
            AlertFingerprint::compute(labelled({{QStringLiteral("a"), QStringLiteral("b=c")}})) !=
            AlertFingerprint::compute(labelled({{QStringLiteral("a=b"), QStringLiteral("c")}})));
        QVERIFY(AlertFingerprint::compute(labelled({{QStringLiteral("ab"), QStringLiteral("")}})) !=
                AlertFingerprint::compute(labelled({{QStringLiteral("a"), QStringLiteral("b")}})));

        Alert keyed;
        keyed.dedupKey = QStringLiteral("k1");
        Alert otherKey;
        otherKey.dedupKey = QStringLiteral("k2");
        QVERIFY(AlertFingerprint::compute(keyed) != AlertFingerprint::compute(otherKey));
        // Labels, when present, are the identity even if a dedup key differs.
        Alert labelledWithKey = base;
        labelledWithKey.dedupKey = QStringLiteral("whatever");
        QCOMPARE(AlertFingerprint::compute(labelledWithKey), AlertFingerprint::compute(base));
    }

    void fingerprintOfSummaryIsNormalised()
    {
        Alert a;
        a.summary = QStringLiteral("Disk  FULL on db-1 ");
        a.origin = QStringLiteral("DB-1");
        Alert b;
        b.summary = QStringLiteral("disk full on db-1");
        b.origin = QStringLiteral("db-1");
        b.status = Alert::Status::Resolved;
        QCOMPARE(AlertFingerprint::compute(a), AlertFingerprint::compute(b));
        Alert otherOrigin = b;
        otherOrigin.origin = QStringLiteral("db-2");
        QVERIFY(AlertFingerprint::compute(otherOrigin) != AlertFingerprint::compute(b));
        // A summary never hashes like a dedup key of the same text.
        Alert keyed;
        keyed.dedupKey = b.summary;
        Alert summarised;
        summarised.summary = b.summary;
        QVERIFY(AlertFingerprint::compute(keyed) != AlertFingerprint::compute(summarised));

        // Generic re-sends without labels dedup on summary + source.
        const AlertParseResult first =
            AlertParser::parseDocument(R"({"summary": "Disk full", "source": "db-1"})");
        const AlertParseResult again = AlertParser::parseDocument(
            R"({"summary": "disk   full", "source": "db-1", "status": "resolved"})");
        QCOMPARE(first.alerts.at(0).fingerprint, again.alerts.at(0).fingerprint);
        QCOMPARE(first.alerts.at(0).id, again.alerts.at(0).id);
    }

    void derivedIdSeparatesFirings()
    {
        const QString fingerprint = AlertFingerprint::compute(
            labelled({{QStringLiteral("alertname"), QStringLiteral("HighCPU")}}));
        const QString monday = AlertFingerprint::derivedId(fingerprint, utc(2024, 3, 4, 9, 0, 0));
        const QString tuesday = AlertFingerprint::derivedId(fingerprint, utc(2024, 3, 5, 9, 0, 0));
        QVERIFY(monday != tuesday);
        QCOMPARE(monday, AlertFingerprint::derivedId(fingerprint, utc(2024, 3, 4, 9, 0, 0)));
        // Same instant written in another zone is the same firing.
        QCOMPARE(monday,
                 AlertFingerprint::derivedId(
                     fingerprint, QDateTime(QDate(2024, 3, 4), QTime(10, 0), QTimeZone(3600))));
        QCOMPARE(AlertFingerprint::derivedId(fingerprint),
                 QStringLiteral("a-") + fingerprint.left(12));
        QCOMPARE(monday.size(), 14);

        const AlertParseResult refired = AlertParser::parseDocument(
            R"({"version": "4", "alerts": [ )"
            R"({"labels": {"alertname": "HighCPU"}, "startsAt": "2024-03-04T09:00:00Z"}, )"
            R"({"labels": {"alertname": "HighCPU"}, "startsAt": "2024-03-05T09:00:00Z"}]})");
        QVERIFY(refired.ok());
        QCOMPARE(refired.alerts.at(0).fingerprint, refired.alerts.at(1).fingerprint);
        QVERIFY(refired.alerts.at(0).id != refired.alerts.at(1).id);
    }

    // --- Robustness ---------------------------------------------------------

    void survivesEveryMutationOfTheSamples()
    {
        int parsed = 0;
        for (const char *sample : {"alertmanager_v4.json", "pagerduty_trigger.json",
                                   "pagerduty_acknowledge.json", "generic.json", "batch.json"}) {
            const QJsonDocument document = QJsonDocument::fromJson(readSample(sample));
            const QJsonValue root =
                document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
            forEachMutation(root, [&parsed](const QJsonValue &mutant) {
                checkAlertInvariants(AlertParser::parse(mutant));
                if (mutant.isObject()) {
                    // Each parser must also survive input meant for another.
                    checkAlertInvariants(AlertParser::parseAlertmanager(mutant.toObject()));
                    checkAlertInvariants(AlertParser::parsePagerDuty(mutant.toObject()));
                    checkAlertInvariants(AlertParser::parseGeneric(mutant.toObject()));
                }
                ++parsed;
            });
            QVERIFY(!QTest::currentTestFailed());
        }
        QVERIFY(parsed > 1000);
    }

    void survivesTruncatedAndRandomBytes()
    {
        for (const char *sample :
             {"alertmanager_v4.json", "pagerduty_trigger.json", "alerts.jsonl"}) {
            const QByteArray bytes = readSample(sample);
            for (qsizetype cut = 0; cut < bytes.size(); cut += 5) {
                checkAlertInvariants(AlertParser::parseDocument(bytes.left(cut)));
                checkAlertInvariants(AlertParser::parseJsonLines(bytes.left(cut)));
            }
        }
        QRandomGenerator random(20240305); // fixed seed: failures must reproduce
        for (int round = 0; round < 300; ++round) {
            QByteArray noise(int(random.bounded(1, 400)), Qt::Uninitialized);
            for (char &byte : noise)
                byte = char(random.bounded(256));
            checkAlertInvariants(AlertParser::parseDocument(noise));
            checkAlertInvariants(AlertParser::parseJsonLines(noise));
        }
    }

    void survivesOddShapes()
    {
        const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        const QByteArray hugeSummary =
            "{\"summary\": \"" + QByteArray(2 * 1024 * 1024, 'A') + "\", \"severity\": \"p1\"}";
        for (const QByteArray &input :
             {deep, QByteArray("[1, 2, 3]"), QByteArray("[null, [], [[]], {}]"),
              QByteArray("{\"alerts\": null, \"version\": null}"),
              QByteArray("{\"version\": \"4\", \"alerts\": [null, 1, \"x\", [], {}]}"),
              QByteArray("{\"event_action\": null, \"routing_key\": null, \"payload\": null}"),
              QByteArray("{\"labels\": {\"\": \"\"}, \"summary\": \"\\u0000\"}"),
              QByteArray("{\"summary\": \"\\ud800\"}"), hugeSummary}) {
            checkAlertInvariants(AlertParser::parseDocument(input));
            checkAlertInvariants(AlertParser::parseJsonLines(input));
        }
        const AlertParseResult huge = AlertParser::parseDocument(hugeSummary);
        QCOMPARE(huge.alerts.size(), 1);
        QCOMPARE(huge.alerts.at(0).severity, QStringLiteral("critical"));

        for (const QJsonValue &value : hostileValues())
            checkAlertInvariants(AlertParser::parse(value));
        QVERIFY(!AlertParser::parse(QJsonValue(QJsonValue::Undefined)).ok());

        // An over-long bad value is quoted in part, never whole.
        const AlertParseResult longStatus = AlertParser::parseGeneric(
            QJsonObject{{QStringLiteral("summary"), QStringLiteral("x")},
                        {QStringLiteral("status"), QString(100000, QLatin1Char('s'))}});
        QCOMPARE(longStatus.errors.size(), 1);
        QVERIFY(longStatus.errors.at(0).message.size() < 200);
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
