#include "AuthService.h"

#include "Clock.h"
#include "Role.h"
#include "SecretToken.h"
#include "ServerStore.h"

namespace icc {

namespace {

// "Bearer <credential>", scheme case-insensitive (RFC 7235); empty otherwise.
QString bearerCredential(const QByteArray &header)
{
    const QByteArray trimmed = header.trimmed();
    static const QByteArray scheme("bearer ");
    if (trimmed.size() <= scheme.size() || trimmed.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(trimmed.mid(scheme.size()).trimmed());
}

} // namespace

AuthService::AuthService(ServerStore &store, const Clock &clock, AuthOptions options)
    : m_store(store)
    , m_clock(clock)
    , m_options(options)
    , m_hasher(options.hashCost)
    , m_throttle(clock, options.throttle)
{
    // A real hash of a random secret: verifying against it costs what a real
    // user's check costs.
    m_dummyHash = m_hasher
                      .hash(SecretToken::generate(SecretToken::Kind::Session)
                                .value_or(QStringLiteral("unused")))
                      .value_or(QString());
}

QString AuthService::normaliseUserName(const QString &name)
{
    return name.trimmed().toLower();
}

AuthService::LoginResult AuthService::login(const QString &userName, const QString &password)
{
    LoginResult result;
    const QString name = normaliseUserName(userName);
    if (name.isEmpty() || password.isEmpty()) {
        result.error = LoginError::BadRequest;
        result.message = name.isEmpty() ? QStringLiteral("username is required")
                                        : QStringLiteral("password is required");
        return result;
    }
    if (const int wait = m_throttle.retryAfterSeconds(name); wait > 0) {
        result.error = LoginError::TooManyAttempts;
        result.retryAfterSeconds = wait;
        result.message =
            QStringLiteral("too many failed logins for this name; retry in %1 s").arg(wait);
        return result;
    }
    const std::optional<UserRecord> user = m_store.userByName(name);
    bool passwordOk = false;
    if (user)
        passwordOk = m_hasher.verify(user->passwordHash, password);
    else
        (void)m_hasher.verify(m_dummyHash, password); // the same cost as a real check
    if (!user || !passwordOk || user->disabled) {
        m_throttle.recordFailure(name);
        result.error = LoginError::InvalidCredentials;
        result.message = QStringLiteral("unknown user or wrong password");
        return result;
    }
    m_throttle.recordSuccess(name);

    const std::optional<QString> token = SecretToken::generate(SecretToken::Kind::Session);
    if (!token) {
        result.error = LoginError::Internal;
        result.message = QStringLiteral("could not generate a session token");
        return result;
    }
    const QDateTime now = m_clock.now();
    SessionRecord session;
    session.tokenHash = SecretToken::sha256Hex(*token);
    session.userId = user->id;
    session.createdAt = now;
    session.expiresAt = now.addSecs(m_options.sessionLifetimeSeconds);
    QString error;
    if (!m_store.addSession(session, &error)) {
        result.error = LoginError::Internal;
        result.message = QStringLiteral("could not store the session: %1").arg(error);
        return result;
    }
    m_store.deleteExpiredSessions(now);
    result.token = *token;
    result.expiresAt = session.expiresAt;
    result.user = *user;
    return result;
}

bool AuthService::logout(const Caller &caller, QString *error)
{
    if (!caller.isUser() || caller.tokenHash.isEmpty())
        return true;
    return m_store.deleteSession(caller.tokenHash, error);
}

std::optional<Caller> AuthService::authenticate(const QByteArray &authorizationHeader) const
{
    if (authorizationHeader.trimmed().isEmpty())
        return Caller{};
    const QString credential = bearerCredential(authorizationHeader);
    const QDateTime now = m_clock.now();
    if (SecretToken::isWellFormed(credential, SecretToken::Kind::Session)) {
        const QString hash = SecretToken::sha256Hex(credential);
        const std::optional<SessionRecord> session = m_store.sessionByTokenHash(hash);
        if (!session || session->expiresAt <= now)
            return std::nullopt;
        const std::optional<UserRecord> user = m_store.userById(session->userId);
        if (!user || user->disabled)
            return std::nullopt;
        const std::optional<Role> role = roleFromString(user->role);
        if (!role)
            return std::nullopt;
        Caller caller;
        caller.kind = Caller::Kind::User;
        caller.id = user->id;
        caller.name = user->name;
        caller.role = role;
        caller.tokenHash = hash;
        return caller;
    }
    if (SecretToken::isWellFormed(credential, SecretToken::Kind::IngestKey)) {
        const std::optional<IngestKeyRecord> key =
            m_store.ingestKeyByHash(SecretToken::sha256Hex(credential));
        if (!key || key->revokedAt.isValid())
            return std::nullopt;
        Caller caller;
        caller.kind = Caller::Kind::IngestKey;
        caller.id = key->id;
        caller.name = key->name;
        return caller;
    }
    return std::nullopt;
}

std::optional<UserRecord> AuthService::addUser(const QString &name, const QString &role,
                                               const QString &password, QString *error)
{
    UserRecord user;
    user.name = normaliseUserName(name);
    if (user.name.isEmpty()) {
        *error = QStringLiteral("name: must not be empty");
        return std::nullopt;
    }
    if (user.name.contains(QLatin1Char(' ')) || user.name.size() > 64) {
        *error = QStringLiteral("name: at most 64 characters, no spaces");
        return std::nullopt;
    }
    if (!roleFromString(role)) {
        *error = QStringLiteral("role: \"%1\" is not one of responder, reviewer, commander, "
                                "facilitator, admin")
                     .arg(role);
        return std::nullopt;
    }
    if (password.size() < 12) {
        *error = QStringLiteral("password: at least 12 characters");
        return std::nullopt;
    }
    if (m_store.userByName(user.name)) {
        *error = QStringLiteral("name: user \"%1\" already exists").arg(user.name);
        return std::nullopt;
    }
    const std::optional<QString> hash = m_hasher.hash(password);
    if (!hash) {
        *error = QStringLiteral("password: hashing failed");
        return std::nullopt;
    }
    user.role = role;
    user.passwordHash = *hash;
    user.createdAt = m_clock.now();
    if (!m_store.addUser(user, error))
        return std::nullopt;
    return user;
}

std::optional<QString> AuthService::addIngestKey(const QString &name, QString *error)
{
    IngestKeyRecord key;
    key.name = name.trimmed();
    if (key.name.isEmpty()) {
        *error = QStringLiteral("name: must not be empty");
        return std::nullopt;
    }
    const std::optional<QString> secret = SecretToken::generate(SecretToken::Kind::IngestKey);
    if (!secret) {
        *error = QStringLiteral("could not generate a key");
        return std::nullopt;
    }
    key.keyHash = SecretToken::sha256Hex(*secret);
    key.createdAt = m_clock.now();
    if (!m_store.addIngestKey(key, error))
        return std::nullopt;
    return secret;
}

} // namespace icc
