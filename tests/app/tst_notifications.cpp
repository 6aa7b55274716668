#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "ManualClock.h"
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

// The policies' clock; events happen "now" by it unless a test says otherwise.
ManualClock g_clock;

ClientEvent makeEvent(const QString &type, const QJsonObject &payload,
                      const QDateTime &at = QDateTime())
{
    static qint64 sequence = 0;
    return ClientEvent{++sequence, type, at.isValid() ? at : g_clock.now(), payload};
}

ClientEvent criticalIncident(const QString &id, const QDateTime &at = QDateTime())
{
    return makeEvent(QStringLiteral("incident.opened"),
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("title"), QStringLiteral("disk full %1").arg(id)},
                      {QStringLiteral("severity"), QStringLiteral("critical")}},
                     at);
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

ClientEvent reviewUpdated(const QString &id, int level,
                          const QString &state = QStringLiteral("pending"))
{
    return makeEvent(QStringLiteral("review.updated"),
                     {{QStringLiteral("review_id"), id},
                      {QStringLiteral("incident_id"), QStringLiteral("inc-1")},
                      {QStringLiteral("state"), state},
                      {QStringLiteral("level"), level}});
}

NotificationPolicy reviewerPolicy(bool muted)
{
    NotificationPolicy policy(g_clock);
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
        NotificationPolicy commander(g_clock);
        commander.setUser(QStringLiteral("ivan"), QStringLiteral("commander"), {});
        commander.setMuteNonCritical(true);
        const auto shown = commander.decide(alerted);
        QVERIFY(shown && shown->isCritical());
        NotificationPolicy responder(g_clock);
        responder.setUser(QStringLiteral("alice"), QStringLiteral("responder"), {});
        QVERIFY(!responder.decide(alerted));
        QVERIFY(!responder.decide(reviewCreated(QStringLiteral("rv-6"), QStringLiteral("tier2"))));
    }

    void noUserNoNotification()
    {
        NotificationPolicy nobody(g_clock);
        QVERIFY(!nobody.decide(pageSent(QString())));
    }

    // Reconnected after an hour: the server replays what happened. The views
    // show it; popping up each old page or incident would bury what is new.
    void aReplayedBacklogIsSummarisedNotShownOneByOne()
    {
        NotificationPolicy policy = reviewerPolicy(false);
        const QDateTime anHourAgo = g_clock.now().addSecs(-3600);
        for (int i = 0; i < 30; ++i)
            QVERIFY(!policy.decide(criticalIncident(QStringLiteral("old-%1").arg(i), anHourAgo)));
        QVERIFY(!policy.decide(
            makeEvent(QStringLiteral("page.sent"),
                      {{QStringLiteral("review_id"), QStringLiteral("rv-old")},
                       {QStringLiteral("recipient"), QStringLiteral("erin")}},
                      g_clock.now().addSecs(-NotificationPolicy::kStaleAfterSeconds - 1))));
        QVERIFY(policy.hasPending());
        const auto summary = policy.flush();
        QVERIFY(summary);
        QVERIFY2(summary->title.contains(QStringLiteral("31")), qPrintable(summary->title));
        QVERIFY2(summary->message.contains(QStringLiteral("30 × Critical incident")),
                 qPrintable(summary->message));
        QVERIFY(summary->message.contains(QStringLiteral("1 × You are paged")));
        QVERIFY(summary->isCritical()); // a missed page still matters
        QVERIFY(!policy.hasPending());
        QVERIFY(!policy.flush());

        // What happens now pops up again (after the one-second gap).
        g_clock.advanceSeconds(2);
        const auto fresh = policy.decide(criticalIncident(QStringLiteral("new")));
        QVERIFY(fresh);
        QVERIFY(fresh->message.contains(QStringLiteral("new")));
    }

    // Twelve critical incidents in one second: one popup, then one summary.
    void aBurstIsCoalescedIntoOneSummary()
    {
        NotificationPolicy policy = reviewerPolicy(true);
        g_clock.advanceSeconds(10);
        QVERIFY(policy.decide(criticalIncident(QStringLiteral("burst-0"))));
        for (int i = 1; i < 12; ++i) {
            QVERIFY(!policy.decide(criticalIncident(QStringLiteral("burst-%1").arg(i))));
            g_clock.set(g_clock.now().addMSecs(50));
        }
        QVERIFY(policy.hasPending());
        const auto summary = policy.flush();
        QVERIFY(summary);
        QVERIFY(summary->isCritical());
        QVERIFY2(summary->title.contains(QStringLiteral("11")), qPrintable(summary->title));
        QVERIFY2(summary->message.contains(QStringLiteral("11 × Critical incident")),
                 qPrintable(summary->message));
        // Within a second of the summary: held again; later: shown at once.
        QVERIFY(!policy.decide(criticalIncident(QStringLiteral("burst-12"))));
        const auto single = policy.flush();
        QVERIFY(single && single->message.contains(QStringLiteral("burst-12"))); // alone: itself
        g_clock.advanceSeconds(1);
        QVERIFY(policy.decide(criticalIncident(QStringLiteral("burst-13"))));
    }

    void aDecidedReviewIsForgotten()
    {
        NotificationPolicy policy = reviewerPolicy(true);
        for (int i = 0; i < 50; ++i) {
            const QString id = QStringLiteral("rv-done-%1").arg(i);
            policy.decide(reviewCreated(id, QStringLiteral("tier2")));
            policy.decide(reviewUpdated(id, 2));
        }
        QCOMPARE(policy.trackedReviews(), 50);
        for (int i = 0; i < 50; ++i) {
            const QString id = QStringLiteral("rv-done-%1").arg(i);
            const QString state = i % 2 ? QStringLiteral("approved") : QStringLiteral("aborted");
            QVERIFY(!policy.decide(reviewUpdated(id, 3, state))); // decided: no escalation
        }
        QCOMPARE(policy.trackedReviews(), 0);
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
        // The TrayNotifier reads the client's system clock: events happen now.
        g_clock.set(QDateTime::currentDateTimeUtc());
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
        QList<Notification> shown;
        connect(&notifier, &TrayNotifier::notified, this,
                [&](const Notification &notification) { shown.append(notification); });

        emit client.events().eventReceived(
            reviewCreated(QStringLiteral("rv-7"), QStringLiteral("tier1")));
        QCOMPARE(notified.count(), 0); // muted, not critical
        emit client.events().eventReceived(pageSent(QStringLiteral("erin")));
        QCOMPARE(notified.count(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("rv-1")));

        notifications.setMuteNonCritical(false);
        emit client.events().eventReceived(
            reviewCreated(QStringLiteral("rv-8"), QStringLiteral("tier1")));
        // Within a second of the page: it comes when the second is over.
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 2, 5000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("rv-8")));

        // A burst: one popup now, one summary a second later, nothing more.
        QTest::qWait(int(NotificationPolicy::kCoalesceMs) + 100);
        for (int i = 0; i < 12; ++i)
            emit client.events().eventReceived(criticalIncident(QStringLiteral("tray-%1").arg(i)));
        QCOMPARE(notified.count(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 4, 5000);
        const Notification summary = shown.constLast();
        QVERIFY2(summary.message.contains(QStringLiteral("11 × Critical incident")),
                 qPrintable(summary.message));
        QTest::qWait(int(NotificationPolicy::kCoalesceMs) + 100);
        QCOMPARE(notified.count(), 4);
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
