#include "AdminCommand.h"
#include "ManualClock.h"
#include "ServerCommandLine.h"
#include "TestPaths.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
        const auto result = parse(QStringLiteral(
            "--data=d --listen [::1]:9443 --database postgresql://u:p@h:5432/icc --live "
            "--cert c.pem --key k.pem"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.command->listenAddress, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(result.command->listenPort, quint16(9443));
        QCOMPARE(result.command->databaseUrl, QStringLiteral("postgresql://u:p@h:5432/icc"));
        QVERIFY(result.command->live);
        QCOMPARE(result.command->certFile, QStringLiteral("c.pem"));
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
        QTest::newRow("extra argument") << "--data d import-runbooks a b"
                                        << "unexpected argument \"b\"";
        QTest::newRow("roster without file")
            << "--data d roster set"
            << "missing argument: icc-server --data DIR roster set";
        QTest::newRow("user list with extra") << "--data d user list everyone"
                                              << "unexpected argument \"everyone\"";
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
    }

    void errorsNameTheArgument()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        const auto result = parse(line);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
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
