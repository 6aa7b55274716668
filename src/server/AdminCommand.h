#pragma once

#include "ServerCommandLine.h"
#include "ServiceResult.h"

#include <QTextStream>

#include <functional>

namespace icc {

class Clock;
class IncidentService;

// The admin subcommands of icc-server on a data directory: user add, user
// list, ingest-key add, import-runbooks, policy set, roster set. Each opens the same database
// the server uses, does its work in one transaction and reports on the given
// streams. A running server reads runbooks, policy and roster at start-up:
// restart it (or use the API) for such a change to take effect there.
class AdminCommand final
{
public:
    AdminCommand(const ServerCommand &command, const Clock &clock, QTextStream &out,
                 QTextStream &err);
    Q_DISABLE_COPY_MOVE(AdminCommand)

    // The process exit code: 0 done, 1 refused or failed (the reason printed).
    // standardInput is read for --password-stdin.
    int run(QTextStream &standardInput);

private:
    int addUser(QTextStream &standardInput);
    int addIngestKey();
    int importRunbooks();
    // Reads the YAML file named on the command line, applies it in one
    // transaction and reports what is now in force; errors name the file.
    int
    applyYamlFile(const QString &command,
                  const std::function<ServiceResult(IncidentService &, const QString &yaml)> &apply,
                  const std::function<void(IncidentService &)> &report);
    int setPolicy();
    int setRoster();
    int listUsers();

    const ServerCommand &m_command;
    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace icc
