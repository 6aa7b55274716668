#include "ServerCommandLine.h"

#include "DatabaseUrl.h"
#include "Role.h"
#include "SelfSignedCertificate.h"
#include "ServerConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace icc {

namespace {

// One option and its value, from the command line or a line of the --config
// file. Errors name it as the user wrote it: "--listen" or "FILE:LINE: listen".
struct OptionValue
{
    QString option; // "--listen"
    QString value;
    QString origin; // empty: the command line; "FILE:LINE": the config file

    QString label() const
    {
        return origin.isEmpty() ? option : origin + QStringLiteral(": ") + option.mid(2);
    }
};

struct Parse
{
    ServerCommand command;
    QStringList positional;
    QHash<QString, QString> originOf; // option -> origin of the value in force
    QString error;
    bool errorFromConfigFile = false;
};

const QStringList kValueOptions = {
    QStringLiteral("--data"),     QStringLiteral("--listen"),      QStringLiteral("--ingest-rate"),
    QStringLiteral("--database"), QStringLiteral("--cert"),        QStringLiteral("--key"),
    QStringLiteral("--role"),     QStringLiteral("--approved-by"), QStringLiteral("--config"),
    QStringLiteral("--runbooks"), QStringLiteral("--cert-hosts")};
const QStringList kFlagOptions = {QStringLiteral("--live"), QStringLiteral("--dry-run"),
                                  QStringLiteral("--password-stdin"), QStringLiteral("--version"),
                                  QStringLiteral("--help")};
// Meaningless to the admin commands: refused on their command line, ignored
// in the config file (the service and the admin share one file).
const QStringList kServingOnly = {QStringLiteral("--live"),     QStringLiteral("--dry-run"),
                                  QStringLiteral("--cert"),     QStringLiteral("--key"),
                                  QStringLiteral("--runbooks"), QStringLiteral("--cert-hosts")};

// An argument is quoted in an error only when it looks like a name: anything
// else may be a value, and values can be secrets (a database URL's password).
QString quotedIfName(const QString &text, const QString &what)
{
    return ServerConfigFile::looksLikeName(text) ? QLatin1Char('"') + text + QLatin1Char('"')
                                                 : what;
}

// HOST:PORT, [v6]:PORT or a bare port. Host names other than localhost are
// refused: the server binds an address, it does not resolve names.
bool parseListen(const OptionValue &option, ServerCommand &command, QString &error)
{
    const QString &text = option.value;
    QString host;
    QString port = text;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0 || text.mid(close + 1, 1) != QLatin1String(":")) {
            error =
                QStringLiteral("%1: expected [IPv6]:PORT, got \"%2\"").arg(option.label(), text);
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
        error = QStringLiteral("%1: \"%2\" is not a port (0-65535)").arg(option.label(), port);
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
        error = QStringLiteral("%1: \"%2\" is not an IP address").arg(option.label(), host);
        return false;
    }
    command.listenAddress = address;
    return true;
}

// N or N:BURST, N in 1..1000 per second (the limiter counts whole
// milliseconds), BURST >= 1 (default 2N).
bool parseIngestRate(const OptionValue &option, ServerCommand &command, QString &error)
{
    const QStringList parts = option.value.split(QLatin1Char(':'));
    bool rateOk = false;
    bool burstOk = parts.size() == 1;
    const int rate = parts.value(0).toInt(&rateOk);
    int burst = 2 * rate;
    if (parts.size() == 2)
        burst = parts.at(1).toInt(&burstOk);
    if (parts.size() > 2 || !rateOk || !burstOk || rate < 1 || rate > 1000 || burst < 1) {
        error = QStringLiteral("%1: expected N or N:BURST with N in 1..1000 requests "
                               "per second and BURST >= 1, got \"%2\"")
                    .arg(option.label(), option.value);
        return false;
    }
    command.ingestRatePerSecond = rate;
    command.ingestBurst = burst;
    return true;
}

// NAME[,NAME...]: each a DNS name or an IP address a certificate can name,
// checked now rather than when the certificate is made on some later start.
bool parseCertHosts(const OptionValue &option, ServerCommand &command, QString &error)
{
    QStringList hosts;
    for (const QString &part : option.value.split(QLatin1Char(','))) {
        const QString host = part.trimmed();
        QString problem;
        if (host.isEmpty()) {
            error =
                QStringLiteral("%1: empty host name in \"%2\"").arg(option.label(), option.value);
            return false;
        }
        if (!SelfSignedCertificate::isValidHost(host, &problem)) {
            error = QStringLiteral("%1: %2").arg(option.label(), problem);
            return false;
        }
        hosts.append(host);
    }
    command.certHosts = hosts;
    return true;
}

