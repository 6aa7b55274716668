#include "CertificatePins.h"
#include "EventStream.h"
#include "MemoryTokenStore.h"
#include "ServerConnection.h"
#include "ServerProcess.h"
#include "Session.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace icc;
using namespace icc::test;

namespace {

constexpr char kPassword[] = "correct horse battery staple";
constexpr int kWaitMs = 30000;

// Runs one request and waits for its answer.
ApiReply await(const std::function<void(ServerConnection::ReplyHandler)> &send)
{
    std::optional<ApiReply> answer;
    send([&](const ApiReply &reply) { answer = reply; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs)) {
        ApiReply none;
        none.error = QStringLiteral("test: no answer in time");
        return none;
    }
    return *answer;
}

QJsonObject alert(const QString &id)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("summary"), QStringLiteral("client test alert %1").arg(id)},
                       {QStringLiteral("severity"), QStringLiteral("info")},
                       {QStringLiteral("source"), QStringLiteral("tst_client")},
                       {QStringLiteral("status"), QStringLiteral("firing")},
                       {QStringLiteral("labels"), QJsonObject{{QStringLiteral("instance"), id}}}};
}

// A keychain whose removals answer only when the test says so (a slow
// Secret Service); reads and writes answer at once.
class HeldRemovalTokenStore final : public TokenStore
{
public:
    void read(const QString &account, ReadHandler done) override
    {
        m_inner.read(account, std::move(done));
    }
    void write(const QString &account, const QString &token, DoneHandler done) override
    {
        m_inner.write(account, token, std::move(done));
    }
    void remove(const QString &account, DoneHandler done) override
    {
        m_held.push_back([this, account, done] { m_inner.remove(account, done); });
    }
    QString description() const override { return QStringLiteral("held test keychain"); }

    int heldRemovals() const { return int(m_held.size()); }
    void releaseRemovals()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &removal : held)
            removal();
    }
    std::optional<QString> stored(const QString &account)
    {
        std::optional<QString> found;
        m_inner.read(account, [&](std::optional<QString> token, const QString &) {
            found = std::move(token);
        });
        return found;
    }

private:
    MemoryTokenStore m_inner;
    std::vector<std::function<void()>> m_held;
};

} // namespace

