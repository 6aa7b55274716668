// The WebSocket push of icc-server over real TLS on loopback: authenticated
// upgrades, replay from since=, live events without gap or duplicate (also
// when events are published during the replay), resume, refusals, and the
// slow-client limit.

#include "EventHub.h"
#include "EventSource.h"
#include "HttpApi.h"
#include "OpensslTestCertificate.h"
#include "TableAuthenticator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <vector>

using namespace icc;

namespace {

// The committed events, in a list. onRead runs after a page was read, to
// publish events while a client replays.
class ListEventSource final : public EventSource
{
public:
    QList<EventRecord> events(qint64 after, int limit) const override
    {
        ++reads;
        QList<EventRecord> page;
        for (const EventRecord &record : records) {
            if (record.sequence > after && page.size() < limit)
                page.append(record);
        }
        if (onRead)
            onRead();
        return page;
    }
    qint64 lastEventSequence() const override
    {
        return records.isEmpty() ? 0 : records.constLast().sequence;
    }

    EventRecord append(int payloadBytes = 0)
    {
        EventRecord record;
        record.sequence = lastEventSequence() + 1;
        record.type = QStringLiteral("alert.created");
        record.at = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).addSecs(record.sequence);
        record.payload = QJsonObject{{QStringLiteral("id"), record.sequence}};
        if (payloadBytes > 0)
            record.payload.insert(QStringLiteral("padding"),
                                  QString(payloadBytes, QLatin1Char('p')));
        records.append(record);
        return record;
    }

    QList<EventRecord> records;
    std::function<void()> onRead;
    mutable int reads = 0;
};

// A QWebSocket client that records what it receives.
class EventClient final
{
public:
    EventClient(const QSslConfiguration &tls, quint16 port, const QString &query,
                const QByteArray &token, const QString &path = QStringLiteral("/api/v1/events"))
    {
        socket.setSslConfiguration(tls);
        QObject::connect(
            &socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
                const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                messages.append(message);
                sequences.append(message.value(QStringLiteral("seq")).toInteger());
            });
        QNetworkRequest request(
            QUrl(QStringLiteral("wss://localhost:%1%2%3").arg(port).arg(path, query)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        socket.open(request);
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
    QList<qint64> sequences;
};

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> result;
    for (qint64 sequence = first; sequence <= last; ++sequence)
        result.append(sequence);
    return result;
}

constexpr int kTimeout = 20000;

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusesMissingCredential();
    void refusesInvalidCredential();
    void refusesRoleWithoutReadState();
    void refusesUnknownWebSocketPath();
    void replaysFromSince();
    void sendsOnlyLiveEventsWithoutSince();
    void continuesLiveAfterReplayWithoutGapOrDuplicate();
    void resumesAfterReconnect();
    void refusesMalformedSince_data();
    void refusesMalformedSince();
    void refusesGapInPublishedSequence();
    void dropsSlowClientOnly();
    void closesStreamWhenCredentialEnds();
    void closesStreamWhenReadStateIsLost();
    void capsStreamsPerCaller();

private:
    void expectRefusal(EventClient &client, const QString &reasonPart);
    void publishNew(int payloadBytes = 0)
    {
        QVERIFY(m_hub->publish(m_source->append(payloadBytes)));
    }

    std::unique_ptr<test::OpensslTestCertificate> m_certificate;
    test::TableAuthenticator m_auth;
    std::unique_ptr<ListEventSource> m_source;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<EventHub> m_hub;
    quint16 m_port = 0;
};

void TestEvents::initTestCase()
{
    m_certificate = std::make_unique<test::OpensslTestCertificate>();
    QVERIFY2(m_certificate->isValid(), qPrintable(m_certificate->errorString()));
    m_auth.addUser("reader-token", QStringLiteral("rita"), Role::Responder);
    m_auth.addUser("no-read-token", QStringLiteral("nobody"), Role::Facilitator);
    m_auth.grant(Role::Responder, Permission::ReadState);
}

void TestEvents::init()
{
    m_source = std::make_unique<ListEventSource>();
    for (int i = 0; i < 10; ++i)
        m_source->append();
    m_api = std::make_unique<HttpApi>(m_auth, m_auth);
    m_api->setTls(m_certificate->certificate(), m_certificate->key());
    m_hub = std::make_unique<EventHub>(*m_source);
    m_hub->attachTo(*m_api);
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(m_port != 0, qPrintable(m_api->errorString()));
}