// Sets what one option says; a later option overrides an earlier one.
void apply(const OptionValue &option, Parse &parse)
{
    ServerCommand &command = parse.command;
    QString &error = parse.error;
    const QString &name = option.option;
    parse.originOf.insert(name, option.origin);
    if (name == QLatin1String("--data")) {
        command.dataDir = option.value;
    } else if (name == QLatin1String("--listen")) {
        parseListen(option, command, error);
    } else if (name == QLatin1String("--ingest-rate")) {
        parseIngestRate(option, command, error);
    } else if (name == QLatin1String("--database")) {
        command.databaseUrl = option.value;
    } else if (name == QLatin1String("--cert")) {
        command.certFile = option.value;
    } else if (name == QLatin1String("--key")) {
        command.keyFile = option.value;
    } else if (name == QLatin1String("--runbooks")) {
        command.runbooksDir = option.value;
    } else if (name == QLatin1String("--cert-hosts")) {
        parseCertHosts(option, command, error);
    } else if (name == QLatin1String("--role")) {
        command.role = option.value;
    } else if (name == QLatin1String("--approved-by")) {
        command.approvedBy = option.value;
    } else if (name == QLatin1String("--config")) {
        command.configFile = option.value;
    } else if (name == QLatin1String("--live")) {
        // a flag on the command line, "live = true|false" in the file
        command.live = option.origin.isEmpty() || option.value == QLatin1String("true");
    } else if (name == QLatin1String("--dry-run")) {
        // the command line's way to overrule the file's "live = true"
        command.live = false;
    } else if (name == QLatin1String("--password-stdin")) {
        command.passwordStdin = true;
    }
}

// The command line split into options (with their values) and positional
// arguments; the value of an option is the next argument, or after '='.
bool splitArguments(const QStringList &arguments, QList<OptionValue> &options, Parse &parse)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            parse.positional.append(argument);
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        OptionValue option{equals < 0 ? argument : argument.left(equals), {}, {}};
        if (kFlagOptions.contains(option.option)) {
            if (equals >= 0) {
                parse.error = QStringLiteral("%1 takes no value").arg(option.option);
                return false;
            }
        } else if (kValueOptions.contains(option.option)) {
            if (equals >= 0) {
                option.value = argument.mid(equals + 1);
            } else if (i + 1 < arguments.size()) {
                option.value = arguments.at(++i);
            } else {
                parse.error = QStringLiteral("%1 needs a value").arg(option.option);
                return false;
            }
            if (option.value.isEmpty()) {
                parse.error = QStringLiteral("%1 needs a non-empty value").arg(option.option);
                return false;
            }
        } else {
            const QString name = option.option.mid(2);
            parse.error =
                ServerConfigFile::looksLikeName(name)
                    ? QStringLiteral("unknown option %1").arg(option.option)
                    : QStringLiteral("unknown option (an argument starting with \"--\" that is "
                                     "not an option name)");
            return false;
        }
        options.append(option);
    }
    return true;
}

Parse readArguments(const QStringList &arguments)
{
    Parse parse;
    QList<OptionValue> commandLine;
    if (!splitArguments(arguments, commandLine, parse))
        return parse;
    auto given = [&commandLine](const char *name) {
        return std::count_if(
            commandLine.cbegin(), commandLine.cend(),
            [name](const OptionValue &option) { return option.option == QLatin1String(name); });
    };
    if (given("--help") > 0) {
        parse.command.kind = ServerCommand::Kind::Help;
        return parse;
    }
    if (given("--version") > 0) {
        parse.command.kind = ServerCommand::Kind::Version;
        return parse;
    }
    if (given("--config") > 1) {
        parse.error = QStringLiteral("--config given more than once");
        return parse;
    }
    if (given("--live") > 0 && given("--dry-run") > 0) {
        parse.error = QStringLiteral("--live and --dry-run contradict each other");
        return parse;
    }

    // The file's settings first, so the command line overrides them.
    QList<OptionValue> options;
    for (const OptionValue &option : std::as_const(commandLine)) {
        if (option.option != QLatin1String("--config"))
            continue;
        const ServerConfigFileResult file = ServerConfigFile::read(option.value);
        if (!file.ok()) {
            parse.error = file.error;
            parse.errorFromConfigFile = true;
            return parse;
        }
        for (const ServerConfigSetting &setting : *file.settings)
            options.append(
                OptionValue{QStringLiteral("--") + setting.name, setting.value, setting.origin()});
    }
    options += commandLine;
    for (const OptionValue &option : std::as_const(options)) {
        apply(option, parse);
        if (!parse.error.isEmpty()) {
            parse.errorFromConfigFile = !option.origin.isEmpty();
            break;
        }
    }
    return parse;
}

