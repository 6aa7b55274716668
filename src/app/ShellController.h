#pragma once

#include <QObject>
#include <QPointer>

class QSettings;

namespace icc {

struct AppContext;
class CertificatePins;
class ConnectDialog;
class LoginDialog;
class MainWindow;
class NotificationSettings;
class TrayNotifier;

// Runs the desktop's session: connect (trust on first use), log in (or
// resume the keychain's token), show the main window with the live stream,
// and back to the login dialog on log-out or when the server ends the
// session (401). main() and the GUI tests drive the same flow.
class ShellController final : public QObject
{
    Q_OBJECT

public:
    ShellController(AppContext &context, CertificatePins &pins, QSettings &settings,
                    QObject *parent = nullptr);
    ~ShellController() override;

    // Opens the connect dialog, probing serverAddress (or the last server)
    // right away when there is one.
    void start(const QString &serverAddress = {});
    // Connects and logs in without dialogs (command line); falls back to the
    // dialogs with the reason when that fails. Overwrites and drops the
    // password (move it in) once the login request is on its way.
    void startLoggedIn(const QString &serverAddress, const QString &userName, QString password);

    MainWindow *mainWindow() const;
    ConnectDialog *connectDialog() const;
    LoginDialog *loginDialog() const;

    void logout();

signals:
    // Nothing left to do: the user cancelled the first dialog.
    void finished();

private:
    void showConnect(const QString &serverAddress, const QString &message = {});
    void showLogin(const QString &message = {});
    void enterMainWindow(const QString &tokenWarning);
    void onExpired();
    void openSettings();

    AppContext &m_context;
    CertificatePins &m_pins;
    QSettings &m_settings;
    NotificationSettings *m_notificationSettings = nullptr;
    QPointer<MainWindow> m_window;
    TrayNotifier *m_notifier = nullptr;
    QPointer<ConnectDialog> m_connectDialog;
    QPointer<LoginDialog> m_loginDialog;
    QString m_streamServer; // the server whose sequence numbers the stream holds
};

} // namespace icc
