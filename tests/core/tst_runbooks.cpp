#include "RunbookLibrary.h"
#include "RunbookLoader.h"
#include "TestPaths.h"
#include "ValidationError.h"

#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace icc;

namespace {

QString dataPath(const QString &relative)
{
    return QString::fromUtf8(icc::test::kTestDataDir) + QStringLiteral("/runbooks/") + relative;
}

QString shippedDir()
{
    return QString::fromUtf8(icc::test::kResourcesDir) + QStringLiteral("/runbooks");
}

QString describeAll(const QList<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

bool hasError(const QList<ValidationError> &errors, int line, const QString &field,
              const QString &messagePart)
{
    for (const ValidationError &error : errors) {
        if (error.line == line && error.field == field && error.message.contains(messagePart))
            return true;
    }
    return false;
}

// A minimal valid runbook around one step, for focused loadText cases.
QString withStep(const QString &stepYaml, const QString &risk = QStringLiteral("high"))
{
    return QStringLiteral("---\n"
                          "id: rb-inline\n"
                          "title: Inline\n"
                          "risk: %1\n"
                          "symptoms: x\n"
                          "steps:\n"
                          "%2"
                          "---\n"
                          "Body\n")
        .arg(risk, stepYaml);
}

} // namespace

class TestRunbooks : public QObject
{
    Q_OBJECT
private slots:
    void validationErrorFormatsFileLineField()
    {
        const ValidationError error{QStringLiteral("runbooks/cpu.md"), 14,
                                    QStringLiteral("steps[1].risk"), QStringLiteral("bad")};
        QCOMPARE(error.toString(), QStringLiteral("runbooks/cpu.md:14: steps[1].risk: bad"));
    }

    void loadsMinimalRunbook()
    {
        const RunbookLoadResult result =
            RunbookLoader::loadFile(dataPath(QStringLiteral("good/minimal.md")));
        QVERIFY2(result.ok(), qPrintable(describeAll(result.errors)));
        const Runbook &runbook = *result.runbook;
        QCOMPARE(runbook.id, QStringLiteral("rb-fixture-minimal"));
        QVERIFY(runbook.risk == RiskTier::Low);
        QCOMPARE(runbook.symptoms, QStringList{QStringLiteral("Service dashboard looks slow")});
        QCOMPARE(runbook.steps.size(), 1);
        QCOMPARE(runbook.sourceLine, 2);
        QCOMPARE(runbook.sourceFile, dataPath(QStringLiteral("good/minimal.md")));
        QCOMPARE(runbook.body, QStringLiteral("## Diagnose\nLook at the dashboard."));
    }

    void loadsEveryFieldAndAppliesDefaults()
    {
        const RunbookLoadResult result =
            RunbookLoader::loadFile(dataPath(QStringLiteral("good/full.md")));
        QVERIFY2(result.ok(), qPrintable(describeAll(result.errors)));
        const Runbook &runbook = *result.runbook;
        QVERIFY(runbook.risk == RiskTier::High);
        QCOMPARE(runbook.tags, (QStringList{QStringLiteral("fixture"), QStringLiteral("cpu")}));
        QCOMPARE(runbook.symptoms.size(), 2);
        QCOMPARE(runbook.examples.size(), 1);
        QCOMPARE(runbook.matchLabels.value(QStringLiteral("alertname")), QStringLiteral("HighCPU"));
        QCOMPARE(runbook.matchLabels.value(QStringLiteral("severity")), QStringLiteral("page"));
        QVERIFY(runbook.body.startsWith(QStringLiteral("## Diagnose")));
        QCOMPARE(runbook.steps.size(), 4);

        // Read-only step: low risk, touches nothing.
        const RunbookStep &look = runbook.steps[0];
        QVERIFY(!look.changesState());
        QVERIFY(look.risk == RiskTier::Low);
        QCOMPARE(look.blastRadius.services, 0);
        QVERIFY(look.blastRadius.isReversible());
        QCOMPARE(look.sourceLine, 14);

        const RunbookStep &restart = runbook.steps[1];
        QVERIFY(restart.changesState());
        QVERIFY(restart.risk == RiskTier::Medium);
        QVERIFY(restart.requiresApproval);
        QCOMPARE(restart.command, QStringLiteral("systemctl restart {{service}}"));
        QCOMPARE(restart.blastRadius.services, 1);
        QCOMPARE(restart.blastRadius.trafficFraction, 0.2);
        QCOMPARE(restart.blastRadius.reversibleMinutes, 5);
        QCOMPARE(restart.params.value(QStringLiteral("service")).fromLabel,
                 QStringLiteral("service"));
        QCOMPARE(restart.params.value(QStringLiteral("service")).pattern,
                 QStringLiteral("^[a-z0-9-]+$"));
        QCOMPARE(restart.params.value(QStringLiteral("service")).name, QStringLiteral("service"));

        // A state-changing step without risk inherits the runbook risk, never low.
        const RunbookStep &scale = runbook.steps[2];
        QVERIFY(scale.risk == RiskTier::High);
        const StepParameter replicas = scale.params.value(QStringLiteral("replicas"));
        QCOMPARE(replicas.defaultValue, QStringLiteral("6"));
        QCOMPARE(replicas.minimum, std::optional<double>(1));
        QCOMPARE(replicas.maximum, std::optional<double>(20));
        QCOMPARE(scale.params.value(QStringLiteral("deployment")).allowed,
                 (QStringList{QStringLiteral("web"), QStringLiteral("api")}));

        const RunbookStep &purge = runbook.steps[3];
        QVERIFY(purge.irreversible);
        QVERIFY(purge.rollback.isEmpty());
        QVERIFY(!purge.blastRadius.isReversible());
    }

