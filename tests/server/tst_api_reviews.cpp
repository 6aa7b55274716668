#include "AuditEvent.h"
#include "GateError.h"
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

QString reviewPath(const QString &reviewId, const char *verb = nullptr)
{
    QString path = QStringLiteral("/api/v1/reviews/") + reviewId;
    if (verb)
        path += QLatin1Char('/') + QLatin1String(verb);
    return path;
}

// Everything tier-3 friction asks for; tests drop one piece at a time.
QJsonObject fullApproval(const ApiClient::Response &opened)
{
    const QJsonObject view = opened.json();
    return QJsonObject{
        {QStringLiteral("decision"), QStringLiteral("approve")},
        {QStringLiteral("context_revision"), view.value(QStringLiteral("context_revision"))},
        {QStringLiteral("reason"), QStringLiteral("replica is caught up; primary is gone")},
        {QStringLiteral("confirmation_phrase"), view.value(QStringLiteral("confirmation_phrase"))},
        {QStringLiteral("rollback_acknowledged"), true}};
}

QJsonObject without(QJsonObject object, const char *key)
{
    object.remove(QLatin1String(key));
    return object;
}

#define START_SERVER(s)                                                                            \
    RoutesTestServer s;                                                                            \
    {                                                                                              \
        QString error;                                                                             \
        QVERIFY2(s.start(&error), qPrintable(error));                                              \
        for (const auto &[name, role] :                                                            \
             {std::pair{"alice", "reviewer"}, std::pair{"bob", "reviewer"},                        \
              std::pair{"erin", "reviewer"}, std::pair{"agent", "reviewer"},                       \
              std::pair{"ivan", "commander"}, std::pair{"fran", "facilitator"},                    \
              std::pair{"rita", "responder"}, std::pair{"ada", "admin"}})                          \
            QVERIFY2(s.addUser(QLatin1String(name), QLatin1String(role), &error),                  \
                     qPrintable(error));                                                           \
    }

} // namespace

