#pragma once

#include "ApiReply.h"

#include <QDialog>

#include <memory>

class QSettings;

namespace Ui {
class LoginDialog;
}

namespace icc {

class ServerConnection;
class Session;

// User name and password for the connected server. Says where the token
// will be kept. tryRestore() first tries the token the keychain kept for
// the user remembered for this server (no password prompt while it is
// valid). Remembers the user name per server in QSettings (never a token).
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Session &session, ServerConnection &connection, QSettings &settings,
                QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Restores the remembered user's session; accepts the dialog when the
    // stored token is still valid, otherwise leaves it open for a password.
    void tryRestore();
    // What the user reads above the fields ("Your session expired ...").
    void setMessage(const QString &message);
    // Logs in with the fields' contents (what the Log in button does).
    void logIn();

    // After acceptance: why the token is kept in memory only, if it is.
    QString tokenWarning() const { return m_tokenWarning; }

    static QString rememberedUser(const QSettings &settings, const QString &hostAndPort);
    static void rememberUser(QSettings &settings, const QString &hostAndPort,
                             const QString &userName);

private:
    void showError(const QString &message);
    void setBusy(bool busy);

    Session &m_session;
    ServerConnection &m_connection;
    QSettings &m_settings;
    std::unique_ptr<Ui::LoginDialog> m_ui;
    QString m_tokenWarning;
};

} // namespace icc
