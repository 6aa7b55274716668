#include "ServerConfigFile.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace icc {

QStringList ServerConfigFile::names()
{
    return {
        QStringLiteral("data"),        QStringLiteral("listen"),   QStringLiteral("database"),
        QStringLiteral("live"),        QStringLiteral("cert"),     QStringLiteral("key"),
        QStringLiteral("ingest-rate"), QStringLiteral("runbooks"), QStringLiteral("cert-hosts")};
}

bool ServerConfigFile::looksLikeName(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z-]*$"));
    return name.match(text).hasMatch();
}

bool ServerConfigFile::isBoolean(const QString &name)
{
    return name == QLatin1String("live");
}

ServerConfigFileResult ServerConfigFile::read(const QString &path)
{
    ServerConfigFileResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        result.error = QStringLiteral("%1: cannot read the configuration file: %2")
                           .arg(path, file.errorString());
        return result;
    }
    return parse(QString::fromUtf8(file.readAll()), path);
}

ServerConfigFileResult ServerConfigFile::parse(const QString &text, const QString &fileName)
{
    ServerConfigFileResult result;
    const QStringList known = names();
    QList<ServerConfigSetting> settings;
    QHash<QString, int> firstLine;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        const QString line = lines.at(index).trimmed(); // also drops a CR of CRLF files
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = fileName + QLatin1Char(':') + QString::number(lineNumber);
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        // The line may hold a secret (a database URL with its password):
        // errors quote a name only when it looks like one, never a value.
        if (equals < 0) {
            result.error = QStringLiteral("%1: expected \"name = value\"").arg(where);
            return result;
        }
        const QString name = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (!known.contains(name)) {
            const QString knownList = known.join(QStringLiteral(", "));
            result.error = looksLikeName(name)
                               ? QStringLiteral("%1: unknown setting \"%2\" (known: %3)")
                                     .arg(where, name, knownList)
                               : QStringLiteral("%1: expected \"name = value\"; the text before "
                                                "'=' is not a setting name (known: %2)")
                                     .arg(where, knownList);
            return result;
        }
        if (const auto first = firstLine.constFind(name); first != firstLine.constEnd()) {
            // Two values for one setting: which one the author meant is a guess.
            result.error = QStringLiteral("%1: \"%2\" is set again (first on line %3)")
                               .arg(where, name)
                               .arg(*first);
            return result;
        }
        if (value.isEmpty()) {
            result.error = QStringLiteral("%1: \"%2\" has no value").arg(where, name);
            return result;
        }
        if (isBoolean(name) && value != QLatin1String("true") && value != QLatin1String("false")) {
            result.error = QStringLiteral("%1: \"%2\" must be true or false").arg(where, name);
            return result;
        }
        firstLine.insert(name, lineNumber);
        settings.append(ServerConfigSetting{name, value, fileName, lineNumber});
    }
    result.settings = settings;
    return result;
}

} // namespace icc