void TestEvents::cleanup()
{
    m_source->onRead = nullptr;
    m_hub.reset();
    m_api.reset();
    m_source.reset();
}

void TestEvents::expectRefusal(EventClient &client, const QString &reasonPart)
{
    QSignalSpy disconnected(&client.socket, &QWebSocket::disconnected);
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() > 0, kTimeout);
    QCOMPARE(client.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY2(client.socket.closeReason().contains(reasonPart),
             qPrintable(client.socket.closeReason()));
    QVERIFY(client.messages.isEmpty());
    QCOMPARE(m_hub->clientCount(), 0);
}

void TestEvents::refusesMissingCredential()
{
    EventClient client(m_certificate->clientConfiguration(), m_port, QStringLiteral("?since=0"),
                       {});
    expectRefusal(client, QStringLiteral("unauthorized"));
}

void TestEvents::refusesInvalidCredential()
{
    EventClient client(m_certificate->clientConfiguration(), m_port, QStringLiteral("?since=0"),
                       "forged");
    expectRefusal(client, QStringLiteral("unauthorized"));
}

void TestEvents::refusesRoleWithoutReadState()
{
    EventClient client(m_certificate->clientConfiguration(), m_port, QStringLiteral("?since=0"),
                       "no-read-token");
    expectRefusal(client, QStringLiteral("read_state"));
}

void TestEvents::refusesUnknownWebSocketPath()
{
    // Qt 6.4 upgrades only a routed path; any other gets the JSON 404 and
    // the connection is closed without a handshake.
    EventClient client(m_certificate->clientConfiguration(), m_port, QString(), "reader-token",
                       QStringLiteral("/api/v1/other"));
    QSignalSpy disconnected(&client.socket, &QWebSocket::disconnected);
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() > 0, kTimeout);
    QVERIFY(client.messages.isEmpty());
    QCOMPARE(m_hub->clientCount(), 0);
}

void TestEvents::replaysFromSince()
{
    EventClient client(m_certificate->clientConfiguration(), m_port, QStringLiteral("?since=4"),
                       "reader-token");
    QTRY_COMPARE_WITH_TIMEOUT(client.sequences, range(5, 10), kTimeout);
    const QJsonObject first = client.messages.constFirst();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("alert.created"));
    QCOMPARE(first.value(QStringLiteral("at")).toString(),
             QStringLiteral("2024-05-01T12:00:05.000Z"));
    QCOMPARE(
        first.value(QStringLiteral("payload")).toObject().value(QStringLiteral("id")).toInteger(),
        5);
    QCOMPARE(m_hub->clientCount(), 1);

    publishNew();
    QTRY_COMPARE_WITH_TIMEOUT(client.sequences, range(5, 11), kTimeout);
}

void TestEvents::sendsOnlyLiveEventsWithoutSince()
{
    EventClient client(m_certificate->clientConfiguration(), m_port, QString(), "reader-token");
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), 1, kTimeout);
    publishNew();
    QTRY_COMPARE_WITH_TIMEOUT(client.sequences, QList<qint64>{11}, kTimeout);
}

void TestEvents::continuesLiveAfterReplayWithoutGapOrDuplicate()
{
    for (int i = 0; i < 90; ++i)
        m_source->append(); // 100 committed
    m_hub.reset();
    m_hub = std::make_unique<EventHub>(*m_source);
    m_hub->setReplayPageSize(7);
    m_api = std::make_unique<HttpApi>(m_auth, m_auth);
    m_api->setTls(m_certificate->certificate(), m_certificate->key());
    m_hub->attachTo(*m_api);
    m_port = m_api->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);

    // Events committed and published right after each replay page was read:
    // the page does not hold them, and the client is still replaying.
    int publishedDuringReads = 0;
    m_source->onRead = [&] {
        if (publishedDuringReads < 12) {
            ++publishedDuringReads;
            m_hub->publish(m_source->append());
        }
    };
    // And events published from the event loop while pages are in flight.
    connect(m_hub.get(), &EventHub::clientConnected, this, [&] {
        for (int i = 0; i < 3; ++i)
            publishNew();
    });

    EventClient client(m_certificate->clientConfiguration(), m_port, QStringLiteral("?since=0"),
                       "reader-token");
    QTRY_COMPARE_WITH_TIMEOUT(publishedDuringReads, 12, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(client.sequences.size(), 115, kTimeout);
    QVERIFY(m_source->reads > 10); // it really replayed in pages

    for (int i = 0; i < 5; ++i)
        publishNew();
    QTRY_COMPARE_WITH_TIMEOUT(client.sequences.size(), 120, kTimeout);
    QCOMPARE(client.sequences, range(1, 120));
}

