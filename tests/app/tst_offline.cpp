#include "ConnectionState.h"
#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "MainWindow.h"
#include "OfflineBanner.h"

#include <QSignalSpy>
#include <QtTest>

using namespace icc;
using namespace icc::test;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kReconnectWaitMs = 90000; // the stream's back-off reaches 30 s

} // namespace

// The server goes away and comes back: the banner says so, decisions are
// marked stale, and the stream resumes without losing an event.
class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void bannerWhileTheServerIsDown()
    {
        DesktopTestClient client(m_server);
        QString error;
        QVERIFY2(client.login(QStringLiteral("erin"), &error), qPrintable(error));
        QList<ClientEvent> received;
        connect(&client.events(), &EventStream::eventReceived, this,
                [&](const ClientEvent &event) { received.append(event); });
        QSignalSpy resync(&client.events(), &EventStream::resyncRequired);
        MainWindow window(client.context());
        window.show();
        OfflineBanner *banner = window.offlineBanner();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(client.connectionState().isOnline(), kWaitMs);
        QVERIFY(!banner->isVisible());

        // One event before, so the stream has a sequence to resume from.
        QVERIFY(m_server.ingest(alert(QStringLiteral("before"))) / 100 == 2);
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(received, QStringLiteral("before")), kWaitMs);
        const qint64 beforeStop = client.events().lastSequence();

        QSignalSpy online(&client.connectionState(), &ConnectionState::onlineChanged);
        const int port = m_server.baseUrl().port();
        m_server.process().stop();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        QVERIFY(!client.connectionState().isOnline());
        QCOMPARE(online.count(), 1);
        QCOMPARE(online.first().first().toBool(), false);
        QVERIFY2(banner->text().contains(client.connection().hostAndPort()),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("decisions are disabled")));

        QVERIFY2(
            m_server.process().start(
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}, &error),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(client.connectionState().isOnline(), kReconnectWaitMs);
        QVERIFY(!banner->isVisible());

        // An alert after the restart arrives as a live event, right after
        // what came before: resumed, nothing missed, nothing repeated.
        QVERIFY(m_server.ingest(alert(QStringLiteral("after"))) / 100 == 2);
        QTRY_VERIFY_WITH_TIMEOUT(hasAlert(received, QStringLiteral("after")), kWaitMs);
        QCOMPARE(resync.count(), 0);
        QVERIFY(client.events().lastSequence() > beforeStop);
        for (qsizetype i = 1; i < received.size(); ++i)
            QCOMPARE(received.at(i).sequence, received.at(i - 1).sequence + 1);
    }

private:
    static QJsonObject alert(const QString &id)
    {
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("offline-%1").arg(id)},
            {QStringLiteral("summary"), QStringLiteral("offline test %1").arg(id)},
            {QStringLiteral("severity"), QStringLiteral("info")},
            {QStringLiteral("source"), QStringLiteral("tst_offline")},
            {QStringLiteral("status"), QStringLiteral("firing")},
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("instance"), id}}}};
    }

    static bool hasAlert(const QList<ClientEvent> &events, const QString &id)
    {
        for (const ClientEvent &event : events) {
            if (event.type == QLatin1String("alert.created") &&
                event.payload.value(QStringLiteral("summary"))
                    .toString()
                    .contains(QStringLiteral("offline test %1").arg(id)))
                return true;
        }
        return false;
    }

    DesktopTestServer m_server;
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
