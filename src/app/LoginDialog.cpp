#include "LoginDialog.h"

#include "ServerConnection.h"
#include "Session.h"
#include "ui_LoginDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QSettings>

namespace icc {

namespace {

QString userKey(const QString &hostAndPort)
{
    // QSettings treats ':' and '/' in keys specially: the key is hex.
    return QStringLiteral("connection/users/") + QString::fromLatin1(hostAndPort.toUtf8().toHex());
}

} // namespace

LoginDialog::LoginDialog(Session &session, ServerConnection &connection, QSettings &settings,
                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_connection(connection)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    m_ui->serverLabel->setText(tr("Server: %1").arg(m_connection.hostAndPort()));
    m_ui->storageLabel->setText(tr("After login your token is kept in %1; your password is never "
                                   "stored.")
                                    .arg(m_session.tokenStorageDescription()));
    m_ui->messageLabel->hide();
    const QString user = rememberedUser(m_settings, m_connection.hostAndPort());
    m_ui->userEdit->setText(user);
    (user.isEmpty() ? m_ui->userEdit : m_ui->passwordEdit)->setFocus();
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::logIn);
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::rememberedUser(const QSettings &settings, const QString &hostAndPort)
{
    return settings.value(userKey(hostAndPort)).toString();
}

void LoginDialog::rememberUser(QSettings &settings, const QString &hostAndPort,
                               const QString &userName)
{
    settings.setValue(userKey(hostAndPort), userName);
    settings.sync();
}

void LoginDialog::setMessage(const QString &message)
{
    m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void LoginDialog::showError(const QString &message)
{
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->loginButton->setEnabled(!busy);
    m_ui->userEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
}

void LoginDialog::tryRestore()
{
    const QString user = rememberedUser(m_settings, m_connection.hostAndPort());
    if (user.isEmpty())
        return;
    setBusy(true);
    setMessage(tr("Resuming the saved login of %1…").arg(user));
    // The dialog may be gone when the answer comes (the shell replaces it
    // when a session expires); the guard drops the answer then.
    m_session.restore(
        user, [this, guard = QPointer<LoginDialog>(this), user](const ApiReply &reply) {
            if (!guard)
                return;
            setBusy(false);
            if (reply.ok()) {
                accept();
                return;
            }
            // No saved token, or it expired: the password it is.
            setMessage(reply.status == 401 ? tr("The saved login of %1 has expired; enter the "
                                                "password.")
                                                 .arg(user)
                                           : QString());
            if (reply.status == 0 && reply.error != QLatin1String("no_token"))
                showError(tr("Could not resume the saved login: %1").arg(reply.message()));
            m_ui->passwordEdit->setFocus();
        });
}

void LoginDialog::logIn()
{
    const QString user = m_ui->userEdit->text().trimmed();
    if (user.isEmpty()) {
        showError(tr("User name: enter your user name."));
        m_ui->userEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Password: enter your password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    setBusy(true);
    m_session.login(
        user, m_ui->passwordEdit->text(),
        [this, guard = QPointer<LoginDialog>(this), user](const ApiReply &reply) {
            if (!guard)
                return;
            setBusy(false);
            m_ui->passwordEdit->clear();
            if (!reply.ok()) {
                showError(reply.status == 401 ? tr("Wrong user name or password.")
                                              : tr("Login failed: %1").arg(reply.message()));
                m_ui->passwordEdit->setFocus();
                return;
            }
            rememberUser(m_settings, m_connection.hostAndPort(), m_session.userName());
            // Logged in, but the keychain refused the token: say so, never a file.
            if (!reply.detail.isEmpty())
                m_tokenWarning = tr("Your login token could not be saved in %1 (%2). It is kept in "
                                    "memory only: you will log in again next time.")
                                     .arg(m_session.tokenStorageDescription(), reply.detail);
            accept();
        });
}

} // namespace icc
