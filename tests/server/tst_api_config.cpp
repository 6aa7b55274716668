#include "AuditEvent.h"
#include "EscalationTestRegistry.h"
#include "IncidentService.h"
#include "RoutesTestServer.h"
#include "SqlServerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace icc;
using icc::test::ApiClient;
using icc::test::RoutesTestServer;

namespace {

QString detailOf(const ApiClient::Response &response)
{
    return response.json().value(QStringLiteral("detail")).toString();
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiClient::Response put(ApiClient &client, const QString &path, const QJsonObject &body)
{
    return client.send("PUT", path, jsonBytes(body));
}

const QString kRunbook = QStringLiteral(R"(---
id: rb-widget-stuck
title: Widget queue stuck
risk: low
tags: [widgets]
symptoms:
  - widget queue not draining for 10 minutes
steps:
  - action: identify_process
    description: Find the stuck consumer
---
# Widget queue stuck

Look at the consumer first.
)");

#define START_SERVER(s)                                                                            \
    RoutesTestServer s;                                                                            \
    {                                                                                              \
        QString error;                                                                             \
        QVERIFY2(s.start(&error), qPrintable(error));                                              \
        for (const auto &[name, role] :                                                            \
             {std::pair{"alice", "reviewer"}, std::pair{"ivan", "commander"},                      \
              std::pair{"fran", "facilitator"}, std::pair{"rita", "responder"},                    \
              std::pair{"ada", "admin"}})                                                          \
            QVERIFY2(s.addUser(QLatin1String(name), QLatin1String(role), &error),                  \
                     qPrintable(error));                                                           \
    }

} // namespace

class TestApiConfig : public QObject
{
    Q_OBJECT

private slots:
    void rosterRoundTripAndLineNumbers()
    {
        START_SERVER(s);
        auto ivan = s.client(QStringLiteral("ivan"));
        const auto current = ivan->get(QStringLiteral("/api/v1/roster"));
        QVERIFY2(current.status == 200, qPrintable(current.describe()));
        QCOMPARE(current.json()[QStringLiteral("version")].toInteger(), 1);
        QCOMPARE(current.json()[QStringLiteral("roster")][QStringLiteral("name")].toString(),
                 QStringLiteral("payments-platform"));

        QString yaml = current.json()[QStringLiteral("yaml")].toString();
        yaml.replace(QStringLiteral("name: payments-platform"), QStringLiteral("name: payments-2"));
        const auto saved = put(*ivan, QStringLiteral("/api/v1/roster"),
                               QJsonObject{{QStringLiteral("yaml"), yaml}});
        QVERIFY2(saved.status == 200, qPrintable(saved.describe()));
        QCOMPARE(saved.json()[QStringLiteral("version")].toInteger(), 2);
        const auto again = s.client(QStringLiteral("rita"))->get(QStringLiteral("/api/v1/roster"));
        QCOMPARE(again.json()[QStringLiteral("version")].toInteger(), 2);
        QCOMPARE(again.json()[QStringLiteral("yaml")].toString(), yaml);
        QCOMPARE(again.json()[QStringLiteral("updated_by")].toString(), QStringLiteral("ivan"));
        QCOMPARE(s.countAudit(AuditEvent::kRosterChanged), 2);

        QString broken = yaml;
        broken.replace(QStringLiteral("timeout: 15m"), QStringLiteral("timeout: soon"));
        const auto refused = put(*ivan, QStringLiteral("/api/v1/roster"),
                                 QJsonObject{{QStringLiteral("yaml"), broken}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), QStringLiteral("yaml"));
        QVERIFY2(
            detailOf(refused).contains(QRegularExpression(QStringLiteral("roster\\.yaml:\\d+:"))),
            qPrintable(detailOf(refused)));
        QCOMPARE(ivan->get(QStringLiteral("/api/v1/roster"))
                     .json()[QStringLiteral("version")]
                     .toInteger(),
                 2);
        QCOMPARE(put(*ivan, QStringLiteral("/api/v1/roster"), QJsonObject()).status, 422);
    }

