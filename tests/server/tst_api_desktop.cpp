#include "AccessPolicy.h"
#include "AuditEvent.h"
#include "IncidentService.h"
#include "RoutesTestServer.h"
#include "SqlServerStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace icc;
using icc::test::ApiClient;
using icc::test::RoutesTestServer;

namespace {

ApiClient::Response put(ApiClient &client, const QString &path, const QJsonObject &body)
{
    return client.send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QSet<QString> stringSet(const QJsonValue &array)
{
    QSet<QString> set;
    for (const QJsonValue &value : array.toArray())
        set.insert(value.toString());
    return set;
}

QString postmortemPath(const QString &incidentId)
{
    return QStringLiteral("/api/v1/incidents/%1/postmortem").arg(incidentId);
}

QString reviewPath(const QString &reviewId, const char *verb)
{
    return QStringLiteral("/api/v1/reviews/%1/%2").arg(reviewId, QLatin1String(verb));
}

const QString kMatch = QStringLiteral("/api/v1/runbooks/match");

const QString kWidgetRunbook = QStringLiteral(R"(---
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

QJsonObject failure(const QString &actionId, const char *kind, const char *layer,
                    const char *note = "")
{
    return QJsonObject{{QStringLiteral("action_id"), actionId},
                       {QStringLiteral("kind"), QLatin1String(kind)},
                       {QStringLiteral("layer"), QLatin1String(layer)},
                       {QStringLiteral("note"), QLatin1String(note)}};
}

QJsonObject actionItem(const char *title, const char *owner, const char *due,
                       const QString &id = {})
{
    QJsonObject item{{QStringLiteral("title"), QLatin1String(title)},
                     {QStringLiteral("owner"), QLatin1String(owner)},
                     {QStringLiteral("due"), QLatin1String(due)},
                     {QStringLiteral("done"), false}};
    if (!id.isNull())
        item.insert(QStringLiteral("id"), id);
    return item;
}

QJsonObject analysis(qint64 revision, const QJsonArray &failures, const QJsonArray &items)
{
    return QJsonObject{{QStringLiteral("revision"), revision},
                       {QStringLiteral("failures"), failures},
                       {QStringLiteral("action_items"), items}};
}

#define START_SERVER(s)                                                                            \
    RoutesTestServer s;                                                                            \
    {                                                                                              \
        QString error;                                                                             \
        QVERIFY2(s.start(&error), qPrintable(error));                                              \
        for (const auto &[name, role] :                                                            \
             {std::pair{"alice", "reviewer"}, std::pair{"bob", "reviewer"},                        \
              std::pair{"erin", "reviewer"}, std::pair{"ivan", "commander"},                       \
              std::pair{"fran", "facilitator"}, std::pair{"rita", "responder"},                    \
              std::pair{"ada", "admin"}})                                                          \
            QVERIFY2(s.addUser(QLatin1String(name), QLatin1String(role), &error),                  \
                     qPrintable(error));                                                           \
    }

} // namespace

// The server side of the desktop: permissions for the UI, matching without
// ingesting, the post-mortem analysis and the history of similar actions,
// over real TLS on loopback.
class TestApiDesktop : public QObject
{
    Q_OBJECT

private slots:
    // --- permissions ---------------------------------------------------------

    void loginAndMeCarryTheRolesPermissions()
    {
        START_SERVER(s);
        for (const char *name : {"alice", "ivan", "fran", "rita", "ada"}) {
            auto anonymous = s.anonymousClient();
            const auto login =
                anonymous->post(QStringLiteral("/api/v1/auth/login"),
                                QJsonObject{{QStringLiteral("username"), QLatin1String(name)},
                                            {QStringLiteral("password"),
                                             QLatin1String(RoutesTestServer::kPassword)}});
            QVERIFY2(login.status == 200, qPrintable(login.describe()));
            const QJsonObject user = login.json().value(QStringLiteral("user")).toObject();
            const QSet<QString> fromLogin = stringSet(user.value(QStringLiteral("permissions")));

            auto client = s.client(QLatin1String(name));
            const auto me = client->get(QStringLiteral("/api/v1/auth/me"));
            QVERIFY2(me.status == 200, qPrintable(me.describe()));
            const QSet<QString> fromMe = stringSet(me.json().value(QStringLiteral("permissions")));

            // Exactly the role's row of the one table.
            Caller caller;
            caller.kind = Caller::Kind::User;
            caller.role = roleFromString(user.value(QStringLiteral("role")).toString());
            QVERIFY(caller.role);
            QSet<QString> expected;
            for (const Permission permission : allPermissions()) {
                if (permission != Permission::Public && AccessPolicy::allows(caller, permission))
                    expected.insert(toString(permission));
            }
            QCOMPARE(fromLogin, expected);
            QCOMPARE(fromMe, expected);
            QVERIFY(!fromMe.contains(QStringLiteral("public")));
        }

        // And what that means for the buttons, spelled out.
        const auto permissionsOf = [&s](const char *name) {
            return stringSet(s.client(QLatin1String(name))
                                 ->get(QStringLiteral("/api/v1/auth/me"))
                                 .json()
                                 .value(QStringLiteral("permissions")));
        };
        const QSet<QString> reviewer = permissionsOf("alice");
        QVERIFY(reviewer.contains(QStringLiteral("read_state")));
        QVERIFY(reviewer.contains(QStringLiteral("decide_reviews")));
        QVERIFY(!reviewer.contains(QStringLiteral("stop_actions")));
        QVERIFY(!reviewer.contains(QStringLiteral("set_policy")));
        const QSet<QString> responder = permissionsOf("rita");
        QVERIFY(!responder.contains(QStringLiteral("decide_reviews")));
        QVERIFY(responder.contains(QStringLiteral("edit_runbooks")));
        const QSet<QString> commander = permissionsOf("ivan");
        QVERIFY(commander.contains(QStringLiteral("stop_actions")));
        QVERIFY(commander.contains(QStringLiteral("mark_outcomes")));
        const QSet<QString> facilitator = permissionsOf("fran");
        QVERIFY(facilitator.contains(QStringLiteral("read_audit")));
        QVERIFY(facilitator.contains(QStringLiteral("mark_outcomes")));
        QVERIFY(!facilitator.contains(QStringLiteral("decide_reviews")));
        const QSet<QString> admin = permissionsOf("ada");
        QVERIFY(admin.contains(QStringLiteral("set_policy")));
        QVERIFY(admin.contains(QStringLiteral("manage_users")));
        QVERIFY(!admin.contains(QStringLiteral("decide_reviews")));
    }

    // --- runbook matcher -----------------------------------------------------

    void matchesAStoredAlertLikeThePipeline()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        QVERIFY(!proposal->runbookId.isEmpty());
        auto rita = s.client(QStringLiteral("rita"));

        const int auditBefore = int(s.app().service().auditLog().lastSequence());
        const qint64 eventsBefore = s.app().store().lastEventSequence();
        const qint64 alertsBefore = s.app().store().alertCount();

        const auto matched = rita->post(
            kMatch, QJsonObject{{QStringLiteral("alert_id"), qint64(proposal->alertId)}});
        QVERIFY2(matched.status == 200, qPrintable(matched.describe()));
        const QJsonObject body = matched.json();
        QCOMPARE(body.value(QStringLiteral("matched_runbook")).toString(), proposal->runbookId);
        QCOMPARE(body.value(QStringLiteral("ambiguous")).toBool(true), false);
        QCOMPARE(body.value(QStringLiteral("informational")).toBool(true), false);
        const QJsonArray candidates = body.value(QStringLiteral("candidates")).toArray();
        QVERIFY(!candidates.isEmpty());
        const QJsonObject best = candidates.at(0).toObject();
        QCOMPARE(best.value(QStringLiteral("runbook_id")).toString(), proposal->runbookId);
        QVERIFY(!best.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!best.value(QStringLiteral("risk")).toString().isEmpty());
        // The same confidence the pipeline recorded on the proposal.
        QCOMPARE(best.value(QStringLiteral("confidence")).toDouble(),
                 proposal->match.value(QStringLiteral("confidence")).toDouble());
        const QJsonObject explanation = best.value(QStringLiteral("explanation")).toObject();
        for (const char *key :
             {"terms", "concepts", "labels", "conditions_met", "conditions_failed"})
            QVERIFY2(explanation.value(QLatin1String(key)).isArray(), key);
        QVERIFY(!explanation.value(QStringLiteral("terms")).toArray().isEmpty());
        for (qsizetype i = 1; i < candidates.size(); ++i)
            QVERIFY(candidates.at(i).toObject().value(QStringLiteral("explanation")).isNull());
        // The proposal carries the same candidates, so the review panel can
        // show the runners-up without a second request.
        const QJsonArray recorded = proposal->match.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(recorded.size(), candidates.size());
        for (qsizetype i = 0; i < candidates.size(); ++i)
            QCOMPARE(recorded.at(i).toObject().value(QStringLiteral("id")).toString(),
                     candidates.at(i).toObject().value(QStringLiteral("runbook_id")).toString());
        const QJsonArray observations = body.value(QStringLiteral("observations")).toArray();
        QVERIFY(!observations.isEmpty());
        QVERIFY2(observations.at(0).toString().contains(proposal->runbookId),
                 qPrintable(observations.at(0).toString()));

        // A read: nothing stored, audited or announced.
        QCOMPARE(int(s.app().service().auditLog().lastSequence()), auditBefore);
        QCOMPARE(s.app().store().lastEventSequence(), eventsBefore);
        QCOMPARE(s.app().store().alertCount(), alertsBefore);

        // The same alert as a generic object, and as pasted text.
        const auto generic = rita->post(
            kMatch,
            QJsonObject{
                {QStringLiteral("alert"),
                 QJsonObject{
                     {QStringLiteral("summary"), RoutesTestServer::cpuAlert().summary},
                     {QStringLiteral("severity"), QStringLiteral("error")},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("alertname"), QStringLiteral("HighCPU")}}}}}});
        QVERIFY2(generic.status == 200, qPrintable(generic.describe()));
        QCOMPARE(generic.json().value(QStringLiteral("matched_runbook")).toString(),
                 proposal->runbookId);
        const auto text = rita->post(
            kMatch, QJsonObject{{QStringLiteral("text"), RoutesTestServer::cpuAlert().summary}});
        QVERIFY2(text.status == 200, qPrintable(text.describe()));
        QCOMPARE(text.json()
                     .value(QStringLiteral("candidates"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("runbook_id"))
                     .toString(),
                 proposal->runbookId);
        QCOMPARE(s.app().store().alertCount(), alertsBefore);
        QCOMPARE(s.app().store().lastEventSequence(), eventsBefore);
    }

    void informationalAndNovelTextSayWhy()
    {
        START_SERVER(s);
        auto alice = s.client(QStringLiteral("alice"));
        const auto done = alice->post(
            kMatch, QJsonObject{{QStringLiteral("text"),
                                 QStringLiteral("Deployment of payments-api v2.31.0 completed "
                                                "successfully")}});
        QVERIFY2(done.status == 200, qPrintable(done.describe()));
        QCOMPARE(done.json().value(QStringLiteral("informational")).toBool(), true);
        QVERIFY(done.json().value(QStringLiteral("matched_runbook")).isNull());
        const QString why =
            done.json().value(QStringLiteral("observations")).toArray().at(0).toString();
        QVERIFY2(why.startsWith(QStringLiteral("informational")), qPrintable(why));

        const auto novel = alice->post(
            kMatch, QJsonObject{{QStringLiteral("text"),
                                 QStringLiteral("the coffee machine on floor 3 is empty")}});
        QVERIFY2(novel.status == 200, qPrintable(novel.describe()));
        QVERIFY(novel.json().value(QStringLiteral("matched_runbook")).isNull());
        QVERIFY(!novel.json().value(QStringLiteral("observations")).toArray().isEmpty());
    }

    // The pipeline's matcher, not a copy: a runbook added through the API is
    // matched at once.
    void usesTheLiveLibrary()
    {
        START_SERVER(s);
        auto rita = s.client(QStringLiteral("rita"));
        const QJsonObject widget{
            {QStringLiteral("text"),
             QStringLiteral("the widget queue is not draining, widgets pile up")}};
        const auto before = rita->post(kMatch, widget);
        QCOMPARE(before.status, 200);
        QVERIFY(before.json().value(QStringLiteral("matched_runbook")).toString() !=
                QStringLiteral("rb-widget-stuck"));
        const auto saved = put(*rita, QStringLiteral("/api/v1/runbooks/rb-widget-stuck"),
                               QJsonObject{{QStringLiteral("markdown"), kWidgetRunbook}});
        QVERIFY2(saved.status == 200 || saved.status == 201, qPrintable(saved.describe()));
        const auto after = rita->post(kMatch, widget);
        QVERIFY2(after.status == 200, qPrintable(after.describe()));
        QCOMPARE(after.json().value(QStringLiteral("matched_runbook")).toString(),
                 QStringLiteral("rb-widget-stuck"));
        QCOMPARE(after.json()
                     .value(QStringLiteral("candidates"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Widget queue stuck"));
    }

    void matchRefusesBadBodiesNamingTheField()
    {
        START_SERVER(s);
        auto rita = s.client(QStringLiteral("rita"));
        struct Case
        {
            QJsonObject body;
            int status;
            QString field;
        };
        const QList<Case> cases{
            {QJsonObject{}, 422, QStringLiteral("text")},
            {QJsonObject{{QStringLiteral("text"), QStringLiteral("disk full")},
                         {QStringLiteral("alert_id"), 1}},
             422, QStringLiteral("alert_id")},
            {QJsonObject{{QStringLiteral("alert_id"), 1}, {QStringLiteral("alert"), QJsonObject{}}},
             422, QStringLiteral("alert")},
            {QJsonObject{{QStringLiteral("text"), 5}}, 422, QStringLiteral("text")},
            {QJsonObject{{QStringLiteral("text"), QStringLiteral("  ")}}, 422,
             QStringLiteral("text")},
            {QJsonObject{{QStringLiteral("alert_id"), QStringLiteral("seven")}}, 422,
             QStringLiteral("alert_id")},
            {QJsonObject{{QStringLiteral("alert_id"), 1.5}}, 422, QStringLiteral("alert_id")},
            {QJsonObject{{QStringLiteral("alert"), 3}}, 422, QStringLiteral("alert")},
            {QJsonObject{{QStringLiteral("alert_id"), 424242}}, 404, QString()},
        };
        for (const Case &one : cases) {
            const auto refused = rita->post(kMatch, one.body);
            QVERIFY2(refused.status == one.status,
                     qPrintable(refused.describe() + QStringLiteral(" for ") +
                                QString::fromUtf8(QJsonDocument(one.body).toJson())));
            if (!one.field.isEmpty())
                QCOMPARE(refused.errorField(), one.field);
        }
        // An alert that does not parse names the field inside it.
        const auto unparsable = rita->post(
            kMatch,
            QJsonObject{{QStringLiteral("alert"),
                         QJsonObject{{QStringLiteral("summary"), QStringLiteral("disk full")},
                                     {QStringLiteral("severity"), QStringLiteral("bogus")}}}});
        QCOMPARE(unparsable.status, 422);
        QVERIFY2(unparsable.errorField().startsWith(QStringLiteral("alert.")),
                 qPrintable(unparsable.describe()));
        QCOMPARE(rita->send("POST", kMatch, "[1, 2]").status, 400);
        QCOMPARE(rita->send("POST", kMatch, "{not json").status, 400);
        // The anonymous are not matched.
        QCOMPARE(s.anonymousClient()
                     ->post(kMatch, QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}})
                     .status,
                 401);
    }

    // --- post-mortem ---------------------------------------------------------

    void postmortemRoundTripWithRevisions()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        const QString incident = proposal->incidentId;
        auto fran = s.client(QStringLiteral("fran"));

        const auto empty = fran->get(postmortemPath(incident));
        QVERIFY2(empty.status == 200, qPrintable(empty.describe()));
        QCOMPARE(empty.json().value(QStringLiteral("incident_id")).toString(), incident);
        QCOMPARE(empty.json().value(QStringLiteral("revision")).toInteger(-1), 0);
        QVERIFY(empty.json().value(QStringLiteral("failures")).toArray().isEmpty());
        QVERIFY(empty.json().value(QStringLiteral("action_items")).toArray().isEmpty());
        QCOMPARE(fran->get(postmortemPath(QStringLiteral("inc-404"))).status, 404);

        const qint64 eventsBefore = s.app().store().lastEventSequence();
        const auto saved =
            put(*fran, postmortemPath(incident),
                analysis(0,
                         {failure(proposal->actionId, "primary", "policy", "tier 2 for a restart"),
                          failure(proposal->actionId, "secondary", "human", "approved at 3 a.m.")},
                         {actionItem("Tighten the restart rule", "ivan", "2026-02-01"),
                          actionItem("Add a CPU profile step", "rita", "2026-02-15",
                                     QStringLiteral(""))}));
        QVERIFY2(saved.status == 200, qPrintable(saved.describe()));
        const QJsonObject first = saved.json();
        QCOMPARE(first.value(QStringLiteral("incident_id")).toString(), incident);
        QCOMPARE(first.value(QStringLiteral("revision")).toInteger(), 1);
        QCOMPARE(first.value(QStringLiteral("updated_by")).toString(), QStringLiteral("fran"));
        QCOMPARE(first.value(QStringLiteral("updated_at")).toString(),
                 QStringLiteral("2026-01-15T03:00:00.000Z"));
        const QJsonArray items = first.value(QStringLiteral("action_items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0)[QStringLiteral("id")].toString(), QStringLiteral("ai-1"));
        QCOMPARE(items.at(1)[QStringLiteral("id")].toString(), QStringLiteral("ai-2"));
        QCOMPARE(items.at(1)[QStringLiteral("due")].toString(), QStringLiteral("2026-02-15"));
        QCOMPARE(items.at(1)[QStringLiteral("owner")].toString(), QStringLiteral("rita"));
        QCOMPARE(first.value(QStringLiteral("failures"))
                     .toArray()
                     .at(0)[QStringLiteral("layer")]
                     .toString(),
                 QStringLiteral("policy"));
        QCOMPARE(fran->get(postmortemPath(incident)).json(), first);

        // Audited with the analysis, announced on the live stream.
        QCOMPARE(s.countAudit(AuditEvent::kPostmortemChanged, incident), 1);
        bool announced = false;
        for (const EventRecord &event : s.app().store().events(eventsBefore, 100)) {
            if (event.type != QLatin1String("postmortem.changed"))
                continue;
            announced = true;
            QCOMPARE(event.payload.value(QStringLiteral("incident_id")).toString(), incident);
            QCOMPARE(event.payload.value(QStringLiteral("revision")).toInteger(), 1);
            QCOMPARE(event.payload.value(QStringLiteral("by")).toString(), QStringLiteral("fran"));
        }
        QVERIFY(announced);

        // An edit based on revision 0 would overwrite what fran saved: refused.
        auto ivan = s.client(QStringLiteral("ivan"));
        const auto stale =
            put(*ivan, postmortemPath(incident),
                analysis(0, {}, {actionItem("Something else", "ivan", "2026-03-01")}));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(stale.errorField(), QStringLiteral("revision"));
        QCOMPARE(stale.json().value(QStringLiteral("current_revision")).toInteger(), 1);
        QCOMPARE(fran->get(postmortemPath(incident)).json(), first);
        QCOMPARE(s.countAudit(AuditEvent::kPostmortemChanged, incident), 1);

        // Based on the current revision it goes through; ids are never reused.
        s.clock.advanceMinutes(5);
        const auto second = put(*ivan, postmortemPath(incident),
                                analysis(1, {},
                                         {actionItem("Add a CPU profile step", "rita", "2026-02-15",
                                                     QStringLiteral("ai-2")),
                                          actionItem("Page the owner too", "ivan", "2026-02-20")}));
        QVERIFY2(second.status == 200, qPrintable(second.describe()));
        QCOMPARE(second.json().value(QStringLiteral("revision")).toInteger(), 2);
        QCOMPARE(second.json().value(QStringLiteral("updated_by")).toString(),
                 QStringLiteral("ivan"));
        const QJsonArray kept = second.json().value(QStringLiteral("action_items")).toArray();
        QCOMPARE(kept.at(0)[QStringLiteral("id")].toString(), QStringLiteral("ai-2"));
        QCOMPARE(kept.at(1)[QStringLiteral("id")].toString(), QStringLiteral("ai-3"));
        QVERIFY(second.json().value(QStringLiteral("failures")).toArray().isEmpty());
        QCOMPARE(s.countAudit(AuditEvent::kPostmortemChanged, incident), 2);

        QCOMPARE(put(*fran, postmortemPath(QStringLiteral("inc-404")), analysis(0, {}, {})).status,
                 404);
    }

    void postmortemRefusesNamingTheExactField()
    {
        START_SERVER(s);
        const auto cpu =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(cpu);
        const auto db =
            s.proposal(s.ingest({RoutesTestServer::dbAlert()}), QStringLiteral("promote_replica"));
        QVERIFY(db);
        QVERIFY(db->incidentId != cpu->incidentId);
        const QString path = postmortemPath(cpu->incidentId);
        auto fran = s.client(QStringLiteral("fran"));
        const QJsonObject good = actionItem("Fix it", "ivan", "2026-02-01");

        struct Case
        {
            QJsonObject body;
            QString field;
        };
        QJsonObject noOwner = good;
        noOwner.remove(QStringLiteral("owner"));
        QJsonObject badDate = good;
        badDate.insert(QStringLiteral("due"), QStringLiteral("2026-13-01"));
        QJsonObject usDate = good;
        usDate.insert(QStringLiteral("due"), QStringLiteral("02/01/2026"));
        QJsonObject notBool = good;
        notBool.insert(QStringLiteral("done"), QStringLiteral("yes"));
        QJsonObject noRevision = analysis(0, {}, {});
        noRevision.remove(QStringLiteral("revision"));
        QJsonObject otherIncident = analysis(0, {}, {});
        otherIncident.insert(QStringLiteral("incident_id"), db->incidentId);
        const QList<Case> cases{
            {analysis(0, {}, {good, good, badDate}), QStringLiteral("action_items[2].due")},
            {analysis(0, {}, {usDate}), QStringLiteral("action_items[0].due")},
            {analysis(0, {}, {good, noOwner}), QStringLiteral("action_items[1].owner")},
            {analysis(0, {}, {notBool}), QStringLiteral("action_items[0].done")},
            {analysis(0, {}, {good, 7}), QStringLiteral("action_items[1]")},
            {analysis(0, {},
                      {actionItem("a", "ivan", "2026-02-01", QStringLiteral("x")),
                       actionItem("b", "ivan", "2026-02-01", QStringLiteral("x"))}),
             QStringLiteral("action_items[1].id")},
            {analysis(0, {failure(cpu->actionId, "root", "policy")}, {}),
             QStringLiteral("failures[0].kind")},
            {analysis(0, {failure(cpu->actionId, "primary", "network")}, {}),
             QStringLiteral("failures[0].layer")},
            {analysis(0,
                      {failure(cpu->actionId, "primary", "policy"),
                       failure(cpu->actionId, "primary", "human")},
                      {}),
             QStringLiteral("failures[1].kind")},
            {analysis(0,
                      {failure(cpu->actionId, "primary", "policy"),
                       failure(cpu->actionId, "secondary", "policy")},
                      {}),
             QStringLiteral("failures[1].layer")},
            {analysis(-1, {}, {}), QStringLiteral("revision")},
            {noRevision, QStringLiteral("revision")},
            {otherIncident, QStringLiteral("incident_id")},
            {QJsonObject{{QStringLiteral("revision"), 0},
                         {QStringLiteral("action_items"), QJsonArray()}},
             QStringLiteral("failures")},
            // The action must be this incident's.
            {analysis(0,
                      {failure(cpu->actionId, "primary", "policy"),
                       failure(db->actionId, "secondary", "human")},
                      {}),
             QStringLiteral("failures[1].action_id")},
            {analysis(0, {failure(QStringLiteral("act-999"), "primary", "agent")}, {}),
             QStringLiteral("failures[0].action_id")},
        };
        for (const Case &one : cases) {
            const auto refused = put(*fran, path, one.body);
            QVERIFY2(refused.status == 422, qPrintable(refused.describe()));
            QCOMPARE(refused.errorField(), one.field);
        }
        QCOMPARE(s.countAudit(AuditEvent::kPostmortemChanged), 0);
        QCOMPARE(fran->get(path).json().value(QStringLiteral("revision")).toInteger(), 0);
        QCOMPARE(fran->send("PUT", path, "[]").status, 400);
    }

    void postmortemFollowsTheRoles()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        const QString path = postmortemPath(proposal->incidentId);
        const QJsonObject body = analysis(0, {}, {});
        // Reading: commander, facilitator, admin (read_audit).
        QCOMPARE(s.client(QStringLiteral("ada"))->get(path).status, 200);
        QCOMPARE(s.client(QStringLiteral("alice"))->get(path).status, 403);
        QCOMPARE(s.client(QStringLiteral("rita"))->get(path).status, 403);
        // Writing: commander and facilitator only (mark_outcomes).
        QCOMPARE(put(*s.client(QStringLiteral("rita")), path, body).status, 403);
        QCOMPARE(put(*s.client(QStringLiteral("alice")), path, body).status, 403);
        QCOMPARE(put(*s.client(QStringLiteral("ada")), path, body).status, 403);
        QCOMPARE(put(*s.client(QStringLiteral("ivan")), path, body).status, 200);
        QCOMPARE(put(*s.client(QStringLiteral("fran")), path, analysis(1, {}, {})).status, 200);
        QCOMPARE(s.countAudit(AuditEvent::kPostmortemChanged), 2);
    }

    // --- history of similar actions ------------------------------------------

    void historyListsEarlierProposalsNewestFirst()
    {
        START_SERVER(s);
        const auto first =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(first);
        auto erin = s.client(QStringLiteral("erin"));
        const auto opened = erin->post(reviewPath(first->reviewId, "open"), QJsonObject());
        QVERIFY2(opened.status == 200, qPrintable(opened.describe()));
        const auto rejected = erin->post(
            reviewPath(first->reviewId, "decide"),
            QJsonObject{{QStringLiteral("decision"), QStringLiteral("reject")},
                        {QStringLiteral("context_revision"),
                         opened.json()[QStringLiteral("context_revision")]},
                        {QStringLiteral("reason"), QStringLiteral("the process is not stuck")}});
        QVERIFY2(rejected.status == 200, qPrintable(rejected.describe()));
        const auto marked =
            s.client(QStringLiteral("fran"))
                ->post(QStringLiteral("/api/v1/actions/%1/outcome").arg(first->actionId),
                       QJsonObject{{QStringLiteral("quality"), QStringLiteral("good")}});
        QCOMPARE(marked.status, 201);
        // Once the first is final, a new alert proposes the action again.
        s.clock.advanceSeconds(30);
        const auto again = s.ingest({RoutesTestServer::cpuAlert(QStringLiteral("2"))});
        QVERIFY(again.ok());
        QString secondId;
        for (const ProposalRecord &proposal :
             s.app().store().proposalsForIncident(first->incidentId)) {
            if (proposal.actionType == QLatin1String("restart_service") &&
                proposal.actionId != first->actionId)
                secondId = proposal.actionId;
        }
        QVERIFY(!secondId.isEmpty());

        auto rita = s.client(QStringLiteral("rita"));
        const auto listed =
            rita->get(QStringLiteral("/api/v1/actions/history?action=restart_service"));
        QVERIFY2(listed.status == 200, qPrintable(listed.describe()));
        QCOMPARE(listed.json().value(QStringLiteral("action")).toString(),
                 QStringLiteral("restart_service"));
        const QJsonArray history = listed.json().value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 2);
        const QJsonObject newest = history.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("action_id")).toString(), secondId);
        QCOMPARE(newest.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
        QVERIFY(newest.value(QStringLiteral("decision")).isNull());
        QVERIFY(newest.value(QStringLiteral("decided_by")).isNull());
        QVERIFY(newest.value(QStringLiteral("outcome_quality")).isNull());
        const QJsonObject oldest = history.at(1).toObject();
        QCOMPARE(oldest.value(QStringLiteral("action_id")).toString(), first->actionId);
        QCOMPARE(oldest.value(QStringLiteral("incident_id")).toString(), first->incidentId);
        QCOMPARE(oldest.value(QStringLiteral("incident_title")).toString(),
                 s.app().store().incident(first->incidentId)->title);
        QCOMPARE(oldest.value(QStringLiteral("proposed_at")).toString(),
                 QStringLiteral("2026-01-15T03:00:00.000Z"));
        QCOMPARE(oldest.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(oldest.value(QStringLiteral("decision")).toString(), QStringLiteral("reject"));
        QCOMPARE(oldest.value(QStringLiteral("decided_by")).toString(), QStringLiteral("erin"));
        QCOMPARE(oldest.value(QStringLiteral("outcome_quality")).toString(),
                 QStringLiteral("good"));
        QCOMPARE(oldest.value(QStringLiteral("runbook_id")).toString(), first->runbookId);

        const auto one =
            rita->get(QStringLiteral("/api/v1/actions/history?action=restart_service&limit=1"));
        QCOMPARE(one.json().value(QStringLiteral("history")).toArray().size(), 1);
        QCOMPARE(one.json()[QStringLiteral("history")][0][QStringLiteral("action_id")].toString(),
                 secondId);
        QCOMPARE(rita->get(QStringLiteral("/api/v1/actions/history?action=promote_replica"))
                     .json()
                     .value(QStringLiteral("history"))
                     .toArray()
                     .size(),
                 0);

        const auto missing = rita->get(QStringLiteral("/api/v1/actions/history"));
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorField(), QStringLiteral("action"));
        QCOMPARE((rita->get(QStringLiteral("/api/v1/actions/history?action="))).errorField(),
                 QStringLiteral("action"));
        for (const char *limit : {"0", "201", "many"}) {
            const auto bad =
                rita->get(QStringLiteral("/api/v1/actions/history?action=restart_service&limit=") +
                          QLatin1String(limit));
            QCOMPARE(bad.status, 400);
            QCOMPARE(bad.errorField(), QStringLiteral("limit"));
        }
        QCOMPARE(s.anonymousClient()
                     ->get(QStringLiteral("/api/v1/actions/history?action=restart_service"))
                     .status,
                 401);
    }

    // While a tier-3 review hides the other reviewer's reasoning, the history
    // does not tell the second reviewer what the first decided.
    void historyKeepsHiddenDecisionsHidden()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::dbAlert()}), QStringLiteral("promote_replica"));
        QVERIFY(proposal);
        auto alice = s.client(QStringLiteral("alice"));
        const auto opened = alice->post(reviewPath(proposal->reviewId, "open"), QJsonObject());
        QVERIFY2(opened.status == 200, qPrintable(opened.describe()));
        QVERIFY(opened.json().value(QStringLiteral("others_reasoning_hidden")).toBool() ||
                opened.json()
                    .value(QStringLiteral("friction"))
                    .toObject()
                    .value(QStringLiteral("hide_other_reviewers_reasoning"))
                    .toBool());
        s.clock.advanceSeconds(
            opened.json()[QStringLiteral("dwell_remaining_seconds")].toInteger() + 1);
        const QJsonObject view = opened.json();
        const auto approved = alice->post(
            reviewPath(proposal->reviewId, "decide"),
            QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")},
                        {QStringLiteral("context_revision"),
                         view.value(QStringLiteral("context_revision"))},
                        {QStringLiteral("reason"), QStringLiteral("replica is caught up")},
                        {QStringLiteral("confirmation_phrase"),
                         view.value(QStringLiteral("confirmation_phrase"))},
                        {QStringLiteral("rollback_acknowledged"), true}});
        QVERIFY2(approved.status == 200, qPrintable(approved.describe()));

        const QString path = QStringLiteral("/api/v1/actions/history?action=promote_replica");
        const auto mine = alice->get(path);
        QCOMPARE(mine.json()[QStringLiteral("history")][0][QStringLiteral("decision")].toString(),
                 QStringLiteral("approve"));
        QCOMPARE(mine.json()[QStringLiteral("history")][0][QStringLiteral("decided_by")].toString(),
                 QStringLiteral("alice"));
        const auto bobs = s.client(QStringLiteral("bob"))->get(path);
        QVERIFY2(bobs.status == 200, qPrintable(bobs.describe()));
        const QJsonObject seen = bobs.json()[QStringLiteral("history")][0].toObject();
        QCOMPARE(seen.value(QStringLiteral("action_id")).toString(), proposal->actionId);
        QVERIFY2(seen.value(QStringLiteral("decision")).isNull(), qPrintable(bobs.describe()));
        QVERIFY(seen.value(QStringLiteral("decided_by")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestApiDesktop)
#include "tst_api_desktop.moc"
