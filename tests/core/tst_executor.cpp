#include "CommandTemplate.h"
#include "ExecutionGuard.h"
#include "Executor.h"
#include "ManualClock.h"
#include "RunbookStep.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace icc;

namespace {

StepParameter parameter(const QString &name)
{
    StepParameter p;
    p.name = name;
    return p;
}

QMap<QString, StepParameter> declare(std::initializer_list<StepParameter> parameters)
{
    QMap<QString, StepParameter> map;
    for (const StepParameter &p : parameters)
        map.insert(p.name, p);
    return map;
}

RunbookStep step(const QString &command, const QString &rollback = {},
                 QMap<QString, StepParameter> params = {})
{
    RunbookStep s;
    s.action = QStringLiteral("restart_service");
    s.description = QStringLiteral("test step");
    s.command = command;
    s.rollback = rollback;
    s.params = std::move(params);
    return s;
}

ExecutorOptions liveOptions(int timeoutMs = 10000)
{
    ExecutorOptions options;
    options.live = true;
    options.timeoutMs = timeoutMs;
    return options;
}

} // namespace

class TestExecutor : public QObject
{
    Q_OBJECT
private slots:
    // ---- CommandTemplate ------------------------------------------------
    void quotesForThePosixShell()
    {
        QCOMPARE(CommandTemplate::shellQuote(QStringLiteral("web")), QStringLiteral("'web'"));
        QCOMPARE(CommandTemplate::shellQuote(QString()), QStringLiteral("''"));
        QCOMPARE(CommandTemplate::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(
            CommandTemplate::shellArgv(QStringLiteral("/bin/sh"), QStringLiteral("true")),
            (QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("true")}));
    }
    void substitutesQuotedValues()
    {
        const auto declared =
            declare({parameter(QStringLiteral("service")), parameter(QStringLiteral("count"))});
        const RenderedCommand rendered = CommandTemplate::render(
            QStringLiteral("systemctl restart {{service}} --n={{ count }} && echo {{service}}"),
            declared,
            {{QStringLiteral("service"), QStringLiteral("web")},
             {QStringLiteral("count"), QStringLiteral("3")}});
        QVERIFY2(rendered.ok(), qPrintable(rendered.error));
        QCOMPARE(rendered.command, QStringLiteral("systemctl restart 'web' --n='3' && echo 'web'"));
    }
    void substitutionIsNotRecursive()
    {
        const auto declared =
            declare({parameter(QStringLiteral("a")), parameter(QStringLiteral("b"))});
        const RenderedCommand rendered =
            CommandTemplate::render(QStringLiteral("echo {{a}}"), declared,
                                    {{QStringLiteral("a"), QStringLiteral("{{b}}")},
                                     {QStringLiteral("b"), QStringLiteral("x")}});
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.command, QStringLiteral("echo '{{b}}'"));
    }
    void usesTheDefaultForAMissingValue()
    {
        StepParameter service = parameter(QStringLiteral("service"));
        service.defaultValue = QStringLiteral("api");
        const RenderedCommand rendered =
            CommandTemplate::render(QStringLiteral("restart {{service}}"), declare({service}), {});
        QVERIFY(rendered.ok());
        QCOMPARE(rendered.command, QStringLiteral("restart 'api'"));
    }
    void refusesBadTemplatesAndValues_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("value");    // for parameter "p"; "<none>" = no value
        QTest::addColumn<QString>("expected"); // start of the error
        QTest::newRow("undeclared placeholder")
            << QStringLiteral("echo {{other}}") << QStringLiteral("x")
            << QStringLiteral("placeholder {{other}}: not a declared parameter");
        QTest::newRow("missing value") << QStringLiteral("echo {{p}}") << QStringLiteral("<none>")
                                       << QStringLiteral("parameter p: no value");
        QTest::newRow("inside single quotes")
            << QStringLiteral("echo '{{p}}'") << QStringLiteral("x")
            << QStringLiteral("placeholder at column 7 is inside single quotes");
        QTest::newRow("inside double quotes")
            << QStringLiteral("echo \"a {{p}}\"") << QStringLiteral("x")
            << QStringLiteral("placeholder at column 9 is inside double quotes");
        QTest::newRow("after backslash")
            << QStringLiteral("echo \\{{p}}") << QStringLiteral("x")
            << QStringLiteral("placeholder at column 7 follows a backslash");
        QTest::newRow("after dollar") << QStringLiteral("echo ${{p}}") << QStringLiteral("x")
                                      << QStringLiteral("placeholder at column 7 follows '$'");
        QTest::newRow("escaped blank then comment-like #")
            << QStringLiteral("echo \\ #'{{p}}'") << QStringLiteral("x")
            << QStringLiteral("placeholder at column 10 is inside single quotes");
        QTest::newRow("malformed") << QStringLiteral("echo {{p q}}") << QStringLiteral("x")
                                   << QStringLiteral("malformed placeholder {{p q}}");
        QTest::newRow("unterminated") << QStringLiteral("echo {{p") << QStringLiteral("x")
                                      << QStringLiteral("unterminated placeholder");
        QTest::newRow("unterminated quote")
            << QStringLiteral("echo 'abc {{p}}") << QStringLiteral("x")
            << QStringLiteral("placeholder at column 11 is inside");
        QTest::newRow("NUL in value") << QStringLiteral("echo {{p}}")
                                      << (QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                                      << QStringLiteral("parameter p: value contains a NUL");
    }
    void refusesBadTemplatesAndValues()
    {
        QFETCH(QString, command);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QMap<QString, QString> values;
        if (value != QStringLiteral("<none>"))
            values.insert(QStringLiteral("p"), value);
        const RenderedCommand rendered =
            CommandTemplate::render(command, declare({parameter(QStringLiteral("p"))}), values);
        QVERIFY(!rendered.ok());
        QVERIFY2(rendered.error.startsWith(expected), qPrintable(rendered.error));
        QVERIFY(rendered.command.isEmpty());
    }
    void acceptsPlaceholdersNextToSafeText()
    {
        const auto declared = declare({parameter(QStringLiteral("p"))});
        const QMap<QString, QString> values{{QStringLiteral("p"), QStringLiteral("v")}};
        // Quotes that close before the placeholder, and $(...). A comment is
        // never run, so a placeholder there is left as written.
        QCOMPARE(CommandTemplate::render(QStringLiteral("echo 'a' \"b\" {{p}} # it's {{p}}"),
                                         declared, values)
                     .command,
                 QStringLiteral("echo 'a' \"b\" 'v' # it's {{p}}"));
        QCOMPARE(
            CommandTemplate::render(QStringLiteral("echo $(echo {{p}})"), declared, values).command,
            QStringLiteral("echo $(echo 'v')"));
    }
    void refusesAValueForAnUndeclaredParameter()
    {
        const RenderedCommand rendered = CommandTemplate::render(
            QStringLiteral("echo {{p}}"), declare({parameter(QStringLiteral("p"))}),
            {{QStringLiteral("p"), QStringLiteral("x")},
             {QStringLiteral("extra"), QStringLiteral("y")}});
        QCOMPARE(rendered.error, QStringLiteral("parameter extra: not declared by the step"));
    }
    void validatesAllowedValues()
    {
        StepParameter p = parameter(QStringLiteral("service"));
        p.allowed = {QStringLiteral("web"), QStringLiteral("api")};
        QVERIFY(!CommandTemplate::validate(p, QStringLiteral("web")));
        const auto error = CommandTemplate::validate(p, QStringLiteral("db"));
        QVERIFY(error);
        QCOMPARE(
            *error,
            QStringLiteral("parameter service: 'db' is not one of the allowed values (web, api)"));
    }
    void validatesPatternsInFull()
    {
        StepParameter p = parameter(QStringLiteral("service"));
        p.pattern = QStringLiteral("[a-z]+");
        QVERIFY(!CommandTemplate::validate(p, QStringLiteral("web")));
        // A pattern that would match part of the value is not enough.
        QVERIFY(CommandTemplate::validate(p, QStringLiteral("web; id")));
        QVERIFY(CommandTemplate::validate(p, QStringLiteral("web\nid")));
        QVERIFY(CommandTemplate::validate(p, QString()));
        p.pattern = QStringLiteral("[a-z");
        const auto invalid = CommandTemplate::validate(p, QStringLiteral("web"));
        QVERIFY(invalid);
        QVERIFY2(invalid->startsWith(QStringLiteral("parameter service: invalid pattern")),
                 qPrintable(*invalid));
    }
    void validatesNumericBounds()
    {
        StepParameter p = parameter(QStringLiteral("replicas"));
        p.minimum = 1;
        p.maximum = 10;
        QVERIFY(!CommandTemplate::validate(p, QStringLiteral("1")));
        QVERIFY(!CommandTemplate::validate(p, QStringLiteral("10")));
        QVERIFY(!CommandTemplate::validate(p, QStringLiteral("2.5")));
        QCOMPARE(CommandTemplate::validate(p, QStringLiteral("0")).value_or(QString()),
                 QStringLiteral("parameter replicas: 0 is below the minimum 1"));
        QCOMPARE(CommandTemplate::validate(p, QStringLiteral("11")).value_or(QString()),
                 QStringLiteral("parameter replicas: 11 is above the maximum 10"));
        QCOMPARE(CommandTemplate::validate(p, QStringLiteral("5; id")).value_or(QString()),
                 QStringLiteral("parameter replicas: '5; id' is not a number"));
        QVERIFY(CommandTemplate::validate(p, QStringLiteral("nan")));
        QVERIFY(CommandTemplate::validate(p, QStringLiteral("inf")));
    }
    void validatesDefaultsToo()
    {
        StepParameter p = parameter(QStringLiteral("replicas"));
        p.defaultValue = QStringLiteral("50");
        p.maximum = 10;
        const RenderedCommand rendered =
            CommandTemplate::render(QStringLiteral("scale {{replicas}}"), declare({p}), {});
        QCOMPARE(rendered.error, QStringLiteral("parameter replicas: 50 is above the maximum 10"));
    }
    void injectionAttemptsStayLiteralArguments_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("semicolon") << QStringLiteral("x; touch CANARY");
        QTest::newRow("command substitution") << QStringLiteral("$(touch CANARY)");
        QTest::newRow("backticks") << QStringLiteral("`touch CANARY`");
        QTest::newRow("newline") << QStringLiteral("x\ntouch CANARY");
        QTest::newRow("single quote break-out") << QStringLiteral("'; touch CANARY; '");
        QTest::newRow("double quote break-out") << QStringLiteral("\"; touch CANARY; \"");
        QTest::newRow("pipe and redirect") << QStringLiteral("x | tee CANARY > CANARY");
        QTest::newRow("variable and glob") << QStringLiteral("$HOME * ~ ${PATH}");
        QTest::newRow("backslashes") << QStringLiteral("\\'; touch CANARY; \\");
        QTest::newRow("leading dash") << QStringLiteral("-rf");
        QTest::newRow("empty") << QString();
    }
    void injectionAttemptsStayLiteralArguments()
    {
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString canary = dir.filePath(QStringLiteral("CANARY"));
        const QString hostile = QString(value).replace(QStringLiteral("CANARY"), canary);

        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions());
        // printf prints its one argument back exactly, then the argument count.
        const ExecutionResult result =
            executor.run(step(QStringLiteral("printf '%s|' {{v}}; echo $#"), {},
                              declare({parameter(QStringLiteral("v"))})),
                         {{QStringLiteral("v"), hostile}}, QStringLiteral("act-1"));
        QVERIFY2(result.success, qPrintable(result.error + result.output));
        QCOMPARE(result.output, hostile + QStringLiteral("|0\n"));
        QVERIFY(!QFile::exists(canary));
    }

    // ---- Executor ---------------------------------------------------------
    void dryRunIsTheDefaultAndRunsNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("created by step"));
        const RunbookStep touch =
            step(QStringLiteral("touch {{file}}"), QStringLiteral("rm -f {{file}}"),
                 declare({parameter(QStringLiteral("file"))}));
        const QMap<QString, QString> values{{QStringLiteral("file"), target}};

        test::ManualClock clock;
        ExecutionGuard guard;
        Executor dry(clock, guard);
        QVERIFY(!dry.options().live);
        const ExecutionResult planned = dry.run(touch, values, QStringLiteral("act-1"));
        QVERIFY2(planned.success, qPrintable(planned.error));
        QVERIFY(planned.mode == ExecutionMode::DryRun);
        QCOMPARE(planned.command, QStringLiteral("touch ") + CommandTemplate::shellQuote(target));
        QCOMPARE(planned.rollbackCommand,
                 QStringLiteral("rm -f ") + CommandTemplate::shellQuote(target));
        QVERIFY(!planned.exitCode);
        QVERIFY(planned.output.isEmpty());
        QCOMPARE(planned.actionId, QStringLiteral("act-1"));
        QCOMPARE(planned.startedAt, clock.now());
        QVERIFY(!QFile::exists(target));

        Executor live(clock, guard, liveOptions());
        const ExecutionResult ran = live.run(touch, values, QStringLiteral("act-1"));
        QVERIFY2(ran.success, qPrintable(ran.error));
        QVERIFY(ran.mode == ExecutionMode::Live);
        QCOMPARE(ran.exitCode, 0);
        QCOMPARE(ran.command, planned.command);
        QVERIFY(QFile::exists(target));
        QVERIFY(!ran.rolledBack);
    }
    void capturesOutputAndExitCode()
    {
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions());
        const ExecutionResult ok =
            executor.run(step(QStringLiteral("echo out; echo err >&2")), {}, QStringLiteral("a"));
        QVERIFY(ok.success);
        QVERIFY(ok.output.contains(QStringLiteral("out\n")));
        QVERIFY(ok.output.contains(QStringLiteral("err\n")));
        QVERIFY(ok.error.isEmpty());

        const ExecutionResult failed =
            executor.run(step(QStringLiteral("echo failing; exit 3")), {}, QStringLiteral("a"));
        QVERIFY(!failed.success);
        QCOMPARE(failed.exitCode, 3);
        QCOMPARE(failed.output, QStringLiteral("failing\n"));
        QCOMPARE(failed.error, QStringLiteral("exited with code 3"));
    }
    void rollsBackOnFailureOnly()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("rolled-back"));
        const auto declared = declare({parameter(QStringLiteral("marker"))});
        const QMap<QString, QString> values{{QStringLiteral("marker"), marker}};
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions());

        const ExecutionResult succeeded =
            executor.run(step(QStringLiteral("true"), QStringLiteral("touch {{marker}}"), declared),
                         values, QStringLiteral("a"));
        QVERIFY(succeeded.success);
        QVERIFY(!succeeded.rolledBack);
        QVERIFY(!QFile::exists(marker));

        const ExecutionResult failed =
            executor.run(step(QStringLiteral("false"),
                              QStringLiteral("touch {{marker}}; echo undone"), declared),
                         values, QStringLiteral("a"));
        QVERIFY(!failed.success);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.rolledBack);
        QCOMPARE(failed.rollbackExitCode, 0);
        QCOMPARE(failed.rollbackOutput, QStringLiteral("undone\n"));
        QVERIFY(QFile::exists(marker));
    }
    void reportsAFailedRollback()
    {
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions());
        const ExecutionResult result =
            executor.run(step(QStringLiteral("exit 2"), QStringLiteral("echo cannot; exit 5")), {},
                         QStringLiteral("a"));
        QVERIFY(!result.success);
        QVERIFY(!result.rolledBack); // ran, but did not undo anything
        QCOMPARE(result.rollbackExitCode, 5);
        QCOMPARE(result.rollbackOutput, QStringLiteral("cannot\n"));
        QCOMPARE(result.error,
                 QStringLiteral("exited with code 2; rollback failed: exited with code 5"));
    }
    void killsACommandThatTimesOutAndRollsBack()
    {
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions(200));
        QElapsedTimer elapsed;
        elapsed.start();
        const ExecutionResult result = executor.run(
            step(QStringLiteral("echo started; sleep 5; echo never"), QStringLiteral("echo undo")),
            {}, QStringLiteral("a"));
        QVERIFY(elapsed.elapsed() < 4000);
        QVERIFY(!result.success);
        QVERIFY(!result.exitCode);
        QVERIFY(result.error.startsWith(QStringLiteral("timed out after 200 ms")));
        QVERIFY(result.output.contains(QStringLiteral("started")));
        QVERIFY(!result.output.contains(QStringLiteral("never")));
        QVERIFY(result.rolledBack);
        QCOMPARE(result.rollbackOutput, QStringLiteral("undo\n"));
    }
