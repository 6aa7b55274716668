#include "AppContext.h"
#include "CertificatePins.h"
#include "EventStream.h"
#include "KeychainTokenStore.h"
#include "MainWindow.h"
#include "ServerConnection.h"
#include "Session.h"
#include "SystemClock.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("icc"));
    QApplication::setOrganizationName(QStringLiteral("icc"));
    QApplication::setApplicationVersion(QStringLiteral(ICC_VERSION));

    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(configDir);
    icc::CertificatePins pins(configDir + QStringLiteral("/pinned-certificates.ini"));
    icc::KeychainTokenStore tokens;
    icc::ServerConnection connection(pins);
    icc::Session session(connection, tokens);
    icc::EventStream events(connection);
    icc::SystemClock clock;
    icc::AppContext context{connection, events, session, clock};

    icc::MainWindow window(context);
    window.show();
    return QApplication::exec();
}
