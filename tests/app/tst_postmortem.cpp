#include "ChainLayerModel.h"
#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "GuiTestAlerts.h"
#include "PostMortemView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace icc;
using namespace icc::test;

namespace {

template<typename T> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

// The facilitator walks an incident whose action passed all three layers:
// the agent matched, the policy sent it to a tier-2 review, erin approved.
class TestPostMortem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.ingest(genericCpuAlert(), &error) / 100 == 2, qPrintable(error));

        // erin decides the review through the API, as her review panel would.
        DesktopTestClient erin(m_server);
        QVERIFY2(erin.login(QStringLiteral("erin"), &error), qPrintable(error));
        QJsonObject review;
        QTRY_VERIFY_WITH_TIMEOUT(!(review = pendingRestart(erin)).isEmpty(), 30000);
        m_reviewId = review.value(QStringLiteral("id")).toString();
        m_actionId = review.value(QStringLiteral("action_id")).toString();
        m_incidentId = review.value(QStringLiteral("incident_id")).toString();
        const ApiReply opened =
            call(erin, "POST", QStringLiteral("/api/v1/reviews/%1/open").arg(m_reviewId));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(opened.object().value(QStringLiteral("tier")).toString(), QStringLiteral("tier2"));
        const ApiReply decided = call(
            erin, "POST", QStringLiteral("/api/v1/reviews/%1/decide").arg(m_reviewId),
            QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")},
                        {QStringLiteral("context_revision"),
                         opened.object().value(QStringLiteral("context_revision"))},
                        {QStringLiteral("reason"), QStringLiteral("CPU pinned at 97%, restart")}});
        QVERIFY2(decided.ok(), qPrintable(decided.message()));
    }

    void facilitatorSeesTheThreeLayersAndKeepsMarks()
    {
        DesktopTestClient judy(m_server);
        QString error;
        QVERIFY2(judy.login(QStringLiteral("judy"), &error), qPrintable(error));
        QCOMPARE(judy.session().role(), QStringLiteral("facilitator"));

        PostMortemView view(judy.context());
        QSignalSpy loaded(&view, &PostMortemView::incidentLoaded);
        view.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));

        // The incident is listed (newest first) and loaded.
        auto *incidents = child<QComboBox>(view, "incidentCombo");
        QVERIFY(incidents->count() >= 1);
        QCOMPARE(incidents->itemData(0).toString(), m_incidentId);
        QCOMPARE(view.currentIncidentId(), m_incidentId);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(view, "verifyBadge")->text().contains(QStringLiteral("INTACT")), 30000);

        // The timeline shows erin's decision, and the filter narrows to it.
        QAbstractItemModel *timeline = child<QTableView>(view, "timelineView")->model();
        QVERIFY(timeline->rowCount() > 3);
        child<QLineEdit>(view, "timelineFilter")->setText(QStringLiteral("review.decided"));
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->index(0, 1).data().toString(), QStringLiteral("erin"));
        // Selecting the row selects its action.
        child<QTableView>(view, "timelineView")->selectRow(0);
        QCOMPARE(child<QComboBox>(view, "actionCombo")->currentData().toString(), m_actionId);
        child<QLineEdit>(view, "timelineFilter")->clear();

        // The three layers of the action, each in its own box, with content.
        auto *chain = qobject_cast<ChainLayerModel *>(child<QTreeView>(view, "humanView")->model());
        QVERIFY(chain);
        QTRY_VERIFY_WITH_TIMEOUT(chain->hasChain() && chain->chain().actionId == m_actionId, 30000);
        const QStringList agent = chain->layerLines(ChainLayerModel::AgentSection);
        const QStringList policy = chain->layerLines(ChainLayerModel::PolicySection);
        const QStringList human = chain->layerLines(ChainLayerModel::HumanSection);
        QVERIFY2(agent.contains(QStringLiteral("Matched runbook: rb-cpu-high")),
                 qPrintable(agent.join(QLatin1Char('\n'))));
        QVERIFY(agent.filter(QRegularExpression(QStringLiteral("^Confidence: \\d+ %$"))).size() ==
                1);
        QVERIFY2(policy.contains(QStringLiteral("Review tier: tier2")),
                 qPrintable(policy.join(QLatin1Char('\n'))));
        QVERIFY(policy.contains(QStringLiteral("Outcome: escalate")));
        QVERIFY2(human.contains(QStringLiteral("Reviewer: erin: approve")),
                 qPrintable(human.join(QLatin1Char('\n'))));
        QVERIFY(human.contains(QStringLiteral("Reason: CPU pinned at 97%, restart")));
        QCOMPARE(child<QTreeView>(view, "humanView")->rootIndex(),
                 chain->layerIndex(ChainLayerModel::HumanSection));
        QCOMPARE(child<QTreeView>(view, "agentView")->rootIndex(),
                 chain->layerIndex(ChainLayerModel::AgentSection));

        // Mark the human layer as the primary failure, add an owned, dated item.
        auto *kind = child<QComboBox>(view, "failureKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("primary")));
        auto *layer = child<QComboBox>(view, "failureLayerCombo");
        layer->setCurrentIndex(layer->findData(QStringLiteral("human")));
        QTest::keyClicks(child<QLineEdit>(view, "failureNoteEdit"),
                         QStringLiteral("approved without checking the load"));
        QTest::mouseClick(child<QPushButton>(view, "markFailureButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(view, "itemTitleEdit"),
                         QStringLiteral("Show CPU history in the review panel"));
        QTest::keyClicks(child<QLineEdit>(view, "itemOwnerEdit"), QStringLiteral("ivan"));
        child<QDateEdit>(view, "itemDueEdit")->setDate(QDate(2027, 1, 15));
        QTest::mouseClick(child<QPushButton>(view, "addItemButton"), Qt::LeftButton);
        QVERIFY(view.hasUnsavedChanges());

        QSignalSpy saved(&view, &PostMortemView::saved);
        QTest::mouseClick(child<QPushButton>(view, "saveButton"), Qt::LeftButton);
        QVERIFY2(saved.wait(30000), qPrintable(child<QLabel>(view, "statusLabel")->text()));
        QVERIFY(!view.hasUnsavedChanges());

        // A fresh view (another day, another window) loads them back.
        PostMortemView again(judy.context());
        QSignalSpy loadedAgain(&again, &PostMortemView::incidentLoaded);
        QVERIFY(loadedAgain.count() > 0 || loadedAgain.wait(30000));
        const PostMortemDocument stored = again.document();
        QCOMPARE(stored.failures.size(), 1);
        QCOMPARE(stored.failures.at(0).actionId, m_actionId);
        QCOMPARE(stored.failures.at(0).kind, QStringLiteral("primary"));
        QCOMPARE(stored.failures.at(0).layer, QStringLiteral("human"));
        QCOMPARE(stored.failures.at(0).note, QStringLiteral("approved without checking the load"));
        QCOMPARE(stored.actionItems.size(), 1);
        QCOMPARE(stored.actionItems.at(0).owner, QStringLiteral("ivan"));
        QCOMPARE(stored.actionItems.at(0).due, QDate(2027, 1, 15));
        QAbstractItemModel *items = child<QTableView>(again, "actionItemsView")->model();
        QCOMPARE(items->index(0, 1).data().toString(), QStringLiteral("ivan"));
        QCOMPARE(items->index(0, 2).data().toString(), QStringLiteral("2027-01-15"));
    }

    void aStaleSaveIsRefusedAndReloaded()
    {
        DesktopTestClient judy(m_server);
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(judy.login(QStringLiteral("judy"), &error), qPrintable(error));
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        PostMortemView judys(judy.context());
        PostMortemView ivans(ivan.context());
        QSignalSpy judyLoaded(&judys, &PostMortemView::incidentLoaded);
        QSignalSpy ivanLoaded(&ivans, &PostMortemView::incidentLoaded);
        QVERIFY(judyLoaded.count() > 0 || judyLoaded.wait(30000));
        QVERIFY(ivanLoaded.count() > 0 || ivanLoaded.wait(30000));

        // Both edit the same revision; ivan saves first, so judy's save is
        // based on a stale revision and the server refuses it.
        QTest::keyClicks(child<QLineEdit>(judys, "itemTitleEdit"), QStringLiteral("Judy's item"));
        QTest::keyClicks(child<QLineEdit>(judys, "itemOwnerEdit"), QStringLiteral("judy"));
        QTest::mouseClick(child<QPushButton>(judys, "addItemButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(ivans, "itemTitleEdit"), QStringLiteral("Ivan's item"));
        QTest::keyClicks(child<QLineEdit>(ivans, "itemOwnerEdit"), QStringLiteral("ivan"));
        QTest::mouseClick(child<QPushButton>(ivans, "addItemButton"), Qt::LeftButton);
        QSignalSpy ivanSaved(&ivans, &PostMortemView::saved);
        ivans.save();
        QVERIFY(ivanSaved.wait(30000));

        judys.save();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(judys, "statusLabel")
                                     ->text()
                                     .contains(QStringLiteral("someone else saved")),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!judys.hasUnsavedChanges(), 30000);
        const QList<PostMortemActionItem> items = judys.document().actionItems;
        QVERIFY(std::any_of(items.begin(), items.end(), [](const PostMortemActionItem &item) {
            return item.title == QStringLiteral("Ivan's item");
        }));
    }

    // An alert storm opens other incidents while the facilitator has unsaved
    // marks: the new incident only joins the list; the open post-mortem is
    // neither reloaded nor discarded. Leaving it asks first.
    void aNewIncidentKeepsUnsavedWork()
    {
        DesktopTestClient judy(m_server);
        QString error;
        QVERIFY2(judy.login(QStringLiteral("judy"), &error), qPrintable(error));
        PostMortemView view(judy.context());
        QSignalSpy loaded(&view, &PostMortemView::incidentLoaded);
        view.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        QCOMPARE(view.currentIncidentId(), m_incidentId);
        auto *chain = qobject_cast<ChainLayerModel *>(child<QTreeView>(view, "humanView")->model());
        view.selectAction(m_actionId);
        QTRY_VERIFY_WITH_TIMEOUT(chain->hasChain() && chain->chain().actionId == m_actionId, 30000);
        const int revision = view.document().revision;
        const qsizetype marks = view.document().failures.size();
        QAbstractItemModel *timeline = child<QTableView>(view, "timelineView")->model();
        const int timelineRows = timeline->rowCount();
        QVERIFY(timelineRows > 0);

        QTest::keyClicks(child<QLineEdit>(view, "failureNoteEdit"),
                         QStringLiteral("unsaved during the storm"));
        QTest::mouseClick(child<QPushButton>(view, "markFailureButton"), Qt::LeftButton);
        QVERIFY(view.hasUnsavedChanges());
        QCOMPARE(view.document().failures.size(), marks + 1);
        loaded.clear();

        // A different alert (disk, not CPU on checkout): a new incident.
        auto *incidents = child<QComboBox>(view, "incidentCombo");
        const int listed = incidents->count();
        QVERIFY2(m_server.ingest(genericDiskAlert(QStringLiteral("db-replica-2")), &error) / 100 ==
                     2,
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(incidents->count(), listed + 1, 30000);
        const QString newIncident = incidents->itemData(0).toString();
        QVERIFY(newIncident != m_incidentId);
        // No reload started: the timeline and the chain are still there
        // (a reload clears both at once, before its requests go out).
        QCOMPARE(timeline->rowCount(), timelineRows);
        QVERIFY(chain->hasChain());
        QCOMPARE(view.currentIncidentId(), m_incidentId);
        QCOMPARE(incidents->currentData().toString(), m_incidentId);

        // The pipeline goes on updating the new incident (actions, review);
        // the open post-mortem stays as the facilitator left it.
        DesktopTestClient ivan(m_server);
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            call(ivan, "GET", QStringLiteral("/api/v1/incidents/%1").arg(newIncident))
                    .object()
                    .value(QStringLiteral("proposals"))
                    .toArray()
                    .size() > 0,
            30000);
        QVERIFY(view.hasUnsavedChanges());
        QCOMPARE(view.document().failures.size(), marks + 1);
        QCOMPARE(view.document().failures.last().note, QStringLiteral("unsaved during the storm"));
        QCOMPARE(view.document().revision, revision);
        QCOMPARE(timeline->rowCount(), timelineRows);
        QCOMPARE(loaded.count(), 0);

        // Switching to the new incident asks; keeping stays on the work.
        incidents->setCurrentIndex(incidents->findData(newIncident));
        QTRY_VERIFY(view.discardQuestion());
        QTest::mouseClick(child<QPushButton>(*view.discardQuestion(), "keepEditingButton"),
                          Qt::LeftButton);
        QTRY_VERIFY(!view.discardQuestion());
        QCOMPARE(view.currentIncidentId(), m_incidentId);
        QCOMPARE(incidents->currentData().toString(), m_incidentId);
        QVERIFY(view.hasUnsavedChanges());
        QCOMPARE(view.document().failures.size(), marks + 1);

        // Reload (F5) asks too.
        view.reload();
        QTRY_VERIFY(view.discardQuestion());
        QTest::mouseClick(child<QPushButton>(*view.discardQuestion(), "keepEditingButton"),
                          Qt::LeftButton);
        QTRY_VERIFY(!view.discardQuestion());
        QVERIFY(view.hasUnsavedChanges());

        // Discarding switches.
        view.selectIncident(newIncident);
        QTRY_VERIFY(view.discardQuestion());
        QTest::mouseClick(child<QPushButton>(*view.discardQuestion(), "discardButton"),
                          Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(view.currentIncidentId(), newIncident);
        QVERIFY(!view.hasUnsavedChanges());
        // The incident known from the event gets its full row (opened_at).
        QTRY_VERIFY_WITH_TIMEOUT(view.document().incident.openedAt.isValid(), 30000);
    }

    // Nothing is sent from stale state: offline, Save is off and says why.
    void saveIsOffWhileOffline()
    {
        DesktopTestClient judy(m_server);
        QString error;
        QVERIFY2(judy.login(QStringLiteral("judy"), &error), qPrintable(error));
        PostMortemView view(judy.context());
        QSignalSpy loaded(&view, &PostMortemView::incidentLoaded);
        view.show();
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        auto *save = child<QPushButton>(view, "saveButton");
        auto *why = child<QLabel>(view, "saveBlockedLabel");
        QTRY_VERIFY(judy.connectionState().isOnline());
        QVERIFY(save->isEnabled());
        QVERIFY(!why->isVisibleTo(&view));

        QTest::keyClicks(child<QLineEdit>(view, "itemTitleEdit"), QStringLiteral("Offline item"));
        QTest::keyClicks(child<QLineEdit>(view, "itemOwnerEdit"), QStringLiteral("judy"));
        QTest::mouseClick(child<QPushButton>(view, "addItemButton"), Qt::LeftButton);
        QVERIFY(view.hasUnsavedChanges());

        judy.events().stop();
        QTRY_VERIFY(!judy.connectionState().isOnline());
        QVERIFY(!save->isEnabled());
        QVERIFY(why->isVisibleTo(&view));
        QVERIFY2(why->text().contains(QStringLiteral("offline")), qPrintable(why->text()));

        // Ctrl+S (or a direct call) does not send either.
        QSignalSpy saved(&view, &PostMortemView::saved);
        view.save();
        QVERIFY2(child<QLabel>(view, "statusLabel")->text().contains(QStringLiteral("offline")),
                 qPrintable(child<QLabel>(view, "statusLabel")->text()));
        QVERIFY(view.hasUnsavedChanges());
        QCOMPARE(saved.count(), 0);

        judy.events().start();
        QTRY_VERIFY_WITH_TIMEOUT(judy.connectionState().isOnline(), 30000);
        QVERIFY(save->isEnabled());
        QVERIFY(!why->isVisibleTo(&view));
    }

private:
    static ApiReply call(DesktopTestClient &client, const char *verb, const QString &path,
                         const QJsonObject &body = {})
    {
        ApiReply answer;
        bool done = false;
        QObject context;
        const auto handler = [&](const ApiReply &reply) {
            answer = reply;
            done = true;
        };
        if (qstrcmp(verb, "GET") == 0)
            client.connection().get(path, &context, handler);
        else
            client.connection().post(path, body, &context, handler);
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            answer.error = QStringLiteral("timeout");
        return answer;
    }

    // The pending restart_service review, or {} while the pipeline works.
    static QJsonObject pendingRestart(DesktopTestClient &client)
    {
        const ApiReply reviews = call(client, "GET", QStringLiteral("/api/v1/reviews"));
        for (const QJsonValue &value :
             reviews.object().value(QStringLiteral("reviews")).toArray()) {
            const QJsonObject review = value.toObject().value(QStringLiteral("review")).toObject();
            if (review.value(QStringLiteral("action")).toString() ==
                    QLatin1String("restart_service") &&
                review.value(QStringLiteral("state")).toString() == QLatin1String("pending"))
                return review;
        }
        return {};
    }

    DesktopTestServer m_server;
    QString m_reviewId;
    QString m_actionId;
    QString m_incidentId;
};

QTEST_MAIN(TestPostMortem)
#include "tst_postmortem.moc"
