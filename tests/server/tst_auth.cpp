#include "AuthService.h"
#include "DatabaseUrl.h"
#include "ManualClock.h"
#include "SecretToken.h"
#include "SqlServerStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace icc;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

AuthOptions fastOptions()
{
    AuthOptions options;
    options.hashCost = PasswordHashCost::minimum(); // tests only
    return options;
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqlServerStore> m_store;
    test::ManualClock m_clock;
    std::unique_ptr<AuthService> m_auth;

    QByteArray bearer(const QString &token) { return "Bearer " + token.toLatin1(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto url = DatabaseUrl::parse(QString(), m_dir.path(), &error);
        QVERIFY2(url, qPrintable(error));
        QFile::remove(url->sqlitePath());
        m_store = SqlServerStore::open(*url, &error);
        QVERIFY2(m_store, qPrintable(error));
        m_auth = std::make_unique<AuthService>(*m_store, m_clock, fastOptions());
        QVERIFY(m_auth->addUser(QStringLiteral("Alice"), QStringLiteral("reviewer"), kPassword,
                                &error));
    }

    void cleanup()
    {
        m_auth.reset();
        m_store.reset();
    }

    void loginGivesASessionStoredOnlyAsAHash()
    {
        const auto result = m_auth->login(QStringLiteral(" alice "), kPassword);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(SecretToken::isWellFormed(result.token, SecretToken::Kind::Session));
        QCOMPARE(result.expiresAt, m_clock.now().addSecs(12 * 3600));
        QVERIFY(m_store->sessionByTokenHash(SecretToken::sha256Hex(result.token)));
        QVERIFY(!m_store->sessionByTokenHash(result.token)); // never the token itself

        const auto caller = m_auth->authenticate(bearer(result.token));
        QVERIFY(caller);
        QVERIFY(caller->isUser());
        QCOMPARE(caller->name, QStringLiteral("alice"));
        QCOMPARE(toString(*caller->role), QStringLiteral("reviewer"));
        // The scheme is case-insensitive.
        QVERIFY(m_auth->authenticate("bearer " + result.token.toLatin1()));
    }

    void passwordIsStoredAsArgon2id()
    {
        const auto user = m_store->userByName(QStringLiteral("alice"));
        QVERIFY(user);
        QVERIFY(user->passwordHash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!user->passwordHash.contains(kPassword));
    }

    void sessionsExpire()
    {
        const auto result = m_auth->login(QStringLiteral("alice"), kPassword);
        m_clock.advanceSeconds(12 * 3600 - 1);
        QVERIFY(m_auth->authenticate(bearer(result.token)));
        m_clock.advanceSeconds(1);
        QVERIFY(!m_auth->authenticate(bearer(result.token)));
    }

    void wrongPasswordAndUnknownUserGetTheSameAnswer()
    {
        const auto wrong = m_auth->login(QStringLiteral("alice"), QStringLiteral("nope nope nope"));
        const auto unknown = m_auth->login(QStringLiteral("mallory"), kPassword);
        QVERIFY(wrong.error == AuthService::LoginError::InvalidCredentials);
        QVERIFY(unknown.error == AuthService::LoginError::InvalidCredentials);
        QCOMPARE(wrong.message, unknown.message);
        QVERIFY(wrong.token.isEmpty());
        QVERIFY(m_auth->login(QString(), kPassword).error == AuthService::LoginError::BadRequest);
    }

    void repeatedFailuresLockTheNameEvenForTheRightPassword()
    {
        for (int i = 0; i < 5; ++i)
            m_auth->login(QStringLiteral("alice"), QStringLiteral("guess number %1").arg(i));
        const auto locked = m_auth->login(QStringLiteral("alice"), kPassword);
        QVERIFY(locked.error == AuthService::LoginError::TooManyAttempts);
        QVERIFY(locked.retryAfterSeconds > 0);
        QVERIFY(locked.token.isEmpty());
        m_clock.advanceSeconds(locked.retryAfterSeconds);
        QVERIFY(m_auth->login(QStringLiteral("alice"), kPassword).ok());
    }

    void logoutEndsTheSession()
    {
        const auto result = m_auth->login(QStringLiteral("alice"), kPassword);
        const auto caller = m_auth->authenticate(bearer(result.token));
        QVERIFY(caller);
        QVERIFY(m_auth->logout(*caller));
        QVERIFY(!m_auth->authenticate(bearer(result.token)));
    }

    void disabledUsersAreRefused()
    {
        const auto result = m_auth->login(QStringLiteral("alice"), kPassword);
        auto user = *m_store->userByName(QStringLiteral("alice"));
        user.disabled = true;
        QVERIFY(m_store->updateUser(user));
        QVERIFY(!m_auth->authenticate(bearer(result.token)));
        QVERIFY(m_auth->login(QStringLiteral("alice"), kPassword).error ==
                AuthService::LoginError::InvalidCredentials);
    }

    void ingestKeysAuthenticateUntilRevoked()
    {
        QString error;
        const auto key = m_auth->addIngestKey(QStringLiteral("prometheus"), &error);
        QVERIFY2(key, qPrintable(error));
        QVERIFY(SecretToken::isWellFormed(*key, SecretToken::Kind::IngestKey));
        const auto caller = m_auth->authenticate(bearer(*key));
        QVERIFY(caller);
        QVERIFY(caller->isIngestKey());
        QVERIFY(!caller->role); // a key is no user and has no role
        QCOMPARE(caller->name, QStringLiteral("prometheus"));
        QVERIFY(m_store->revokeIngestKey(QStringLiteral("prometheus"), m_clock.now()));
        QVERIFY(!m_auth->authenticate(bearer(*key)));
        QVERIFY(!m_auth->addIngestKey(QStringLiteral("prometheus"), &error)); // names are unique
    }

    void malformedCredentialsAreRefusedAndNoneIsAnonymous()
    {
        QVERIFY(!m_auth->authenticate("Bearer nonsense"));
        QVERIFY(!m_auth->authenticate("Basic YWxpY2U6cHc="));
        QVERIFY(!m_auth->authenticate(
            "Bearer icc_s_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")); // well formed, unknown
        const auto anonymous = m_auth->authenticate(QByteArray());
        QVERIFY(anonymous);
        QVERIFY(anonymous->kind == Caller::Kind::Anonymous);
        QVERIFY(!anonymous->role);
    }

    void addUserValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << ""
                                    << "reviewer" << kPassword << "name:";
        QTest::newRow("space") << "a b"
                               << "reviewer" << kPassword << "name:";
        QTest::newRow("role") << "bob"
                              << "root" << kPassword << "role:";
        QTest::newRow("short password") << "bob"
                                        << "admin"
                                        << "short"
                                        << "password:";
        QTest::newRow("duplicate") << "ALICE"
                                   << "admin" << kPassword << "already exists";
    }

    void addUserValidates()
    {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!m_auth->addUser(name, role, password, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