    // Two commanders load version 1; the first saves version 2; the second
    // save names base_version 1 and must not silently replace version 2.
    void rosterSaveFromAnOldVersionIsAConflict()
    {
        START_SERVER(s);
        auto ivan = s.client(QStringLiteral("ivan"));
        const auto loaded = ivan->get(QStringLiteral("/api/v1/roster"));
        QVERIFY2(loaded.status == 200, qPrintable(loaded.describe()));
        const qint64 base = loaded.json()[QStringLiteral("version")].toInteger();
        QCOMPARE(base, 1);
        const QString yaml = loaded.json()[QStringLiteral("yaml")].toString();

        QString first = yaml;
        first.replace(QStringLiteral("name: payments-platform"), QStringLiteral("name: first"));
        const auto saved = put(
            *ivan, QStringLiteral("/api/v1/roster"),
            QJsonObject{{QStringLiteral("yaml"), first}, {QStringLiteral("base_version"), base}});
        QVERIFY2(saved.status == 200, qPrintable(saved.describe()));
        QCOMPARE(saved.json()[QStringLiteral("version")].toInteger(), 2);

        QString second = yaml;
        second.replace(QStringLiteral("name: payments-platform"), QStringLiteral("name: second"));
        const auto stale = put(
            *ivan, QStringLiteral("/api/v1/roster"),
            QJsonObject{{QStringLiteral("yaml"), second}, {QStringLiteral("base_version"), base}});
        QVERIFY2(stale.status == 409, qPrintable(stale.describe()));
        QCOMPARE(stale.json()[QStringLiteral("error")].toString(), QStringLiteral("conflict"));
        QCOMPARE(stale.errorField(), QStringLiteral("base_version"));
        QVERIFY2(detailOf(stale).contains(QStringLiteral("version 1")) &&
                     detailOf(stale).contains(QStringLiteral("version is 2")),
                 qPrintable(detailOf(stale)));
        const auto after = ivan->get(QStringLiteral("/api/v1/roster"));
        QCOMPARE(after.json()[QStringLiteral("version")].toInteger(), 2);
        QCOMPARE(after.json()[QStringLiteral("yaml")].toString(), first);
        QCOMPARE(s.countAudit(AuditEvent::kRosterChanged), 2);

        // The current base saves; a base_version of the wrong type is a 422.
        const auto current =
            put(*ivan, QStringLiteral("/api/v1/roster"),
                QJsonObject{{QStringLiteral("yaml"), second}, {QStringLiteral("base_version"), 2}});
        QVERIFY2(current.status == 200, qPrintable(current.describe()));
        QCOMPARE(current.json()[QStringLiteral("version")].toInteger(), 3);
        const auto typo = put(*ivan, QStringLiteral("/api/v1/roster"),
                              QJsonObject{{QStringLiteral("yaml"), second},
                                          {QStringLiteral("base_version"), QStringLiteral("3")}});
        QCOMPARE(typo.status, 422);
        QCOMPARE(typo.errorField(), QStringLiteral("base_version"));
    }

