#include "EvalCase.h"

#include "AlertParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace icc {

namespace {

ParseError lineError(int line, const QString &field, const QString &message)
{
    return ParseError{line, field, message};
}

} // namespace

bool EvalCase::expectsNoAction() const
{
    return category == QLatin1String("no_runbook") || category == QLatin1String("false_alarm");
}

const QStringList &EvalCaseReader::categories()
{
    static const QStringList names{QStringLiteral("correct_triage"), QStringLiteral("no_runbook"),
                                   QStringLiteral("false_alarm"),
                                   QStringLiteral("approximate_match"),
                                   QStringLiteral("escalation")};
    return names;
}

EvalCaseSet EvalCaseReader::read(const QByteArray &jsonLines)
{
    EvalCaseSet set;
    QSet<QString> seenIds;
    const QList<QByteArray> lines = jsonLines.split('\n');
    for (int index = 0; index < lines.size(); ++index) {
        const int line = index + 1;
        const QByteArray text = lines.at(index).trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            set.errors << lineError(line, QString(),
                                    parseError.error != QJsonParseError::NoError
                                        ? QStringLiteral("invalid JSON at column %1: %2")
                                              .arg(parseError.offset + 1)
                                              .arg(parseError.errorString())
                                        : QStringLiteral("expected a JSON object"));
            continue;
        }
        const QJsonObject object = document.object();
        EvalCase evalCase;
        evalCase.line = line;
        evalCase.id = object.value(QStringLiteral("id")).toString();
        if (evalCase.id.isEmpty()) {
            set.errors << lineError(line, QStringLiteral("id"), QStringLiteral("required string"));
            continue;
        }
        if (seenIds.contains(evalCase.id)) {
            set.errors << lineError(line, QStringLiteral("id"),
                                    QStringLiteral("duplicate id '%1'").arg(evalCase.id));
            continue;
        }
        evalCase.category = object.value(QStringLiteral("category")).toString();
        if (!categories().contains(evalCase.category)) {
            set.errors << lineError(
                line, QStringLiteral("category"),
                QStringLiteral("expected one of %1").arg(categories().join(QStringLiteral(", "))));
            continue;
        }
        const QJsonValue expected = object.value(QStringLiteral("expected_runbook"));
        if (!expected.isString() || expected.toString().isEmpty()) {
            set.errors << lineError(line, QStringLiteral("expected_runbook"),
                                    QStringLiteral("required: a runbook id or \"none\""));
            continue;
        }
        evalCase.expectedRunbook =
            expected.toString() == QLatin1String("none") ? QString() : expected.toString();
        const QJsonValue approval = object.value(QStringLiteral("expected_approval"));
        if (!approval.isUndefined() && !approval.isBool()) {
            set.errors << lineError(line, QStringLiteral("expected_approval"),
                                    QStringLiteral("expected true or false"));
            continue;
        }
        evalCase.expectedApproval = approval.toBool();

        AlertParseResult parsed;
        if (object.contains(QStringLiteral("alert"))) {
            parsed = AlertParser::parse(object.value(QStringLiteral("alert")));
        } else if (object.value(QStringLiteral("query")).isString()) {
            parsed = AlertParser::parseGeneric(QJsonObject{
                {QStringLiteral("summary"), object.value(QStringLiteral("query")).toString()}});
        } else {
            set.errors << lineError(line, QStringLiteral("query"),
                                    QStringLiteral("a case needs \"query\" (text) or \"alert\""));
            continue;
        }
        if (!parsed.errors.isEmpty() || parsed.alerts.size() != 1) {
            const QString detail = parsed.errors.isEmpty()
                                       ? QStringLiteral("holds %1 alerts, expected exactly one")
                                             .arg(parsed.alerts.size())
                                       : parsed.errors.constFirst().toString();
            set.errors << lineError(line, QStringLiteral("alert"), detail);
            continue;
        }
        evalCase.alert = parsed.alerts.constFirst();
        seenIds.insert(evalCase.id);
        set.cases << evalCase;
    }
    return set;
}

EvalCaseSet EvalCaseReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        EvalCaseSet set;
        set.errors << lineError(0, QString(),
                                QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return set;
    }
    return read(file.readAll());
}

} // namespace icc