void TestEvents::resumesAfterReconnect()
{
    qint64 lastSeen = 0;
    {
        EventClient client(m_certificate->clientConfiguration(), m_port, QStringLiteral("?since=3"),
                           "reader-token");
        QTRY_COMPARE_WITH_TIMEOUT(client.sequences, range(4, 10), kTimeout);
        lastSeen = client.sequences.constLast();
        client.socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), 0, kTimeout);
    }
    for (int i = 0; i < 4; ++i)
        publishNew(); // 11..14 while nobody listens

    EventClient resumed(m_certificate->clientConfiguration(), m_port,
                        QStringLiteral("?since=%1").arg(lastSeen), "reader-token");
    QTRY_COMPARE_WITH_TIMEOUT(resumed.sequences, range(11, 14), kTimeout);
    publishNew();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.sequences, range(11, 15), kTimeout);
}

void TestEvents::refusesMalformedSince_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("reason");
    QTest::newRow("letters") << QStringLiteral("?since=abc") << QStringLiteral("malformed since");
    QTest::newRow("negative") << QStringLiteral("?since=-1") << QStringLiteral("malformed since");
    QTest::newRow("empty") << QStringLiteral("?since=") << QStringLiteral("malformed since");
    QTest::newRow("ahead") << QStringLiteral("?since=11")
                           << QStringLiteral("ahead of the last event sequence 10");
}

void TestEvents::refusesMalformedSince()
{
    QFETCH(QString, query);
    QFETCH(QString, reason);
    EventClient client(m_certificate->clientConfiguration(), m_port, query, "reader-token");
    expectRefusal(client, reason);
}

void TestEvents::refusesGapInPublishedSequence()
{
    EventRecord skipped;
    skipped.sequence = 12; // 11 was never published
    skipped.type = QStringLiteral("alert.created");
    QVERIFY(!m_hub->publish(skipped));
    QCOMPARE(m_hub->lastPublishedSequence(), 10);
    QVERIFY(m_hub->publish(m_source->append()));
    QCOMPARE(m_hub->lastPublishedSequence(), 11);
}

