#include "AdminCommand.h"
#include "CommitBatcher.h"
#include "DataDirectoryOwner.h"
#include "IncidentService.h"
#include "ManualClock.h"
#include "SelfSignedCertificate.h"
#include "ServerApp.h"
#include "ServerCommandLine.h"
#include "ServerConfigFile.h"
#include "ServerProcess.h"
#include "SqlServerStore.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QNetworkInterface>
#include <QProcess>
#include <QSslCertificate>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace icc;

namespace {

ServerCommandLineResult parse(const QString &line)
{
    return ServerCommandLine::parse(line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

// Runs one admin command in-process, as main() would, on a data directory.
struct AdminRun
{
    int status = -1;
    QString out;
    QString err;
};

AdminRun runAdmin(const QString &line, const QString &standardInput = {})
{
    const ServerCommandLineResult parsed = parse(line);
    if (!parsed.ok())
        return {64, {}, parsed.error};
    test::ManualClock clock;
    AdminRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QString input = standardInput;
    QTextStream in(&input);
    AdminCommand command(*parsed.command, clock, out, err);
    run.status = command.run(in);
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

QString shippedRunbook(const QString &name)
{
    return QString::fromLatin1(test::kResourcesDir) + QStringLiteral("/runbooks/") + name;
}

// A runbook directory with two of the shipped runbooks.
bool makeRunbookDir(const QString &path)
{
    return QDir().mkpath(path) &&
           QFile::copy(shippedRunbook(QStringLiteral("cpu-high.md")),
                       path + QStringLiteral("/cpu-high.md")) &&
           QFile::copy(shippedRunbook(QStringLiteral("disk-full-logs.md")),
                       path + QStringLiteral("/disk-full-logs.md"));
}

// An in-process server on a data directory, as main() builds it.
std::unique_ptr<ServerApp> makeServer(const QString &dataDir, const test::ManualClock &clock,
                                      const std::function<void(ServerOptions &)> &adjust = {})
{
    ServerOptions options;
    options.dataDir = dataDir;
    options.listenPort = 0;
    options.fastPasswordHashing = true;
    options.tickIntervalMs = 0;
    if (adjust)
        adjust(options);
    return std::make_unique<ServerApp>(options, clock);
}

QStringList alternativeNames(const QString &certificatePath)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    if (certificates.isEmpty())
        return {};
    QStringList names;
    const auto alternatives = certificates.first().subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        names.append(it.value());
    return names;
}

// The host name a certificate made on this machine names, or empty.
QString expectedMachineName()
{
    const QString name = QSysInfo::machineHostName();
    if (name.isEmpty() || name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        !SelfSignedCertificate::isValidHost(name))
        return {};
    return name.toLower();
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private slots:
    void serveDefaults()
    {
        const auto result = parse(QStringLiteral("--data /var/lib/icc"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ServerCommand &command = *result.command;
        QVERIFY(command.kind == ServerCommand::Kind::Serve);
        QCOMPARE(command.dataDir, QStringLiteral("/var/lib/icc"));
        QCOMPARE(command.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(command.listenPort, quint16(8443));
        QVERIFY(!command.live); // dry-run unless asked
        QVERIFY(command.databaseUrl.isEmpty());
    }

    void serveWithEverything()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = writeFile(dir, QStringLiteral("c.pem"), "cert");
        const QString key = writeFile(dir, QStringLiteral("k.pem"), "key");
        const auto result = parse(
            QStringLiteral("--data=d --listen [::1]:9443 --database postgresql://u:p@h:5432/icc "
                           "--live --cert %1 --key %2")
                .arg(cert, key));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.command->listenAddress, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(result.command->listenPort, quint16(9443));
        QCOMPARE(result.command->databaseUrl, QStringLiteral("postgresql://u:p@h:5432/icc"));
        QVERIFY(result.command->live);
        QCOMPARE(result.command->certFile, cert);
        const auto limited = parse(QStringLiteral("--data d --ingest-rate 1000:50000"));
        QCOMPARE(limited.command->ingestRatePerSecond, 1000);
        QCOMPARE(limited.command->ingestBurst, 50000);
        QCOMPARE(parse(QStringLiteral("--data d --ingest-rate 50")).command->ingestBurst, 100);
        QCOMPARE(parse(QStringLiteral("--data d")).command->ingestRatePerSecond, 200);
        QCOMPARE(parse(QStringLiteral("--data d --listen 0.0.0.0:0")).command->listenPort,
                 quint16(0));
        QCOMPARE(parse(QStringLiteral("--data d --listen localhost:8000")).command->listenAddress,
                 QHostAddress(QHostAddress::LocalHost));
    }

    void adminCommands()
    {
        auto user =
            parse(QStringLiteral("--data d user add alice --role reviewer --password-stdin"));
        QVERIFY2(user.ok(), qPrintable(user.error));
        QVERIFY(user.command->kind == ServerCommand::Kind::UserAdd);
        QCOMPARE(user.command->name, QStringLiteral("alice"));
        QCOMPARE(user.command->role, QStringLiteral("reviewer"));
        // options may come first
        QVERIFY(parse(QStringLiteral("--role admin --password-stdin --data d user add bob")).ok());

        auto key = parse(QStringLiteral("--data d ingest-key add prometheus"));
        QVERIFY(key.command->kind == ServerCommand::Kind::IngestKeyAdd);
        QCOMPARE(key.command->name, QStringLiteral("prometheus"));

        auto import = parse(QStringLiteral("--data d import-runbooks /srv/runbooks"));
        QVERIFY(import.command->kind == ServerCommand::Kind::ImportRunbooks);
        QCOMPARE(import.command->path, QStringLiteral("/srv/runbooks"));

        auto policy = parse(QStringLiteral("--data d policy set p.yaml --approved-by carol"));
        QVERIFY(policy.command->kind == ServerCommand::Kind::PolicySet);
        QCOMPARE(policy.command->path, QStringLiteral("p.yaml"));
        QCOMPARE(policy.command->approvedBy, QStringLiteral("carol"));

        auto roster = parse(QStringLiteral("roster set r.yaml --data d"));
        QVERIFY2(roster.ok(), qPrintable(roster.error));
        QVERIFY(roster.command->kind == ServerCommand::Kind::RosterSet);
        QCOMPARE(roster.command->path, QStringLiteral("r.yaml"));

        auto users = parse(QStringLiteral("--data d user list"));
        QVERIFY2(users.ok(), qPrintable(users.error));
        QVERIFY(users.command->kind == ServerCommand::Kind::UserList);

        QVERIFY(parse(QStringLiteral("--version")).command->kind == ServerCommand::Kind::Version);
        QVERIFY(parse(QStringLiteral("--help")).command->kind == ServerCommand::Kind::Help);
    }

    void errorsNameTheArgument_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no data") << ""
                                 << "--data DIR is required";
        QTest::newRow("value missing") << "--data"
                                       << "--data needs a value";
        QTest::newRow("unknown option") << "--data d --colour"
                                        << "unknown option --colour";
        QTest::newRow("bad port") << "--data d --listen 127.0.0.1:99999"
                                  << "not a port";
        QTest::newRow("host name") << "--data d --listen example.com:1"
                                   << "not an IP address";
        QTest::newRow("password on the command line") << "--data d user add a --role admin"
                                                      << "--password-stdin is required";
        QTest::newRow("unknown role") << "--data d user add a --role root --password-stdin"
                                      << "\"root\" is not one of";
        QTest::newRow("no approver") << "--data d policy set p.yaml"
                                     << "--approved-by is required";
        QTest::newRow("missing name") << "--data d ingest-key add"
                                      << "missing argument";
        QTest::newRow("extra argument")
            << "--data d import-runbooks a b"
            << "too many arguments (usage: icc-server --data DIR import-runbooks DIR)";
        QTest::newRow("roster without file")
            << "--data d roster set"
            << "missing argument: icc-server --data DIR roster set";
        QTest::newRow("user list with extra") << "--data d user list everyone"
                                              << "too many arguments";
        QTest::newRow("unknown command") << "--data d frobnicate"
                                         << "unknown command \"frobnicate\"";
        QTest::newRow("cert without key") << "--data d --cert c.pem"
                                          << "--cert and --key go together";
        QTest::newRow("live on admin") << "--data d --live ingest-key add k"
                                       << "serving only";
        QTest::newRow("rate too high") << "--data d --ingest-rate 5000"
                                       << "--ingest-rate";
        QTest::newRow("rate not a number") << "--data d --ingest-rate fast"
                                           << "--ingest-rate";
        QTest::newRow("flag with value") << "--data d --live=yes"
                                         << "--live takes no value";
        QTest::newRow("live and dry-run") << "--data d --dry-run --live"
                                          << "--live and --dry-run contradict each other";
        QTest::newRow("dry-run with value") << "--data d --dry-run=no"
                                            << "--dry-run takes no value";
        QTest::newRow("dry-run on admin") << "--data d --dry-run user list"
                                          << "serving only";
        // Values the start uses are checked now, naming the option.
        QTest::newRow("bad database") << "--data d --database postgresql://u:p@h"
                                      << "--database: the PostgreSQL URL names no database";
        QTest::newRow("missing runbooks")
            << "--data d --runbooks /nonexistent/icc-runbooks"
            << "--runbooks: directory /nonexistent/icc-runbooks does not exist";
        QTest::newRow("missing cert")
            << "--data d --cert /nonexistent/c.pem --key /nonexistent/k.pem"
            << "--cert: /nonexistent/c.pem does not exist";
        QTest::newRow("bad database on admin")
            << "--data d --database postgres://u:p@h:0/icc user list"
            << "--database: port must be between 1 and 65535";
    }

    void errorsNameTheArgument()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const auto result = parse(line);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    // --- --config FILE ----------------------------------------------------------

    void configFileSetsEveryOption()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The cert, key and runbooks the file names must exist (checked now).
        const QString cert = writeFile(dir, QStringLiteral("cert.pem"), "cert");
        const QString key = writeFile(dir, QStringLiteral("key#1.pem"), "key");
        const QString runbooks = dir.filePath(QStringLiteral("runbooks"));
        QVERIFY(QDir().mkpath(runbooks));
        const QString config =
            writeFile(dir, QStringLiteral("icc-server.conf"),
                      QStringLiteral("# icc-server configuration\n"
                                     "\n"
                                     "data = /var/lib/icc\n"
                                     "  listen=0.0.0.0:9443  \n"
                                     "database = postgresql://u:p=w@h:5432/icc?sslmode=require\r\n"
                                     "live = true\n"
                                     "cert = %1\n"
                                     "key = %2\n"
                                     "ingest-rate = 50:70\n"
                                     "runbooks = %3\n"
                                     "cert-hosts = icc.example.org, 10.0.0.5\n")
                          .arg(cert, key, runbooks)
                          .toUtf8());
        QVERIFY(!config.isEmpty());
        const auto result = parse(QStringLiteral("--config ") + config);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const ServerCommand &command = *result.command;
        QVERIFY(command.kind == ServerCommand::Kind::Serve);
        QCOMPARE(command.configFile, config);
        QCOMPARE(command.dataDir, QStringLiteral("/var/lib/icc"));
        QCOMPARE(command.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(command.listenPort, quint16(9443));
        // verbatim: '=' and '#' in a value are the value's
        QCOMPARE(command.databaseUrl,
                 QStringLiteral("postgresql://u:p=w@h:5432/icc?sslmode=require"));
        QVERIFY(command.live);
        QCOMPARE(command.certFile, cert);
        QCOMPARE(command.keyFile, key);
        QVERIFY(command.keyFile.endsWith(QStringLiteral("key#1.pem")));
        QCOMPARE(command.ingestRatePerSecond, 50);
        QCOMPARE(command.ingestBurst, 70);
        QCOMPARE(command.runbooksDir, runbooks);
        QCOMPARE(command.certHosts,
                 QStringList({QStringLiteral("icc.example.org"), QStringLiteral("10.0.0.5")}));

        const auto inlineForm = parse(QStringLiteral("--config=") + config);
        QVERIFY2(inlineForm.ok(), qPrintable(inlineForm.error));
        QCOMPARE(inlineForm.command->dataDir, QStringLiteral("/var/lib/icc"));
    }

    void configFileSettingsKeepTheirLines()
    {
        const auto result = ServerConfigFile::parse(
            QStringLiteral("# c\n\ndata = d\nlive = false\n"), QStringLiteral("f.conf"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.settings->size(), 2);
        QCOMPARE(result.settings->at(0).origin(), QStringLiteral("f.conf:3"));
        QCOMPARE(result.settings->at(1).name, QStringLiteral("live"));
        QCOMPARE(result.settings->at(1).value, QStringLiteral("false"));
        QCOMPARE(result.settings->at(1).line, 4);
    }

    void commandLineOverridesTheConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = writeFile(dir, QStringLiteral("c.conf"),
                                         "data = /from/file\n"
                                         "listen = 0.0.0.0:9000\n"
                                         "live = false\n"
                                         "ingest-rate = 10\n"
                                         "cert-hosts = file.example.org\n");
        const auto result =
            parse(QStringLiteral("--data /from/cli --config %1 --listen 127.0.0.1:7000 --live "
                                 "--cert-hosts cli.example.org")
                      .arg(config));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.command->dataDir, QStringLiteral("/from/cli"));
        QCOMPARE(result.command->listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(result.command->listenPort, quint16(7000));
        QVERIFY(result.command->live);
        QCOMPARE(result.command->certHosts, QStringList{QStringLiteral("cli.example.org")});
        QCOMPARE(result.command->ingestRatePerSecond, 10); // not overridden: the file's

        const QString liveFile =
            writeFile(dir, QStringLiteral("live.conf"), "data = d\nlive = true\n");
        QVERIFY(parse(QStringLiteral("--config ") + liveFile).command->live);
        const QString dryFile =
            writeFile(dir, QStringLiteral("dry.conf"), "data = d\nlive = false\n");
        QVERIFY(!parse(QStringLiteral("--config ") + dryFile).command->live);
    }

    void adminCommandsShareTheServiceConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = writeFile(dir, QStringLiteral("icc-server.conf"),
                                         "data = /var/lib/icc\n"
                                         "listen = 0.0.0.0:8443\n"
                                         "live = true\n"
                                         "cert = c.pem\n"
                                         "key = k.pem\n"
                                         "runbooks = /usr/share/icc/runbooks\n"
                                         "cert-hosts = icc.example.org\n");
        // The service's settings in the file do not stop an admin command...
        const auto users = parse(QStringLiteral("--config %1 user list").arg(config));
        QVERIFY2(users.ok(), qPrintable(users.error));
        QVERIFY(users.command->kind == ServerCommand::Kind::UserList);
        QCOMPARE(users.command->dataDir, QStringLiteral("/var/lib/icc"));
        QVERIFY(!users.command->live);
        QVERIFY(users.command->runbooksDir.isEmpty());
        QVERIFY(users.command->certFile.isEmpty());
        const auto import =
            parse(QStringLiteral("import-runbooks /srv/rb --config %1").arg(config));
        QVERIFY2(import.ok(), qPrintable(import.error));
        QCOMPARE(import.command->path, QStringLiteral("/srv/rb"));
        // ...but on an admin command line they are still refused.
        for (const QString &option :
             {QStringLiteral("--live"), QStringLiteral("--runbooks /r"),
              QStringLiteral("--cert-hosts h"), QStringLiteral("--cert c --key k")}) {
            const auto refused =
                parse(QStringLiteral("--config %1 %2 user list").arg(config, option));
            QVERIFY2(!refused.ok(), qPrintable(option));
            QVERIFY2(refused.error.contains(QStringLiteral("serving only")),
                     qPrintable(refused.error));
        }
    }

    void configErrorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // after "FILE:"
        QTest::newRow("unknown setting")
            << QByteArray("data = d\n# comment\nlisen = 1\n") << "3: unknown setting \"lisen\"";
        QTest::newRow("no equals")
            << QByteArray("data = d\nlive\n") << "2: expected \"name = value\"";
        QTest::newRow("empty value") << QByteArray("data =   \n") << "1: \"data\" has no value";
        QTest::newRow("empty name")
            << QByteArray("= d\n")
            << "1: expected \"name = value\"; the text before '=' is not a setting name";
        QTest::newRow("duplicate")
            << QByteArray("data = a\n\ndata = b\n") << "3: \"data\" is set again (first on line 1)";
        QTest::newRow("bad boolean")
            << QByteArray("data = d\nlive = yes\n") << "2: \"live\" must be true or false";
        QTest::newRow("config in config")
            << QByteArray("config = other.conf\n") << "1: unknown setting \"config\"";
        QTest::newRow("bad listen") << QByteArray("data = d\nlisten = 127.0.0.1:99999\n")
                                    << "2: listen: \"99999\" is not a port";
        QTest::newRow("listen host name") << QByteArray("listen = example.com:1\ndata = d\n")
                                          << "1: listen: \"example.com\" is not an IP address";
        QTest::newRow("bad ingest rate") << QByteArray("data = d\n\ningest-rate = fast\n")
                                         << "3: ingest-rate: expected N or N:BURST";
        QTest::newRow("bad cert host")
            << QByteArray("data = d\ncert-hosts = ok.example, bad_name\n")
            << "2: cert-hosts: host \"bad_name\"";
        QTest::newRow("empty cert host")
            << QByteArray("data = d\ncert-hosts = a,,b\n") << "2: cert-hosts: empty host name";
        QTest::newRow("cert without key")
            << QByteArray("data = d\ncert = c.pem\n") << "2: --cert and --key go together";
        // Values only the start uses are checked at parse time, naming FILE:LINE.
        QTest::newRow("bad database")
            << QByteArray("data = d\n\ndatabase = postgresql://u:p@h:5432\n")
            << "3: database: the PostgreSQL URL names no database";
        QTest::newRow("bad database scheme")
            << QByteArray("database = mysql://u:p@h/icc\ndata = d\n")
            << "1: database: unsupported database scheme \"mysql\"";
        QTest::newRow("missing runbooks")
            << QByteArray("data = d\nrunbooks = /nonexistent/icc-runbooks\n")
            << "2: runbooks: directory /nonexistent/icc-runbooks does not exist";
        QTest::newRow("missing cert")
            << QByteArray("data = d\ncert = /nonexistent/c.pem\nkey = /nonexistent/k.pem\n")
            << "2: cert: /nonexistent/c.pem does not exist";
    }

    void configErrorsNameFileAndLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = writeFile(dir, QStringLiteral("icc-server.conf"), content);
        QVERIFY(!config.isEmpty());
        const auto result = parse(QStringLiteral("--config ") + config);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(config + QLatin1Char(':') + expected),
                 qPrintable(result.error));
    }

    void configFileThatCannotBeReadIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("none.conf"));
        const auto result = parse(QStringLiteral("--config ") + missing);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(missing + QStringLiteral(": cannot read")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("No such file")), qPrintable(result.error));
        // the same for an admin command
        QVERIFY(!parse(QStringLiteral("--config %1 user list").arg(missing)).ok());

        const auto twice = parse(QStringLiteral("--config a --config b"));
        QVERIFY2(twice.error.contains(QStringLiteral("--config given more than once")),
                 qPrintable(twice.error));
    }

    void certHostsOnTheCommandLine()
    {
        const auto result =
            parse(QStringLiteral("--data d --cert-hosts icc.example.org,10.0.0.5,::1"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.command->certHosts.size(), 3);
        const auto bad = parse(QStringLiteral("--data d --cert-hosts under_score"));
        QVERIFY2(bad.error.startsWith(QStringLiteral("--cert-hosts: host \"under_score\"")),
                 qPrintable(bad.error));
        QTemporaryDir runbooks;
        QVERIFY(runbooks.isValid());
        QVERIFY(parse(QStringLiteral("--data d --runbooks ") + runbooks.path()).ok());
    }

    // The config file may hold the PostgreSQL password: no error echoes it,
    // whatever shape the mistake takes.
    void errorsNeverEchoTheDatabasePassword_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // after "FILE:"
        QTest::newRow("no equals")
            << QByteArray("data = d\ndatabase postgresql://icc:S3cret@db/icc\n")
            << "2: expected \"name = value\"";
        QTest::newRow("colon instead of equals")
            << QByteArray("database: postgresql://icc:S3cret@db/icc?sslmode=require\n")
            << "1: expected \"name = value\"; the text before '=' is not a setting name";
        QTest::newRow("misspelt name with a colon")
            << QByteArray("data = d\ndatabse:postgresql://icc:S3cret@db/icc?x=1\n")
            << "2: expected \"name = value\"; the text before '=' is not a setting name";
        QTest::newRow("no database name")
            << QByteArray("data = d\ndatabase = postgresql://icc:S3cret@db\n")
            << "2: database: the PostgreSQL URL names no database";
        QTest::newRow("bad port") << QByteArray(
                                         "data = d\ndatabase = postgresql://icc:S3cret@db:0/icc\n")
                                  << "2: database: port must be between";
        QTest::newRow("unencoded password")
            << QByteArray("data = d\ndatabase = postgresql://icc:S3cret wo@db/icc\n")
            << "2: database: not a valid PostgreSQL URL";
        QTest::newRow("password as a query name")
            << QByteArray("data = d\ndatabase = postgresql://icc@db/icc?S3cret\n")
            << "2: database: an option name of the URL is not a PostgreSQL connection parameter";
        QTest::newRow("misspelt scheme")
            << QByteArray("data = d\ndatabase = postgresq://icc:S3cret@db/icc\n")
            << "2: database: unsupported database scheme \"postgresq\"";
        QTest::newRow("password as a boolean")
            << QByteArray("data = d\nlive = S3cret\n") << "2: \"live\" must be true or false";
    }

    void errorsNeverEchoTheDatabasePassword()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = writeFile(dir, QStringLiteral("icc-server.conf"), content);
        QVERIFY(!config.isEmpty());
        for (const QString &line : {QStringLiteral("--config ") + config,
                                    QStringLiteral("--config %1 user list").arg(config)}) {
            const auto result = parse(line);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.startsWith(config + QLatin1Char(':') + expected),
                     qPrintable(result.error));
            QVERIFY2(!result.error.contains(QStringLiteral("S3cret")), qPrintable(result.error));
            QVERIFY(!ServerCommandLine::errorReport(result).contains(QStringLiteral("S3cret")));
        }
    }

    void commandLineErrorsNeverEchoTheDatabasePassword_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString url = QStringLiteral("postgresql://icc:S3cret@db/icc?sslmode=require");
        QTest::newRow("colon instead of equals")
            << QStringList{QStringLiteral("--data"), QStringLiteral("d"),
                           QStringLiteral("--database:") + url}
            << "unknown option (an argument starting with \"--\" that is not an option name)";
        QTest::newRow("no database name")
            << QStringList{QStringLiteral("--data"), QStringLiteral("d"),
                           QStringLiteral("--database"),
                           QStringLiteral("postgresql://icc:S3cret@db")}
            << "--database: the PostgreSQL URL names no database";
        QTest::newRow("url as a command")
            << QStringList{QStringLiteral("--data"), QStringLiteral("d"), url}
            << "unknown command (see icc-server --help)";
        QTest::newRow("url after a command")
            << QStringList{QStringLiteral("--data"), QStringLiteral("d"), QStringLiteral("user"),
                           url}
            << "unknown command \"user\"";
        QTest::newRow("password as an argument") << QStringList{QStringLiteral("--data"),
                                                                QStringLiteral("d"),
                                                                QStringLiteral("user"),
                                                                QStringLiteral("add"),
                                                                QStringLiteral("a"),
                                                                QStringLiteral("S3cret"),
                                                                QStringLiteral("--role"),
                                                                QStringLiteral("admin"),
                                                                QStringLiteral("--password-stdin")}
                                                 << "too many arguments";
        QTest::newRow("password as a role")
            << QStringList{QStringLiteral("--data"), QStringLiteral("d"),
                           QStringLiteral("user"),   QStringLiteral("add"),
                           QStringLiteral("a"),      QStringLiteral("--role"),
                           QStringLiteral("S3cret"), QStringLiteral("--password-stdin")}
            << "--role value is not one of";
    }

    void commandLineErrorsNeverEchoTheDatabasePassword()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const auto result = ServerCommandLine::parse(arguments);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QStringLiteral("S3cret")), qPrintable(result.error));
    }

    void startValuesAreCheckedNamingTheirOrigin()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = writeFile(dir, QStringLiteral("file.pem"), "pem");
        const QString directory = dir.path();
        const QString config = writeFile(dir, QStringLiteral("c.conf"),
                                         QStringLiteral("data = d\nrunbooks = %1\n"
                                                        "cert = %2\nkey = %3\n")
                                             .arg(file, directory, file)
                                             .toUtf8());
        // runbooks: a file, not a directory
        const auto runbooks = parse(QStringLiteral("--config ") + config);
        QVERIFY(!runbooks.ok());
        QCOMPARE(runbooks.error,
                 config + QStringLiteral(":2: runbooks: %1 is not a directory").arg(file));
        QVERIFY(runbooks.errorFromConfigFile);
        // The command line's value is named as the option, the file's by its line.
        const auto cert = parse(QStringLiteral("--config %1 --runbooks %2").arg(config, directory));
        QCOMPARE(cert.error, config + QStringLiteral(":3: cert: %1 is not a file").arg(directory));
        const auto overridden = parse(QStringLiteral("--config %1 --runbooks %2 --cert %3")
                                          .arg(config, directory, directory));
        QCOMPARE(overridden.error, QStringLiteral("--cert: %1 is not a file").arg(directory));
        QVERIFY(!overridden.errorFromConfigFile);
        const auto fine = parse(QStringLiteral("--config %1 --runbooks %2 --cert %3 --key %3")
                                    .arg(config, directory, file));
        QVERIFY2(fine.ok(), qPrintable(fine.error));
        // Serving only: an admin command ignores the file's runbooks, cert and key.
        QVERIFY(parse(QStringLiteral("--config %1 user list").arg(config)).ok());

        if (::geteuid() == 0)
            return; // root reads every file
        const QString locked = writeFile(dir, QStringLiteral("locked.pem"), "key");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        const auto unreadable =
            parse(QStringLiteral("--data d --cert %1 --key %2").arg(file, locked));
        QVERIFY2(unreadable.error.startsWith(QStringLiteral("--key: cannot read ") + locked),
                 qPrintable(unreadable.error));
    }

    // The service runs with --config on every start; its journal gets one
    // line per refused start, not the usage text.
    void configFileErrorsSkipTheUsage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString typo = writeFile(dir, QStringLiteral("typo.conf"), "data = d\nlisen = 1\n");
        const QString badListen =
            writeFile(dir, QStringLiteral("listen.conf"), "data = d\nlisten = 127.0.0.1:99999\n");
        const QString missingRunbooks = writeFile(dir, QStringLiteral("runbooks.conf"),
                                                  "data = d\nrunbooks = /nonexistent/rb\n");
        const QString noData = writeFile(dir, QStringLiteral("nodata.conf"), "live = true\n");
        for (const QString &config : {typo, badListen, missingRunbooks, noData}) {
            const auto result = parse(QStringLiteral("--config ") + config);
            QVERIFY(!result.ok());
            QVERIFY2(result.errorFromConfigFile, qPrintable(result.error));
            const QString report = ServerCommandLine::errorReport(result);
            QCOMPARE(report,
                     QStringLiteral("icc-server: %1\n(icc-server --help lists the settings)\n")
                         .arg(result.error));
        }
        QVERIFY(
            parse(QStringLiteral("--config %1 --data d").arg(missingRunbooks)).errorFromConfigFile);
        // Plain command-line errors keep the usage, also with a config file.
        const QString good = writeFile(dir, QStringLiteral("good.conf"), "data = d\n");
        for (const QString &line :
             {QStringLiteral("--data d --listen 127.0.0.1:99999"),
              QStringLiteral("--data d --colour"),
              QStringLiteral("--config %1 --listen 127.0.0.1:99999").arg(good),
              QStringLiteral("--config %1 --runbooks /nonexistent/rb").arg(good),
              QStringLiteral("--config %1 frobnicate").arg(good)}) {
            const auto result = parse(line);
            QVERIFY(!result.ok());
            QVERIFY2(!result.errorFromConfigFile, qPrintable(line));
            QCOMPARE(ServerCommandLine::errorReport(result),
                     QStringLiteral("icc-server: %1\n\n").arg(result.error) +
                         ServerCommandLine::usage());
        }
    }

    // `live = true` in the shared file can be overruled for one run.
    void dryRunOverrulesTheFilesLive()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString live = writeFile(dir, QStringLiteral("live.conf"), "data = d\nlive = true\n");
        QVERIFY(parse(QStringLiteral("--config ") + live).command->live);
        const auto dry = parse(QStringLiteral("--config %1 --dry-run").arg(live));
        QVERIFY2(dry.ok(), qPrintable(dry.error));
        QVERIFY(!dry.command->live);
        const auto before = parse(QStringLiteral("--dry-run --config %1").arg(live));
        QVERIFY2(before.ok(), qPrintable(before.error));
        QVERIFY(!before.command->live); // the command line wins wherever it stands
        QVERIFY(!parse(QStringLiteral("--data d --dry-run")).command->live);
        const auto both = parse(QStringLiteral("--config %1 --live --dry-run").arg(live));
        QVERIFY(!both.ok());
        QVERIFY2(both.error.contains(QStringLiteral("--live and --dry-run")),
                 qPrintable(both.error));
        QVERIFY(!both.errorFromConfigFile);
        QVERIFY(ServerCommandLine::usage().contains(QStringLiteral("--dry-run")));
    }

    void usageNamesTheNewOptions()
    {
        const QString usage = ServerCommandLine::usage();
        QVERIFY(usage.contains(QStringLiteral("--config FILE")));
        QVERIFY(usage.contains(QStringLiteral("--runbooks DIR")));
        QVERIFY(usage.contains(QStringLiteral("--cert-hosts NAME")));
        QVERIFY(usage.contains(QStringLiteral("import-runbooks DIR")));
    }

    // --- --runbooks DIR at start --------------------------------------------------

    void runbooksSeedAFreshStoreOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString runbooks = dir.filePath(QStringLiteral("runbooks"));
        QVERIFY(makeRunbookDir(runbooks));
        test::ManualClock clock;
        QString error;
        QStringList markdown;
        {
            auto app = makeServer(data, clock, [&](ServerOptions &o) { o.runbooksDir = runbooks; });
            QVERIFY2(app->start(&error), qPrintable(error));
            QCOMPARE(app->runbooksImported(), 2);
            QCOMPARE(app->store().runbooks().size(), 2);
            for (const RunbookRecord &record : app->store().runbooks())
                markdown.append(record.markdown);
            // they are the live library, not just stored rows
            QCOMPARE(app->service().runbooks().runbooks().size(), qsizetype(2));
        }
        // The admin changed the directory; a restart does not re-import.
        QVERIFY(QFile::copy(shippedRunbook(QStringLiteral("pod-crashloop.md")),
                            runbooks + QStringLiteral("/pod-crashloop.md")));
        auto again = makeServer(data, clock, [&](ServerOptions &o) { o.runbooksDir = runbooks; });
        QVERIFY2(again->start(&error), qPrintable(error));
        QCOMPARE(again->runbooksImported(), 0);
        QCOMPARE(again->store().runbooks().size(), 2);
        QStringList after;
        for (const RunbookRecord &record : again->store().runbooks())
            after.append(record.markdown);
        QCOMPARE(after, markdown);
    }

    void runbooksDirThatCannotBeImportedFailsTheStart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::ManualClock clock;
        QString error;
        const QString missing = dir.filePath(QStringLiteral("no-such-dir"));
        {
            auto app = makeServer(dir.filePath(QStringLiteral("data")), clock,
                                  [&](ServerOptions &o) { o.runbooksDir = missing; });
            QVERIFY(!app->start(&error));
            QVERIFY2(error.contains(missing), qPrintable(error));
        }
        // A bad runbook among good ones: nothing is stored, the start fails naming it.
        const QString runbooks = dir.filePath(QStringLiteral("runbooks"));
        QVERIFY(makeRunbookDir(runbooks));
        QVERIFY(
            !writeFile(dir, QStringLiteral("runbooks/broken.md"), "# no front matter\n").isEmpty());
        {
            auto app = makeServer(dir.filePath(QStringLiteral("data")), clock,
                                  [&](ServerOptions &o) { o.runbooksDir = runbooks; });
            error.clear();
            QVERIFY(!app->start(&error));
            QVERIFY2(error.contains(QStringLiteral("broken.md")), qPrintable(error));
            QVERIFY2(error.contains(runbooks), qPrintable(error));
            QVERIFY(app->store().runbooks().isEmpty());
            // no marker either: the seeding did not happen
            QVERIFY(!app->store().document(ServerApp::runbooksSeededKey()));
        }
        // Fixed: the next start seeds the still empty store.
        QVERIFY(QFile::remove(runbooks + QStringLiteral("/broken.md")));
        auto fixed = makeServer(dir.filePath(QStringLiteral("data")), clock,
                                [&](ServerOptions &o) { o.runbooksDir = runbooks; });
        QVERIFY2(fixed->start(&error), qPrintable(error));
        QCOMPARE(fixed->runbooksImported(), 2);
    }

    // Seeding happens once per store: runbooks deleted on purpose stay deleted.
    void deletedRunbooksAreNotSeededAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString runbooks = dir.filePath(QStringLiteral("runbooks"));
        QVERIFY(makeRunbookDir(runbooks));
        test::ManualClock clock;
        QString error;
        {
            auto app = makeServer(data, clock, [&](ServerOptions &o) { o.runbooksDir = runbooks; });
            QVERIFY2(app->start(&error), qPrintable(error));
            QCOMPARE(app->runbooksImported(), 2);
            const auto marker = app->store().document(ServerApp::runbooksSeededKey());
            QVERIFY(marker);
            QCOMPARE(marker->value(QStringLiteral("from")).toString(), runbooks);
            QCOMPARE(marker->value(QStringLiteral("count")).toInt(), 2);
            QCOMPARE(marker->value(QStringLiteral("at")).toString(),
                     clock.now().toUTC().toString(Qt::ISODateWithMs));
            // The admin deletes every runbook.
            ServiceResult deleted;
            QVERIFY2(app->commits().runNow(
                         [&] {
                             deleted = app->service().replaceRunbooks({}, QStringLiteral("niaj"));
                             return deleted;
                         },
                         &error),
                     qPrintable(error));
            QVERIFY2(deleted.ok(), qPrintable(deleted.message));
            QVERIFY(app->store().runbooks().isEmpty());
        }
        auto again = makeServer(data, clock, [&](ServerOptions &o) { o.runbooksDir = runbooks; });
        QVERIFY2(again->start(&error), qPrintable(error));
        QCOMPARE(again->runbooksImported(), 0);
        QVERIFY(again->store().runbooks().isEmpty());
        QVERIFY(again->service().runbooks().runbooks().isEmpty());
    }

    // Runbooks imported by hand before the first start (or a data directory
    // from before the marker) are not added to: the marker is written instead.
    void existingRunbooksWithoutMarkerAreLeftAlone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString own = dir.filePath(QStringLiteral("own"));
        QVERIFY(QDir().mkpath(own));
        QVERIFY(QFile::copy(shippedRunbook(QStringLiteral("pod-crashloop.md")),
                            own + QStringLiteral("/pod-crashloop.md")));
        const AdminRun imported =
            runAdmin(QStringLiteral("--data %1 import-runbooks %2").arg(data, own));
        QVERIFY2(imported.status == 0, qPrintable(imported.err));

        const QString shipped = dir.filePath(QStringLiteral("shipped"));
        QVERIFY(makeRunbookDir(shipped));
        test::ManualClock clock;
        QString error;
        {
            auto app = makeServer(data, clock, [&](ServerOptions &o) { o.runbooksDir = shipped; });
            QVERIFY2(app->start(&error), qPrintable(error));
            QCOMPARE(app->runbooksImported(), 0);
            QCOMPARE(app->store().runbooks().size(), 1);
            const auto marker = app->store().document(ServerApp::runbooksSeededKey());
            QVERIFY(marker);
            QCOMPARE(marker->value(QStringLiteral("count")).toInt(), 0);
            QCOMPARE(marker->value(QStringLiteral("found")).toInt(), 1);
            QVERIFY2(app->commits().runNow(
                         [&] { return app->service().replaceRunbooks({}, QStringLiteral("niaj")); },
                         &error),
                     qPrintable(error));
        }
        // Emptied later: still nothing comes back.
        auto again = makeServer(data, clock, [&](ServerOptions &o) { o.runbooksDir = shipped; });
        QVERIFY2(again->start(&error), qPrintable(error));
        QCOMPARE(again->runbooksImported(), 0);
        QVERIFY(again->store().runbooks().isEmpty());
    }

    void importRunbooksTwiceKeepsOneCopy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString runbooks = dir.filePath(QStringLiteral("runbooks"));
        QVERIFY(makeRunbookDir(runbooks));
        const QString line = QStringLiteral("--data %1 import-runbooks %2")
                                 .arg(dir.filePath(QStringLiteral("d")), runbooks);
        const AdminRun first = runAdmin(line);
        QVERIFY2(first.status == 0, qPrintable(first.err));
        const AdminRun second = runAdmin(line);
        QVERIFY2(second.status == 0, qPrintable(second.err));
        // Same file names replace the stored ones: still two, not four.
        QVERIFY2(second.out.contains(QStringLiteral("imported 2 runbook file(s)")),
                 qPrintable(second.out));
        QVERIFY2(second.out.contains(QStringLiteral("; 2 runbook(s) in the library")),
                 qPrintable(second.out));
    }

    // --- certificate host names ---------------------------------------------------

    void certificateHostsAddMachineAndSpecificListenAddress()
    {
        ServerOptions options;
        options.certHosts = {QStringLiteral("icc.example.org")};
        options.listenAddress = QHostAddress(QStringLiteral("192.0.2.7"));
        QCOMPARE(ServerApp::certificateHosts(options, QStringLiteral("icc-host")),
                 QStringList({QStringLiteral("icc.example.org"), QStringLiteral("icc-host"),
                              QStringLiteral("192.0.2.7")}));
        // Not a name worth certifying: any-address, loopback, localhost, nothing.
        for (const QHostAddress &address :
             {QHostAddress(QHostAddress::AnyIPv4), QHostAddress(QHostAddress::AnyIPv6),
              QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::LocalHost),
              QHostAddress(QHostAddress::LocalHostIPv6),
              QHostAddress(QStringLiteral("127.0.0.2"))}) {
            options.listenAddress = address;
            QCOMPARE(ServerApp::certificateHosts(options, QStringLiteral("localhost")),
                     options.certHosts);
            QCOMPARE(ServerApp::certificateHosts(options, QString()), options.certHosts);
        }
        // A host name a certificate cannot carry is left out, not a failed start.
        QCOMPARE(ServerApp::certificateHosts(options, QStringLiteral("my_host")),
                 options.certHosts);
        // A short host name in a DNS domain: the full name too, once.
        QCOMPARE(ServerApp::certificateHosts(options, QStringLiteral("icc-host"),
                                             QStringLiteral("corp.example.net")),
                 options.certHosts + QStringList({QStringLiteral("icc-host"),
                                                  QStringLiteral("icc-host.corp.example.net")}));
        QCOMPARE(ServerApp::certificateHosts(options, QStringLiteral("icc-host.corp.example.net"),
                                             QStringLiteral("corp.example.net")),
                 options.certHosts + QStringList{QStringLiteral("icc-host.corp.example.net")});
    }

    void newCertificateNamesItsHostsAndIsNeverReplaced()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::ManualClock clock;
        QString error;
        // A specific non-loopback address of this machine, when it has one.
        QHostAddress specific;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                specific = address;
                break;
            }
        }
        QString fingerprint;
        QString certificatePath;
        {
            auto app = makeServer(dir.path(), clock, [&](ServerOptions &o) {
                o.certHosts = {QStringLiteral("icc.example.org"), QStringLiteral("10.9.8.7")};
                if (!specific.isNull())
                    o.listenAddress = specific;
            });
            QVERIFY2(app->start(&error), qPrintable(error));
            QVERIFY(app->certificateCreated());
            fingerprint = app->certificateFingerprint();
            certificatePath = app->certificatePath();
        }
        const QStringList names = alternativeNames(certificatePath);
        QVERIFY2(names.contains(QStringLiteral("icc.example.org")), qPrintable(names.join(u' ')));
        QVERIFY2(names.contains(QStringLiteral("10.9.8.7")), qPrintable(names.join(u' ')));
        QVERIFY(names.contains(QStringLiteral("localhost")));
        if (const QString machine = expectedMachineName(); !machine.isEmpty())
            QVERIFY2(names.contains(machine), qPrintable(names.join(u' ')));
        if (!specific.isNull())
            QVERIFY2(names.contains(specific.toString()), qPrintable(names.join(u' ')));

        // Other names later: the certificate clients trust stays.
        auto later = makeServer(dir.path(), clock, [](ServerOptions &o) {
            o.certHosts = {QStringLiteral("other.example.org")};
        });
        QVERIFY2(later->start(&error), qPrintable(error));
        QVERIFY(!later->certificateCreated());
        QCOMPARE(later->certificateFingerprint(), fingerprint);
        QVERIFY(!alternativeNames(certificatePath).contains(QStringLiteral("other.example.org")));
    }

    // --- the real binary ----------------------------------------------------------

    void binaryServesAndAdministersFromTheConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString runbooks = dir.filePath(QStringLiteral("runbooks"));
        QVERIFY(makeRunbookDir(runbooks));
        const QString config = writeFile(dir, QStringLiteral("icc-server.conf"),
                                         QStringLiteral("data = %1\n"
                                                        "listen = 127.0.0.1:0\n"
                                                        "runbooks = %2\n"
                                                        "cert-hosts = icc.example.org\n")
                                             .arg(data, runbooks)
                                             .toUtf8());
        QVERIFY(!config.isEmpty());

        // ServerProcess passes --data DATA too: the same as the file's.
        test::ServerProcess server(QStringLiteral(ICC_SERVER_PATH), data);
        QString error;
        QVERIFY2(server.start({QStringLiteral("--config"), config}, &error), qPrintable(error));
        QVERIFY2(server.output().contains(QStringLiteral("imported 2 runbooks from ") + runbooks),
                 qPrintable(server.output()));
        server.stop();
        QVERIFY(
            alternativeNames(server.certificatePath()).contains(QStringLiteral("icc.example.org")));

        QProcess admin;
        admin.start(QStringLiteral(ICC_SERVER_PATH), {QStringLiteral("--config"), config,
                                                      QStringLiteral("import-runbooks"), runbooks});
        QVERIFY(admin.waitForFinished(60000));
        QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());
        QVERIFY(admin.readAllStandardOutput().contains("2 runbook(s) in the library"));

        const QString typo = writeFile(dir, QStringLiteral("typo.conf"), "data = d\nlisen = 1\n");
        QProcess refused;
        refused.start(
            QStringLiteral(ICC_SERVER_PATH),
            {QStringLiteral("--config"), typo, QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(refused.waitForFinished(60000));
        QCOMPARE(refused.exitCode(), 64);
        const QByteArray message = refused.readAllStandardError();
        QVERIFY2(
            message.contains((typo + QStringLiteral(":2: unknown setting \"lisen\"")).toUtf8()),
            message.constData());
        QVERIFY2(!message.contains("usage:"), message.constData());
        QVERIFY2(message.endsWith("(icc-server --help lists the settings)\n"), message.constData());

        // A value only the start would use, from the file: refused before the
        // start, exit 64 (the unit does not restart on it), FILE:LINE named.
        const QString missingRunbooks = writeFile(
            dir, QStringLiteral("runbooks.conf"),
            QStringLiteral("data = %1\nrunbooks = %2/none\n").arg(data, dir.path()).toUtf8());
        QProcess serve;
        serve.start(QStringLiteral(ICC_SERVER_PATH), {QStringLiteral("--config"), missingRunbooks});
        QVERIFY(serve.waitForFinished(60000));
        QCOMPARE(serve.exitCode(), 64);
        const QByteArray refusal = serve.readAllStandardError();
        QCOMPARE(refusal, (QStringLiteral("icc-server: %1:2: runbooks: directory %2/none does not "
                                          "exist\n(icc-server --help lists the settings)\n")
                               .arg(missingRunbooks, dir.path()))
                              .toUtf8());

        // A plain command-line error still shows the usage.
        QProcess usage;
        usage.start(QStringLiteral(ICC_SERVER_PATH),
                    {QStringLiteral("--data"), data, QStringLiteral("--live"),
                     QStringLiteral("--dry-run")});
        QVERIFY(usage.waitForFinished(60000));
        QCOMPARE(usage.exitCode(), 64);
        QVERIFY(usage.readAllStandardError().contains("usage:"));
    }

    // An admin command run as root on the service's directory would leave
    // root-owned database files the service (user icc) cannot write.
    void rootIsRefusedOnADataDirectoryOfAnotherUser()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.path();
        if (::geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(data).constData(), 65534, 65534) == 0);
        const QString refusal = DataDirectoryOwner::refusal(data, 0);
        QVERIFY2(refusal.contains(data) && refusal.contains(QStringLiteral("sudo -u ")),
                 qPrintable(refusal));
        QVERIFY(DataDirectoryOwner::refusal(data, 1000).isEmpty()); // not root: permissions decide
        QVERIFY(DataDirectoryOwner::refusal(QDir::rootPath(), 0).isEmpty()); // root's own
        QVERIFY(DataDirectoryOwner::refusal(dir.filePath(QStringLiteral("new")), 0).isEmpty());

        if (::geteuid() != 0)
            return; // the binary's refusal needs root to run as
        QProcess admin;
        admin.start(
            QStringLiteral(ICC_SERVER_PATH),
            {QStringLiteral("--data"), data, QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(admin.waitForFinished(60000));
        QCOMPARE(admin.exitCode(), 1);
        QVERIFY(admin.readAllStandardError().contains("sudo -u "));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("icc.sqlite3")))); // nothing created
    }

    void rosterSetStoresANewVersion()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString demo =
            QString::fromLatin1(test::kResourcesDir) + QStringLiteral("/roster/demo.yaml");
        const AdminRun first =
            runAdmin(QStringLiteral("--data %1 roster set %2").arg(data.path(), demo));
        QVERIFY2(first.status == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("roster version 1 ")), qPrintable(first.out));
        // Every set is a new version; the old one stays for incidents pinned to it.
        const AdminRun second =
            runAdmin(QStringLiteral("--data %1 roster set %2").arg(data.path(), demo));
        QVERIFY2(second.status == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(QStringLiteral("roster version 2 ")), qPrintable(second.out));
    }

    void rosterSetRefusesABadFileNamingFileAndLine()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString bad = writeFile(data, QStringLiteral("bad.yaml"),
                                      "rotations:\n"
                                      "  - id: primary\n"
                                      "    members: [alice]\n"
                                      "    start: 2026-01-05T09:00:00Z\n"
                                      "    shift: fortnight\n"
                                      "chain:\n"
                                      "  - rotation: primary\n");
        QVERIFY(!bad.isEmpty());
        const AdminRun run =
            runAdmin(QStringLiteral("--data %1 roster set %2").arg(data.path(), bad));
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(bad + QStringLiteral(":5")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());

        const AdminRun missing = runAdmin(
            QStringLiteral("--data %1 roster set %2/none.yaml").arg(data.path(), data.path()));
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("none.yaml")), qPrintable(missing.err));

        // Nothing was stored by the refused attempts: the first good roster is version 1.
        const QString demo =
            QString::fromLatin1(test::kResourcesDir) + QStringLiteral("/roster/demo.yaml");
        const AdminRun good =
            runAdmin(QStringLiteral("--data %1 roster set %2").arg(data.path(), demo));
        QVERIFY2(good.status == 0, qPrintable(good.err));
        QVERIFY2(good.out.contains(QStringLiteral("roster version 1 ")), qPrintable(good.out));
    }

    void userListShowsNamesAndRoles()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const AdminRun empty = runAdmin(QStringLiteral("--data %1 user list").arg(data.path()));
        QVERIFY2(empty.status == 0, qPrintable(empty.err));
        QVERIFY(empty.out.isEmpty());

        const AdminRun added =
            runAdmin(QStringLiteral("--data %1 user add Carol --role commander --password-stdin")
                         .arg(data.path()),
                     QStringLiteral("correct horse battery staple\n"));
        QVERIFY2(added.status == 0, qPrintable(added.err));
        const AdminRun listed = runAdmin(QStringLiteral("--data %1 user list").arg(data.path()));
        QVERIFY2(listed.status == 0, qPrintable(listed.err));
        QCOMPARE(listed.out, QStringLiteral("carol\tcommander\tenabled\n"));
        QVERIFY(!listed.out.contains(QStringLiteral("horse"))); // never a secret
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
