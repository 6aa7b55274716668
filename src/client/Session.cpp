#include "Session.h"

#include "ServerConnection.h"
#include "TokenStore.h"

#include <QJsonArray>

#include <memory>

namespace icc {

Session::Session(ServerConnection &connection, TokenStore &tokens, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_tokens(tokens)
{
    connect(&m_connection, &ServerConnection::unauthorized, this, [this] {
        if (!isLoggedIn() || m_logoutsInFlight > 0)
            return; // nothing to end, or being ended already
        // The token is dead on the server: drop it here too.
        m_tokens.remove(account(m_userName), [](bool, const QString &) {});
        m_connection.setToken({});
        clearUser();
        emit expired();
    });
}

QString Session::account(const QString &userName) const
{
    return QStringLiteral("%1@%2").arg(userName, m_connection.hostAndPort());
}

QString Session::tokenStorageDescription() const
{
    return m_tokens.description();
}

void Session::login(const QString &userName, const QString &password, Handler done)
{
    const QJsonObject body{{QStringLiteral("username"), userName},
                           {QStringLiteral("password"), password}};
    m_connection.setToken({});
    m_connection.post(QStringLiteral("/api/v1/auth/login"), body, this,
                      [this, done](const ApiReply &reply) {
                          if (!reply.ok()) {
                              done(reply);
                              return;
                          }
                          const QJsonObject answer = reply.object();
                          const QString token = answer.value(QStringLiteral("token")).toString();
                          const QJsonObject user = answer.value(QStringLiteral("user")).toObject();
                          m_connection.setToken(token);
                          adoptUser(user);
                          m_tokens.write(account(m_userName), token,
                                         [this, done, reply](bool ok, const QString &error) {
                                             ApiReply result = reply;
                                             // Logged in either way; the caller tells the user
                                             // the token could not be kept for the next start.
                                             if (!ok)
                                                 result.detail = error;
                                             emit loggedIn();
                                             done(result);
                                         });
                      });
}

void Session::restore(const QString &userName, Handler done)
{
    m_tokens.read(account(userName), [this, userName, done](std::optional<QString> token,
                                                            const QString &error) {
        if (!token) {
            ApiReply none;
            none.error = QStringLiteral("no_token");
            none.detail = error.isEmpty() ? tr("No saved login for %1.").arg(userName) : error;
            done(none);
            return;
        }
        m_connection.setToken(*token);
        m_connection.get(
            QStringLiteral("/api/v1/auth/me"), this, [this, userName, done](const ApiReply &reply) {
                if (!reply.ok()) {
                    m_connection.setToken({});
                    if (reply.status == 401)
                        m_tokens.remove(account(userName), [](bool, const QString &) {});
                    done(reply);
                    return;
                }
                adoptUser(reply.object());
                emit loggedIn();
                done(reply);
            });
    });
}

void Session::logout(Handler done)
{
    const QString userName = m_userName;
    // The request takes the token with it; from here on this side is logged
    // out, before any asynchronous step (the server's answer, a keychain that
    // answers later). A 401 to this or any other request still in flight
    // then finds no session to end: one teardown, not two.
    m_logoutsInFlight += 1;
    // The keychain entry goes now, not after the server's answer: queued
    // first, it cannot land after (and delete) the token of a login that
    // follows at once. Done when both the server and the keychain answered.
    struct Pending
    {
        int left = 2;
        ApiReply reply;
        QString keychainError;
    };
    auto pending = std::make_shared<Pending>();
    const auto finish = [this, pending, done] {
        if (--pending->left > 0)
            return;
        m_logoutsInFlight -= 1;
        ApiReply result = pending->reply;
        if (!pending->keychainError.isEmpty())
            result.detail = pending->keychainError;
        done(result);
    };
    m_connection.post(QStringLiteral("/api/v1/auth/logout"), {}, this,
                      [pending, finish](const ApiReply &reply) {
                          pending->reply = reply;
                          finish();
                      });
    m_tokens.remove(account(userName), [pending, finish](bool ok, const QString &error) {
        if (!ok)
            pending->keychainError = error;
        finish();
    });
    // Forget the token here whatever the server will say: an unreachable
    // server must not keep us logged in.
    m_connection.setToken({});
    clearUser();
    emit loggedOut();
}

void Session::adoptUser(const QJsonObject &user)
{
    m_userName = user.value(QStringLiteral("name")).toString();
    m_role = user.value(QStringLiteral("role")).toString();
    m_permissions.clear();
    const QJsonArray permissions = user.value(QStringLiteral("permissions")).toArray();
    for (const QJsonValue &permission : permissions)
        m_permissions.append(permission.toString());
}

void Session::clearUser()
{
    m_userName.clear();
    m_role.clear();
    m_permissions.clear();
}

} // namespace icc