bool fromConfigFile(const Parse &parse, const QString &option)
{
    return !parse.originOf.value(option).isEmpty();
}

// "FILE:LINE: " when the option's value came from the config file.
QString originPrefix(const Parse &parse, const QString &option)
{
    const QString origin = parse.originOf.value(option);
    return origin.isEmpty() ? QString() : origin + QStringLiteral(": ");
}

// Refuses the value in force of `option`, naming where it came from:
// "--database: ..." or "FILE:LINE: database: ...".
void refuse(Parse &parse, const QString &option, const QString &problem)
{
    const QString origin = parse.originOf.value(option);
    parse.error = (origin.isEmpty() ? option : origin + QStringLiteral(": ") + option.mid(2)) +
                  QStringLiteral(": ") + problem;
    parse.errorFromConfigFile = !origin.isEmpty();
}

// A file the server reads at start: the problem, or empty when it can be read.
QString unreadableFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("%1 does not exist").arg(path);
    if (!info.isFile())
        return QStringLiteral("%1 is not a file").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    return {};
}

// The values only the start would use, checked now so the error names where
// each came from (FILE:LINE). The start checks them again: files can vanish
// in between.
void validateValues(Parse &parse)
{
    const ServerCommand &command = parse.command;
    if (!command.databaseUrl.isEmpty()) {
        QString problem;
        // DatabaseUrl's errors never quote the URL (nor its password).
        if (!DatabaseUrl::parse(command.databaseUrl, command.dataDir, &problem)) {
            const QString ownPrefix = QStringLiteral("--database: ");
            if (problem.startsWith(ownPrefix))
                problem = problem.mid(ownPrefix.size());
            refuse(parse, QStringLiteral("--database"), problem);
            return;
        }
    }
    if (command.kind != ServerCommand::Kind::Serve)
        return;
    if (!command.runbooksDir.isEmpty()) {
        const QFileInfo info(command.runbooksDir);
        if (!info.exists()) {
            refuse(parse, QStringLiteral("--runbooks"),
                   QStringLiteral("directory %1 does not exist").arg(command.runbooksDir));
            return;
        }
        if (!info.isDir()) {
            refuse(parse, QStringLiteral("--runbooks"),
                   QStringLiteral("%1 is not a directory").arg(command.runbooksDir));
            return;
        }
        if (!QDir(command.runbooksDir).isReadable()) {
            refuse(parse, QStringLiteral("--runbooks"),
                   QStringLiteral("cannot read directory %1").arg(command.runbooksDir));
            return;
        }
    }
    for (const auto &[option, path] : {std::pair{QStringLiteral("--cert"), command.certFile},
                                       std::pair{QStringLiteral("--key"), command.keyFile}}) {
        if (path.isEmpty())
            continue;
        if (const QString problem = unreadableFile(path); !problem.isEmpty()) {
            refuse(parse, option, problem);
            return;
        }
    }
}

bool expectPositional(const QStringList &positional, qsizetype count, const QString &usage,
                      QString &error)
{
    if (positional.size() == count)
        return true;
    error = positional.size() < count
                ? QStringLiteral("missing argument: icc-server --data DIR %1").arg(usage)
                // not quoted: a stray argument may be a password typed where it does not belong
                : QStringLiteral("too many arguments (usage: icc-server --data DIR %1)").arg(usage);
    return false;
}

} // namespace

