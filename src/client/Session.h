#pragma once

#include "ApiReply.h"
#include "SerialTokenStore.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace icc {

class ServerConnection;
class TokenStore;

// Who is logged in to which server. login() keeps the token in the
// TokenStore (the OS keychain), restore() picks it up again on the next
// start and checks it with /auth/me, logout() ends it on the server and
// removes it from the keychain.
class Session final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiReply &reply)>;

    Session(ServerConnection &connection, TokenStore &tokens, QObject *parent = nullptr);

    void login(const QString &userName, const QString &password, Handler done);
    // Tries the stored token of userName on the current server.
    void restore(const QString &userName, Handler done);
    // Logged out here at once (loggedOut() before it returns); done runs
    // once the server was told and the keychain forgot the token.
    void logout(Handler done);

    bool isLoggedIn() const { return !m_userName.isEmpty(); }
    QString userName() const { return m_userName; }
    QString role() const { return m_role; }
    // The permission names of the role ("decide_reviews", "stop_actions", ...),
    // as /auth/me reports them. The server checks them anyway; the UI uses
    // them to show only what this user may do.
    QStringList permissions() const { return m_permissions; }
    bool may(const QString &permission) const { return m_permissions.contains(permission); }
    // Where the token lives (shown in the login dialog).
    QString tokenStorageDescription() const;

signals:
    void loggedIn();
    void loggedOut();
    void expired(); // the server answered 401: log in again

private:
    QString account(const QString &userName) const;
    void adoptUser(const QJsonObject &user);
    void clearUser();

    ServerConnection &m_connection;
    SerialTokenStore m_tokens; // the keychain, one operation at a time
    QString m_userName;
    QString m_role;
    QStringList m_permissions;
    int m_logoutsInFlight = 0; // a 401 meanwhile is the logout's own business
};

} // namespace icc
