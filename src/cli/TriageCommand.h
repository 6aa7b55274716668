#pragma once

#include "CliIo.h"

#include <QStringList>

namespace icc::cli {

// iccctl triage --runbooks DIR [--policy FILE] [FILE...]
// One JSON line per alert on stdout; problems on stderr with file, line and field.
class TriageCommand final
{
public:
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace icc::cli
