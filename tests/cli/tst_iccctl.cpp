#include "AuditEvent.h"
#include "AuditFileStore.h"
#include "AuditLog.h"
#include "ManualClock.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace icc;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }
};

Run iccctl(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(ICCCTL_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString resource(const char *relative)
{
    return QDir(QString::fromUtf8(test::kResourcesDir)).filePath(QString::fromUtf8(relative));
}

QStringList triageArgs()
{
    return {QStringLiteral("triage"), QStringLiteral("--runbooks"), resource("runbooks"),
            QStringLiteral("--policy"), resource("policy/default.yaml")};
}

} // namespace

class TestIccctl : public QObject
{
    Q_OBJECT
private slots:
    void triageWritesOneLinePerAlertWithTheDocumentedFields()
    {
        const QStringList files{resource("demo/alerts/alertmanager-checkout.json"),
                                resource("demo/alerts/pagerduty-latency.json"),
                                resource("demo/alerts/generic-feed.jsonl")};
        const Run run = iccctl(triageArgs() + files);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines.size(), 7); // 2 Alertmanager + 1 PagerDuty + 4 generic
        for (const QJsonObject &line : lines) {
            for (const char *key :
                 {"alert_id", "summary", "runbook", "confidence", "candidates", "outcome",
                  "autonomy_level", "review_tier", "requires_approval", "reasons"})
                QVERIFY2(line.contains(QLatin1String(key)), key);
            const double confidence = line.value(QStringLiteral("confidence")).toDouble(-1);
            QVERIFY(confidence >= 0.0 && confidence <= 1.0);
            const int level = line.value(QStringLiteral("autonomy_level")).toInt(-1);
            QVERIFY(level >= 0 && level <= 4);
            QVERIFY(!line.value(QStringLiteral("reasons")).toArray().isEmpty());
        }
        // The nonsense alert has no runbook and is escalated to a human, never run.
        const QJsonObject novel = lines.at(6);
        QVERIFY(novel.value(QStringLiteral("runbook")).isNull());
        QCOMPARE(novel.value(QStringLiteral("outcome")).toString(), QStringLiteral("escalate"));
        // A completed deployment is a notice: nothing to do.
        QCOMPARE(lines.at(5).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("no_action"));
    }

    void triageReadsStandardInput()
    {
        const Run run = iccctl(triageArgs(), R"({"summary": "Disk /var full: 97% used on web-3"})");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().size(), 1);
    }

    void badLinesExitTwoNamingLineAndFieldWhileTheRestIsTriaged()
    {
        const QByteArray input = "{\"summary\": \"CPU above 95% on api-1\"}\n"
                                 "{\"severity\": \"warning\"}\n"
                                 "not json at all\n"
                                 "{\"summary\": \"Redis sentinel failover in progress\"}\n";
        const Run run = iccctl(triageArgs(), input);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.lines().size(), 2);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("<stdin>:2")), run.err.constData());
        QVERIFY2(err.contains(QStringLiteral("summary")), run.err.constData());
        QVERIFY2(err.contains(QStringLiteral("<stdin>:3")), run.err.constData());
    }

    void unreadableFileIsBadInput()
    {
        const Run run = iccctl(triageArgs() << QStringLiteral("/nonexistent/alerts.json"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("/nonexistent/alerts.json"));
    }

    void triageRequiresRunbooks()
    {
        const Run run = iccctl({QStringLiteral("triage")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.err.contains("--runbooks"));
    }

    void triageRefusesAnInvalidPolicy()
    {
        QTemporaryDir dir;
        QFile policy(dir.filePath(QStringLiteral("broken.yaml")));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write("version: [unclosed\n");
        policy.close();
        const Run run =
            iccctl({QStringLiteral("triage"), QStringLiteral("--runbooks"), resource("runbooks"),
                    QStringLiteral("--policy"), policy.fileName()},
                   R"({"summary": "CPU above 95%"})");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("broken.yaml:"));
        QVERIFY(run.out.isEmpty());
    }

    void triageUsesAUserEditedLexicon()
    {
        // An operator teaches the matcher a house word for CPU saturation.
        QTemporaryDir dir;
        QFile shipped(resource("lexicon/concepts.yaml"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray lexicon = shipped.readAll();
        lexicon.replace("  cpu: [cpu,", "  cpu: [cpu, furnace mode,");
        QFile edited(dir.filePath(QStringLiteral("concepts.yaml")));
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(lexicon);
        edited.close();
        const QByteArray alert = R"({"summary": "api-gateway-3 in furnace mode at 97%"})";

        const Run builtin = iccctl(triageArgs(), alert);
        QCOMPARE(builtin.exitCode, 0);
        QVERIFY(builtin.lines().constFirst().value(QStringLiteral("runbook")).isNull());

        const Run taught =
            iccctl(triageArgs() << QStringLiteral("--lexicon") << edited.fileName(), alert);
        QVERIFY2(taught.exitCode == 0, taught.err.constData());
        QCOMPARE(taught.lines().constFirst().value(QStringLiteral("runbook")).toString(),
                 QStringLiteral("rb-cpu-high"));

        QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
        edited.write("concepts:\n  cpu: [cpu\n");
        edited.close();
        const Run broken =
            iccctl(triageArgs() << QStringLiteral("--lexicon") << edited.fileName(), alert);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("concepts.yaml:"), broken.err.constData());
        QVERIFY(broken.out.isEmpty());
    }

    void validateAcceptsTheShippedRunbooksAndPolicy()
    {
        Run run = iccctl({QStringLiteral("validate"), resource("runbooks")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = iccctl({QStringLiteral("validate"), resource("policy/default.yaml")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void validateNamesFileLineAndField()
    {
        QTemporaryDir dir;
        QFile runbook(dir.filePath(QStringLiteral("bad.md")));
        QVERIFY(runbook.open(QIODevice::WriteOnly));
        runbook.write("---\nid: rb-bad\ntitle: Bad\nrisk: severe\nsymptoms: [x]\n"
                      "steps:\n  - action: look\n---\nbody\n");
        runbook.close();
        const Run run = iccctl({QStringLiteral("validate"), runbook.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("bad.md:4: risk"), run.err.constData());
    }

    void auditVerifyNamesTheFirstBadEntry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        {
            test::ManualClock clock;
            AuditFileStore store(path);
            AuditLog log(store, clock);
            for (int i = 0; i < 5; ++i) {
                log.append(QString::fromLatin1(AuditEvent::kAlertReceived), QStringLiteral("agent"),
                           QStringLiteral("inc-1"), QStringLiteral("a-%1").arg(i),
                           QJsonObject{{QStringLiteral("n"), i}});
                clock.advanceSeconds(1);
            }
        }
        Run run = iccctl({QStringLiteral("audit"), QStringLiteral("verify"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("5 entries"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        content.replace("\"n\":2", "\"n\":7");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        run = iccctl({QStringLiteral("audit"), QStringLiteral("verify"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("sequence 3"), run.err.constData());
    }

    void evalReportsAccuracyAndFailsUnderTheBar()
    {
        QTemporaryDir dir;
        QFile cases(dir.filePath(QStringLiteral("cases.jsonl")));
        QVERIFY(cases.open(QIODevice::WriteOnly));
        cases.write(
            R"({"id": "c1", "category": "no_runbook", "query": "Printer out of toner on floor 3", "expected_runbook": "none", "expected_approval": false})"
            "\n");
        // Deliberately mislabelled: no shipped runbook is about toner.
        cases.write(
            R"({"id": "c2", "category": "correct_triage", "query": "Printer out of toner on floor 4", "expected_runbook": "rb-cpu-high", "expected_approval": true})"
            "\n");
        cases.write(R"({"id": "c3", "category": "bogus", "query": "x", "expected_runbook": "none"})"
                    "\n");
        cases.close();
        const QStringList base{QStringLiteral("eval"), QStringLiteral("--runbooks"),
                               resource("runbooks"), cases.fileName()};

        Run run = iccctl(base);
        QCOMPARE(run.exitCode, 2); // the bogus category line
        QVERIFY2(run.err.contains("cases.jsonl:3: category"), run.err.constData());
        QVERIFY(run.out.contains("no_runbook"));
        QVERIFY(run.out.contains("1/2"));
        QVERIFY2(run.out.contains("c2 [correct_triage] expected rb-cpu-high, got none"),
                 run.out.constData());

        run =
            iccctl(QStringList(base) << QStringLiteral("--min-accuracy") << QStringLiteral("0.9"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("below --min-accuracy"));

        run =
            iccctl(QStringList(base) << QStringLiteral("--min-accuracy") << QStringLiteral("1.5"));
        QCOMPARE(run.exitCode, 64);

        run = iccctl(QStringList(base) << QStringLiteral("--json"));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("correct")).toInt(), 1);
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = iccctl({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.err.contains("unknown command"));
    }
};

QTEST_GUILESS_MAIN(TestIccctl)
#include "tst_iccctl.moc"
