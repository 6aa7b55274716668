#include "CommandLine.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace icc {

namespace {

constexpr int kSha256Bytes = 32;

} // namespace

QString CommandLine::versionText()
{
    return QStringLiteral("icc %1").arg(QStringLiteral(ICC_VERSION));
}

QString CommandLine::normalisedFingerprint(const QString &text)
{
    QString hex = text.trimmed().toUpper();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression onlyHex(QStringLiteral("^[0-9A-F]+$"));
    if (hex.size() != kSha256Bytes * 2 || !onlyHex.match(hex).hasMatch())
        return {};
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("icc, the incident command center desktop."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Connect to the icc-server at URL (https://host:port)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Log in as NAME."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        tr("Read the password from the first line of standard input (for scripts)."));
    const QCommandLineOption trust(
        QStringLiteral("trust-fingerprint"),
        tr("Pin the server certificate's SHA-256 fingerprint FP before connecting; refused when "
           "a different certificate is already pinned."),
        QStringLiteral("FP"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("User interface language: de or en (default: the "
                                         "system's)."),
                                      QStringLiteral("LANG"));
    parser.addOptions({server, user, passwordStdin, trust, language});
    // Parsed before QApplication exists, so Qt cannot know the program's name.
    result.helpText =
        parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("icc"));

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(help);
    result.showVersion = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("unexpected argument '%1' (see --help)")
                           .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.server = parser.value(server);
    result.user = parser.value(user);
    result.passwordFromStdin = parser.isSet(passwordStdin);
    result.language = parser.value(language);
    if (parser.isSet(trust)) {
        result.trustFingerprint = normalisedFingerprint(parser.value(trust));
        if (result.trustFingerprint.isEmpty()) {
            result.error = tr("--trust-fingerprint: '%1' is not a SHA-256 fingerprint (64 hex "
                              "digits, pairs may be separated by ':')")
                               .arg(parser.value(trust));
            return result;
        }
        if (result.server.isEmpty()) {
            result.error = tr("--trust-fingerprint needs --server (whose certificate it is)");
            return result;
        }
    }
    if (!result.language.isEmpty() && result.language != QLatin1String("de") &&
        result.language != QLatin1String("en")) {
        result.error = tr("--lang: '%1' is not available (de or en)").arg(result.language);
        return result;
    }
    if (result.passwordFromStdin && result.user.isEmpty()) {
        result.error = tr("--password-stdin needs --user (whose password it is)");
        return result;
    }
    return result;
}

} // namespace icc
