#include "ShellController.h"

#include "AppContext.h"
#include "ConnectDialog.h"
#include "EventStream.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NotificationSettings.h"
#include "ServerConnection.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "TrayNotifier.h"

#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace icc {

ShellController::ShellController(AppContext &context, CertificatePins &pins, QSettings &settings,
                                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_pins(pins)
    , m_settings(settings)
    , m_notificationSettings(new NotificationSettings(settings, this))
{
    m_window = new MainWindow(context);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_notifier = new TrayNotifier(context, *m_notificationSettings, m_window->statusBar(), this);
    connect(m_window, &MainWindow::logoutRequested, this, &ShellController::logout);
    connect(m_window, &MainWindow::settingsRequested, this, &ShellController::openSettings);
    connect(m_window, &MainWindow::connectRequested, this, [this] {
        // Another server: this session ends first (its token is for this one).
        if (!m_context.session.isLoggedIn()) {
            showConnect({});
            return;
        }
        m_context.events.stop();
        m_context.session.logout([this](const ApiReply &) {
            m_window->hide();
            showConnect({});
        });
    });
    connect(&m_context.session, &Session::expired, this, &ShellController::onExpired);
}

ShellController::~ShellController()
{
    delete m_connectDialog;
    delete m_loginDialog;
    delete m_window;
}

MainWindow *ShellController::mainWindow() const
{
    return m_window;
}

ConnectDialog *ShellController::connectDialog() const
{
    return m_connectDialog;
}

LoginDialog *ShellController::loginDialog() const
{
    return m_loginDialog;
}

void ShellController::start(const QString &serverAddress)
{
    showConnect(serverAddress.isEmpty() ? ConnectDialog::lastServer(m_settings) : serverAddress);
}

void ShellController::showConnect(const QString &serverAddress, const QString &message)
{
    delete m_connectDialog;
    m_connectDialog = new ConnectDialog(m_context.connection, m_pins, m_settings);
    ConnectDialog *dialog = m_connectDialog;
    connect(dialog, &QDialog::accepted, this, [this] { showLogin(); });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_context.session.isLoggedIn())
            emit finished();
    });
    dialog->show();
    if (!message.isEmpty()) {
        dialog->setServerText(serverAddress);
        dialog->setMessage(message);
    } else if (!serverAddress.isEmpty()) {
        dialog->setServerText(serverAddress);
        dialog->probe();
    }
}

void ShellController::showLogin(const QString &message)
{
    // A dialog on screen may have a login or restore in flight: deleting it
    // would drop that answer (the session logged in, no window entered).
    // Say the new thing in the same dialog instead.
    if (m_loginDialog && m_loginDialog->isVisible()) {
        if (!message.isEmpty())
            m_loginDialog->setMessage(message);
        m_loginDialog->raise();
        m_loginDialog->activateWindow();
        return;
    }
    delete m_loginDialog;
    m_loginDialog = new LoginDialog(m_context.session, m_context.connection, m_settings);
    LoginDialog *dialog = m_loginDialog;
    dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { enterMainWindow(dialog->tokenWarning()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!m_context.session.isLoggedIn())
            emit finished();
    });
    dialog->show();
    if (message.isEmpty())
        dialog->tryRestore();
}

void ShellController::startLoggedIn(const QString &serverAddress, const QString &userName,
                                    QString password)
{
    // The password lives only until the login request holds it.
    const auto forgetPassword = [&password] {
        password.fill(QChar(0));
        password.clear();
    };
    const QUrl url = ConnectDialog::serverUrlFrom(serverAddress);
    if (!url.isValid()) {
        forgetPassword();
        showConnect(serverAddress,
                    tr("--server: '%1' is not a server address.").arg(serverAddress));
        return;
    }
    m_context.connection.setServer(url);
    m_context.session.login(userName, password, [this, serverAddress](const ApiReply &reply) {
        if (reply.ok()) {
            LoginDialog::rememberUser(m_settings, m_context.connection.hostAndPort(),
                                      m_context.session.userName());
            enterMainWindow(
                reply.detail.isEmpty()
                    ? QString()
                    : tr("Your login token could not be saved in %1 (%2). It is "
                         "kept in memory only.")
                          .arg(m_context.session.tokenStorageDescription(), reply.detail));
            return;
        }
        qWarning("icc: automatic login failed: %s", qPrintable(reply.message()));
        if (reply.status == 0)
            showConnect(serverAddress); // the dialog shows the certificate or network problem
        else
            showLogin(tr("Login failed: %1").arg(reply.message()));
    });
    // Session::login serialised the request body before it returned.
    forgetPassword();
}

void ShellController::enterMainWindow(const QString &tokenWarning)
{
    const QString server = m_context.connection.hostAndPort();
    // Same server again: resume where the stream stopped, so nothing is missed.
    const qint64 since = server == m_streamServer ? m_context.events.lastSequence() : -1;
    m_streamServer = server;
    m_context.events.start(since);
    m_window->show();
    if (!tokenWarning.isEmpty()) {
        m_window->statusBar()->showMessage(tokenWarning);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Login not saved"), tokenWarning,
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void ShellController::logout()
{
    m_context.events.stop();
    m_context.session.logout([this](const ApiReply &reply) {
        m_window->hide();
        showLogin(
            reply.ok() || reply.status == 401
                ? tr("Logged out.")
                : tr("Logged out here; the server could not be told (%1).").arg(reply.message()));
    });
}

void ShellController::onExpired()
{
    m_context.events.stop();
    m_window->hide();
    showLogin(tr("Your session has ended on the server. Please log in again."));
}

void ShellController::openSettings()
{
    auto *dialog = new SettingsDialog(*m_notificationSettings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace icc
