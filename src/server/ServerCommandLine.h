#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// What `icc-server` was asked to do, parsed from its arguments:
//   icc-server --data DIR [--listen HOST:PORT] [--database URL] [--live | --dry-run]
//              [--cert FILE --key FILE] [--ingest-rate N[:BURST]]
//              [--runbooks DIR] [--cert-hosts NAME[,NAME...]]
//   icc-server --data DIR user add NAME --role ROLE --password-stdin
//   icc-server --data DIR ingest-key add NAME
//   icc-server --data DIR import-runbooks DIR
//   icc-server --data DIR policy set FILE --approved-by NAME
//   icc-server --data DIR roster set FILE
//   icc-server --data DIR user list
//   icc-server --version | --help
// Options may come before or after the subcommand. `--config FILE` (every
// form) reads options from a ServerConfigFile first; options on the command
// line override the file's, and the file's values are validated the same way
// with errors naming FILE:LINE. Serving-only settings (live, cert, key,
// runbooks, cert-hosts) in the file are ignored by the admin commands, so the
// service and the admins share one file; on an admin command line they are
// refused. Values only the start uses (database URL; for serving the
// runbooks directory, certificate and key files) are checked here too, so
// their errors name FILE:LINE; errors never quote a database URL.
struct ServerCommand
{
    enum class Kind
    {
        Serve,
        UserAdd,
        IngestKeyAdd,
        ImportRunbooks,
        PolicySet,
        RosterSet,
        UserList,
        Version,
        Help
    };

    Kind kind = Kind::Serve;
    QString dataDir;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8443;
    QString databaseUrl; // empty: SQLite inside dataDir
    bool live = false;   // dry-run unless set; --dry-run overrules the file's live = true
    QString certFile;
    QString keyFile;
    int ingestRatePerSecond = 200; // per ingest key or user, sustained
    int ingestBurst = 400;         // requests accepted at once before 429
    QString runbooksDir;           // imported at start into a store without runbooks
    QStringList certHosts;         // extra names for a self-signed certificate made now
    QString configFile;            // --config, already applied; empty: none

    QString name; // user add, ingest-key add
    QString role; // user add
    bool passwordStdin = false;
    QString path;       // import-runbooks DIR, policy set FILE, roster set FILE
    QString approvedBy; // policy set
};

struct ServerCommandLineResult
{
    std::optional<ServerCommand> command;
    QString error; // names the argument that is wrong; empty on success
    // The error is about the --config file (its FILE:LINE, or a value in
    // force from it): the usage text would not help.
    bool errorFromConfigFile = false;
    bool ok() const { return command.has_value(); }
};

class ServerCommandLine final
{
public:
    ServerCommandLine() = delete;

    // `arguments` without the program name.
    static ServerCommandLineResult parse(const QStringList &arguments);
    static QString usage();
    // What icc-server prints on stderr (then exits 64) for a refused command
    // line: the error, then the usage, or for an error from the config file
    // only a pointer to --help.
    static QString errorReport(const ServerCommandLineResult &result);
};

} // namespace icc