    void acceptsCrLfAndByteOrderMark()
    {
        QString text =
            QStringLiteral("\uFEFF---\r\nid: rb-crlf\r\ntitle: T\r\nrisk: low\r\n"
                           "symptoms: x\r\nsteps:\r\n  - action: look\r\n---\r\nBody\r\n");
        const RunbookLoadResult result = RunbookLoader::loadText(text, QStringLiteral("crlf.md"));
        QVERIFY2(result.ok(), qPrintable(describeAll(result.errors)));
        QCOMPARE(result.runbook->body, QStringLiteral("Body"));
    }

    void badFileNamesFileLineAndField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("missing id") << "missing-id.md" << 2 << "id"
                                    << "required field is missing";
        QTest::newRow("bad id") << "bad-id.md" << 2 << "id"
                                << "got 'RB_High_CPU'";
        QTest::newRow("bad action") << "bad-id.md" << 7 << "steps[0].action"
                                    << "got 'Look-Around'";
        QTest::newRow("bad risk") << "bad-risk.md" << 9 << "steps[1].risk"
                                  << "expected one of low, medium, high, critical, got 'severe'";
        QTest::newRow("unknown key") << "unknown-key.md" << 6 << "stpes"
                                     << "unknown key 'stpes' (did you mean 'steps'?)";
        QTest::newRow("unknown key leaves steps missing") << "unknown-key.md" << 2 << "steps"
                                                          << "required field is missing";
        QTest::newRow("unknown step key") << "unknown-step-key.md" << 9 << "steps[0].rolback"
                                          << "did you mean 'rollback'?";
        QTest::newRow("duplicate key") << "duplicate-key.md" << 6 << "risk"
                                       << "duplicate key (first given on line 4)";
        QTest::newRow("undeclared placeholder")
            << "undeclared-placeholder.md" << 8 << "steps[0].command"
            << "placeholder {{host}} is not a declared param (declared: service)";
        QTest::newRow("missing rollback") << "missing-rollback.md" << 10 << "steps[1].rollback"
                                          << "needs a rollback, or 'irreversible: true'";
        // yaml-cpp reports the line where it notices the unclosed list (the next key).
        QTest::newRow("yaml syntax") << "yaml-syntax.md" << 7 << "front matter"
                                     << "YAML syntax error: end of sequence flow not found";
        QTest::newRow("no front matter") << "no-front-matter.md" << 1 << "front matter"
                                         << "must start with a '---' line";
        QTest::newRow("unclosed front matter") << "unclosed-front-matter.md" << 1 << "front matter"
                                               << "not closed";
        QTest::newRow("empty steps") << "empty-steps.md" << 6 << "steps"
                                     << "at least one step is required";
        QTest::newRow("bad pattern") << "bad-pattern.md" << 14 << "steps[0].params.service.pattern"
                                     << "invalid regular expression '^[a-z0-9-+$'";
        QTest::newRow("unrestricted param") << "unrestricted-param.md" << 8 << "steps[0].command"
                                            << "param 'service' restricts nothing";
        QTest::newRow("irreversible without reason")
            << "irreversible-without-reason.md" << 8 << "steps[0].description"
            << "why no rollback exists";
        QTest::newRow("irreversible with rollback")
            << "irreversible-with-rollback.md" << 9 << "steps[0].irreversible"
            << "contradicts";
        QTest::newRow("irreversible with reversible minutes")
            << "irreversible-with-rollback.md" << 12 << "steps[0].blast_radius.reversible_minutes"
            << "declared irreversible";
        QTest::newRow("risk below step") << "risk-below-step.md" << 4 << "risk"
                                         << "below its riskiest step: steps[0] is 'critical'";
        QTest::newRow("missing blast radius")
            << "missing-blast-radius.md" << 8 << "steps[0].blast_radius"
            << "must declare";
        QTest::newRow("default violates pattern")
            << "default-violates-pattern.md" << 12 << "steps[0].params.service.default"
            << "does not match the pattern";
    }

