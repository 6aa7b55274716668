#pragma once

#include "ServiceResult.h"

#include <QString>

namespace icc {

class IncidentService;
class ServerStore;

// Imports a directory of runbook Markdown files (*.md) into the library: what
// `icc-server import-runbooks DIR` does, and what the server does at start
// with --runbooks DIR while its store holds no runbook. The stored runbooks
// stay; a file of the same name replaces the stored one. Every file is read
// and the whole library validated before anything is written, so a bad or
// unreadable file leaves the library as it was.
class RunbookImport final
{
public:
    RunbookImport() = delete;

    // Run it inside a transaction. On success *fileCount is the number of
    // files read from `directory`; errors name the directory or the file.
    static ServiceResult fromDirectory(IncidentService &service, const ServerStore &store,
                                       const QString &directory, const QString &by,
                                       int *fileCount = nullptr);
};

} // namespace icc
