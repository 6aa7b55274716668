#include "AppContext.h"
#include "CertificatePins.h"
#include "CommandLine.h"
#include "ConnectDialog.h"
#include "ConnectionState.h"
#include "EventStream.h"
#include "KeychainTokenStore.h"
#include "LoginDialog.h"
#include "ServerConnection.h"
#include "Session.h"
#include "ShellController.h"
#include "SystemClock.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <utility>

namespace {

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// The app's own translations and Qt's; a missing one leaves the English text.
// The catalogue installed beside the program (PREFIX/share/icc/translations,
// where the package puts it) wins, so a corrected translation needs no
// rebuild; the copy qt_add_translations embedded under :/i18n is the fallback.
void installTranslations(QApplication &application, const QString &language)
{
    const QString lang = language.isEmpty() ? QLocale::system().name().left(2) : language;
    QLocale::setDefault(QLocale(lang));
    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QStringLiteral("qtbase_") + lang,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&application);
    const QString catalogue = QStringLiteral("icc_%1.qm").arg(lang);
    const QString installed = QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../share/icc/translations/") + catalogue;
    if (appTranslator->load(installed) ||
        appTranslator->load(QStringLiteral(":/i18n/") + catalogue))
        QApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    // Parsed before QApplication exists: --version, --help and argument
    // errors answer without a display or a server.
    const icc::CommandLine options = icc::CommandLine::parse(argumentList(argc, argv));
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "icc: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.showVersion) {
        std::printf("%s\n", qPrintable(icc::CommandLine::versionText()));
        return 0;
    }
    if (options.showHelp) {
        std::printf("%s", qPrintable(options.helpText));
        return 0;
    }
    QString password;
    if (options.passwordFromStdin) {
        std::string line;
        if (!std::getline(std::cin, line)) {
            std::fprintf(stderr, "icc: --password-stdin: no line on standard input\n");
            return 2;
        }
        password = QString::fromStdString(line);
        std::fill(line.begin(), line.end(), '\0');
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
    }

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("icc"));
    QApplication::setOrganizationName(QStringLiteral("icc"));
    QApplication::setApplicationVersion(QStringLiteral(ICC_VERSION));
    // The installed desktop entry and icon (installer/desktop): Wayland
    // compositors and task bars match the window to them by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.icc_project.icc"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.icc_project.icc")));
    installTranslations(application, options.language);

    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(configDir);
    // Addresses, user names and preferences only: the token is in the keychain.
    QSettings settings;
    icc::CertificatePins pins(configDir + QStringLiteral("/pinned-certificates.ini"));
    icc::KeychainTokenStore tokens;
    icc::ServerConnection connection(pins);
    icc::Session session(connection, tokens);
    icc::EventStream events(connection);
    icc::SystemClock clock;
    icc::ConnectionState connectionState(connection, events, session, clock);
    icc::AppContext context{connection, events, session, clock, connectionState};

    if (!options.trustFingerprint.isEmpty()) {
        const QUrl url = icc::ConnectDialog::serverUrlFrom(options.server);
        if (!url.isValid()) {
            std::fprintf(stderr, "icc: --server: '%s' is not a server address\n",
                         qPrintable(options.server));
            return 2;
        }
        connection.setServer(url);
        const auto pinned = pins.pinFor(connection.hostAndPort());
        if (pinned && pinned->compare(options.trustFingerprint, Qt::CaseInsensitive) != 0) {
            std::fprintf(stderr,
                         "icc: --trust-fingerprint: %s already has a DIFFERENT pinned "
                         "certificate (%s); refusing to replace it. If the server was really "
                         "reinstalled, forget the pin in the Connect dialog.\n",
                         qPrintable(connection.hostAndPort()), qPrintable(*pinned));
            return 2;
        }
        connection.trustFingerprint(options.trustFingerprint);
    }

    icc::ShellController shell(context, pins, settings);
    QObject::connect(&shell, &icc::ShellController::finished, &application, &QApplication::quit,
                     Qt::QueuedConnection);
    if (!options.server.isEmpty() && !options.user.isEmpty() && options.passwordFromStdin) {
        // Moved: startLoggedIn wipes it once the login request holds it, and
        // main keeps no copy for the rest of the process.
        shell.startLoggedIn(options.server, options.user, std::move(password));
    } else {
        // --user without a password: the login dialog offers that name.
        const QUrl url = icc::ConnectDialog::serverUrlFrom(
            options.server.isEmpty() ? icc::ConnectDialog::lastServer(settings) : options.server);
        if (!options.user.isEmpty() && url.isValid()) {
            connection.setServer(url);
            icc::LoginDialog::rememberUser(settings, connection.hostAndPort(), options.user);
        }
        shell.start(options.server);
    }
    return QApplication::exec();
}
