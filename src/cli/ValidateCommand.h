#pragma once

#include <QStringList>

#include "CliIo.h"

namespace icc::cli {

// iccctl validate PATH: a runbook directory, one runbook (.md) or a policy
// (.yaml/.yml). Prints every problem as file:line: field: message.
class ValidateCommand final
{
public:
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace icc::cli
