#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// One `name = value` line of a configuration file, with where it came from so
// the command line parser can name FILE:LINE when it refuses the value.
struct ServerConfigSetting
{
    QString name;  // a long option without "--": listen, data, ...
    QString value; // trimmed, otherwise verbatim; "true" / "false" for live
    QString fileName;
    int line = 0;

    QString origin() const { return fileName + QLatin1Char(':') + QString::number(line); }
};

struct ServerConfigFileResult
{
    std::optional<QList<ServerConfigSetting>> settings; // in file order
    QString error; // "FILE:LINE: what is wrong" or "FILE: reason"; empty on success
    bool ok() const { return settings.has_value(); }
};

// The file behind `icc-server --config FILE` (the packages install
// /etc/icc/icc-server.conf): one `name = value` per line, the names being the
// long options without "--" (data, listen, database, live, cert, key,
// ingest-rate, runbooks, cert-hosts). Blank lines and lines starting with '#'
// are skipped; a value is everything after the first '=', trimmed, taken
// verbatim (no quoting, so a PostgreSQL URL keeps its '=' and '#'). Only the
// syntax is checked here (unknown or repeated names, a missing '=' or value,
// a boolean that is not true/false); ServerCommandLine validates the values.
// Errors never quote a value or a whole line: the file may hold a password.
class ServerConfigFile final
{
public:
    ServerConfigFile() = delete;

    static ServerConfigFileResult read(const QString &path);
    // `fileName` only names the file in errors and origins.
    static ServerConfigFileResult parse(const QString &text, const QString &fileName);

    static QStringList names();
    static bool isBoolean(const QString &name);
    // `^[a-z][a-z-]*$`: safe to quote in an error. Anything else may be part
    // of a value (a password) and is never echoed.
    static bool looksLikeName(const QString &text);
};

} // namespace icc
