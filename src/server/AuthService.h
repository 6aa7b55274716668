#pragma once

#include "Caller.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "StoreRecords.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace icc {

class Clock;
class ServerStore;

struct AuthOptions
{
    qint64 sessionLifetimeSeconds = 12 * 3600; // one long on-call shift
    LoginThrottlePolicy throttle;
    PasswordHashCost hashCost = PasswordHashCost::interactive();
};

// Users, sessions and ingest keys over the store: login and logout, the
// bearer check every request goes through, and the admin operations of the
// command line. Secrets are shown once and stored only as hashes (sessions
// and ingest keys: SHA-256 of 256 random bits; passwords: Argon2id).
class AuthService final
{
public:
    enum class LoginError
    {
        None,
        BadRequest,         // empty name or password
        InvalidCredentials, // unknown user, wrong password or disabled: one answer for all
        TooManyAttempts,    // locked out: retryAfterSeconds says how long
        Internal            // hashing or storage failed
    };

    struct LoginResult
    {
        LoginError error = LoginError::None;
        QString message;
        int retryAfterSeconds = 0;
        QString token; // shown once
        QDateTime expiresAt;
        UserRecord user;
        bool ok() const { return error == LoginError::None; }
    };

    AuthService(ServerStore &store, const Clock &clock, AuthOptions options = {});
    Q_DISABLE_COPY_MOVE(AuthService)

    // Asks the throttle before the password is checked, and counts unknown
    // names like known ones, so a locked-out name learns nothing and the
    // answer never tells which names exist.
    LoginResult login(const QString &userName, const QString &password);
    // Deletes the session (idempotent).
    bool logout(const Caller &caller, QString *error = nullptr);

    // "Bearer <token>" of a live session or a usable ingest key; nullopt for
    // anything else (unknown, expired, revoked, disabled user, malformed).
    // An empty header is an anonymous caller.
    std::optional<Caller> authenticate(const QByteArray &authorizationHeader) const;

    // --- administration (command line and the admin API) ----------------------
    // Names are trimmed and lower-cased; a duplicate or an unknown role is an error.
    std::optional<UserRecord> addUser(const QString &name, const QString &role,
                                      const QString &password, QString *error);
    // Returns the new key (shown once) or nullopt with *error.
    std::optional<QString> addIngestKey(const QString &name, QString *error);

    static QString normaliseUserName(const QString &name);

private:
    ServerStore &m_store;
    const Clock &m_clock;
    AuthOptions m_options;
    PasswordHasher m_hasher;
    LoginThrottle m_throttle;
    QString m_dummyHash; // verified against for unknown names: same cost, same time
};

} // namespace icc