#ifdef Q_OS_LINUX
    void aTimeoutKillsWhatTheShellStarted()
    {
        // The background sleep would outlive a kill of the shell alone.
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions(300));
        const ExecutionResult result =
            executor.run(step(QStringLiteral("sleep 30 & echo $!; wait")), {}, QStringLiteral("a"));
        QVERIFY(result.error.startsWith(QStringLiteral("timed out")));
        bool isNumber = false;
        const int sleepPid = result.output.trimmed().toInt(&isNumber);
        QVERIFY2(isNumber, qPrintable(result.output));
        // Gone, or a zombie waiting for init to reap it; never still sleeping.
        const auto alive = [sleepPid] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(sleepPid));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray text = stat.readAll();
            const qsizetype afterName = text.lastIndexOf(')');
            return afterName > 0 && text.mid(afterName + 2, 1) != "Z";
        };
        QTRY_VERIFY_WITH_TIMEOUT(!alive(), 3000);
    }
#endif
    void capsCapturedOutput()
    {
        test::ManualClock clock;
        ExecutionGuard guard;
        ExecutorOptions options = liveOptions();
        options.maxOutputBytes = 1000;
        Executor executor(clock, guard, options);
        const ExecutionResult result = executor.run(
            step(QStringLiteral("head -c 100000 /dev/zero | tr '\\0' a")), {}, QStringLiteral("a"));
        QVERIFY2(result.success, qPrintable(result.error));
        QVERIFY(result.output.startsWith(QString(1000, QLatin1Char('a')) +
                                         QStringLiteral("\n[output truncated")));
        QVERIFY2(result.output.endsWith(QStringLiteral("[output truncated: 99000 more bytes]")),
                 qPrintable(result.output.right(60)));
    }
    void killSwitchBlocksDryRunAndLive()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("must-not-exist"));
        const RunbookStep touch = step(QStringLiteral("touch {{file}}"), {},
                                       declare({parameter(QStringLiteral("file"))}));
        const QMap<QString, QString> values{{QStringLiteral("file"), target}};
        test::ManualClock clock;
        ExecutionGuard guard;
        guard.engageKillSwitch(QStringLiteral("commander"), QStringLiteral("bad deploy"),
                               clock.now());

        for (const bool live : {false, true}) {
            ExecutorOptions options = liveOptions();
            options.live = live;
            Executor executor(clock, guard, options);
            const ExecutionResult result = executor.run(touch, values, QStringLiteral("a"));
            QVERIFY(!result.success);
            QVERIFY(result.blocked());
            QCOMPARE(result.blockedBy,
                     QStringLiteral("kill switch engaged by commander: bad deploy"));
            QVERIFY(result.command.isEmpty());
            QVERIFY(!result.exitCode);
            QCOMPARE(result.toJson().value(QStringLiteral("blocked_by")).toString(),
                     result.blockedBy);
            QVERIFY(!QFile::exists(target));
        }

        guard.releaseKillSwitch();
        Executor executor(clock, guard, liveOptions());
        QVERIFY(executor.run(touch, values, QStringLiteral("a")).success);
        QVERIFY(QFile::exists(target));
    }
    void haltedActionTypeIsBlockedOthersRun()
    {
        test::ManualClock clock;
        ExecutionGuard guard;
        guard.haltActionType(QStringLiteral("restart_service"), QStringLiteral("commander"),
                             QStringLiteral("restarts make it worse"), clock.now());
        Executor executor(clock, guard, liveOptions());
        RunbookStep restart = step(QStringLiteral("echo restarting"));
        const ExecutionResult blocked = executor.run(restart, {}, QStringLiteral("a"));
        QVERIFY(blocked.blocked());
        QVERIFY(!blocked.success);
        QVERIFY(blocked.output.isEmpty());
        QVERIFY(blocked.blockedBy.contains(QStringLiteral("restart_service")));

        RunbookStep other = restart;
        other.action = QStringLiteral("clear_cache");
        const ExecutionResult ran = executor.run(other, {}, QStringLiteral("b"));
        QVERIFY(!ran.blocked());
        QVERIFY(ran.success);
        QCOMPARE(ran.output, QStringLiteral("restarting\n"));
    }
    void badParameterRunsNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("x"));
        StepParameter service = parameter(QStringLiteral("service"));
        service.allowed = {QStringLiteral("web")};
        const RunbookStep s =
            step(QStringLiteral("touch ") + target + QStringLiteral(" {{service}}"), {},
                 declare({service}));
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions());
        const ExecutionResult result = executor.run(
            s, {{QStringLiteral("service"), QStringLiteral("db")}}, QStringLiteral("a"));
        QVERIFY(!result.success);
        QVERIFY2(result.error.startsWith(QStringLiteral("command: parameter service:")),
                 qPrintable(result.error));
        QVERIFY(result.command.isEmpty());
        QVERIFY(!QFile::exists(target));
    }
    void aBrokenRollbackStopsTheCommand()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("x"));
        const RunbookStep s =
            step(QStringLiteral("touch ") + target, QStringLiteral("undo {{undeclared}}"));
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions());
        const ExecutionResult result = executor.run(s, {}, QStringLiteral("a"));
        QVERIFY(!result.success);
        QVERIFY2(result.error.startsWith(QStringLiteral("rollback: placeholder {{undeclared}}")),
                 qPrintable(result.error));
        QVERIFY(!QFile::exists(target));
    }
    void aStepWithoutCommandRunsNothing()
    {
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions());
        RunbookStep identify = step({});
        identify.action = QStringLiteral("identify_process");
        const ExecutionResult result = executor.run(identify, {}, QStringLiteral("a"));
        QVERIFY(result.success);
        QVERIFY(result.command.isEmpty());
        QVERIFY(!result.exitCode);
    }
    void reportsAShellThatCannotStart()
    {
        test::ManualClock clock;
        ExecutionGuard guard;
        ExecutorOptions options = liveOptions();
        options.shell = QStringLiteral("/nonexistent/shell");
        Executor executor(clock, guard, options);
        const ExecutionResult result =
            executor.run(step(QStringLiteral("true")), {}, QStringLiteral("a"));
        QVERIFY(!result.success);
        QVERIFY2(result.error.startsWith(QStringLiteral("failed to start /nonexistent/shell")),
                 qPrintable(result.error));
    }
    void resultJsonIsTheAuditPayload()
    {
        test::ManualClock clock;
        ExecutionGuard guard;
        Executor executor(clock, guard, liveOptions());
        const ExecutionResult result =
            executor.run(step(QStringLiteral("echo hi; false"), QStringLiteral("echo back")), {},
                         QStringLiteral("a"));
        const QJsonObject json = result.toJson();
        const QStringList keys = json.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{QStringLiteral("action"), QStringLiteral("mode"),
                                QStringLiteral("success"), QStringLiteral("exit_code"),
                                QStringLiteral("output"), QStringLiteral("command"),
                                QStringLiteral("rolled_back"), QStringLiteral("rollback_output"),
                                QStringLiteral("error")}));
        QCOMPARE(json.value(QStringLiteral("action")).toString(),
                 QStringLiteral("restart_service"));
        QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
        QCOMPARE(json.value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("output")).toString(), QStringLiteral("hi\n"));
        QCOMPARE(json.value(QStringLiteral("command")).toString(),
                 QStringLiteral("echo hi; false"));
        QCOMPARE(json.value(QStringLiteral("rolled_back")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("rollback_output")).toString(),
                 QStringLiteral("back\n"));

        Executor dry(clock, guard);
        const QJsonObject planned =
            dry.run(step(QStringLiteral("true")), {}, QStringLiteral("a")).toJson();
        QCOMPARE(planned.value(QStringLiteral("mode")).toString(), QStringLiteral("dry_run"));
        QVERIFY(planned.value(QStringLiteral("exit_code")).isNull());
        QVERIFY(!planned.contains(QStringLiteral("blocked_by")));
        QVERIFY(!planned.contains(QStringLiteral("error")));
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
