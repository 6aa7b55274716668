#pragma once

#include "CliIo.h"

#include <QStringList>

namespace icc::cli {

// iccctl audit verify FILE: checks the hash chain of an audit log (JSON Lines)
// and names the first bad entry.
class AuditCommand final
{
public:
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace icc::cli
