#pragma once

#include "CliIo.h"

#include <QStringList>

namespace icc::cli {

// iccctl validate PATH: a runbook directory, one runbook (.md) or a policy
// (.yaml/.yml). Prints every problem as file:line: field: message.
class ValidateCommand final
{
public:
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace icc::cli
