#include "ClassApprovalModel.h"
#include "CommanderControlsView.h"
#include "ConfirmationDialog.h"
#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "HaltModel.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

#include <optional>

using namespace icc;
using namespace icc::test;

namespace {

ApiReply call(DesktopTestClient &client, const QByteArray &verb, const QString &path,
              const QJsonObject &body = {})
{
    std::optional<ApiReply> answer;
    const auto keep = [&answer](const ApiReply &reply) {
        answer = reply;
    };
    if (verb == "GET")
        client.connection().get(path, nullptr, keep);
    else
        client.connection().post(path, body, nullptr, keep);
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000))
        return ApiReply{};
    return *answer;
}

template<typename T> T *child(QWidget &view, const char *name)
{
    return view.findChild<T *>(QString::fromLatin1(name));
}

bool killSwitchEngagedOnServer(DesktopTestClient &client)
{
    return call(client, "GET", QStringLiteral("/api/v1/controls"))
        .object()
        .value(QStringLiteral("kill_switch"))
        .toObject()
        .value(QStringLiteral("engaged"))
        .toBool();
}

} // namespace

// Commander controls against a real server: nothing stops without the typed
// confirmation, a confirmed change reaches the server and every desktop, and
// a reviewer can neither use the controls nor get past the server.
class TestControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_observer.login(QStringLiteral("niaj"), &error), qPrintable(error));
    }

    void killSwitchNeedsTheTypedConfirmation()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        CommanderControlsView view(ivan.context());
        view.show();
        // A second desktop follows through live events.
        CommanderControlsView watching(m_observer.context());
        auto *button = child<QPushButton>(view, "killSwitchButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QVERIFY(!view.killSwitchEngaged());

        QTest::keyClicks(child<QLineEdit>(view, "killSwitchReason"),
                         QStringLiteral("payments deploy is misbehaving"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        ConfirmationDialog *dialog = view.pendingConfirmation();
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(!confirm->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("consequenceLabel"))
                    ->text()
                    .contains(QStringLiteral("EVERY automated action")));
        // Cancelled: nothing is sent.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!view.pendingConfirmation());
        QVERIFY(child<QLabel>(view, "statusLabel")
                    ->text()
                    .contains(QStringLiteral("nothing was sent")));
        QVERIFY(!killSwitchEngagedOnServer(m_observer));
        QVERIFY(!view.killSwitchEngaged());

        // Confirmed with the phrase: engaged.
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        dialog = view.pendingConfirmation();
        confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        auto *phrase = dialog->findChild<QLineEdit *>(QStringLiteral("phraseEdit"));
        QTest::keyClicks(phrase, QStringLiteral("STO"));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClicks(phrase, QStringLiteral("P"));
        QVERIFY(confirm->isEnabled());
        QSignalSpy finished(&view, &CommanderControlsView::changeFinished);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constFirst().constFirst().toBool(),
                 qPrintable(child<QLabel>(view, "errorLabel")->text()));
        QVERIFY(view.killSwitchEngaged());
        QVERIFY(killSwitchEngagedOnServer(m_observer));
        QVERIFY(child<QLabel>(view, "killSwitchState")->text().contains(QStringLiteral("ENGAGED")));
        QTRY_VERIFY_WITH_TIMEOUT(watching.killSwitchEngaged(), 30000);

        // Lifted again, behind its own phrase (once our own change's event
        // has been reloaded: the controls wait for the fresh state).
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QTest::keyClicks(child<QLineEdit>(view, "killSwitchReason"), QStringLiteral("rolled back"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        dialog = view.pendingConfirmation();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phraseEdit")),
                         QStringLiteral("LIFT"));
        finished.clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(!view.killSwitchEngaged());
        QVERIFY(!killSwitchEngagedOnServer(m_observer));
        QTRY_VERIFY_WITH_TIMEOUT(!watching.killSwitchEngaged(), 30000);
    }

    void haltsAreAddedAndLifted()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        CommanderControlsView view(ivan.context());
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(view, "addHaltButton")->isEnabled(), 30000);

        QTest::keyClicks(child<QLineEdit>(view, "haltActionType"),
                         QStringLiteral("restart_service"));
        QTest::keyClicks(child<QLineEdit>(view, "haltReason"), QStringLiteral("restarts loop"));
        QTest::mouseClick(child<QPushButton>(view, "addHaltButton"), Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        ConfirmationDialog *dialog = view.pendingConfirmation();
        QCOMPARE(dialog->phrase(), QStringLiteral("restart_service"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phraseEdit")),
                         QStringLiteral("restart_service"));
        QSignalSpy finished(&view, &CommanderControlsView::changeFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constFirst().constFirst().toBool(),
                 qPrintable(child<QLabel>(view, "errorLabel")->text()));
        QCOMPARE(view.haltModel()->rowCount(), 1);
        QVERIFY(view.haltModel()->isHalted(QStringLiteral("restart_service")));
        const QJsonArray halts = call(m_observer, "GET", QStringLiteral("/api/v1/controls"))
                                     .object()
                                     .value(QStringLiteral("halts"))
                                     .toArray();
        QCOMPARE(halts.size(), 1);
        QCOMPARE(halts.at(0).toObject().value(QStringLiteral("action_type")).toString(),
                 QStringLiteral("restart_service"));

        auto *table = child<QTableView>(view, "haltTable");
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(view, "liftHaltButton")->isEnabled(), 30000);
        QTest::keyClicks(child<QLineEdit>(view, "haltReason"), QStringLiteral("loop fixed"));
        QTest::mouseClick(child<QPushButton>(view, "liftHaltButton"), Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        dialog = view.pendingConfirmation();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phraseEdit")),
                         QStringLiteral("restart_service"));
        finished.clear();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constFirst().constFirst().toBool(),
                 qPrintable(child<QLabel>(view, "errorLabel")->text()));
        QCOMPARE(view.haltModel()->rowCount(), 0);
        QVERIFY(call(m_observer, "GET", QStringLiteral("/api/v1/controls"))
                    .object()
                    .value(QStringLiteral("halts"))
                    .toArray()
                    .isEmpty());
    }

    void classApprovalsAreGrantedAndRevoked()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        CommanderControlsView view(ivan.context());
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(view, "grantApprovalButton")->isEnabled(),
                                 30000);
        QTest::keyClicks(child<QLineEdit>(view, "approvalAction"), QStringLiteral("restart_*"));
        QTest::mouseClick(child<QPushButton>(view, "grantApprovalButton"), Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        ConfirmationDialog *dialog = view.pendingConfirmation();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phraseEdit")),
                         QStringLiteral("restart_*"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        ClassApprovalModel *approvals = view.classApprovalModel();
        QTRY_COMPARE_WITH_TIMEOUT(approvals->rowCount(), 1, 30000);
        QCOMPARE(approvals->data(approvals->index(0, ClassApprovalModel::StateColumn)).toString(),
                 QStringLiteral("ACTIVE"));

        auto *table = child<QTableView>(view, "approvalTable");
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(view, "revokeApprovalButton")->isEnabled(),
                                 30000);
        QTest::mouseClick(child<QPushButton>(view, "revokeApprovalButton"), Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        dialog = view.pendingConfirmation();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phraseEdit")),
                         QStringLiteral("REVOKE"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            approvals->data(approvals->index(0, ClassApprovalModel::StateColumn))
                .toString()
                .startsWith(QStringLiteral("REVOKED")),
            30000);
    }

    void reviewerCannotUseTheControls()
    {
        DesktopTestClient erin(m_server);
        QString error;
        QVERIFY2(erin.login(QStringLiteral("erin"), &error), qPrintable(error));
        CommanderControlsView view(erin.context());
        view.show();
        QSignalSpy loaded(&view, &CommanderControlsView::controlsLoaded);
        QVERIFY(loaded.wait(30000));
        QVERIFY(!view.mayStopActions());
        for (const char *name : {"killSwitchButton", "addHaltButton", "liftHaltButton",
                                 "grantApprovalButton", "revokeApprovalButton"})
            QVERIFY2(!child<QPushButton>(view, name)->isEnabled(), name);
        QVERIFY(
            child<QLabel>(view, "permissionNote")->text().contains(QStringLiteral("VIEW ONLY")));

        // The server refuses her directly, whatever the UI shows.
        const ApiReply kill = call(erin, "POST", QStringLiteral("/api/v1/controls/kill-switch"),
                                   QJsonObject{{QStringLiteral("engaged"), true},
                                               {QStringLiteral("reason"), QStringLiteral("x")}});
        QCOMPARE(kill.status, 403);
        const ApiReply halt =
            call(erin, "POST", QStringLiteral("/api/v1/controls/halts"),
                 QJsonObject{{QStringLiteral("action_type"), QStringLiteral("scale")},
                             {QStringLiteral("reason"), QStringLiteral("x")}});
        QCOMPARE(halt.status, 403);
        QVERIFY(!killSwitchEngagedOnServer(m_observer));
    }

    // Offline, the state shown may be stale: every control is disabled and
    // says why, an open confirmation is withdrawn, and nothing is sent.
    void offlineDisablesTheControlsAndSendsNothing()
    {
        DesktopTestClient ivan(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        CommanderControlsView view(ivan.context());
        view.show();
        auto *button = child<QPushButton>(view, "killSwitchButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(view, "grantApprovalButton")->isEnabled(),
                                 30000);
        QTest::keyClicks(child<QLineEdit>(view, "killSwitchReason"),
                         QStringLiteral("typed before the network went"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        QPointer<ConfirmationDialog> dialog = view.pendingConfirmation();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phraseEdit")),
                         QStringLiteral("STOP"));

        ivan.events().stop();
        QTRY_VERIFY_WITH_TIMEOUT(!ivan.connectionState().isOnline(), 30000);
        QTRY_VERIFY(!view.pendingConfirmation());
        QVERIFY(dialog.isNull() || !dialog->isVisible());
        for (const char *name :
             {"killSwitchButton", "killSwitchReason", "addHaltButton", "liftHaltButton",
              "haltActionType", "grantApprovalButton", "revokeApprovalButton", "approvalAction"})
            QVERIFY2(!child<QWidget>(view, name)->isEnabled(), name);
        QVERIFY2(child<QLabel>(view, "permissionNote")->text().contains(QStringLiteral("OFFLINE")),
                 qPrintable(child<QLabel>(view, "permissionNote")->text()));
        QVERIFY(child<QLabel>(view, "errorLabel")->text().contains(QStringLiteral("NOTHING")));
        // A click on the disabled button does nothing either.
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!view.pendingConfirmation());
        QVERIFY(!killSwitchEngagedOnServer(m_observer));
    }

    // A opens "Lift the kill switch?"; meanwhile B lifts it and engages it
    // again for a new emergency. A's confirmation is withdrawn the moment
    // the change arrives, and B's new engagement stays.
    void openConfirmationIsWithdrawnWhenTheKillSwitchChanges()
    {
        DesktopTestClient ivan(m_server);
        DesktopTestClient other(m_server);
        QString error;
        QVERIFY2(ivan.login(QStringLiteral("ivan"), &error), qPrintable(error));
        QVERIFY2(other.login(QStringLiteral("ivan"), &error), qPrintable(error));
        const auto setKillSwitch = [&other](bool engaged, const QString &reason) {
            return call(other, "POST", QStringLiteral("/api/v1/controls/kill-switch"),
                        QJsonObject{{QStringLiteral("engaged"), engaged},
                                    {QStringLiteral("reason"), reason}});
        };
        const ApiReply first = setKillSwitch(true, QStringLiteral("first emergency"));
        QVERIFY2(first.ok(), qPrintable(first.message()));

        CommanderControlsView view(ivan.context());
        view.show();
        auto *button = child<QPushButton>(view, "killSwitchButton");
        QTRY_VERIFY_WITH_TIMEOUT(view.killSwitchEngaged() && button->isEnabled(), 30000);
        QTest::keyClicks(child<QLineEdit>(view, "killSwitchReason"),
                         QStringLiteral("first emergency is over"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(view.pendingConfirmation());
        QPointer<ConfirmationDialog> dialog = view.pendingConfirmation();
        QCOMPARE(dialog->phrase(), QStringLiteral("LIFT"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phraseEdit")),
                         QStringLiteral("LIFT"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(confirm->isEnabled());

        const ApiReply lifted = setKillSwitch(false, QStringLiteral("first emergency over"));
        QVERIFY2(lifted.ok(), qPrintable(lifted.message()));
        const ApiReply again = setKillSwitch(true, QStringLiteral("second emergency"));
        QVERIFY2(again.ok(), qPrintable(again.message()));

        QTRY_VERIFY_WITH_TIMEOUT(!view.pendingConfirmation(), 30000);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        // Were the dialog still there, A's LIFT would lift B's engagement.
        QSignalSpy finished(&view, &CommanderControlsView::changeFinished);
        if (dialog && dialog->isVisible())
            QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(!finished.wait(1000));
        const QJsonObject kill = call(m_observer, "GET", QStringLiteral("/api/v1/controls"))
                                     .object()
                                     .value(QStringLiteral("kill_switch"))
                                     .toObject();
        QVERIFY(kill.value(QStringLiteral("engaged")).toBool());
        QCOMPARE(kill.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("second emergency"));
        const QString shown = child<QLabel>(view, "errorLabel")->text();
        QVERIFY2(shown.contains(QStringLiteral("NOTHING was sent")) &&
                     shown.contains(QStringLiteral("kill switch")),
                 qPrintable(shown));
        QTRY_VERIFY_WITH_TIMEOUT(view.killSwitchEngaged() && button->isEnabled(), 30000);

        const ApiReply cleanup = setKillSwitch(false, QStringLiteral("test over"));
        QVERIFY2(cleanup.ok(), qPrintable(cleanup.message()));
    }

private:
    DesktopTestServer m_server;
    DesktopTestClient m_observer{m_server};
};

QTEST_MAIN(TestControls)
#include "tst_controls.moc"