// icc_client against the real icc-server: pinning, the session and the
// resumable event stream.
class TestClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.addUser(QStringLiteral("erin"), QStringLiteral("reviewer"),
                                  QString::fromLatin1(kPassword), &error),
                 qPrintable(error));
        m_ingestKey = m_server.addIngestKey(QStringLiteral("tst_client"), &error);
        QVERIFY2(!m_ingestKey.isEmpty(), qPrintable(error));
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        QVERIFY(!m_server.certificateFingerprint().isEmpty());
    }

    void pinsRoundTrip()
    {
        CertificatePins pins(m_config.filePath(QStringLiteral("roundtrip.ini")));
        const QString host = QStringLiteral("icc.example:8443");
        QVERIFY(!pins.pinFor(host));
        pins.pin(host, QStringLiteral("ab:cd"));
        QCOMPARE(pins.pinFor(host).value_or(QString()), QStringLiteral("AB:CD"));
        // A second instance reads the same file: the pin survives a restart.
        CertificatePins again(m_config.filePath(QStringLiteral("roundtrip.ini")));
        QCOMPARE(again.pinFor(host).value_or(QString()), QStringLiteral("AB:CD"));
        QVERIFY(!again.pinFor(QStringLiteral("other:8443")));
        again.forget(host);
        QVERIFY(!pins.pinFor(host));
    }

    void refusesAnUnpinnedCertificate()
    {
        CertificatePins pins(m_config.filePath(QStringLiteral("unpinned.ini")));
        ServerConnection connection(pins);
        connection.setServer(m_server.baseUrl());
        QSignalSpy untrusted(&connection, &ServerConnection::certificateUntrusted);
        const ApiReply reply = await(
            [&](auto handler) { connection.get(QStringLiteral("/healthz"), nullptr, handler); });
        QCOMPARE(reply.error, QStringLiteral("certificate_untrusted"));
        QCOMPARE(reply.status, 0);
        QCOMPARE(untrusted.count(), 1);
        QCOMPARE(untrusted.first().first().toString(), m_server.certificateFingerprint());
        QVERIFY(!pins.pinFor(connection.hostAndPort())); // never pinned silently

        connection.trustFingerprint(untrusted.first().first().toString());
        const ApiReply trusted = await(
            [&](auto handler) { connection.get(QStringLiteral("/healthz"), nullptr, handler); });
        QVERIFY2(trusted.ok(), qPrintable(trusted.message()));
    }

    void refusesAChangedCertificateBeforeAnyRequest()
    {
        const QString wrong = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                             "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
        CertificatePins pins(m_config.filePath(QStringLiteral("changed.ini")));
        ServerConnection attacker(pins);
        attacker.setServer(m_server.baseUrl());
        attacker.trustFingerprint(wrong);
        attacker.setToken(m_ingestKey);
        QSignalSpy changed(&attacker, &ServerConnection::certificateChanged);
        const QString marker = QStringLiteral("must-not-arrive");
        const ApiReply reply = await([&](auto handler) {
            attacker.post(QStringLiteral("/api/v1/alerts"), alert(marker), nullptr, handler);
        });
        QCOMPARE(reply.error, QStringLiteral("certificate_changed"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toString(), wrong);
        QCOMPARE(changed.first().at(1).toString(), m_server.certificateFingerprint());
        QCOMPARE(pins.pinFor(attacker.hostAndPort()).value_or(QString()), wrong); // kept

        // The alert never reached the server: the body was not sent.
        auto reader = loggedIn(QStringLiteral("alerts-reader.ini"));
        const ApiReply alerts = await([&](auto handler) {
            reader->connection.get(QStringLiteral("/api/v1/alerts"), nullptr, handler);
        });
        QVERIFY2(alerts.ok(), qPrintable(alerts.message()));
        const QJsonArray rows = alerts.object().value(QStringLiteral("alerts")).toArray();
        for (const QJsonValue &row : rows)
            QVERIFY(!row.toObject().value(QStringLiteral("summary")).toString().contains(marker));
    }

    // A TLS-inspecting proxy presents a certificate the system's CAs vouch
    // for. Modelled by making the server's own certificate a trusted CA and
    // pinning another fingerprint: the pin must still decide, before the
    // token (HTTP header or WebSocket upgrade) leaves this process.
    void aCaTrustedButUnpinnedCertificateNeverGetsTheToken()
    {
        const QList<QSslCertificate> serverCertificate =
            QSslCertificate::fromPath(m_server.certificatePath());
        QCOMPARE(serverCertificate.size(), 1);
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(serverCertificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore =
            qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

        auto victim = loggedIn(QStringLiteral("ca-trusted-login.ini"));
        QVERIFY(victim->session.isLoggedIn());
        const QString wrong = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                             "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
        CertificatePins pins(m_config.filePath(QStringLiteral("ca-trusted.ini")));
        ServerConnection proxied(pins);
        proxied.setServer(m_server.baseUrl());
        proxied.trustFingerprint(wrong);
        proxied.setToken(victim->connection.token());

        // HTTP: refused as a changed certificate, the request not served.
        QSignalSpy changed(&proxied, &ServerConnection::certificateChanged);
        const ApiReply reply = await([&](auto handler) {
            proxied.get(QStringLiteral("/api/v1/auth/me"), nullptr, handler);
        });
        QCOMPARE(reply.error, QStringLiteral("certificate_changed"));
        QCOMPARE(reply.status, 0);
        QCOMPARE(changed.count(), 1);

        // WebSocket: the upgrade (with the bearer token) is never written,
        // so the socket never reports the upgrade as done.
        EventStream stream(proxied);
        QSignalSpy streamConnected(&stream, &EventStream::connectedChanged);
        stream.start();
        auto *socket = stream.findChild<QWebSocket *>();
        QVERIFY(socket);
        QSignalSpy upgraded(socket, &QWebSocket::connected);
        QSignalSpy failed(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        QSignalSpy closed(socket, &QWebSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() + closed.count() > 0, kWaitMs);
        QCOMPARE(upgraded.count(), 0);
        QVERIFY(!stream.isConnected());
        QCOMPARE(streamConnected.count(), 0);
        stream.stop();
    }

    void sessionLoginRestoreLogout()
    {
        CertificatePins pins(m_config.filePath(QStringLiteral("session.ini")));
        MemoryTokenStore tokens;
        ServerConnection connection(pins);
        connection.setServer(m_server.baseUrl());
        connection.trustFingerprint(m_server.certificateFingerprint());
        const QString account = QStringLiteral("erin@") + connection.hostAndPort();

        {
            Session session(connection, tokens);
            QSignalSpy loggedIn(&session, &Session::loggedIn);
            const ApiReply wrong = await([&](auto handler) {
                session.login(QStringLiteral("erin"), QStringLiteral("wrong"), handler);
            });
            QCOMPARE(wrong.status, 401);
            QVERIFY(!session.isLoggedIn());
            const ApiReply login = await([&](auto handler) {
                session.login(QStringLiteral("erin"), QString::fromLatin1(kPassword), handler);
            });
            QVERIFY2(login.ok(), qPrintable(login.message()));
            QCOMPARE(loggedIn.count(), 1);
            QCOMPARE(session.userName(), QStringLiteral("erin"));
            QCOMPARE(session.role(), QStringLiteral("reviewer"));
            QVERIFY(storedToken(tokens, account));
        }

        // A new start: the stored token logs in without a password.
        connection.setToken({});
        Session restored(connection, tokens);
        const ApiReply restore =
            await([&](auto handler) { restored.restore(QStringLiteral("erin"), handler); });
        QVERIFY2(restore.ok(), qPrintable(restore.message()));
        QCOMPARE(restored.userName(), QStringLiteral("erin"));
        const QString token = connection.token();
        QVERIFY(!token.isEmpty());

        QSignalSpy loggedOut(&restored, &Session::loggedOut);
        const ApiReply logout = await([&](auto handler) { restored.logout(handler); });
        QVERIFY2(logout.ok(), qPrintable(logout.message()));
        QCOMPARE(loggedOut.count(), 1);
        QVERIFY(!restored.isLoggedIn());
        QVERIFY(!storedToken(tokens, account)); // logout removes it

        // The revoked token put back (a stale keychain entry): restore fails
        // and removes it.
        bool written = false;
        tokens.write(account, token, [&](bool ok, const QString &) { written = ok; });
        QVERIFY(written);
        const ApiReply revoked =
            await([&](auto handler) { restored.restore(QStringLiteral("erin"), handler); });
        QCOMPARE(revoked.status, 401);
        QVERIFY(!restored.isLoggedIn());
        QVERIFY(connection.token().isEmpty());
        QVERIFY(!storedToken(tokens, account));
    }

    // Logging out and straight in again while the keychain is slow to
    // remove the old token: the removal must not land after the new login's
    // write and delete the token just saved.
    void aSlowKeychainRemovalNeverDeletesTheNextLoginsToken()
    {
        CertificatePins pins(m_config.filePath(QStringLiteral("slowkeychain.ini")));
        HeldRemovalTokenStore tokens;
        ServerConnection connection(pins);
        connection.setServer(m_server.baseUrl());
        connection.trustFingerprint(m_server.certificateFingerprint());
        const QString account = QStringLiteral("erin@") + connection.hostAndPort();
        Session session(connection, tokens);
        const ApiReply first = await([&](auto handler) {
            session.login(QStringLiteral("erin"), QString::fromLatin1(kPassword), handler);
        });
        QVERIFY2(first.ok(), qPrintable(first.message()));

        bool loggedOut = false;
        session.logout([&](const ApiReply &) { loggedOut = true; });
        std::optional<ApiReply> again;
        session.login(QStringLiteral("erin"), QString::fromLatin1(kPassword),
                      [&](const ApiReply &reply) { again = reply; });
        // Both answers are in and the removal still waits in the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(tokens.heldRemovals() == 1 && !connection.token().isEmpty(),
                                 kWaitMs);
        const QString newToken = connection.token();
        tokens.releaseRemovals();
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value() && loggedOut, kWaitMs);
        QVERIFY2(again->ok(), qPrintable(again->message()));
        QVERIFY(session.isLoggedIn());
        QCOMPARE(tokens.stored(account), std::optional<QString>(newToken));
    }

    // Last: restarts the server. Every event exactly once, in order, across
    // a server restart on the same data directory and port.
    void eventStreamResumesAfterARestart()
    {
        auto listener = loggedIn(QStringLiteral("stream.ini"));
        EventStream stream(listener->connection);
        QList<ClientEvent> received;
        connect(&stream, &EventStream::eventReceived, this,
                [&](const ClientEvent &event) { received.append(event); });
        QSignalSpy connected(&stream, &EventStream::connectedChanged);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), kWaitMs);

        QVERIFY(ingest(QStringLiteral("before-restart")));
        QTRY_VERIFY_WITH_TIMEOUT(hasAlertEvent(received, QStringLiteral("before-restart")),
                                 kWaitMs);

        const int port = m_server.baseUrl().port();
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stream.isConnected(), kWaitMs);
        QString error;
        QVERIFY2(
            m_server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)},
                           &error),
            qPrintable(error));
        QCOMPARE(m_server.baseUrl().port(), port);
        // Right after the restart, most likely before the stream is back:
        // these arrive through the resume (since=last), or live if not.
        QVERIFY(ingest(QStringLiteral("after-restart-1")));
        QVERIFY(ingest(QStringLiteral("after-restart-2")));
        QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(hasAlertEvent(received, QStringLiteral("after-restart-2")),
                                 kWaitMs);
        QVERIFY(hasAlertEvent(received, QStringLiteral("after-restart-1")));

        // Compare with the server's own history from before the first event.
        const qint64 first = received.constFirst().sequence;
        const qint64 last = stream.lastSequence();
        EventStream history(listener->connection);
        QList<qint64> replayed;
        connect(&history, &EventStream::eventReceived, this,
                [&](const ClientEvent &event) { replayed.append(event.sequence); });
        history.start(first - 1);
        QTRY_VERIFY_WITH_TIMEOUT(!replayed.isEmpty() && replayed.constLast() >= last, kWaitMs);
        QList<qint64> seen;
        for (const ClientEvent &event : received)
            seen.append(event.sequence);
        while (!replayed.isEmpty() && replayed.constLast() > last)
            replayed.removeLast(); // anything newer than what the stream had so far
        QCOMPARE(seen, replayed);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), seen.at(i - 1) + 1); // no gap, no repeat
    }

