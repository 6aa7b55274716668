#include "ServerCommandLine.h"

#include <QTest>

using namespace icc;

namespace {

ServerCommandLineResult parse(const QString &line)
{
    return ServerCommandLine::parse(line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
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
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