ServerCommandLineResult ServerCommandLine::parse(const QStringList &arguments)
{
    Parse parse = readArguments(arguments);
    ServerCommandLineResult result;
    if (!parse.error.isEmpty()) {
        result.error = parse.error;
        result.errorFromConfigFile = parse.errorFromConfigFile;
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
                error = QStringLiteral("user add: --role %1 is not one of responder, "
                                       "reviewer, commander, facilitator, admin")
                            .arg(quotedIfName(command.role, QStringLiteral("value")));
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
        // The words that look like a command, never what may be a value.
        QStringList words;
        for (const QString &word : positional.mid(0, 2)) {
            if (!ServerConfigFile::looksLikeName(word))
                break;
            words.append(word);
        }
        error = words.isEmpty()
                    ? QStringLiteral("unknown command (see icc-server --help)")
                    : QStringLiteral("unknown command \"%1\"").arg(words.join(QLatin1Char(' ')));
    }
    if (error.isEmpty() && command.dataDir.isEmpty()) {
        error = QStringLiteral("--data DIR is required (or \"data = DIR\" in the --config file)");
        // The service's command line is "--config FILE": the file lacks it.
        result.errorFromConfigFile = !command.configFile.isEmpty();
    }
    if (error.isEmpty() && command.kind != ServerCommand::Kind::Serve) {
        for (const QString &option : kServingOnly) {
            if (!parse.originOf.contains(option))
                continue;
            if (parse.originOf.value(option).isEmpty()) {
                error = QStringLiteral("--live, --dry-run, --cert, --key, --runbooks and "
                                       "--cert-hosts apply to serving only");
                break;
            }
        }
        if (error.isEmpty()) {
            // Set in the shared config file for the service: not this command's business.
            const ServerCommand defaults;
            command.live = defaults.live;
            command.certFile.clear();
            command.keyFile.clear();
            command.runbooksDir.clear();
            command.certHosts.clear();
        }
    }
    if (error.isEmpty() && command.certFile.isEmpty() != command.keyFile.isEmpty()) {
        const QString given =
            command.certFile.isEmpty() ? QStringLiteral("--key") : QStringLiteral("--cert");
        error = originPrefix(parse, given) + QStringLiteral("--cert and --key go together");
        result.errorFromConfigFile = fromConfigFile(parse, given);
    }
    if (error.isEmpty()) {
        validateValues(parse);
        error = parse.error;
        result.errorFromConfigFile = parse.errorFromConfigFile;
    }
    if (error.isEmpty())
        result.command = command;
    return result;
}

QString ServerCommandLine::errorReport(const ServerCommandLineResult &result)
{
    // The service runs with --config and its stderr lands in the journal on
    // every (refused) start: one line is enough there.
    if (result.errorFromConfigFile)
        return QStringLiteral("icc-server: %1\n(icc-server --help lists the settings)\n")
            .arg(result.error);
    return QStringLiteral("icc-server: %1\n\n%2").arg(result.error, usage());
}

QString ServerCommandLine::usage()
{
    return QStringLiteral(
        "usage:\n"
        "  icc-server --data DIR [--listen HOST:PORT] [--database URL] [--live | --dry-run]\n"
        "             [--cert FILE --key FILE] [--ingest-rate N[:BURST]]\n"
        "             [--runbooks DIR] [--cert-hosts NAME[,NAME...]]\n"
        "  icc-server --data DIR user add NAME --role ROLE --password-stdin\n"
        "  icc-server --data DIR ingest-key add NAME\n"
        "  icc-server --data DIR import-runbooks DIR\n"
        "  icc-server --data DIR policy set FILE --approved-by NAME\n"
        "  icc-server --data DIR roster set FILE\n"
        "  icc-server --data DIR user list\n"
        "  icc-server --version\n"
        "\n"
        "  --config FILE  read options from FILE (every form above; e.g.\n"
        "              /etc/icc/icc-server.conf): \"name = value\" lines, names\n"
        "              being the long options without \"--\" (data, listen, database,\n"
        "              live = true|false, cert, key, ingest-rate, runbooks,\n"
        "              cert-hosts), '#' comments; the command line overrides it\n"
        "  --listen    address and port to serve HTTPS on (default 127.0.0.1:8443)\n"
        "  --database  sqlite:PATH or postgresql://USER:PASSWORD@HOST:PORT/DB\n"
        "              (default: SQLite in DIR)\n"
        "  --live      run approved commands for real (default: dry-run)\n"
        "  --dry-run   execute nothing, even with \"live = true\" in the --config file\n"
        "  --ingest-rate  requests per second each ingest key may send (1-1000,\n"
        "              default 200, bursts of 2N); more get 429 with Retry-After\n"
        "  --cert/--key  PEM certificate and key (default: a self-signed ECDSA P-256\n"
        "              certificate created in DIR/tls on first start)\n"
        "  --cert-hosts  further DNS names or IP addresses the self-signed certificate\n"
        "              names (besides localhost, this machine's host name and a\n"
        "              specific --listen address); only when it is created, on the\n"
        "              first start. For a new one: stop the server, move DIR/tls away,\n"
        "              start; every desktop must then trust the new certificate and\n"
        "              fingerprint (forget the old pin in its Connect dialog)\n"
        "  --runbooks  runbook directory imported at start while the database holds\n"
        "              no runbook; later changes: import-runbooks DIR\n"
        "  ROLE        responder | reviewer | commander | facilitator | admin\n");
}

} // namespace icc
