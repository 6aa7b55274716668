#pragma once

#include <QByteArray>
#include <QTextStream>

namespace icc::cli {

// The streams a command writes to, so a command never reaches for globals.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
    // Reads all of standard input (alerts piped into triage).
    QByteArray (*readStdin)();
};

// Exit codes shared by every command.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,  // the command could not do its work (bad configuration, verification failed)
    ExitBadInput = 2, // some input was rejected; everything else was processed
    ExitUsage = 64,
};

} // namespace icc::cli
