#include "EvalCommand.h"

#include "EvalCase.h"
#include "Evaluator.h"
#include "TriageSetup.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace icc::cli {

int EvalCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evaluate runbook matching and escalation on labelled cases."));
    parser.addHelpOption();
    const QCommandLineOption minAccuracyOption(
        QStringLiteral("min-accuracy"),
        QStringLiteral("Fail when overall top-1 accuracy is below X (0..1)."), QStringLiteral("X"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the report as JSON."));
    TriageSetup::addOptions(parser);
    parser.addOptions({minAccuracyOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("CASES"),
                                 QStringLiteral("JSON Lines file of labelled cases."));
    if (!parser.parse(arguments)) {
        io.err << "iccctl eval: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (!TriageSetup::hasRunbooks(parser) || parser.positionalArguments().size() != 1) {
        io.err << "usage: iccctl eval --runbooks DIR [--policy FILE] [--min-accuracy X] [--json] "
                  "CASES.jsonl\n";
        return ExitUsage;
    }
    double minAccuracy = 0.0;
    if (parser.isSet(minAccuracyOption)) {
        bool ok = false;
        minAccuracy = parser.value(minAccuracyOption).toDouble(&ok);
        if (!ok || minAccuracy < 0.0 || minAccuracy > 1.0) {
            io.err << "iccctl eval: --min-accuracy: expected a number from 0 to 1, got '"
                   << parser.value(minAccuracyOption) << "'\n";
            return ExitUsage;
        }
    }

    const QString casesPath = parser.positionalArguments().constFirst();
    const EvalCaseSet cases = EvalCaseReader::readFile(casesPath);
    for (const ParseError &error : cases.errors) {
        io.err << casesPath << ':' << error.index << ": "
               << (error.field.isEmpty() ? QString() : error.field + QStringLiteral(": "))
               << error.message << '\n';
    }
    if (cases.cases.isEmpty()) {
        io.err << "iccctl eval: no valid case in " << casesPath << '\n';
        return ExitFailure;
    }

    const auto setup = TriageSetup::load(parser, QStringLiteral("eval"), io);
    if (!setup)
        return ExitFailure;

    const EvalReport report = Evaluator(setup->engine()).run(cases.cases);
    if (parser.isSet(jsonOption))
        io.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else
        io.out << report.toText();

    int code = cases.errors.isEmpty() ? ExitOk : ExitBadInput;
    if (report.overall.accuracy() < minAccuracy) {
        io.err << "iccctl eval: top-1 accuracy " << report.overall.accuracy()
               << " is below --min-accuracy " << minAccuracy << '\n';
        code = ExitFailure;
    }
    if (report.unsafeProceeds > 0) {
        io.err << "iccctl eval: " << report.unsafeProceeds
               << " no-runbook or false-alarm case(s) would proceed without a human\n";
        code = ExitFailure;
    }
    return code;
}

} // namespace icc::cli
