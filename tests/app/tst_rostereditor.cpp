#include "ChainLevelModel.h"
#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "EscalationTestModel.h"
#include "OverrideModel.h"
#include "RosterEditor.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QtTest>

#include <optional>

using namespace icc;
using namespace icc::test;

namespace {

// One request through a client's pinned connection, waited for without sleeping.
ApiReply call(DesktopTestClient &client, const QByteArray &verb, const QString &path,
              const QJsonObject &body = {})
{
    std::optional<ApiReply> answer;
    const auto keep = [&answer](const ApiReply &reply) {
        answer = reply;
    };
    ServerConnection &connection = client.connection();
    if (verb == "GET")
        connection.get(path, nullptr, keep);
    else if (verb == "POST")
        connection.post(path, body, nullptr, keep);
    else if (verb == "PUT")
        connection.put(path, body, nullptr, keep);
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return ApiReply{};
    return *answer;
}

template<typename T> T *child(QWidget &view, const char *name)
{
    return view.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

// The roster editor against a real server: an edit made in the tables is
// saved as YAML and read back by another desktop; a responder cannot edit;
// a refused edit shows the server's words naming the field; an escalation
// test shows who acknowledged and how fast.
class TestRosterEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void editRoundTrips()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        RosterEditor editor(ivan.context());
        editor.show();
        QTRY_COMPARE_WITH_TIMEOUT(editor.chainModel()->rowCount(), 4, 30000);
        QVERIFY(editor.canEdit());
        const int overridesBefore = editor.overrideModel()->rowCount();
        auto *save = child<QPushButton>(editor, "saveButton");
        QVERIFY(!save->isEnabled()); // nothing to save yet

        // Level 1 gets 5 minutes instead of 10, edited in the table.
        auto *chainTable = child<QTableView>(editor, "chainTable");
        QAbstractItemModel *chain = chainTable->model();
        QVERIFY(chain->setData(chain->index(0, ChainLevelModel::TimeoutColumn), 300));

        // An override added with the button and filled in place.
        QTest::mouseClick(child<QPushButton>(editor, "addOverrideButton"), Qt::LeftButton);
        auto *overrideTable = child<QTableView>(editor, "overrideTable");
        QAbstractItemModel *overrides = overrideTable->model();
        QCOMPARE(overrides->rowCount(), overridesBefore + 1);
        const QModelIndex added = overrideTable->currentIndex();
        QVERIFY(added.isValid());
        const auto cell = [&](int column) {
            return overrides->index(added.row(), column);
        };
        // The new row opens for typing the user, as a user would.
        auto *typing = overrideTable->viewport()->findChild<QLineEdit *>();
        QVERIFY(typing);
        typing->selectAll();
        QTest::keyClicks(typing, QStringLiteral("heidi"));
        QTest::keyClick(typing, Qt::Key_Return);
        QTRY_COMPARE(overrides->data(cell(OverrideModel::UserColumn)).toString(),
                     QStringLiteral("heidi"));
        QVERIFY(
            overrides->setData(cell(OverrideModel::RotationColumn), QStringLiteral("secondary")));
        QVERIFY(overrides->setData(cell(OverrideModel::FromColumn),
                                   QStringLiteral("2027-03-01T08:00:00Z")));
        QVERIFY(overrides->setData(cell(OverrideModel::ToColumn),
                                   QStringLiteral("2027-03-02T08:00:00Z")));
        QVERIFY(overrides->setData(cell(OverrideModel::ReasonColumn),
                                   QStringLiteral("desktop round trip")));
        QVERIFY(editor.hasUnsavedEdits());
        QVERIFY(save->isEnabled());

        QSignalSpy saved(&editor, &RosterEditor::saveFinished);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QVERIFY2(saved.constFirst().constFirst().toBool(),
                 qPrintable(child<QLabel>(editor, "serverErrorLabel")->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!editor.hasUnsavedEdits(), 30000);

        // Another desktop reads the change from the server...
        DesktopTestClient niaj(m_server);
        QVERIFY2(niaj.login(QStringLiteral("niaj"), &error), qPrintable(error));
        const ApiReply roster = call(niaj, "GET", QStringLiteral("/api/v1/roster"));
        QVERIFY2(roster.ok(), qPrintable(roster.message()));
        const QJsonObject json = roster.object().value(QStringLiteral("roster")).toObject();
        QCOMPARE(json.value(QStringLiteral("chain"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("timeout_seconds"))
                     .toInt(),
                 300);
        const QJsonArray savedOverrides = json.value(QStringLiteral("overrides")).toArray();
        QCOMPARE(savedOverrides.size(), overridesBefore + 1);
        const QJsonObject last = savedOverrides.last().toObject();
        QCOMPARE(last.value(QStringLiteral("user")).toString(), QStringLiteral("heidi"));
        QCOMPARE(last.value(QStringLiteral("rotation")).toString(), QStringLiteral("secondary"));
        QCOMPARE(last.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("desktop round trip"));
        QCOMPARE(roster.object().value(QStringLiteral("updated_by")).toString(),
                 QStringLiteral("ivan"));

        // ...and so does a fresh editor there.
        RosterEditor fresh(niaj.context());
        QTRY_COMPARE_WITH_TIMEOUT(fresh.chainModel()->rowCount(), 4, 30000);
        QCOMPARE(fresh.chainModel()->levels().constFirst().timeoutSeconds, 300);
        QCOMPARE(fresh.overrideModel()->overrides().last().user, QStringLiteral("heidi"));
        QVERIFY(!fresh.hasUnsavedEdits());
    }

    void responderSeesTheRosterReadOnly()
    {
        DesktopTestClient alice(m_server);
        QString error;
        QVERIFY2(alice.login(QStringLiteral("alice"), &error), qPrintable(error));
        RosterEditor editor(alice.context());
        editor.show();
        QTRY_COMPARE_WITH_TIMEOUT(editor.chainModel()->rowCount(), 4, 30000);
        QVERIFY(!editor.canEdit());
        QAbstractItemModel *chain = child<QTableView>(editor, "chainTable")->model();
        const QModelIndex timeout = chain->index(0, ChainLevelModel::TimeoutColumn);
        QVERIFY(!(chain->flags(timeout) & Qt::ItemIsEditable));
        QVERIFY(!chain->setData(timeout, 60));
        for (const char *name : {"saveButton", "addOverrideButton", "removeOverrideButton",
                                 "addLevelButton", "removeLevelButton", "runTestButton"})
            QVERIFY2(!child<QPushButton>(editor, name)->isEnabled(), name);
        QVERIFY(
            child<QLabel>(editor, "permissionNote")->text().contains(QStringLiteral("READ-ONLY")));
        QVERIFY(!editor.hasUnsavedEdits());

        // The server is the guard, not the disabled button.
        const ApiReply refused = call(alice, "PUT", QStringLiteral("/api/v1/roster"),
                                      QJsonObject{{QStringLiteral("yaml"), editor.draftYaml()}});
        QCOMPARE(refused.status, 403);
    }

    void refusedEditShowsTheServersFieldError()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        RosterEditor editor(ivan.context());
        QTRY_COMPARE_WITH_TIMEOUT(editor.chainModel()->rowCount(), 4, 30000);
        QAbstractItemModel *chain = child<QTableView>(editor, "chainTable")->model();
        auto *problems = child<QLabel>(editor, "problemsLabel");

        // A timeout of 0 is refused in place, before anything is sent.
        QVERIFY(!chain->setData(chain->index(1, ChainLevelModel::TimeoutColumn), 0));
        QVERIFY(problems->text().contains(QStringLiteral("timeout")));
        QCOMPARE(editor.chainModel()->levels().at(1).timeoutSeconds, 600);

        // An unknown rotation is flagged before saving, and refused by the server.
        QVERIFY(chain->setData(chain->index(1, ChainLevelModel::RotationColumn),
                               QStringLiteral("tertiary")));
        QVERIFY2(problems->text().contains(QStringLiteral("chain[1].rotation")),
                 qPrintable(problems->text()));
        QSignalSpy saved(&editor, &RosterEditor::saveFinished);
        QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.constFirst().constFirst().toBool(), false);
        const QString shown = child<QLabel>(editor, "serverErrorLabel")->text();
        // The server's own words: its file name, the line and the field.
        QVERIFY2(shown.contains(QRegularExpression(
                     QStringLiteral("roster\\.yaml:\\d+: chain\\[1\\]\\.rotation"))),
                 qPrintable(shown));
        QVERIFY(editor.hasUnsavedEdits());

        const ApiReply roster = call(ivan, "GET", QStringLiteral("/api/v1/roster"));
        QCOMPARE(roster.object()
                     .value(QStringLiteral("roster"))
                     .toObject()
                     .value(QStringLiteral("chain"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("rotation"))
                     .toString(),
                 QStringLiteral("secondary"));
    }

    void liveChangeReloadsAndWarnsAboutUnsavedEdits()
    {
        DesktopTestClient ivan(m_server);
        DesktopTestClient niaj(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        QVERIFY2(niaj.login(QStringLiteral("niaj"), &error), qPrintable(error));
        RosterEditor editor(ivan.context());
        QTRY_COMPARE_WITH_TIMEOUT(editor.chainModel()->rowCount(), 4, 30000);
        QAbstractItemModel *chain = child<QTableView>(editor, "chainTable")->model();
        QVERIFY(chain->setData(chain->index(3, ChainLevelModel::TimeoutColumn), 1200));
        QVERIFY(editor.hasUnsavedEdits());

        // Meanwhile niaj saves level 4 at 30 minutes from another desktop.
        RosterEditor other(niaj.context());
        QTRY_COMPARE_WITH_TIMEOUT(other.chainModel()->rowCount(), 4, 30000);
        QAbstractItemModel *otherChain = child<QTableView>(other, "chainTable")->model();
        QVERIFY(otherChain->setData(otherChain->index(3, ChainLevelModel::TimeoutColumn), 1800));
        QSignalSpy saved(&other, &RosterEditor::saveFinished);
        other.save();
        QVERIFY(saved.wait(30000));
        QVERIFY(saved.constFirst().constFirst().toBool());

        QTRY_COMPARE_WITH_TIMEOUT(editor.chainModel()->levels().at(3).timeoutSeconds, 1800, 30000);
        QVERIFY(!editor.hasUnsavedEdits());
        auto *warning = child<QLabel>(editor, "staleWarning");
        QVERIFY(warning->text().contains(QStringLiteral("niaj")));
        QVERIFY(!warning->isHidden());
    }

    // Ivan loads the roster and edits it; niaj saves a new version before
    // ivan's editor hears of it (the event still on its way); ivan's save is
    // based on the old version and must not replace niaj's.
    void saveFromAnOldVersionIsRefusedAndTheEditsStay()
    {
        DesktopTestClient ivan(m_server);
        DesktopTestClient niaj(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        QVERIFY2(niaj.login(QStringLiteral("niaj"), &error), qPrintable(error));
        RosterEditor editor(ivan.context());
        QSignalSpy loaded(&editor, &RosterEditor::rosterLoaded);
        QVERIFY(loaded.wait(30000));
        const int base = loaded.constLast().constFirst().toInt();
        QAbstractItemModel *chain = child<QTableView>(editor, "chainTable")->model();
        QVERIFY(chain->setData(chain->index(2, ChainLevelModel::TimeoutColumn), 1500));
        QVERIFY(editor.hasUnsavedEdits());

        int theirs = 0;
        {
            // The roster.changed event is still in flight for ivan's desktop.
            const QSignalBlocker inFlight(&ivan.events());
            const ApiReply current = call(niaj, "GET", QStringLiteral("/api/v1/roster"));
            QVERIFY2(current.ok(), qPrintable(current.message()));
            const ApiReply saved =
                call(niaj, "PUT", QStringLiteral("/api/v1/roster"),
                     QJsonObject{{QStringLiteral("yaml"),
                                  current.object().value(QStringLiteral("yaml")).toString()}});
            QVERIFY2(saved.ok(), qPrintable(saved.message()));
            theirs = saved.object().value(QStringLiteral("version")).toInt();
            QCOMPARE(theirs, base + 1);

            QSignalSpy finished(&editor, &RosterEditor::saveFinished);
            QTest::mouseClick(child<QPushButton>(editor, "saveButton"), Qt::LeftButton);
            QVERIFY(finished.wait(30000));
            QCOMPARE(finished.constFirst().constFirst().toBool(), false);
            auto *warning = child<QLabel>(editor, "staleWarning");
            QTRY_VERIFY_WITH_TIMEOUT(warning->text().contains(QStringLiteral("niaj")), 30000);
            QVERIFY(!warning->isHidden());
            QVERIFY2(warning->text().contains(QStringLiteral("version %1").arg(theirs)) &&
                         warning->text().contains(QStringLiteral("Discard edits")),
                     qPrintable(warning->text()));
            // The edits stay on screen, unsaved.
            QVERIFY(editor.hasUnsavedEdits());
            QCOMPARE(editor.chainModel()->levels().at(2).timeoutSeconds, 1500);
        }
        const ApiReply after = call(niaj, "GET", QStringLiteral("/api/v1/roster"));
        QCOMPARE(after.object().value(QStringLiteral("version")).toInt(), theirs);
        QCOMPARE(after.object().value(QStringLiteral("updated_by")).toString(),
                 QStringLiteral("niaj"));
        QVERIFY(after.object()
                    .value(QStringLiteral("roster"))
                    .toObject()
                    .value(QStringLiteral("chain"))
                    .toArray()
                    .at(2)
                    .toObject()
                    .value(QStringLiteral("timeout_seconds"))
                    .toInt() != 1500);

        // Discard loads niaj's version; the conflict warning goes.
        QTest::mouseClick(child<QPushButton>(editor, "discardButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.hasUnsavedEdits(), 30000);
        QTRY_VERIFY(child<QLabel>(editor, "staleWarning")->isHidden());
        QVERIFY(child<QLabel>(editor, "rosterStatus")
                    ->text()
                    .contains(QStringLiteral("version %1").arg(theirs)));
    }

    void saveIsDisabledOffline()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        RosterEditor editor(ivan.context());
        QSignalSpy loaded(&editor, &RosterEditor::rosterLoaded);
        QVERIFY(loaded.wait(30000));
        const int before = loaded.constLast().constFirst().toInt();
        QAbstractItemModel *chain = child<QTableView>(editor, "chainTable")->model();
        QVERIFY(chain->setData(chain->index(1, ChainLevelModel::TimeoutColumn), 660));
        auto *save = child<QPushButton>(editor, "saveButton");
        QVERIFY(save->isEnabled());

        ivan.events().stop();
        QTRY_VERIFY_WITH_TIMEOUT(!ivan.connectionState().isOnline(), 30000);
        QVERIFY(!save->isEnabled());
        QVERIFY2(
            child<QLabel>(editor, "permissionNote")->text().contains(QStringLiteral("OFFLINE")),
            qPrintable(child<QLabel>(editor, "permissionNote")->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        editor.save(); // even called directly, nothing is sent
        QVERIFY(
            child<QLabel>(editor, "serverErrorLabel")->text().contains(QStringLiteral("offline")));
        QVERIFY(editor.hasUnsavedEdits());
        QCOMPARE(editor.chainModel()->levels().at(1).timeoutSeconds, 660);
        const ApiReply roster = call(ivan, "GET", QStringLiteral("/api/v1/roster"));
        QCOMPARE(roster.object().value(QStringLiteral("version")).toInt(), before);
    }

    void escalationTestShowsAcknowledgementAndLatency()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        RosterEditor editor(ivan.context());
        editor.show();
        QTRY_COMPARE_WITH_TIMEOUT(editor.chainModel()->rowCount(), 4, 30000);
        auto *run = child<QPushButton>(editor, "runTestButton");
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        EscalationTestModel *test = editor.escalationTestModel();
        QTRY_COMPARE_WITH_TIMEOUT(test->rowCount(), 4, 30000);
        const QString testId = test->testId();
        QVERIFY(!testId.isEmpty());
        QVERIFY(!test->isComplete());
        const QString paged =
            test->data(test->index(0, EscalationTestModel::PagedColumn)).toString();
        QVERIFY(!paged.isEmpty());

        // Level 3 pages the manager rotation (ivan or judy, both users here):
        // its recipient acknowledges from a second desktop.
        const QString manager =
            test->data(test->index(2, EscalationTestModel::PagedColumn)).toString();
        QVERIFY2(manager == QStringLiteral("ivan") || manager == QStringLiteral("judy"),
                 qPrintable(manager));
        DesktopTestClient second(m_server);
        QVERIFY2(second.login(manager, &error), qPrintable(error));
        const ApiReply acknowledged =
            call(second, "POST",
                 QStringLiteral("/api/v1/roster/escalation-tests/%1/acknowledge").arg(testId),
                 QJsonObject{{QStringLiteral("level"), 3}});
        QVERIFY2(acknowledged.ok(), qPrintable(acknowledged.message()));

        QTRY_COMPARE_WITH_TIMEOUT(
            test->data(test->index(2, EscalationTestModel::StatusColumn)).toString(),
            QStringLiteral("ACKNOWLEDGED"), 30000);
        QCOMPARE(test->data(test->index(2, EscalationTestModel::AcknowledgedByColumn)).toString(),
                 manager);
        const QString latency =
            test->data(test->index(2, EscalationTestModel::LatencyColumn)).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ s$")).match(latency).hasMatch(),
                 qPrintable(latency));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(editor, "testStatusLabel")
                                     ->text()
                                     .contains(QStringLiteral("1 of 4 levels acknowledged")),
                                 30000);

        // Someone other than the paged person answering level 1 would not have
        // held the chain: the editor shows it as a dead link.
        if (paged != manager) {
            const ApiReply stranger =
                call(second, "POST",
                     QStringLiteral("/api/v1/roster/escalation-tests/%1/acknowledge").arg(testId),
                     QJsonObject{{QStringLiteral("level"), 1}});
            if (stranger.ok()) {
                QTRY_COMPARE_WITH_TIMEOUT(
                    test->data(test->index(0, EscalationTestModel::StatusColumn)).toString(),
                    QStringLiteral("DEAD LINK"), 30000);
            } else {
                QCOMPARE(stranger.status, 403); // judy is no commander
            }
        }
    }

private:
    DesktopTestServer m_server;
};

QTEST_MAIN(TestRosterEditor)
#include "tst_rostereditor.moc"
