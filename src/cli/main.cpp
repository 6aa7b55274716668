#include "AuditCommand.h"
#include "CliIo.h"
#include "EvalCommand.h"
#include "TriageCommand.h"
#include "ValidateCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

QByteArray readAllStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

void printUsage(QTextStream &stream)
{
    stream
        << "usage: iccctl COMMAND [ARGS]\n"
           "\n"
           "commands:\n"
           "  triage --runbooks DIR [--policy FILE] [FILE...]   triage alerts, one JSON line each\n"
           "  validate PATH                                    check runbooks or a policy\n"
           "  audit verify FILE                                verify an audit log's hash chain\n"
           "  --version                                        print the version\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iccctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ICC_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    icc::cli::CliIo io{out, err, &readAllStdin};

    // Each command sees its own name as argv[0], as QCommandLineParser expects.
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    int code = icc::cli::ExitUsage;
    if (command == QLatin1String("triage"))
        code = icc::cli::TriageCommand::run(arguments, io);
    else if (command == QLatin1String("eval"))
        code = icc::cli::EvalCommand::run(arguments, io);
    else if (command == QLatin1String("validate"))
        code = icc::cli::ValidateCommand::run(arguments, io);
    else if (command == QLatin1String("audit"))
        code = icc::cli::AuditCommand::run(arguments, io);
    else if (command == QLatin1String("--version")) {
        out << "iccctl " << ICC_VERSION << '\n';
        code = icc::cli::ExitOk;
    } else if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        printUsage(out);
        code = icc::cli::ExitOk;
    } else {
        if (!command.isEmpty())
            err << "iccctl: unknown command '" << command << "'\n\n";
        printUsage(err);
    }
    out.flush();
    err.flush();
    return code;
}
