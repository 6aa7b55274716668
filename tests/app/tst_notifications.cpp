#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "NotificationPolicy.h"
#include "NotificationSettings.h"
#include "TrayNotifier.h"

#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace icc;
using namespace icc::test;

namespace {

ClientEvent makeEvent(const QString &type, const QJsonObject &payload)
{
    static qint64 sequence = 0;
    return ClientEvent{++sequence, type, QDateTime::currentDateTimeUtc(), payload};
}

ClientEvent pageSent(const QString &recipient)
{
    return makeEvent(QStringLiteral("page.sent"),
                     {{QStringLiteral("page_id"), QStringLiteral("pg-1")},
                      {QStringLiteral("review_id"), QStringLiteral("rv-1")},
                      {QStringLiteral("incident_id"), QStringLiteral("inc-1")},
                      {QStringLiteral("level"), 1},
                      {QStringLiteral("recipient"), recipient}});
}

ClientEvent reviewCreated(const QString &id, const QString &tier)
{
    return makeEvent(QStringLiteral("review.created"),
                     {{QStringLiteral("review_id"), id},
                      {QStringLiteral("incident_id"), QStringLiteral("inc-1")},
                      {QStringLiteral("tier"), tier},
                      {QStringLiteral("state"), QStringLiteral("pending")}});
}

ClientEvent reviewUpdated(const QString &id, int level)
{
    return makeEvent(QStringLiteral("review.updated"),
                     {{QStringLiteral("review_id"), id},
                      {QStringLiteral("incident_id"), QStringLiteral("inc-1")},
                      {QStringLiteral("state"), QStringLiteral("pending")},
                      {QStringLiteral("level"), level}});
}

NotificationPolicy reviewerPolicy(bool muted)
{
    NotificationPolicy policy;
    policy.setUser(QStringLiteral("erin"), QStringLiteral("reviewer"),
                   {QStringLiteral("decide_reviews")});
    policy.setMuteNonCritical(muted);
    return policy;
}

} // namespace

// Which events notify whom, and what muting suppresses.
class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void aPageToMeIsShownEvenWhenMuted()
    {
        NotificationPolicy policy = reviewerPolicy(true);
        const auto shown = policy.decide(pageSent(QStringLiteral("erin")));
        QVERIFY(shown);
        QVERIFY(shown->isCritical());
        QVERIFY(shown->message.contains(QStringLiteral("rv-1")));
        QVERIFY(!policy.decide(pageSent(QStringLiteral("frank")))); // not mine
    }

    void aNonCriticalReviewIsSuppressedWhenMuted()
    {
        NotificationPolicy unmuted = reviewerPolicy(false);
        const auto shown =
            unmuted.decide(reviewCreated(QStringLiteral("rv-2"), QStringLiteral("tier2")));
        QVERIFY(shown);
        QVERIFY(!shown->isCritical());

        NotificationPolicy muted = reviewerPolicy(true);
        QVERIFY(!muted.decide(reviewCreated(QStringLiteral("rv-2"), QStringLiteral("tier2"))));
        // A tier-3 review is critical: shown although muted.
        const auto tier3 =
            muted.decide(reviewCreated(QStringLiteral("rv-3"), QStringLiteral("tier3")));
        QVERIFY(tier3);
        QVERIFY(tier3->isCritical());
    }

    void anEscalationIsCriticalOnlyWhenTheLevelRises()
    {
        NotificationPolicy policy = reviewerPolicy(true);
        QVERIFY(!policy.decide(reviewCreated(QStringLiteral("rv-4"), QStringLiteral("tier2"))));
        QVERIFY(!policy.decide(reviewUpdated(QStringLiteral("rv-4"), 1))); // same level
        const auto escalated = policy.decide(reviewUpdated(QStringLiteral("rv-4"), 2));
        QVERIFY(escalated);
        QVERIFY(escalated->isCritical());
        QVERIFY(!policy.decide(reviewUpdated(QStringLiteral("rv-4"), 2))); // once per level
    }

    void commanderAlertsReachCommandersOnly()
    {
        const ClientEvent alerted =
            makeEvent(QStringLiteral("commander.alerted"),
                      {{QStringLiteral("review_id"), QStringLiteral("rv-5")},
                       {QStringLiteral("incident_id"), QStringLiteral("inc-1")}});
        NotificationPolicy commander;
        commander.setUser(QStringLiteral("ivan"), QStringLiteral("commander"), {});
        commander.setMuteNonCritical(true);
        const auto shown = commander.decide(alerted);
        QVERIFY(shown && shown->isCritical());
        NotificationPolicy responder;
        responder.setUser(QStringLiteral("alice"), QStringLiteral("responder"), {});
        QVERIFY(!responder.decide(alerted));
        QVERIFY(!responder.decide(reviewCreated(QStringLiteral("rv-6"), QStringLiteral("tier2"))));
    }

    void noUserNoNotification()
    {
        NotificationPolicy nobody;
        QVERIFY(!nobody.decide(pageSent(QString())));
    }

    void settingsPersistTheMute()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            NotificationSettings notifications(settings);
            QVERIFY(!notifications.muteNonCritical());
            QSignalSpy changed(&notifications, &NotificationSettings::changed);
            notifications.setMuteNonCritical(true);
            QCOMPARE(changed.count(), 1);
        }
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(NotificationSettings(settings).muteNonCritical());
    }

    // Without a system tray (offscreen) the notification goes to the status
    // bar; live events from the stream reach it; muting applies at once.
    void trayNotifierFallsBackToTheStatusBar()
    {
        DesktopTestServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        DesktopTestClient client(server);
        QVERIFY2(client.login(QStringLiteral("erin"), &error), qPrintable(error));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        NotificationSettings notifications(settings);
        notifications.setMuteNonCritical(true);
        QMainWindow window;
        TrayNotifier notifier(client.context(), notifications, window.statusBar());
        QVERIFY(!notifier.usesTray()); // offscreen has none, and nothing crashes
        QSignalSpy notified(&notifier, &TrayNotifier::notified);

        emit client.events().eventReceived(
            reviewCreated(QStringLiteral("rv-7"), QStringLiteral("tier1")));
        QCOMPARE(notified.count(), 0); // muted, not critical
        emit client.events().eventReceived(pageSent(QStringLiteral("erin")));
        QCOMPARE(notified.count(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("rv-1")));

        notifications.setMuteNonCritical(false);
        emit client.events().eventReceived(
            reviewCreated(QStringLiteral("rv-8"), QStringLiteral("tier1")));
        QCOMPARE(notified.count(), 2);
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