private:
    struct Client
    {
        explicit Client(const QString &pinsPath)
            : pins(pinsPath)
            , connection(pins)
            , session(connection, tokens)
        {}
        CertificatePins pins;
        MemoryTokenStore tokens;
        ServerConnection connection;
        Session session;
    };

    std::unique_ptr<Client> loggedIn(const QString &pinsName)
    {
        auto client = std::make_unique<Client>(m_config.filePath(pinsName));
        client->connection.setServer(m_server.baseUrl());
        client->connection.trustFingerprint(m_server.certificateFingerprint());
        const ApiReply reply = await([&](auto handler) {
            client->session.login(QStringLiteral("erin"), QString::fromLatin1(kPassword), handler);
        });
        if (!reply.ok())
            qWarning("login failed: %s", qPrintable(reply.message()));
        return client;
    }

    bool ingest(const QString &id)
    {
        CertificatePins pins(m_config.filePath(QStringLiteral("ingest.ini")));
        ServerConnection sender(pins);
        sender.setServer(m_server.baseUrl());
        sender.trustFingerprint(m_server.certificateFingerprint());
        sender.setToken(m_ingestKey);
        const ApiReply reply = await([&](auto handler) {
            sender.post(QStringLiteral("/api/v1/alerts"), alert(id), nullptr, handler);
        });
        if (!reply.ok())
            qWarning("ingest %s: %s", qPrintable(id), qPrintable(reply.message()));
        return reply.ok();
    }

    static bool hasAlertEvent(const QList<ClientEvent> &events, const QString &id)
    {
        for (const ClientEvent &event : events) {
            if (event.type == QLatin1String("alert.created") &&
                event.payload.value(QStringLiteral("summary")).toString().contains(id))
                return true;
        }
        return false;
    }

    static bool storedToken(MemoryTokenStore &tokens, const QString &account)
    {
        bool found = false;
        tokens.read(account, [&](std::optional<QString> token, const QString &) {
            found = token.has_value();
        });
        return found;
    }

    QTemporaryDir m_dataDir;
    QTemporaryDir m_config;
    ServerProcess m_server{QStringLiteral(ICC_SERVER_PATH), m_dataDir.path()};
    QString m_ingestKey;
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