    void onCallAtATime()
    {
        START_SERVER(s);
        auto rita = s.client(QStringLiteral("rita"));
        // The demo roster's override: bob covers alice on 2026-01-10.
        const auto weekend =
            rita->get(QStringLiteral("/api/v1/roster/on-call?at=2026-01-10T12:00:00Z"));
        QVERIFY2(weekend.status == 200, qPrintable(weekend.describe()));
        QCOMPARE(weekend.json()[QStringLiteral("rotations")][QStringLiteral("primary")].toString(),
                 QStringLiteral("bob"));
        QCOMPARE(weekend.json()[QStringLiteral("chain")].toArray().size(), 4);
        const auto before =
            rita->get(QStringLiteral("/api/v1/roster/on-call?at=2026-01-09T12:00:00Z"));
        QCOMPARE(before.json()[QStringLiteral("rotations")][QStringLiteral("primary")].toString(),
                 QStringLiteral("alice"));
        QCOMPARE(
            before.json()[QStringLiteral("chain")][0][QStringLiteral("recipients")][0].toString(),
            QStringLiteral("alice"));
        // Without ?at the server's clock decides.
        QCOMPARE(rita->get(QStringLiteral("/api/v1/roster/on-call"))
                     .json()[QStringLiteral("at")]
                     .toString(),
                 QStringLiteral("2026-01-15T03:00:00.000Z"));
        const auto bad = rita->get(QStringLiteral("/api/v1/roster/on-call?at=tomorrow"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorField(), QStringLiteral("at"));
    }

    void escalationTestPagesEveryLevelAndRecordsAcknowledgements()
    {
        START_SERVER(s);
        auto ivan = s.client(QStringLiteral("ivan"));
        const auto started =
            ivan->post(QStringLiteral("/api/v1/roster/escalation-test"), QJsonObject());
        QVERIFY2(started.status == 201, qPrintable(started.describe()));
        const QString testId = started.json()[QStringLiteral("test_id")].toString();
        QVERIFY(!testId.isEmpty());
        const QJsonArray pages = started.json()[QStringLiteral("pages")].toArray();
        QCOMPARE(pages.size(), 4); // every level of the chain is paged at once
        QCOMPARE(s.countAudit("escalation_test.started", testId), 1);

        // The level-1 recipient acknowledges after 2 minutes.
        const QString primary = pages[0][QStringLiteral("recipient")].toString();
        QVERIFY(s.addUser(primary, QStringLiteral("responder")));
        auto onCall = s.client(primary);
        s.clock.advanceSeconds(120);
        const QString path = QStringLiteral("/api/v1/roster/escalation-tests/%1").arg(testId);
        const auto acknowledged = onCall->post(path + QStringLiteral("/acknowledge"),
                                               QJsonObject{{QStringLiteral("level"), 1}});
        QVERIFY2(acknowledged.status == 200, qPrintable(acknowledged.describe()));
        QCOMPARE(
            acknowledged.json()[QStringLiteral("levels")][0][QStringLiteral("status")].toString(),
            QStringLiteral("acknowledged"));
        QCOMPARE(acknowledged.json()[QStringLiteral("levels")][0][QStringLiteral("latency_seconds")]
                     .toInteger(),
                 120);
        QCOMPARE(s.countAudit("escalation_test.acknowledged", testId), 1);
        QCOMPARE(onCall
                     ->post(path + QStringLiteral("/acknowledge"),
                            QJsonObject{{QStringLiteral("level"), 1}})
                     .status,
                 409);

        // Nobody else answers: once the timeouts pass, those links are dead.
        s.clock.advanceMinutes(30);
        const auto report = ivan->get(path);
        QCOMPARE(report.status, 200);
        QCOMPARE(report.json()[QStringLiteral("levels")][1][QStringLiteral("status")].toString(),
                 QStringLiteral("dead_link"));
        QVERIFY(report.json()[QStringLiteral("complete")].toBool());
        QVERIFY(!report.json()[QStringLiteral("passed")].toBool());
        QCOMPARE(ivan->get(QStringLiteral("/api/v1/roster/escalation-tests/et-none")).status, 404);
    }

    // Only the paged person (or a commander) acknowledges a test page: anyone
    // else answering would make a dead link look alive.
    void escalationTestAcknowledgeIsForThePagedPersonOrCommander()
    {
        START_SERVER(s);
        auto ivan = s.client(QStringLiteral("ivan"));
        const auto started =
            ivan->post(QStringLiteral("/api/v1/roster/escalation-test"), QJsonObject());
        QVERIFY2(started.status == 201, qPrintable(started.describe()));
        const QString testId = started.json()[QStringLiteral("test_id")].toString();
        const QJsonArray pages = started.json()[QStringLiteral("pages")].toArray();
        const QString primary = pages[0][QStringLiteral("recipient")].toString();
        QVERIFY(primary != QStringLiteral("zoe"));
        QVERIFY(s.addUser(QStringLiteral("zoe"), QStringLiteral("responder")));
        const QString acknowledge =
            QStringLiteral("/api/v1/roster/escalation-tests/%1/acknowledge").arg(testId);
        const auto stranger = s.client(QStringLiteral("zoe"))
                                  ->post(acknowledge, QJsonObject{{QStringLiteral("level"), 1}});
        QVERIFY2(stranger.status == 403, qPrintable(stranger.describe()));
        QCOMPARE(s.countAudit("escalation_test.acknowledged", testId), 0);
        // A commander may (e.g. for someone on the phone with them).
        const auto byCommander = ivan->post(acknowledge, QJsonObject{{QStringLiteral("level"), 2}});
        QVERIFY2(byCommander.status == 200, qPrintable(byCommander.describe()));
        QVERIFY(s.addUser(primary, QStringLiteral("responder")));
        const auto byPaged =
            s.client(primary)->post(acknowledge, QJsonObject{{QStringLiteral("level"), 1}});
        QVERIFY2(byPaged.status == 200, qPrintable(byPaged.describe()));
    }

    // A full registry and a clock stepped back: the new test has the oldest
    // start time, yet it is not the one dropped (the route used to crash).
    void escalationTestSurvivesFullRegistryAndClockSteppedBack()
    {
        START_SERVER(s);
        auto ivan = s.client(QStringLiteral("ivan"));
        for (std::size_t i = 0; i < EscalationTestRegistry::kMaxTests; ++i) {
            QCOMPARE(
                ivan->post(QStringLiteral("/api/v1/roster/escalation-test"), QJsonObject()).status,
                201);
        }
        s.clock.advanceMinutes(-60);
        const auto started =
            ivan->post(QStringLiteral("/api/v1/roster/escalation-test"), QJsonObject());
        QVERIFY2(started.status == 201, qPrintable(started.describe()));
        const QString testId = started.json()[QStringLiteral("test_id")].toString();
        QCOMPARE(ivan->get(QStringLiteral("/api/v1/roster/escalation-tests/%1").arg(testId)).status,
                 200);
    }

    void policyVersionsRoundTrip()
    {
        START_SERVER(s);
        auto ada = s.client(QStringLiteral("ada"));
        const auto active = ada->get(QStringLiteral("/api/v1/policy"));
        QVERIFY2(active.status == 200, qPrintable(active.describe()));
        const QString shippedVersion = active.json()[QStringLiteral("version")].toString();
        QVERIFY(!shippedVersion.isEmpty());

        QString yaml = active.json()[QStringLiteral("yaml")].toString();
        yaml.replace(QStringLiteral("version: \"%1\"").arg(shippedVersion),
                     QStringLiteral("version: \"2026.12-1\""));
        const auto created =
            ada->post(QStringLiteral("/api/v1/policy"),
                      QJsonObject{{QStringLiteral("yaml"), yaml},
                                  {QStringLiteral("approved_by"), QStringLiteral("someone-else")}});
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        QCOMPARE(created.json()[QStringLiteral("version")].toString(), QStringLiteral("2026.12-1"));
        // The approver is the caller, never a name in the body.
        QCOMPARE(created.json()[QStringLiteral("approved_by")].toString(), QStringLiteral("ada"));
        QCOMPARE(s.app().service().activePolicyVersion(), QStringLiteral("2026.12-1"));

        const auto duplicate = ada->post(QStringLiteral("/api/v1/policy"),
                                         QJsonObject{{QStringLiteral("yaml"), yaml}});
        QCOMPARE(duplicate.status, 409);

        QString invalid = yaml;
        invalid.replace(QStringLiteral("version: \"2026.12-1\""),
                        QStringLiteral("version: \"2026.12-2\""));
        invalid.replace(QStringLiteral("min_dwell_seconds: 60"),
                        QStringLiteral("min_dwell_seconds: [60]"));
        QVERIFY(invalid != yaml);
        const auto refused = ada->post(QStringLiteral("/api/v1/policy"),
                                       QJsonObject{{QStringLiteral("yaml"), invalid}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), QStringLiteral("yaml"));
        QVERIFY2(
            detailOf(refused).contains(QRegularExpression(QStringLiteral("policy\\.yaml:\\d+:"))),
            qPrintable(detailOf(refused)));

        auto rita = s.client(QStringLiteral("rita"));
        const auto versions = rita->get(QStringLiteral("/api/v1/policy/versions"));
        QCOMPARE(versions.status, 200);
        QCOMPARE(versions.json()[QStringLiteral("versions")].toArray().size(), 2);
        const auto old = rita->get(QStringLiteral("/api/v1/policy/versions/") + shippedVersion);
        QCOMPARE(old.status, 200);
        QVERIFY(!old.json()[QStringLiteral("active")].toBool());
        QVERIFY(!old.json()[QStringLiteral("yaml")].toString().isEmpty());
        QCOMPARE(rita->get(QStringLiteral("/api/v1/policy"))
                     .json()[QStringLiteral("version")]
                     .toString(),
                 QStringLiteral("2026.12-1"));
        QCOMPARE(rita->get(QStringLiteral("/api/v1/policy/versions/0.0")).status, 404);
    }

    void runbooksRoundTripAndValidation()
    {
        START_SERVER(s);
        auto rita = s.client(QStringLiteral("rita"));
        const auto listed = rita->get(QStringLiteral("/api/v1/runbooks"));
        QCOMPARE(listed.status, 200);
        const qsizetype shipped = listed.json()[QStringLiteral("runbooks")].toArray().size();
        QVERIFY(shipped > 10);

        const auto one = rita->get(QStringLiteral("/api/v1/runbooks/rb-cpu-high"));
        QVERIFY2(one.status == 200, qPrintable(one.describe()));
        QCOMPARE(one.json()[QStringLiteral("risk")].toString(), QStringLiteral("medium"));
        QVERIFY(one.json()[QStringLiteral("steps")].toInt() >= 3);
        QVERIFY(
            one.json()[QStringLiteral("markdown")].toString().startsWith(QStringLiteral("---")));

        const QString path = QStringLiteral("/api/v1/runbooks/rb-widget-stuck");
        const auto created = put(*rita, path, QJsonObject{{QStringLiteral("markdown"), kRunbook}});
        QVERIFY2(created.status == 201, qPrintable(created.describe()));
        QCOMPARE(created.json()[QStringLiteral("steps")].toInt(), 1);
        QCOMPARE(rita->get(path).json()[QStringLiteral("markdown")].toString(), kRunbook);
        QCOMPARE(rita->get(QStringLiteral("/api/v1/runbooks"))
                     .json()[QStringLiteral("runbooks")]
                     .toArray()
                     .size(),
                 shipped + 1);

        QString edited = kRunbook;
        edited.replace(QStringLiteral("title: Widget queue stuck"),
                       QStringLiteral("title: Widget queue not draining"));
        const auto replaced = put(*rita, path, QJsonObject{{QStringLiteral("markdown"), edited}});
        QCOMPARE(replaced.status, 200);
        QCOMPARE(replaced.json()[QStringLiteral("title")].toString(),
                 QStringLiteral("Widget queue not draining"));

        QString invalid = kRunbook;
        invalid.replace(QStringLiteral("risk: low"), QStringLiteral("risk: severe"));
        const auto refused = put(*rita, path, QJsonObject{{QStringLiteral("markdown"), invalid}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), QStringLiteral("markdown"));
        QVERIFY2(detailOf(refused).contains(QStringLiteral("rb-widget-stuck.md:4")),
                 qPrintable(detailOf(refused)));
        QCOMPARE(rita->get(path).json()[QStringLiteral("title")].toString(),
                 QStringLiteral("Widget queue not draining"));

        const auto otherId = put(*rita, QStringLiteral("/api/v1/runbooks/rb-other"),
                                 QJsonObject{{QStringLiteral("markdown"), kRunbook}});
        QCOMPARE(otherId.status, 422);
        QCOMPARE(otherId.errorField(), QStringLiteral("markdown"));

        QCOMPARE(rita->send("DELETE", path, {}, {}).status, 204);
        QCOMPARE(rita->get(path).status, 404);
        QCOMPARE(rita->send("DELETE", path, {}, {}).status, 404);
        QCOMPARE(s.app().service().runbooks().size(), shipped);
    }

    void rolesAreRefused_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        const auto row = [](const char *user, const char *method, const char *path) {
            QTest::addRow("%s %s %s", user, method, path)
                << QString::fromLatin1(user) << QByteArray(method) << QString::fromLatin1(path);
        };
        row("alice", "PUT", "/api/v1/roster");
        row("fran", "PUT", "/api/v1/roster");
        row("rita", "POST", "/api/v1/roster/escalation-test");
        row("ivan", "POST", "/api/v1/policy"); // only admins set policy
        row("alice", "PUT", "/api/v1/runbooks/rb-cpu-high");
        row("ivan", "DELETE", "/api/v1/runbooks/rb-cpu-high");
    }

    void rolesAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        START_SERVER(s);
        QCOMPARE(s.client(user)->send(method, path, QByteArrayLiteral("{}")).status, 403);
        QCOMPARE(s.anonymousClient()->send(method, path, QByteArrayLiteral("{}")).status, 401);
        QCOMPARE(s.app().service().runbooks().size() > 0, true); // nothing changed
    }
};

QTEST_GUILESS_MAIN(TestApiConfig)
#include "tst_api_config.moc"
