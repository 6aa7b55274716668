#pragma once

#include "CliIo.h"

#include <QStringList>

namespace icc::cli {

// iccctl eval --runbooks DIR [--policy FILE] [--min-accuracy X] [--json] CASES.jsonl
// Scores the matcher and the policy on labelled cases: accuracy per category
// and every miss. Exits 1 under --min-accuracy or when a no-action case would
// proceed without a human.
class EvalCommand final
{
public:
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace icc::cli