class TestApiReviews : public QObject
{
    Q_OBJECT

private slots:
    void tierThreeNeedsTwoReviewersDwellPhraseRollbackAndReason()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::dbAlert()}), QStringLiteral("promote_replica"));
        QVERIFY(proposal);
        const QString reviewId = proposal->reviewId;
        auto alice = s.client(QStringLiteral("alice"));
        auto bob = s.client(QStringLiteral("bob"));

        // The queue lists it for a reviewer without recording an open.
        const auto queue = alice->get(QStringLiteral("/api/v1/reviews"));
        QCOMPARE(queue.status, 200);
        bool listed = false;
        for (const QJsonValue &item : queue.json().value(QStringLiteral("reviews")).toArray())
            listed |= item[QStringLiteral("review")][QStringLiteral("id")].toString() == reviewId;
        QVERIFY(listed);
        const auto peek = alice->get(reviewPath(reviewId));
        QCOMPARE(peek.status, 200);
        QCOMPARE(s.countAudit(AuditEvent::kReviewOpened, reviewId), 0);

        const auto opened = alice->post(reviewPath(reviewId, "open"), QJsonObject());
        QVERIFY2(opened.status == 200, qPrintable(opened.describe()));
        const QJsonObject view = opened.json();
        QCOMPARE(view.value(QStringLiteral("tier")).toString(), QStringLiteral("tier3"));
        QCOMPARE(view.value(QStringLiteral("dwell_remaining_seconds")).toInteger(), 60);
        QCOMPARE(view.value(QStringLiteral("approvals_required")).toInt(), 2);
        QCOMPARE(view.value(QStringLiteral("approvals_so_far")).toInt(), 0);
        QVERIFY(!view.value(QStringLiteral("confirmation_phrase")).toString().isEmpty());
        QVERIFY(view.value(QStringLiteral("context_revision")).toInteger() > 0);
        QCOMPARE(s.countAudit(AuditEvent::kReviewOpened, reviewId), 1);
        const QJsonObject approval = fullApproval(opened);

        // The dwell is the server's, from alice's own open.
        s.clock.advanceSeconds(30);
        const auto hasty = alice->post(reviewPath(reviewId, "decide"), approval);
        QCOMPARE(hasty.status, 409);
        QCOMPARE(hasty.errorCode(), toString(GateError::DwellNotMet));
        s.clock.advanceSeconds(31);

        // Each missing piece of friction is refused, naming the field.
        for (const char *field : {"reason", "confirmation_phrase", "rollback_acknowledged"}) {
            const auto refused =
                alice->post(reviewPath(reviewId, "decide"), without(approval, field));
            QVERIFY2(refused.status == 422, qPrintable(refused.describe()));
            QCOMPARE(refused.errorField(), QLatin1String(field));
        }
        QJsonObject wrongPhrase = approval;
        wrongPhrase.insert(QStringLiteral("confirmation_phrase"), QStringLiteral("yes do it"));
        QCOMPARE((alice->post(reviewPath(reviewId, "decide"), wrongPhrase)).errorField(),
                 QStringLiteral("confirmation_phrase"));
        // context_revision is required by the API itself.
        const auto noRevision =
            alice->post(reviewPath(reviewId, "decide"), without(approval, "context_revision"));
        QCOMPARE(noRevision.status, 422);
        QCOMPARE(noRevision.errorField(), QStringLiteral("context_revision"));

        const auto first = alice->post(reviewPath(reviewId, "decide"), approval);
        QVERIFY2(first.status == 200, qPrintable(first.describe()));
        QCOMPARE(s.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
        // The same reviewer twice is still one reviewer.
        QCOMPARE(alice->post(reviewPath(reviewId, "decide"), approval).status, 409);

        // Bob's dwell counts from bob's open, not alice's; he does not see her reasoning.
        const auto bobOpened = bob->post(reviewPath(reviewId, "open"), QJsonObject());
        QCOMPARE(bobOpened.status, 200);
        QCOMPARE(bobOpened.json().value(QStringLiteral("dwell_remaining_seconds")).toInteger(), 60);
        QCOMPARE(bobOpened.json().value(QStringLiteral("approvals_so_far")).toInt(), 1);
        QVERIFY(bobOpened.json().value(QStringLiteral("others_reasoning_hidden")).toBool());
        QVERIFY(!bobOpened.body.contains("replica is caught up"));
        s.clock.advanceSeconds(59);
        QCOMPARE((bob->post(reviewPath(reviewId, "decide"), fullApproval(bobOpened))).errorCode(),
                 toString(GateError::DwellNotMet));
        s.clock.advanceSeconds(2);
        const auto second = bob->post(reviewPath(reviewId, "decide"), fullApproval(bobOpened));
        QVERIFY2(second.status == 200, qPrintable(second.describe()));
        QVERIFY(second.json().value(QStringLiteral("executed")).toBool());
        QCOMPARE(s.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);
    }

    // A commander reviews (DecideReviews) and reads the audit (ReadAudit): the
    // audit must not show another reviewer's reasoning the review view hides.
    void auditHidesOtherReviewersReasoningUntilTheReviewIsFinal()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::dbAlert()}), QStringLiteral("promote_replica"));
        QVERIFY(proposal);
        const QString reviewId = proposal->reviewId;
        auto alice = s.client(QStringLiteral("alice"));
        auto ivan = s.client(QStringLiteral("ivan"));
        auto fran = s.client(QStringLiteral("fran"));
        const auto aliceOpened = alice->post(reviewPath(reviewId, "open"), QJsonObject());
        const auto ivanOpened = ivan->post(reviewPath(reviewId, "open"), QJsonObject());
        QCOMPARE(ivanOpened.status, 200);
        s.clock.advanceSeconds(61);
        QJsonObject approval = fullApproval(aliceOpened);
        approval.insert(QStringLiteral("reason"), QStringLiteral("alice-secret-reasoning"));
        const auto first = alice->post(reviewPath(reviewId, "decide"), approval);
        QVERIFY2(first.status == 200, qPrintable(first.describe()));

        const QString auditPath = QStringLiteral("/api/v1/audit?incident=") + proposal->incidentId;
        const QString chainPath =
            QStringLiteral("/api/v1/actions/%1/chain").arg(proposal->actionId);
        const QString recordPath =
            QStringLiteral("/api/v1/incidents/%1/record").arg(proposal->incidentId);
        // Neither the second reviewer nor anyone else who has not decided sees it.
        for (const auto &client : {ivan.get(), fran.get()}) {
            for (const QString &path : {auditPath, chainPath, recordPath}) {
                const auto read = client->get(path);
                QVERIFY2(read.status == 200, qPrintable(read.describe()));
                QVERIFY2(!read.body.contains("alice-secret-reasoning"), qPrintable(path));
            }
        }
        const auto audit = ivan->get(auditPath);
        bool markedRedacted = false;
        for (const QJsonValue &entry : audit.json()[QStringLiteral("entries")].toArray()) {
            if (entry[QStringLiteral("type")].toString() ==
                QLatin1String(AuditEvent::kReviewDecided))
                markedRedacted = entry[QStringLiteral("redacted")].toBool();
        }
        QVERIFY(markedRedacted);
        // The reviewer who decided sees her own reasoning in the review view.
        QVERIFY(alice->get(reviewPath(reviewId)).body.contains("alice-secret-reasoning"));

        // Once ivan has decided (and the review is final) it is there for all.
        const auto second = ivan->post(reviewPath(reviewId, "decide"), fullApproval(ivanOpened));
        QVERIFY2(second.status == 200, qPrintable(second.describe()));
        for (const auto &client : {ivan.get(), fran.get()}) {
            for (const QString &path : {auditPath, chainPath, recordPath})
                QVERIFY2(client->get(path).body.contains("alice-secret-reasoning"),
                         qPrintable(path));
        }
        const auto verify = fran->get(QStringLiteral("/api/v1/audit/verify"));
        QVERIFY(verify.json()[QStringLiteral("ok")].toBool());
    }

    void staleContextIsRefusedWithReload()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        auto erin = s.client(QStringLiteral("erin"));
        const auto opened = erin->post(reviewPath(proposal->reviewId, "open"), QJsonObject());
        QCOMPARE(opened.status, 200);
        // A new alert joins the incident while erin looks at the old picture.
        s.clock.advanceSeconds(30);
        QVERIFY(s.ingest({RoutesTestServer::cpuAlert(QStringLiteral("2"))}).ok());
        const QJsonObject decision{
            {QStringLiteral("decision"), QStringLiteral("approve")},
            {QStringLiteral("context_revision"), opened.json()[QStringLiteral("context_revision")]},
            {QStringLiteral("reason"), QStringLiteral("looks right")}};
        const auto stale = erin->post(reviewPath(proposal->reviewId, "decide"), decision);
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.errorCode(), toString(GateError::ContextChanged));
        QCOMPARE(stale.errorField(), QStringLiteral("context_revision"));
        QVERIFY(stale.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("Reload")));
        QCOMPARE(s.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);

        // Reloading gives the new revision; deciding on it goes through.
        const auto reopened = erin->post(reviewPath(proposal->reviewId, "open"), QJsonObject());
        QVERIFY(reopened.json()[QStringLiteral("context_revision")].toInteger() >
                opened.json()[QStringLiteral("context_revision")].toInteger());
        QJsonObject fresh = decision;
        fresh.insert(QStringLiteral("context_revision"),
                     reopened.json()[QStringLiteral("context_revision")]);
        s.clock.advanceSeconds(
            reopened.json()[QStringLiteral("dwell_remaining_seconds")].toInteger() + 1);
        const auto approved = erin->post(reviewPath(proposal->reviewId, "decide"), fresh);
        QVERIFY2(approved.status == 200, qPrintable(approved.describe()));
    }

    void proposerMayNotReview()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        QCOMPARE(proposal->reviewId.isEmpty(), false);
        // A user whose name is the proposer's ("agent") is refused, whatever the role says.
        // (Opening to look is allowed; deciding is not.)
        auto agent = s.client(QStringLiteral("agent"));
        const auto opened = agent->post(reviewPath(proposal->reviewId, "open"), QJsonObject());
        QVERIFY(!opened.json()[QStringLiteral("may_decide")].toBool());
        s.clock.advanceSeconds(120);
        for (const char *kind : {"approve", "reject", "modify"}) {
            const auto decided =
                agent->post(reviewPath(proposal->reviewId, "decide"),
                            QJsonObject{{QStringLiteral("decision"), QLatin1String(kind)},
                                        {QStringLiteral("context_revision"),
                                         opened.json()[QStringLiteral("context_revision")]},
                                        {QStringLiteral("reason"), QStringLiteral("mine")}});
            QVERIFY2(decided.status == 403, qPrintable(decided.describe()));
        }
        QCOMPARE(s.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);
    }

    void rejectWithoutReasonIsRefusedWhereTheTierNeedsOne()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        auto erin = s.client(QStringLiteral("erin"));
        const auto opened = erin->post(reviewPath(proposal->reviewId, "open"), QJsonObject());
        QCOMPARE(opened.json()[QStringLiteral("tier")].toString(), QStringLiteral("tier2"));
        QJsonObject reject{{QStringLiteral("decision"), QStringLiteral("reject")},
                           {QStringLiteral("context_revision"),
                            opened.json()[QStringLiteral("context_revision")]}};
        const auto refused = erin->post(reviewPath(proposal->reviewId, "decide"), reject);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorField(), QStringLiteral("reason"));
        reject.insert(QStringLiteral("reason"), QStringLiteral("the process is not stuck"));
        const auto rejected = erin->post(reviewPath(proposal->reviewId, "decide"), reject);
        QVERIFY2(rejected.status == 200, qPrintable(rejected.describe()));
        QCOMPARE(s.app().store().proposal(proposal->actionId)->state, QStringLiteral("rejected"));

        // An unknown decision kind is the API's 422.
        QJsonObject bogus = reject;
        bogus.insert(QStringLiteral("decision"), QStringLiteral("lgtm"));
        QCOMPARE((erin->post(reviewPath(proposal->reviewId, "decide"), bogus)).errorField(),
                 QStringLiteral("decision"));
    }

    void killSwitchHoldsReviewsAndRefusesApproval()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        auto ivan = s.client(QStringLiteral("ivan"));
        auto erin = s.client(QStringLiteral("erin"));
        const auto opened = erin->post(reviewPath(proposal->reviewId, "open"), QJsonObject());
        QCOMPARE(opened.status, 200);

        const auto noReason = ivan->post(QStringLiteral("/api/v1/controls/kill-switch"),
                                         QJsonObject{{QStringLiteral("engaged"), true}});
        QCOMPARE(noReason.status, 422);
        QCOMPARE(noReason.errorField(), QStringLiteral("reason"));

        const auto engaged = ivan->post(
            QStringLiteral("/api/v1/controls/kill-switch"),
            QJsonObject{{QStringLiteral("engaged"), true},
                        {QStringLiteral("reason"), QStringLiteral("agent acting on bad data")}});
        QVERIFY2(engaged.status == 200, qPrintable(engaged.describe()));
        QVERIFY(engaged.json()[QStringLiteral("held_reviews")].toArray().contains(
            QJsonValue(proposal->reviewId)));
        const auto controls = erin->get(QStringLiteral("/api/v1/controls"));
        QCOMPARE(controls.status, 200);
        QVERIFY(controls.json()[QStringLiteral("kill_switch")][QStringLiteral("engaged")].toBool());
        QCOMPARE(controls.json()[QStringLiteral("kill_switch")][QStringLiteral("by")].toString(),
                 QStringLiteral("ivan"));
        const auto held = erin->get(reviewPath(proposal->reviewId));
        QCOMPARE(held.json()[QStringLiteral("review")][QStringLiteral("state")].toString(),
                 QStringLiteral("held"));

        const auto reopened = erin->post(reviewPath(proposal->reviewId, "open"), QJsonObject());
        s.clock.advanceSeconds(120);
        const auto blocked =
            erin->post(reviewPath(proposal->reviewId, "decide"),
                       QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")},
                                   {QStringLiteral("context_revision"),
                                    reopened.json()[QStringLiteral("context_revision")]},
                                   {QStringLiteral("reason"), QStringLiteral("fine")}});
        QCOMPARE(blocked.status, 409);
        QCOMPARE(blocked.errorCode(), toString(GateError::KillSwitchEngaged));
        QCOMPARE(s.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 0);

        const auto released =
            ivan->post(QStringLiteral("/api/v1/controls/kill-switch"),
                       QJsonObject{{QStringLiteral("engaged"), false},
                                   {QStringLiteral("reason"), QStringLiteral("data fixed")}});
        QCOMPARE(released.status, 200);
        QVERIFY(
            !released.json()[QStringLiteral("kill_switch")][QStringLiteral("engaged")].toBool());
        QCOMPARE(s.countAudit(AuditEvent::kKillSwitchReleased), 1);
    }

    void haltsAndClassApprovals()
    {
        START_SERVER(s);
        auto ivan = s.client(QStringLiteral("ivan"));
        const auto halted = ivan->post(
            QStringLiteral("/api/v1/controls/halts"),
            QJsonObject{{QStringLiteral("action_type"), QStringLiteral("restart_service")},
                        {QStringLiteral("reason"), QStringLiteral("restarts make it worse")}});
        QVERIFY2(halted.status == 201, qPrintable(halted.describe()));
        QCOMPARE(
            halted.json()[QStringLiteral("halts")][0][QStringLiteral("action_type")].toString(),
            QStringLiteral("restart_service"));
        QVERIFY(s.app().service().guard().isHalted(QStringLiteral("restart_service")));
        const auto resumed = ivan->send("DELETE",
                                        QStringLiteral("/api/v1/controls/halts/restart_service"
                                                       "?reason=understood"),
                                        {}, {});
        QVERIFY2(resumed.status == 200, qPrintable(resumed.describe()));
        QVERIFY(resumed.json()[QStringLiteral("halts")].toArray().isEmpty());
        QCOMPARE(
            ivan->send("DELETE", QStringLiteral("/api/v1/controls/halts/restart_service"), {}, {})
                .status,
            409);

        const auto tooLong =
            ivan->post(QStringLiteral("/api/v1/class-approvals"),
                       QJsonObject{{QStringLiteral("action"), QStringLiteral("restart_service")},
                                   {QStringLiteral("scope"), QStringLiteral("*")},
                                   {QStringLiteral("duration_minutes"), 0}});
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(tooLong.errorField(), QStringLiteral("duration_minutes"));
        const auto granted = ivan->post(
            QStringLiteral("/api/v1/class-approvals"),
            QJsonObject{{QStringLiteral("action"), QStringLiteral("restart_service")},
                        {QStringLiteral("scope"), QStringLiteral("*")},
                        {QStringLiteral("duration_minutes"), 120},
                        {QStringLiteral("description"), QStringLiteral("rolling restarts")}});
        QVERIFY2(granted.status == 201, qPrintable(granted.describe()));
        const QString id = granted.json()[QStringLiteral("id")].toString();
        QCOMPARE(granted.json()[QStringLiteral("granted_by")].toString(), QStringLiteral("ivan"));
        QCOMPARE(granted.json()[QStringLiteral("expires_at")].toString(),
                 QStringLiteral("2026-01-15T05:00:00.000Z"));
        auto erin = s.client(QStringLiteral("erin"));
        const auto listed = erin->get(QStringLiteral("/api/v1/class-approvals"));
        QCOMPARE(
            listed.json()[QStringLiteral("class_approvals")][0][QStringLiteral("active")].toBool(),
            true);
        const auto revoked =
            ivan->send("DELETE", QStringLiteral("/api/v1/class-approvals/") + id, {}, {});
        QVERIFY2(revoked.status == 200, qPrintable(revoked.describe()));
        QCOMPARE(revoked.json()[QStringLiteral("revoked_by")].toString(), QStringLiteral("ivan"));
        QCOMPARE(
            ivan->send("DELETE", QStringLiteral("/api/v1/class-approvals/ca-nope"), {}, {}).status,
            404);
    }

    void pagesAreListedAndAcknowledged()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        auto rita = s.client(QStringLiteral("rita"));
        const auto pages = rita->get(QStringLiteral("/api/v1/pages"));
        QCOMPARE(pages.status, 200);
        QString pageId;
        QString recipient;
        for (const QJsonValue &page : pages.json()[QStringLiteral("pages")].toArray()) {
            if (page[QStringLiteral("review_id")].toString() == proposal->reviewId) {
                pageId = page[QStringLiteral("page_id")].toString();
                recipient = page[QStringLiteral("recipient")].toString();
            }
        }
        QVERIFY(!pageId.isEmpty());
        QVERIFY(recipient != QLatin1String("rita"));
        // Only the person paged says "I'm on it".
        QCOMPARE(
            rita->post(QStringLiteral("/api/v1/pages/%1/acknowledge").arg(pageId), QJsonObject())
                .status,
            403);
        auto paged = s.client(recipient);
        const auto acknowledged =
            paged->post(QStringLiteral("/api/v1/pages/%1/acknowledge").arg(pageId), QJsonObject());
        QVERIFY2(acknowledged.status == 200, qPrintable(acknowledged.describe()));
        QCOMPARE(acknowledged.json()[QStringLiteral("acknowledged_by")].toString(), recipient);
        QCOMPARE(
            paged->post(QStringLiteral("/api/v1/pages/%1/acknowledge").arg(pageId), QJsonObject())
                .status,
            409);
        QCOMPARE(
            rita->post(QStringLiteral("/api/v1/pages/pg-none/acknowledge"), QJsonObject()).status,
            404);
        // "I'm on it" is not a decision: the review stays pending.
        QCOMPARE(toString(s.app().service().gate().review(proposal->reviewId)->state),
                 QStringLiteral("pending"));
    }

    void abortIsOnlyForPreApproved()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        auto erin = s.client(QStringLiteral("erin"));
        const auto refused =
            erin->post(reviewPath(proposal->reviewId, "abort"),
                       QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), toString(GateError::NotPreApproved));
        QCOMPARE(erin->post(reviewPath(QStringLiteral("rv-none"), "abort"), QJsonObject()).status,
                 404);
    }

    void auditVerifiesAndChainHasThreeLayers()
    {
        START_SERVER(s);
        const auto proposal =
            s.proposal(s.ingest({RoutesTestServer::cpuAlert()}), QStringLiteral("restart_service"));
        QVERIFY(proposal);
        auto erin = s.client(QStringLiteral("erin"));
        const auto opened = erin->post(reviewPath(proposal->reviewId, "open"), QJsonObject());
        s.clock.advanceSeconds(
            opened.json()[QStringLiteral("dwell_remaining_seconds")].toInteger() + 20);
        const auto approved =
            erin->post(reviewPath(proposal->reviewId, "decide"),
                       QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")},
                                   {QStringLiteral("context_revision"),
                                    opened.json()[QStringLiteral("context_revision")]},
                                   {QStringLiteral("reason"), QStringLiteral("process is stuck")}});
        QVERIFY2(approved.status == 200, qPrintable(approved.describe()));
        QCOMPARE(s.countAudit(AuditEvent::kExecutionCompleted, proposal->actionId), 1);

        auto fran = s.client(QStringLiteral("fran"));
        const auto verify = fran->get(QStringLiteral("/api/v1/audit/verify"));
        QVERIFY2(verify.status == 200, qPrintable(verify.describe()));
        QVERIFY(verify.json()[QStringLiteral("ok")].toBool());
        QVERIFY(verify.json()[QStringLiteral("count")].toInteger() > 5);

        const auto page = fran->get(QStringLiteral("/api/v1/audit?from=2&limit=3"));
        QCOMPARE(page.status, 200);
        const QJsonArray entries = page.json()[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0][QStringLiteral("sequence")].toInteger(), 2);
        QCOMPARE(entries[1][QStringLiteral("previous_hash")].toString(),
                 entries[0][QStringLiteral("hash")].toString());
        QCOMPARE(page.json()[QStringLiteral("next_from")].toInteger(), 5);
        const auto forIncident = fran->get(
            QStringLiteral("/api/v1/audit?incident=%1&limit=1000").arg(proposal->incidentId));
        for (const QJsonValue &entry : forIncident.json()[QStringLiteral("entries")].toArray())
            QCOMPARE(entry[QStringLiteral("incident_id")].toString(), proposal->incidentId);
        QCOMPARE(fran->get(QStringLiteral("/api/v1/audit?limit=0")).status, 400);

        const auto chain =
            fran->get(QStringLiteral("/api/v1/actions/%1/chain").arg(proposal->actionId));
        QVERIFY2(chain.status == 200, qPrintable(chain.describe()));
        const QJsonObject record = chain.json()[QStringLiteral("chain")].toObject();
        for (const char *layer : {"human_review", "policy_classification", "agent_reasoning"}) {
            QVERIFY2(record.contains(QLatin1String(layer)), layer);
            QVERIFY2(record[QLatin1String(layer)][QStringLiteral("present")].toBool(), layer);
        }
        QCOMPARE(record[QStringLiteral("human_review")][QStringLiteral("reviewers")][0]
                       [QStringLiteral("reviewer")]
                           .toString(),
                 QStringLiteral("erin"));
        QCOMPARE(fran->get(QStringLiteral("/api/v1/actions/act-none/chain")).status, 404);

        // Decision quality, then the incident record with the facilitator's marks.
        const auto marked =
            fran->post(QStringLiteral("/api/v1/actions/%1/outcome").arg(proposal->actionId),
                       QJsonObject{{QStringLiteral("quality"), QStringLiteral("good")},
                                   {QStringLiteral("note"), QStringLiteral("CPU recovered")}});
        QVERIFY2(marked.status == 201, qPrintable(marked.describe()));
        QCOMPARE(fran->post(QStringLiteral("/api/v1/actions/%1/outcome").arg(proposal->actionId),
                            QJsonObject{{QStringLiteral("quality"), QStringLiteral("meh")}})
                     .status,
                 422);
        QCOMPARE(s.countAudit(AuditEvent::kOutcomeMarked, proposal->actionId), 1);

        const auto draft =
            fran->get(QStringLiteral("/api/v1/incidents/%1/record").arg(proposal->incidentId));
        QVERIFY2(draft.status == 200, qPrintable(draft.describe()));
        QVERIFY(!draft.json()[QStringLiteral("record")][QStringLiteral("timeline")]
                     .toArray()
                     .isEmpty());
        QCOMPARE(draft.json()[QStringLiteral("record")][QStringLiteral("chains")].toArray().size(),
                 s.app().store().proposalsForIncident(proposal->incidentId).size());
        QVERIFY(draft.json()[QStringLiteral("markdown")].toString().contains(proposal->incidentId));
        const auto final = fran->post(
            QStringLiteral("/api/v1/incidents/%1/record").arg(proposal->incidentId),
            QJsonObject{{QStringLiteral("summary"), QStringLiteral("checkout CPU pegged")},
                        {QStringLiteral("action_items"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("id"), QStringLiteral("AI-1")},
                             {QStringLiteral("description"), QStringLiteral("add a CPU limit")},
                             {QStringLiteral("owner"), QStringLiteral("rita")},
                             {QStringLiteral("due"), QStringLiteral("2026-02-01")}}}}});
        QVERIFY2(final.status == 200, qPrintable(final.describe()));
        QCOMPARE(final.json()[QStringLiteral("record")][QStringLiteral("facilitator")].toString(),
                 QStringLiteral("fran"));
        QVERIFY(final.json()[QStringLiteral("markdown")].toString().contains(
            QStringLiteral("add a CPU limit")));

        const auto metrics = fran->get(QStringLiteral("/api/v1/metrics/oversight"));
        QVERIFY2(metrics.status == 200, qPrintable(metrics.describe()));
        QCOMPARE(metrics.json()[QStringLiteral("decisions")][QStringLiteral("total")].toInt(), 1);
        QCOMPARE(metrics.json()[QStringLiteral("decisions")][QStringLiteral("approve")].toInt(), 1);
        const auto window = fran->get(QStringLiteral(
            "/api/v1/metrics/oversight?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z"));
        QCOMPARE(window.json()[QStringLiteral("decisions")][QStringLiteral("total")].toInt(), 0);
        const auto badTime = fran->get(QStringLiteral("/api/v1/metrics/oversight?from=yesterday"));
        QCOMPARE(badTime.status, 400);
        QCOMPARE(badTime.errorField(), QStringLiteral("from"));
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
        row("rita", "POST", "/api/v1/reviews/rv-1/open");     // responders do not review
        row("fran", "POST", "/api/v1/reviews/rv-1/decide");   // nor do facilitators
        row("ada", "POST", "/api/v1/reviews/rv-1/abort");     // nor admins
        row("alice", "POST", "/api/v1/controls/kill-switch"); // only commanders stop
        row("ada", "POST", "/api/v1/controls/halts");
        row("alice", "DELETE", "/api/v1/controls/halts/restart_service");
        row("alice", "POST", "/api/v1/class-approvals");
        row("ada", "DELETE", "/api/v1/class-approvals/ca-1");
        row("alice", "GET", "/api/v1/audit");
        row("rita", "GET", "/api/v1/audit/verify");
        row("alice", "GET", "/api/v1/actions/act-1/chain");
        row("rita", "GET", "/api/v1/incidents/inc-1/record");
        row("alice", "POST", "/api/v1/actions/act-1/outcome");
        row("ada", "POST", "/api/v1/actions/act-1/outcome");
        row("alice", "GET", "/api/v1/metrics/oversight");
    }

    void rolesAreRefused()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        START_SERVER(s);
        auto client = s.client(user);
        const auto response = client->send(method, path, QByteArrayLiteral("{}"));
        QCOMPARE(response.status, 403);
        auto anonymous = s.anonymousClient();
        QCOMPARE(anonymous->send(method, path, QByteArrayLiteral("{}")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestApiReviews)
#include "tst_api_reviews.moc"