    void badFileNamesFileLineAndField()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);

        const QString path = dataPath(QStringLiteral("bad/") + file);
        const RunbookLoadResult result = RunbookLoader::loadFile(path);
        QVERIFY(!result.runbook.has_value());
        QVERIFY(!result.ok());
        QVERIFY2(hasError(result.errors, line, field, message),
                 qPrintable(describeAll(result.errors)));
        for (const ValidationError &error : result.errors) {
            QCOMPARE(error.file, path);
            QVERIFY(error.toString().startsWith(
                QStringLiteral("%1:%2: %3: ").arg(path).arg(error.line).arg(error.field)));
        }
    }

    void reportsEveryErrorOfAFileNotOnlyTheFirst()
    {
        const RunbookLoadResult result =
            RunbookLoader::loadFile(dataPath(QStringLiteral("bad/wrong-types.md")));
        QVERIFY(!result.runbook.has_value());
        const QList<ValidationError> &errors = result.errors;
        QVERIFY2(hasError(errors, 3, QStringLiteral("title"),
                          QStringLiteral("expected text, got a list")),
                 qPrintable(describeAll(errors)));
        QVERIFY(hasError(errors, 5, QStringLiteral("tags"),
                         QStringLiteral("expected a list of texts")));
        QVERIFY(hasError(errors, 6, QStringLiteral("symptoms"),
                         QStringLiteral("expected text or a list of texts, got a map")));
        QVERIFY(hasError(errors, 9, QStringLiteral("steps[0].requires_approval"),
                         QStringLiteral("expected true or false, got 'yes'")));
        QVERIFY(hasError(errors, 12, QStringLiteral("steps[0].blast_radius.services"),
                         QStringLiteral("expected a whole number, got 'two'")));
        QVERIFY(hasError(errors, 12, QStringLiteral("steps[0].blast_radius.traffic_fraction"),
                         QStringLiteral("between 0 and 1, got 1.5")));
        QVERIFY(hasError(errors, 12, QStringLiteral("steps[0].blast_radius.reversible_minutes"),
                         QStringLiteral("expected a whole number, got '5'")));
        QCOMPARE(errors.size(), 7);
    }

    void invalidParamDoesNotCascadeIntoPlaceholderErrors()
    {
        const RunbookLoadResult result =
            RunbookLoader::loadFile(dataPath(QStringLiteral("bad/default-violates-pattern.md")));
        QCOMPARE(result.errors.size(), 1);
    }

    void rejectsInlineStepMistakes_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("rollback on read-only step") << "  - action: look\n    rollback: undo\n"
                                                    << "steps[0].rollback"
                                                    << "nothing to undo";
        QTest::newRow("irreversible read-only step")
            << "  - action: look\n    description: why\n    irreversible: true\n"
            << "steps[0].irreversible"
            << "read-only step";
        QTest::newRow("missing action") << "  - description: no action\n"
                                        << "steps[0].action"
                                        << "required field is missing";
        QTest::newRow("step is not a map") << "  - just text\n"
                                           << "steps[0]"
                                           << "expected a step";
        QTest::newRow("unbalanced braces")
            << "  - action: act\n    command: run {{service}\n    rollback: undo\n"
               "    blast_radius: {services: 1, traffic_fraction: 0, reversible_minutes: 1}\n"
            << "steps[0].command"
            << "unclosed";
        QTest::newRow("malformed placeholder")
            << "  - action: act\n    command: run {{Bad-Name}}\n    rollback: undo\n"
               "    blast_radius: {services: 1, traffic_fraction: 0, reversible_minutes: 1}\n"
            << "steps[0].command"
            << "malformed placeholder '{{Bad-Name}}'";
        QTest::newRow("placeholder only in rollback")
            << "  - action: act\n    command: run\n    rollback: undo {{node}}\n"
               "    blast_radius: {services: 1, traffic_fraction: 0, reversible_minutes: 1}\n"
            << "steps[0].rollback"
            << "{{node}} is not a declared param (declared: none)";
        QTest::newRow("param without source")
            << "  - action: act\n    command: run {{n}}\n    rollback: undo\n"
               "    blast_radius: {services: 1, traffic_fraction: 0, reversible_minutes: 1}\n"
               "    params: {n: {min: 1, max: 3}}\n"
            << "steps[0].params.n"
            << "from_label or default";
        QTest::newRow("min above max")
            << "  - action: act\n    command: run {{n}}\n    rollback: undo\n"
               "    blast_radius: {services: 1, traffic_fraction: 0, reversible_minutes: 1}\n"
               "    params: {n: {default: '2', min: 5, max: 3}}\n"
            << "steps[0].params.n.min"
            << "above max";
        QTest::newRow("default outside allowed")
            << "  - action: act\n    command: run {{n}}\n    rollback: undo\n"
               "    blast_radius: {services: 1, traffic_fraction: 0, reversible_minutes: 1}\n"
               "    params: {n: {default: c, allowed: [a, b]}}\n"
            << "steps[0].params.n.default"
            << "not one of the allowed values";
        QTest::newRow("default out of range")
            << "  - action: act\n    command: run {{n}}\n    rollback: undo\n"
               "    blast_radius: {services: 1, traffic_fraction: 0, reversible_minutes: 1}\n"
               "    params: {n: {default: '50', min: 1, max: 10}}\n"
            << "steps[0].params.n.default"
            << "within min/max";
        QTest::newRow("missing reversible minutes")
            << "  - action: act\n    command: run\n    rollback: undo\n"
               "    blast_radius: {services: 1, traffic_fraction: 0}\n"
            << "steps[0].blast_radius.reversible_minutes"
            << "required for a state-changing step";
        QTest::newRow("negative services")
            << "  - action: act\n    command: run\n    rollback: undo\n"
               "    blast_radius: {services: -2, traffic_fraction: 0, reversible_minutes: 1}\n"
            << "steps[0].blast_radius.services"
            << "service count >= 0";
        QTest::newRow("quoted boolean") << "  - action: act\n    regulated: 'true'\n"
                                        << "steps[0].regulated"
                                        << "expected true or false";
        QTest::newRow("empty command") << "  - action: act\n    command: ''\n"
                                       << "steps[0].command"
                                       << "is empty";
        QTest::newRow("bad param name")
            << "  - action: act\n    params: {Bad-Name: {default: x, pattern: x}}\n"
            << "steps[0].params.Bad-Name"
            << "lower-case";
    }

    void rejectsInlineStepMistakes()
    {
        QFETCH(QString, step);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const RunbookLoadResult result =
            RunbookLoader::loadText(withStep(step), QStringLiteral("inline.md"));
        QVERIFY(!result.runbook.has_value());
        bool found = false;
        for (const ValidationError &error : result.errors)
            found = found ||
                    (error.field == field && error.message.contains(message) && error.line >= 7);
        QVERIFY2(found, qPrintable(describeAll(result.errors)));
    }

    void rejectsBadTopLevelShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << "" << 1 << "front matter"
                                    << "must start with";
        QTest::newRow("empty front matter") << "---\n---\nbody" << 1 << "front matter"
                                            << "is empty";
        QTest::newRow("front matter is a list") << "---\n- a\n- b\n---\n"
                                                << 2 << "front matter"
                                                << "expected a map of fields";
        QTest::newRow("steps is a map")
            << "---\nid: rb-x\ntitle: T\nrisk: low\nsymptoms: x\nsteps: {action: look}\n---\n"
            << 6 << "steps"
            << "expected a list of steps, got a map";
        QTest::newRow("empty symptoms list")
            << "---\nid: rb-x\ntitle: T\nrisk: low\nsymptoms: []\nsteps: [{action: look}]\n---\n"
            << 5 << "symptoms"
            << "at least one symptom";
        QTest::newRow("null title")
            << "---\nid: rb-x\ntitle:\nrisk: low\nsymptoms: x\nsteps: [{action: look}]\n---\n"
            << 3 << "title"
            << "is empty";
        QTest::newRow("match with unknown key")
            << "---\nid: rb-x\ntitle: T\nrisk: low\nsymptoms: x\nmatch: {lables: {a: b}}\n"
               "steps: [{action: look}]\n---\n"
            << 6 << "match.lables"
            << "did you mean 'labels'?";
        QTest::newRow("match label not text")
            << "---\nid: rb-x\ntitle: T\nrisk: low\nsymptoms: x\nmatch:\n  labels:\n"
               "    alertname: [a, b]\n"
               "steps: [{action: look}]\n---\n"
            << 8 << "match.labels.alertname"
            << "expected text, got a list";
    }

    void rejectsBadTopLevelShapes()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const RunbookLoadResult result = RunbookLoader::loadText(text, QStringLiteral("t.md"));
        QVERIFY(!result.runbook.has_value());
        QVERIFY2(hasError(result.errors, line, field, message),
                 qPrintable(describeAll(result.errors)));
    }

    void acceptsJsonBracesAroundPlaceholders()
    {
        // kubectl patch bodies end in "}}"; only an unclosed "{{" is a placeholder typo.
        const QString step = QStringLiteral(
            "  - action: patch\n"
            "    description: Patch\n"
            "    command: \"kubectl patch hpa x -p '{\\\"spec\\\":{\\\"maxReplicas\\\":{{n}}}}'\"\n"
            "    rollback: \"kubectl patch hpa x -p '{\\\"spec\\\":{\\\"maxReplicas\\\":3}}'\"\n"
            "    blast_radius: {services: 1, traffic_fraction: 0, reversible_minutes: 1}\n"
            "    params: {n: {default: '5', min: 1, max: 9}}\n");
        const RunbookLoadResult result =
            RunbookLoader::loadText(withStep(step), QStringLiteral("j.md"));
        QVERIFY2(result.ok(), qPrintable(describeAll(result.errors)));
        QCOMPARE(result.runbook->steps.first().command,
                 QStringLiteral("kubectl patch hpa x -p '{\"spec\":{\"maxReplicas\":{{n}}}}'"));
    }

    void missingFileIsAnError()
    {
        const RunbookLoadResult result =
            RunbookLoader::loadFile(dataPath(QStringLiteral("nope.md")));
        QVERIFY(!result.runbook.has_value());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, QStringLiteral("file"));
    }

    void directoryWithABadFileStillLoadsTheGoodOnes()
    {
        const RunbookSetLoadResult result =
            RunbookLoader::loadDirectory(dataPath(QStringLiteral("mixed")));
        QCOMPARE(result.runbooks.size(), 2);
        QCOMPARE(result.runbooks[0].id, QStringLiteral("rb-mixed-good"));
        QCOMPARE(result.runbooks[1].id, QStringLiteral("rb-mixed-good-too"));
        QCOMPARE(result.runbooks[0].sourceFile, QStringLiteral("mixed/a-good.md"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().toString(),
                 QStringLiteral("mixed/b-bad.md:4: risk: expected one of low, medium, high, "
                                "critical, got 'severe'"));
        QVERIFY(!result.ok());
    }

    void missingDirectoryIsAnError()
    {
        const RunbookSetLoadResult result =
            RunbookLoader::loadDirectory(dataPath(QStringLiteral("absent")));
        QVERIFY(result.runbooks.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, QStringLiteral("directory"));
    }

    void libraryRefusesDuplicateIdsAcrossFiles()
    {
        const RunbookLibraryLoadResult result =
            RunbookLibrary::loadDirectory(dataPath(QStringLiteral("duplicates")));
        QCOMPARE(result.library.size(), 2);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().toString(),
                 QStringLiteral("duplicates/b.md:3: id: duplicate id 'rb-same': already defined at "
                                "duplicates/a.md:2"));
        // The first definition (file-name order) wins; the second is not silently merged in.
        QCOMPARE(result.library.find(QStringLiteral("rb-same"))->title,
                 QStringLiteral("First definition"));
        QCOMPARE(result.library.ids(),
                 (QStringList{QStringLiteral("rb-same"), QStringLiteral("rb-unique")}));
    }

    void libraryLooksUpById()
    {
        RunbookLibrary library;
        QVERIFY(library.isEmpty());
        Runbook runbook;
        runbook.id = QStringLiteral("rb-a");
        runbook.sourceFile = QStringLiteral("a.md");
        runbook.sourceLine = 2;
        QVERIFY(!library.add(runbook).has_value());
        QVERIFY(library.contains(QStringLiteral("rb-a")));
        QVERIFY(library.find(QStringLiteral("rb-b")) == nullptr);
        runbook.sourceFile = QStringLiteral("b.md");
        const std::optional<ValidationError> duplicate = library.add(runbook);
        QVERIFY(duplicate.has_value());
        QCOMPARE(duplicate->file, QStringLiteral("b.md"));
        QCOMPARE(library.size(), 1);
        QCOMPARE(library.find(QStringLiteral("rb-a"))->sourceFile, QStringLiteral("a.md"));
    }

    void shippedLibraryLoadsWithoutErrors()
    {
        const RunbookLibraryLoadResult result = RunbookLibrary::loadDirectory(shippedDir());
        QVERIFY2(result.ok(), qPrintable(describeAll(result.errors)));
        QVERIFY2(result.library.size() >= 28, qPrintable(QString::number(result.library.size())));
        const QStringList ids = result.library.ids();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), result.library.size());
    }

    void shippedRunbooksFollowTheHouseRules()
    {
        const RunbookLibraryLoadResult result = RunbookLibrary::loadDirectory(shippedDir());
        QVERIFY(result.ok());
        QSet<int> tiers;
        int regulatedSteps = 0;
        for (const Runbook &runbook : result.library.runbooks()) {
            const QByteArray name = runbook.id.toUtf8();
            QVERIFY2(runbook.id.startsWith(QStringLiteral("rb-")), name.constData());
            tiers.insert(riskRank(runbook.risk));
            // Diagnose before acting: the first step never changes state.
            QVERIFY2(!runbook.steps.first().changesState(), name.constData());
            QVERIFY2(runbook.steps.first().risk == RiskTier::Low, name.constData());
            bool anyStateChange = false;
            for (const RunbookStep &step : runbook.steps) {
                if (!step.changesState())
                    continue;
                anyStateChange = true;
                QVERIFY2(!step.rollback.isEmpty() || step.irreversible, name.constData());
                QVERIFY2(!step.description.isEmpty(), name.constData());
                if (step.irreversible)
                    QVERIFY2(!step.blastRadius.isReversible(), name.constData());
                if (step.regulated)
                    ++regulatedSteps;
            }
            QVERIFY2(anyStateChange, name.constData());
            for (const QString &section :
                 {QStringLiteral("## Diagnose"), QStringLiteral("## Remediate"),
                  QStringLiteral("## Verify"), QStringLiteral("## Rollback"),
                  QStringLiteral("## Escalate")})
                QVERIFY2(runbook.body.contains(section),
                         qPrintable(runbook.id + QStringLiteral(" lacks ") + section));
            QVERIFY2(!runbook.tags.isEmpty(), name.constData());
        }
        QCOMPARE(tiers.size(), 4); // low, medium, high and critical are all represented
        QVERIFY(regulatedSteps > 0);
    }

    void shippedLibraryCoversTheCommonIncidents()
    {
        const RunbookLibraryLoadResult result = RunbookLibrary::loadDirectory(shippedDir());
        const QStringList expected = {
            QStringLiteral("rb-cpu-high"),
            QStringLiteral("rb-memory-leak-oom"),
            QStringLiteral("rb-disk-full-logs"),
            QStringLiteral("rb-disk-inode-exhaustion"),
            QStringLiteral("rb-latency-p99-high"),
            QStringLiteral("rb-http-5xx-spike"),
            QStringLiteral("rb-tls-cert-expiring"),
            QStringLiteral("rb-db-connection-pool-exhausted"),
            QStringLiteral("rb-db-replication-lag"),
            QStringLiteral("rb-db-deadlocks-slow-queries"),
            QStringLiteral("rb-pod-crashloop"),
            QStringLiteral("rb-k8s-node-notready"),
            QStringLiteral("rb-redis-down-failover"),
            QStringLiteral("rb-memcached-evictions"),
            QStringLiteral("rb-queue-consumer-lag"),
            QStringLiteral("rb-traffic-spike-autoscale"),
            QStringLiteral("rb-dns-resolution-failures"),
            QStringLiteral("rb-bad-deploy-rollback"),
            QStringLiteral("rb-config-flag-rollback"),
            QStringLiteral("rb-secret-rotation-failure"),
            QStringLiteral("rb-lb-unhealthy-targets"),
            QStringLiteral("rb-ntp-clock-skew"),
            QStringLiteral("rb-kafka-under-replicated"),
            QStringLiteral("rb-elasticsearch-red"),
            QStringLiteral("rb-cdn-origin-errors"),
            QStringLiteral("rb-rate-limit-429-storm"),
            QStringLiteral("rb-telemetry-pipeline-outage"),
            QStringLiteral("rb-backup-job-failed"),
            QStringLiteral("rb-payment-gateway-errors"),
            QStringLiteral("rb-ddos-abusive-traffic"),
            QStringLiteral("rb-stuck-batch-job"),
            QStringLiteral("rb-jvm-gc-pauses"),
        };
        for (const QString &id : expected)
            QVERIFY2(result.library.contains(id), qPrintable(id));

        // Payments are a regulated asset: every state-changing step there is marked.
        const Runbook *payments = result.library.find(QStringLiteral("rb-payment-gateway-errors"));
        QVERIFY(payments);
        for (const RunbookStep &step : payments->steps) {
            if (step.changesState())
                QVERIFY(step.regulated);
        }
    }

    // A proposal keeps its step as JSON and runs exactly that later: every
    // field that decides what runs or how it is judged survives the trip.
    void stepRoundTripsThroughJson()
    {
        RunbookStep step;
        step.action = QStringLiteral("scale_deployment");
        step.description = QStringLiteral("Scale out");
        step.risk = RiskTier::High;
        step.requiresApproval = true;
        step.command = QStringLiteral("kubectl scale deploy/{{deployment}} --replicas={{n}}");
        step.rollback = QStringLiteral("kubectl rollout undo deploy/{{deployment}}");
        step.blastRadius = BlastRadius{3, 0.25, -1};
        step.regulated = true;
        step.irreversible = true;
        StepParameter replicas;
        replicas.name = QStringLiteral("n");
        replicas.defaultValue = QStringLiteral("2");
        replicas.minimum = 1;
        replicas.maximum = 5;
        replicas.pattern = QStringLiteral("[0-9]+");
        StepParameter deployment;
        deployment.name = QStringLiteral("deployment");
        deployment.fromLabel = QStringLiteral("deployment");
        deployment.allowed = {QStringLiteral("a"), QStringLiteral("b")};
        step.params.insert(replicas.name, replicas);
        step.params.insert(deployment.name, deployment);

        QString error;
        const auto back = RunbookStep::fromJson(step.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), step.toJson());
        QCOMPARE(toString(back->risk), toString(RiskTier::High));
        QCOMPARE(back->command, step.command);
        QCOMPARE(back->blastRadius.reversibleMinutes, -1);
        QCOMPARE(back->params.value(QStringLiteral("n")).maximum, std::optional<double>(5));
        QVERIFY(!back->params.value(QStringLiteral("deployment")).minimum);
        QCOMPARE(back->params.value(QStringLiteral("deployment")).allowed, deployment.allowed);
    }

    void stepFromJsonRefusesWhatIsNotAStep()
    {
        QString error;
        QVERIFY(!RunbookStep::fromJson(QJsonObject{{QStringLiteral("risk"), QStringLiteral("low")}},
                                       &error));
        QVERIFY(error.startsWith(QStringLiteral("action")));
        QVERIFY(
            !RunbookStep::fromJson(QJsonObject{{QStringLiteral("action"), QStringLiteral("x")},
                                               {QStringLiteral("risk"), QStringLiteral("huge")}},
                                   &error));
        QVERIFY(error.startsWith(QStringLiteral("risk")));
    }
};

QTEST_GUILESS_MAIN(TestRunbooks)
#include "tst_runbooks.moc"