void TestEvents::dropsSlowClientOnly()
{
    constexpr qint64 kLimit = 256 * 1024;
    m_hub->setMaxPendingBytes(kLimit);

    EventClient fast(m_certificate->clientConfiguration(), m_port, QStringLiteral("?since=10"),
                     "reader-token");
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), 1, kTimeout);

    // A client that completes the handshake and then reads nothing more. A
    // QSslSocket keeps decrypting into memory whatever its read buffer size,
    // so the stall is a plain TCP relay in between that stops reading.
    QTcpServer relay;
    QVERIFY(relay.listen(QHostAddress::LocalHost, 0));
    QTcpSocket toServer;
    QTcpSocket *fromClient = nullptr;
    bool stalled = false;
    connect(&relay, &QTcpServer::newConnection, this, [&] {
        fromClient = relay.nextPendingConnection();
        connect(fromClient, &QTcpSocket::readyRead, this,
                [&] { toServer.write(fromClient->readAll()); });
        toServer.connectToHost(QHostAddress::LocalHost, m_port);
    });
    connect(&toServer, &QTcpSocket::connected, this,
            [&] { toServer.write(fromClient->readAll()); });
    connect(&toServer, &QTcpSocket::readyRead, this, [&] {
        if (!stalled)
            fromClient->write(toServer.readAll());
    });

    QSslSocket slow;
    slow.setSslConfiguration(m_certificate->clientConfiguration());
    slow.connectToHostEncrypted(QStringLiteral("127.0.0.1"), relay.serverPort());
    // Client and server share this thread: wait through the event loop.
    QTRY_VERIFY2_WITH_TIMEOUT(slow.isEncrypted(), qPrintable(slow.errorString()), kTimeout);
    slow.write("GET /api/v1/events?since=10 HTTP/1.1\r\n"
               "Host: localhost\r\n"
               "Upgrade: websocket\r\n"
               "Connection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
               "Sec-WebSocket-Version: 13\r\n"
               "Authorization: Bearer reader-token\r\n\r\n");
    QByteArray handshake;
    QTRY_VERIFY_WITH_TIMEOUT((handshake += slow.readAll()).contains("\r\n\r\n"), kTimeout);
    QVERIFY2(handshake.startsWith("HTTP/1.1 101"), handshake.constData());
    stalled = true;
    toServer.setReadBufferSize(16 * 1024);
    toServer.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), 2, kTimeout);

    // Publish until the hub gives up on the slow client; the kernel's socket
    // buffers absorb some megabytes first.
    int published = 0;
    while (m_hub->clientCount() == 2 && published < 4000) {
        publishNew(32 * 1024);
        ++published;
        QCoreApplication::processEvents();
    }
    QCOMPARE(m_hub->clientCount(), 1);
    QVERIFY(published < 4000);

    // The fast client got every event, in order, and stays connected.
    QTRY_COMPARE_WITH_TIMEOUT(fast.sequences.size(), published, 60000);
    QCOMPARE(fast.sequences, range(11, 10 + published));
    QCOMPARE(fast.socket.state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(TestEvents)
// The credential is checked again while the stream lives: a logout, expiry
// or disabled user ends it (the periodic check, triggered directly here).
void TestEvents::closesStreamWhenCredentialEnds()
{
    m_auth.addUser("ending-token", QStringLiteral("tess"), Role::Responder);
    EventClient ending(m_certificate->clientConfiguration(), m_port, QString(), "ending-token");
    EventClient staying(m_certificate->clientConfiguration(), m_port, QString(), "reader-token");
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), 2, kTimeout);
    QCOMPARE(m_hub->reauthenticationInterval(), EventHub::kDefaultReauthenticationIntervalMs);
    m_hub->reauthenticateAll();
    QCOMPARE(m_hub->clientCount(), 2);

    m_auth.removeUser("ending-token");
    QSignalSpy disconnected(&ending.socket, &QWebSocket::disconnected);
    m_hub->reauthenticateAll();
    QCOMPARE(m_hub->clientCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() > 0, kTimeout);
    QCOMPARE(ending.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY2(ending.socket.closeReason().contains(QStringLiteral("session ended")),
             qPrintable(ending.socket.closeReason()));
    publishNew();
    QTRY_COMPARE_WITH_TIMEOUT(staying.sequences, QList<qint64>{11}, kTimeout);
    QVERIFY(ending.sequences.isEmpty());
}

void TestEvents::closesStreamWhenReadStateIsLost()
{
    m_auth.addUser("demoted-token", QStringLiteral("dora"), Role::Responder);
    EventClient client(m_certificate->clientConfiguration(), m_port, QString(), "demoted-token");
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), 1, kTimeout);
    m_auth.addUser("demoted-token", QStringLiteral("dora"), Role::Facilitator); // no ReadState
    QSignalSpy disconnected(&client.socket, &QWebSocket::disconnected);
    m_hub->reauthenticateAll();
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() > 0, kTimeout);
    QVERIFY2(client.socket.closeReason().contains(QStringLiteral("session ended")),
             qPrintable(client.socket.closeReason()));
    QCOMPARE(m_hub->clientCount(), 0);
}

void TestEvents::capsStreamsPerCaller()
{
    m_hub->setMaxClientsPerCaller(3);
    std::vector<std::unique_ptr<EventClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<EventClient>(m_certificate->clientConfiguration(),
                                                        m_port, QString(), "reader-token"));
        QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), i + 1, kTimeout);
    }
    EventClient fourth(m_certificate->clientConfiguration(), m_port, QString(), "reader-token");
    QSignalSpy disconnected(&fourth.socket, &QWebSocket::disconnected);
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.count() > 0, kTimeout);
    QCOMPARE(fourth.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY2(fourth.socket.closeReason().contains(QStringLiteral("too many connections")),
             qPrintable(fourth.socket.closeReason()));
    QCOMPARE(m_hub->clientCount(), 3);
    // A closed stream frees its place.
    clients.front()->socket.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), 2, kTimeout);
    EventClient again(m_certificate->clientConfiguration(), m_port, QString(), "reader-token");
    QTRY_COMPARE_WITH_TIMEOUT(m_hub->clientCount(), 3, kTimeout);
}

#include "tst_events.moc"
