#include "ServerCommandLine.h"

#include "Role.h"

namespace icc {

namespace {

struct Parse
{
    ServerCommand command;
    QStringList positional;
    QString error;
};

// HOST:PORT, [v6]:PORT or a bare port. Host names other than localhost are
// refused: the server binds an address, it does not resolve names.
bool parseListen(const QString &text, ServerCommand &command, QString &error)
{
    QString host;
    QString port = text;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":")) {
            error = QStringLiteral("--listen: expected [IPv6]:PORT, got \"%1\"").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool portOk = false;
    const uint number = port.toUInt(&portOk);
    if (!portOk || number > 65535) {
        error = QStringLiteral("--listen: \"%1\" is not a port (0-65535)").arg(port);
        return false;
    }
    command.listenPort = quint16(number);
    if (host.isEmpty())
        return true;
    if (host == QLatin1String("localhost")) {
        command.listenAddress = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    QHostAddress address;
    if (!address.setAddress(host)) {
        error = QStringLiteral("--listen: \"%1\" is not an IP address").arg(host);
        return false;
    }
    command.listenAddress = address;
    return true;
}

// N or N:BURST, N in 1..1000 per second (the limiter counts whole
// milliseconds), BURST >= 1 (default 2N).
bool parseIngestRate(const QString &text, ServerCommand &command, QString &error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool rateOk = false;
    bool burstOk = parts.size() == 1;
    const int rate = parts.value(0).toInt(&rateOk);
    int burst = 2 * rate;
    if (parts.size() == 2)
        burst = parts.at(1).toInt(&burstOk);
    if (parts.size() > 2 || !rateOk || !burstOk || rate < 1 || rate > 1000 || burst < 1) {
        error = QStringLiteral("--ingest-rate: expected N or N:BURST with N in 1..1000 requests "
                               "per second and BURST >= 1, got \"%1\"")
                    .arg(text);
        return false;
    }
    command.ingestRatePerSecond = rate;
    command.ingestBurst = burst;
    return true;
}

// Options that take a value: the value is the next argument, or after '='.
bool takeValue(const QStringList &arguments, qsizetype &index, const QString &inlineValue,
               bool hasInline, const QString &option, QString &value, QString &error)
{
    if (hasInline) {
        value = inlineValue;
    } else if (index + 1 < arguments.size()) {
        value = arguments.at(++index);
    } else {
        error = QStringLiteral("%1 needs a value").arg(option);
        return false;
    }
    if (value.isEmpty()) {
        error = QStringLiteral("%1 needs a non-empty value").arg(option);
        return false;
    }
    return true;
}

Parse readArguments(const QStringList &arguments)
{
    Parse parse;
    ServerCommand &command = parse.command;
    bool sawVersion = false;
    bool sawHelp = false;
    for (qsizetype i = 0; i < arguments.size() && parse.error.isEmpty(); ++i) {
        const QString argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            parse.positional.append(argument);
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString option = equals < 0 ? argument : argument.left(equals);
        const QString inlineValue = equals < 0 ? QString() : argument.mid(equals + 1);
        const bool hasInline = equals >= 0;
        auto value = [&](QString &target) {
            return takeValue(arguments, i, inlineValue, hasInline, option, target, parse.error);
        };
        auto flag = [&](bool &target) {
            if (hasInline)
                parse.error = QStringLiteral("%1 takes no value").arg(option);
            target = true;
        };
        if (option == QLatin1String("--data")) {
            value(command.dataDir);
        } else if (option == QLatin1String("--listen")) {
            QString listen;
            if (value(listen))
                parseListen(listen, command, parse.error);
        } else if (option == QLatin1String("--ingest-rate")) {
            QString rate;
            if (value(rate))
                parseIngestRate(rate, command, parse.error);
        } else if (option == QLatin1String("--database")) {
            value(command.databaseUrl);
        } else if (option == QLatin1String("--cert")) {
            value(command.certFile);
        } else if (option == QLatin1String("--key")) {
            value(command.keyFile);
        } else if (option == QLatin1String("--role")) {
            value(command.role);
        } else if (option == QLatin1String("--approved-by")) {
            value(command.approvedBy);
        } else if (option == QLatin1String("--live")) {
            flag(command.live);
        } else if (option == QLatin1String("--password-stdin")) {
            flag(command.passwordStdin);
        } else if (option == QLatin1String("--version")) {
            flag(sawVersion);
        } else if (option == QLatin1String("--help")) {
            flag(sawHelp);
        } else {
            parse.error = QStringLiteral("unknown option %1").arg(option);
        }
    }
    if (parse.error.isEmpty() && sawHelp)
        command.kind = ServerCommand::Kind::Help;
    else if (parse.error.isEmpty() && sawVersion)
        command.kind = ServerCommand::Kind::Version;
    return parse;
}

bool expectPositional(const QStringList &positional, qsizetype count, const QString &usage,
                      QString &error)
{
    if (positional.size() == count)
        return true;
    error = positional.size() < count
                ? QStringLiteral("missing argument: icc-server --data DIR %1").arg(usage)
                : QStringLiteral("unexpected argument \"%1\" (usage: icc-server --data DIR %2)")
                      .arg(positional.at(count), usage);
    return false;
}

} // namespace

ServerCommandLineResult ServerCommandLine::parse(const QStringList &arguments)
{
    Parse parse = readArguments(arguments);
    ServerCommandLineResult result;
    if (!parse.error.isEmpty()) {
        result.error = parse.error;
        return result;
    }
    ServerCommand &command = parse.command;
    if (command.kind == ServerCommand::Kind::Help || command.kind == ServerCommand::Kind::Version) {
        result.command = command;
        return result;
    }

    const QStringList &positional = parse.positional;
    QString &error = result.error;
    const QString verb = positional.value(0);
    const QString object = positional.value(1);
    if (positional.isEmpty()) {
        command.kind = ServerCommand::Kind::Serve;
    } else if (verb == QLatin1String("user") && object == QLatin1String("add")) {
        command.kind = ServerCommand::Kind::UserAdd;
        if (expectPositional(positional, 3,
                             QStringLiteral("user add NAME --role ROLE --password-stdin"), error)) {
            command.name = positional.at(2);
            if (command.role.isEmpty())
                error = QStringLiteral("user add: --role is required");
            else if (!roleFromString(command.role))
                error = QStringLiteral("user add: --role \"%1\" is not one of responder, "
                                       "reviewer, commander, facilitator, admin")
                            .arg(command.role);
            else if (!command.passwordStdin)
                error = QStringLiteral("user add: --password-stdin is required (passwords are "
                                       "never taken from the command line)");
        }
    } else if (verb == QLatin1String("user") && object == QLatin1String("list")) {
        command.kind = ServerCommand::Kind::UserList;
        expectPositional(positional, 2, QStringLiteral("user list"), error);
    } else if (verb == QLatin1String("ingest-key") && object == QLatin1String("add")) {
        command.kind = ServerCommand::Kind::IngestKeyAdd;
        if (expectPositional(positional, 3, QStringLiteral("ingest-key add NAME"), error))
            command.name = positional.at(2);
    } else if (verb == QLatin1String("import-runbooks")) {
        command.kind = ServerCommand::Kind::ImportRunbooks;
        if (expectPositional(positional, 2, QStringLiteral("import-runbooks DIR"), error))
            command.path = positional.at(1);
    } else if (verb == QLatin1String("policy") && object == QLatin1String("set")) {
        command.kind = ServerCommand::Kind::PolicySet;
        if (expectPositional(positional, 3, QStringLiteral("policy set FILE --approved-by NAME"),
                             error)) {
            command.path = positional.at(2);
            if (command.approvedBy.isEmpty())
                error = QStringLiteral("policy set: --approved-by is required (a policy version "
                                       "records who approved it)");
        }
    } else if (verb == QLatin1String("roster") && object == QLatin1String("set")) {
        command.kind = ServerCommand::Kind::RosterSet;
        if (expectPositional(positional, 3, QStringLiteral("roster set FILE"), error))
            command.path = positional.at(2);
    } else {
        error = QStringLiteral("unknown command \"%1\"").arg(positional.join(QLatin1Char(' ')));
    }
    if (error.isEmpty() && command.dataDir.isEmpty())
        error = QStringLiteral("--data DIR is required");
    if (error.isEmpty() && command.kind != ServerCommand::Kind::Serve &&
        (command.live || !command.certFile.isEmpty() || !command.keyFile.isEmpty()))
        error = QStringLiteral("--live, --cert and --key apply to serving only");
    if (error.isEmpty() && command.certFile.isEmpty() != command.keyFile.isEmpty())
        error = QStringLiteral("--cert and --key go together");
    if (error.isEmpty())
        result.command = command;
    return result;
}

QString ServerCommandLine::usage()
{
    return QStringLiteral(
        "usage:\n"
        "  icc-server --data DIR [--listen HOST:PORT] [--database URL] [--live]\n"
        "             [--cert FILE --key FILE] [--ingest-rate N[:BURST]]\n"
        "  icc-server --data DIR user add NAME --role ROLE --password-stdin\n"
        "  icc-server --data DIR ingest-key add NAME\n"
        "  icc-server --data DIR import-runbooks DIR\n"
        "  icc-server --data DIR policy set FILE --approved-by NAME\n"
        "  icc-server --data DIR roster set FILE\n"
        "  icc-server --data DIR user list\n"
        "  icc-server --version\n"
        "\n"
        "  --listen    address and port to serve HTTPS on (default 127.0.0.1:8443)\n"
        "  --database  sqlite:PATH or postgresql://USER:PASSWORD@HOST:PORT/DB\n"
        "              (default: SQLite in DIR)\n"
        "  --live      run approved commands for real (default: dry-run)\n"
        "  --ingest-rate  requests per second each ingest key may send (1-1000,\n"
        "              default 200, bursts of 2N); more get 429 with Retry-After\n"
        "  --cert/--key  PEM certificate and key (default: a self-signed ECDSA P-256\n"
        "              certificate created in DIR/tls on first start)\n"
        "  ROLE        responder | reviewer | commander | facilitator | admin\n");
}

} // namespace icc
