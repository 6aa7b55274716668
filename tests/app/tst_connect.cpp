#include "ConnectDialog.h"
#include "ConnectionState.h"
#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "EventStream.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ShellController.h"
#include "SystemClock.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace icc;
using namespace icc::test;

namespace {

constexpr int kWaitMs = 30000;

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

bool hasToken(MemoryTokenStore &tokens, const QString &account)
{
    bool found = false;
    tokens.read(account,
                [&](std::optional<QString> token, const QString &) { found = token.has_value(); });
    return found;
}

// A keychain that answers a removal later (as real ones do).
class SlowTokenStore final : public TokenStore
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
        QTimer::singleShot(200, &m_context, [this, account, done = std::move(done)] {
            m_inner.remove(account, done);
            ++m_removals;
        });
    }
    QString description() const override { return QStringLiteral("slow test keychain"); }
    int removals() const { return m_removals; }

private:
    QObject m_context; // no answer after the store is gone
    MemoryTokenStore m_inner;
    int m_removals = 0;
};

} // namespace

// Connecting (trust on first use, a changed certificate refused), logging in
// through the dialog, resuming the saved login, logging out.
class TestConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<DesktopTestClient>(m_server);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("icc.ini")),
                                                 QSettings::IniFormat);
    }

    void firstContactPinsOnlyAfterAcceptance()
    {
        ConnectDialog dialog(m_client->connection(), m_client->pins(), *m_settings);
        dialog.show();
        auto *server = child<QLineEdit>(dialog, "serverEdit");
        QVERIFY(server);
        QTest::keyClicks(server, m_server.baseUrl().toString());
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);

        auto *trustBox = child<QGroupBox>(dialog, "trustBox");
        QTRY_VERIFY_WITH_TIMEOUT(trustBox->isVisible(), kWaitMs);
        // The full fingerprint, exactly as the server prints it.
        QCOMPARE(child<QLabel>(dialog, "fingerprintLabel")->text(), m_server.fingerprint());
        QVERIFY(!m_client->pins().pinFor(m_client->connection().hostAndPort()));
        QVERIFY(dialog.isVisible()); // not connected without the user's decision

        QTest::mouseClick(child<QPushButton>(dialog, "trustButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, kWaitMs);
        QCOMPARE(m_client->pins().pinFor(m_client->connection().hostAndPort()).value_or(QString()),
                 m_server.fingerprint());
        QCOMPARE(ConnectDialog::lastServer(*m_settings), m_server.baseUrl().toString());
    }

    void loginThroughTheDialog()
    {
        LoginDialog dialog(m_client->session(), m_client->connection(), *m_settings);
        dialog.show();
        QVERIFY(child<QLabel>(dialog, "storageLabel")
                    ->text()
                    .contains(m_client->session().tokenStorageDescription()));
        QTest::keyClicks(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("erin"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
        auto *message = child<QLabel>(dialog, "messageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), kWaitMs);
        QVERIFY(!m_client->session().isLoggedIn());

        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"),
                         QString::fromLatin1(DesktopTestServer::kPassword));
        QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, kWaitMs);
        QCOMPARE(m_client->session().userName(), QStringLiteral("erin"));
        QVERIFY(hasToken(m_client->tokens(), account()));
        QVERIFY(dialog.tokenWarning().isEmpty());
    }

    // A new start with the same keychain: no password, then log out.
    void restoreWithoutPasswordThenLogout()
    {
        m_client->connection().setToken({});
        ShellController shell(m_client->context(), m_client->pins(), *m_settings);
        shell.start();
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), kWaitMs);
        QVERIFY(m_client->session().isLoggedIn());
        QTRY_VERIFY_WITH_TIMEOUT(m_client->events().isConnected(), kWaitMs);
        QVERIFY(shell.mainWindow()->windowTitle().contains(QStringLiteral("erin@")));

        auto *logout = shell.mainWindow()->findChild<QAction *>(QStringLiteral("actionLogout"));
        QVERIFY(logout && logout->isEnabled());
        logout->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shell.loginDialog() && shell.loginDialog()->isVisible(), kWaitMs);
        QVERIFY(!shell.mainWindow()->isVisible());
        QVERIFY(!m_client->session().isLoggedIn());
        QVERIFY(!hasToken(m_client->tokens(), account())); // logout clears the token store
        QVERIFY(!m_client->events().isConnected());

        // Settings hold the address and the user name, never a token.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("lastServer"));
        QVERIFY(!contents.toLower().contains("token"));
    }

    // The server revokes the session (logged out elsewhere, an admin): the
    // stream is refused after the upgrade. The shell must not count that as
    // online even briefly, and must go back to the login.
    void aRevokedSessionEndsTheStreamAndReturnsToLogin()
    {
        ShellController shell(m_client->context(), m_client->pins(), *m_settings);
        shell.startLoggedIn(m_server.baseUrl().toString(), QStringLiteral("erin"),
                            QString::fromLatin1(DesktopTestServer::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->connectionState().isOnline(), kWaitMs);

        // The same token logged out from another connection.
        ServerConnection other(m_client->pins());
        other.setServer(m_client->connection().server());
        other.setToken(m_client->connection().token());
        bool revoked = false;
        other.post(QStringLiteral("/api/v1/auth/logout"), {}, nullptr,
                   [&](const ApiReply &reply) { revoked = reply.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(revoked, kWaitMs);

        QSignalSpy online(&m_client->connectionState(), &ConnectionState::onlineChanged);
        QSignalSpy refused(&m_client->events(), &EventStream::refused);
        // The server drops the live stream within its re-authentication
        // period (30 s); a reconnect (a network blip) meets the refusal at
        // once: take that path.
        m_client->events().start(m_client->events().lastSequence());
        QTRY_VERIFY_WITH_TIMEOUT(shell.loginDialog() && shell.loginDialog()->isVisible(), kWaitMs);
        QVERIFY(!shell.mainWindow()->isVisible());
        QVERIFY(!m_client->session().isLoggedIn());
        QVERIFY(refused.count() >= 1);
        QVERIFY2(refused.first().first().toString().startsWith(QStringLiteral("unauthorized")),
                 qPrintable(refused.first().first().toString()));
        // Checking an absence: give a retry (1 s back-off) the time to happen.
        QTest::qWait(EventStream::kGraceMs * 3);
        for (const QList<QVariant> &change : online)
            QVERIFY(!change.first().toBool()); // never online again, not even briefly
        QVERIFY(!m_client->connectionState().isOnline());
        QCOMPARE(refused.count(), 1); // no retries with a dead token
    }

    // Logging out with a token the server already forgot, with a keychain
    // that answers later: one teardown (not "session ended" and then "logged
    // out"), and the login dialog shown stays usable.
    void logoutWithADeadTokenAndASlowKeychain()
    {
        QTemporaryDir dir;
        CertificatePins pins(dir.filePath(QStringLiteral("pins.ini")));
        SlowTokenStore tokens;
        ServerConnection connection(pins);
        Session session(connection, tokens);
        EventStream events(connection);
        SystemClock clock;
        ConnectionState state(connection, events, session, clock);
        AppContext context{connection, events, session, clock, state};
        connection.setServer(m_server.baseUrl());
        connection.trustFingerprint(m_server.fingerprint());

        ShellController shell(context, pins, *m_settings);
        shell.startLoggedIn(m_server.baseUrl().toString(), QStringLiteral("frank"),
                            QString::fromLatin1(DesktopTestServer::kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), kWaitMs);
        events.stop(); // only the logout is under test here
        // The views' first loads must be answered before the token dies:
        // one of them meeting the revocation would end the session first.
        QTRY_COMPARE_WITH_TIMEOUT(connection.requestsInFlight(), 0, kWaitMs);

        QSignalSpy expired(&session, &Session::expired);
        QSignalSpy loggedOut(&session, &Session::loggedOut);
        ServerConnection other(pins);
        other.setServer(connection.server());
        other.setToken(connection.token());
        bool revoked = false;
        // Log out from the window as soon as the server forgot the token,
        // with no event-loop turn (a view's timer) in between.
        other.post(QStringLiteral("/api/v1/auth/logout"), {}, nullptr, [&](const ApiReply &reply) {
            revoked = reply.ok();
            QVERIFY(connection.requestsInFlight() == 0);
            shell.mainWindow()->findChild<QAction *>(QStringLiteral("actionLogout"))->trigger();
        });
        QTRY_VERIFY_WITH_TIMEOUT(revoked, kWaitMs);
        QVERIFY(!session.isLoggedIn()); // at once, before any answer
        QVERIFY(connection.token().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shell.loginDialog() && shell.loginDialog()->isVisible(), kWaitMs);
        const QPointer<LoginDialog> first = shell.loginDialog();
        QTRY_VERIFY_WITH_TIMEOUT(tokens.removals() >= 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(*shell.loginDialog(), "messageLabel")
                                     ->text()
                                     .contains(QStringLiteral("Logged out")),
                                 kWaitMs);
        QVERIFY(first); // not replaced by a second teardown
        QCOMPARE(shell.loginDialog(), first.data());
        QCOMPARE(expired.count(), 0);
        QCOMPARE(loggedOut.count(), 1);
        QVERIFY(!shell.mainWindow()->isVisible());

        // The dialog shown is the one that logs in again.
        auto *password = child<QLineEdit>(*first, "passwordEdit");
        password->clear();
        QTest::keyClicks(password, QString::fromLatin1(DesktopTestServer::kPassword));
        QTest::mouseClick(child<QPushButton>(*first, "loginButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow()->isVisible(), kWaitMs);
        QCOMPARE(session.userName(), QStringLiteral("frank"));
        events.stop();
    }

    // Last: replaces the server. Another server (new certificate) on the
    // same address is refused with both fingerprints named.
    void aChangedCertificateIsRefused()
    {
        const int port = m_server.baseUrl().port();
        const QString oldFingerprint = m_server.fingerprint();
        m_server.process().stop();
        DesktopTestServer impostor;
        QString error;
        QVERIFY2(impostor.start(&error, {QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:%1").arg(port)}),
                 qPrintable(error));
        QVERIFY(impostor.fingerprint() != oldFingerprint);

        ConnectDialog dialog(m_client->connection(), m_client->pins(), *m_settings);
        dialog.show();
        QCOMPARE(child<QLineEdit>(dialog, "serverEdit")->text(), m_server.baseUrl().toString());
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        auto *changedBox = child<QGroupBox>(dialog, "changedBox");
        QTRY_VERIFY_WITH_TIMEOUT(changedBox->isVisible(), kWaitMs);
        const QString warning = child<QLabel>(dialog, "warningLabel")->text();
        QVERIFY2(warning.contains(oldFingerprint), qPrintable(warning));
        QVERIFY2(warning.contains(impostor.fingerprint()), qPrintable(warning));
        QVERIFY(!child<QGroupBox>(dialog, "trustBox")->isVisible()); // no "trust" offered
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        const QString hostAndPort = m_client->connection().hostAndPort();
        QCOMPARE(m_client->pins().pinFor(hostAndPort).value_or(QString()), oldFingerprint);

        // Forgetting is a separate, deliberate step.
        auto *forget = child<QPushButton>(dialog, "forgetButton");
        QVERIFY(!forget->isEnabled());
        child<QCheckBox>(dialog, "verifiedCheck")->setChecked(true);
        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(!m_client->pins().pinFor(hostAndPort));
        QVERIFY(dialog.isVisible());
        // Then it is a first contact again, with the new fingerprint shown.
        QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QGroupBox>(dialog, "trustBox")->isVisible(), kWaitMs);
        QCOMPARE(child<QLabel>(dialog, "fingerprintLabel")->text(), impostor.fingerprint());
        QVERIFY(!m_client->pins().pinFor(hostAndPort));
    }

private:
    QString account() const
    {
        return QStringLiteral("erin@") + m_client->connection().hostAndPort();
    }

    DesktopTestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<DesktopTestClient> m_client;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_MAIN(TestConnect)
#include "tst_connect.moc"
