// icc-server: the shared HTTPS server of icc (see README.md, "Server").

#include "AdminCommand.h"
#include "DataDirectoryOwner.h"
#include "ServerApp.h"
#include "ServerCommandLine.h"
#include "SystemClock.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// SIGTERM / SIGINT end the event loop through a socket pair (the only safe
// thing a signal handler may do is write a byte), so queued writes are
// committed and answered before the process exits.
int g_signalSockets[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalSockets[0], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app, notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalSockets[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int serve(QCoreApplication &app, const icc::ServerCommand &command, QTextStream &out,
          QTextStream &err)
{
    icc::ServerOptions options;
    options.dataDir = command.dataDir;
    options.listenAddress = command.listenAddress;
    options.listenPort = command.listenPort;
    options.databaseUrl = command.databaseUrl;
    options.live = command.live;
    options.certFile = command.certFile;
    options.keyFile = command.keyFile;
    options.runbooksDir = command.runbooksDir;
    options.certHosts = command.certHosts;
    options.ingestRateLimit = icc::RateLimit{
        command.ingestBurst, std::chrono::milliseconds(1000 / command.ingestRatePerSecond)};

    icc::SystemClock clock;
    icc::ServerApp server(options, clock);
    QString error;
    if (!server.start(&error)) {
        err << "icc-server: " << error << Qt::endl;
        return 1;
    }
    if (server.runbooksImported() > 0)
        out << "imported " << server.runbooksImported() << " runbooks from " << command.runbooksDir
            << Qt::endl;
    if (server.certificateCreated())
        out << "created a self-signed certificate: " << server.certificatePath() << Qt::endl;
    out << "certificate sha256: " << server.certificateFingerprint() << Qt::endl;
    out << "mode: "
        << (command.live ? "live (approved commands run)" : "dry-run (nothing is executed)")
        << Qt::endl;
    const QString host =
        command.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + command.listenAddress.toString() + QLatin1Char(']')
            : command.listenAddress.toString();
    out << "listening: https://" << host << ':' << server.port() << Qt::endl;
    quitOnTerminationSignals(app);
    const int status = QCoreApplication::exec();
    out << "icc-server: stopped" << Qt::endl;
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("icc-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ICC_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);

    const icc::ServerCommandLineResult parsed =
        icc::ServerCommandLine::parse(QCoreApplication::arguments().mid(1));
    if (!parsed.ok()) {
        err << icc::ServerCommandLine::errorReport(parsed);
        err.flush();
        return 64;
    }
    const icc::ServerCommand &command = *parsed.command;
    if (command.kind != icc::ServerCommand::Kind::Version &&
        command.kind != icc::ServerCommand::Kind::Help) {
        const QString refusal = icc::DataDirectoryOwner::refusal(command.dataDir, ::geteuid());
        if (!refusal.isEmpty()) {
            err << "icc-server: " << refusal << Qt::endl;
            return 1;
        }
    }
    switch (command.kind) {
    case icc::ServerCommand::Kind::Version:
        out << "icc-server " << ICC_VERSION << Qt::endl;
        return 0;
    case icc::ServerCommand::Kind::Help:
        out << icc::ServerCommandLine::usage();
        out.flush();
        return 0;
    case icc::ServerCommand::Kind::Serve:
        return serve(app, command, out, err);
    case icc::ServerCommand::Kind::UserAdd:
    case icc::ServerCommand::Kind::IngestKeyAdd:
    case icc::ServerCommand::Kind::ImportRunbooks:
    case icc::ServerCommand::Kind::PolicySet:
    case icc::ServerCommand::Kind::RosterSet:
    case icc::ServerCommand::Kind::UserList:
        break;
    }
    icc::SystemClock clock;
    icc::AdminCommand admin(command, clock, out, err);
    return admin.run(in);
}
