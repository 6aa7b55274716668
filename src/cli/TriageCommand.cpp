#include "TriageCommand.h"

#include "AlertParser.h"
#include "TriageSetup.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace icc::cli {

namespace {

// A file holds either one JSON value (an object or an array of objects) or
// JSON Lines. Anything that is not one whole JSON document is read as lines,
// so a bad line only loses that line.
bool isJsonLines(const QByteArray &bytes)
{
    QJsonParseError error{};
    QJsonDocument::fromJson(bytes, &error);
    return error.error != QJsonParseError::NoError;
}

QString describe(const QString &inputName, const ParseError &error, bool jsonLines)
{
    QString location = inputName;
    if (jsonLines && error.index > 0)
        location += QStringLiteral(":%1").arg(error.index);
    else if (error.index >= 0)
        location += QStringLiteral(": alert %1").arg(error.index);
    QString text = location + QStringLiteral(": ");
    if (!error.field.isEmpty())
        text += error.field + QStringLiteral(": ");
    return text + error.message;
}

} // namespace

int TriageCommand::run(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Match alerts to runbooks and apply the escalation policy; one JSON line per alert."));
    parser.addHelpOption();
    TriageSetup::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Alert files (default: standard input)."),
                                 QStringLiteral("[FILE...]"));
    if (!parser.parse(arguments)) {
        io.err << "iccctl triage: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (!TriageSetup::hasRunbooks(parser)) {
        io.err << "iccctl triage: --runbooks DIR is required\n";
        return ExitUsage;
    }

    const auto setup = TriageSetup::load(parser, QStringLiteral("triage"), io);
    if (!setup) {
        io.err << "iccctl triage: nothing was triaged\n";
        return ExitFailure;
    }
    const TriageEngine &engine = setup->engine();

    QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        inputs << QStringLiteral("-");

    bool badInput = false;
    for (const QString &input : inputs) {
        QByteArray bytes;
        const QString inputName = input == QLatin1String("-") ? QStringLiteral("<stdin>") : input;
        if (input == QLatin1String("-")) {
            bytes = io.readStdin();
        } else {
            QFile file(input);
            if (!file.open(QIODevice::ReadOnly)) {
                io.err << inputName << ": cannot read: " << file.errorString() << '\n';
                badInput = true;
                continue;
            }
            bytes = file.readAll();
        }
        const bool jsonLines = isJsonLines(bytes);
        const AlertParseResult parsed =
            jsonLines ? AlertParser::parseJsonLines(bytes) : AlertParser::parseDocument(bytes);
        for (const ParseError &error : parsed.errors)
            io.err << describe(inputName, error, jsonLines) << '\n';
        if (!parsed.errors.isEmpty() || (parsed.alerts.isEmpty() && !bytes.trimmed().isEmpty()))
            badInput = true;
        for (const Alert &alert : parsed.alerts) {
            const TriageResult result = engine.triage(alert);
            io.out << QString::fromUtf8(
                          QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact))
                   << '\n';
        }
        io.out.flush();
    }
    return badInput ? ExitBadInput : ExitOk;
}

} // namespace icc::cli
