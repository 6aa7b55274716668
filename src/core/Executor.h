#pragma once

#include "Clock.h"
#include "ExecutionGuard.h"
#include "ExecutionResult.h"
#include "RunbookStep.h"

#include <QMap>
#include <QString>

namespace icc {

struct ExecutorOptions
{
    bool live = false;     // dry run unless configured otherwise
    int timeoutMs = 60000; // per process: the command, then the rollback
    QString shell = QStringLiteral("/bin/sh");
    qsizetype maxOutputBytes = 64 * 1024; // per process; the rest is counted, not kept
};

// Runs one runbook step. In order:
// 1. asks the guard (kill switch, halted action types): if blocked, nothing
//    runs, in dry run and live alike;
// 2. builds the command and the rollback from the step's templates and the
//    parameter values (CommandTemplate); if either cannot be built, nothing
//    runs: a step is not started when its undo is broken;
// 3. dry run: reports the exact command that would run, runs nothing;
// 4. live: runs `shell -c command` with a timeout (the whole process group
//    is killed when it expires), capturing stdout+stderr; if it fails and
//    the step has a rollback, asks the guard again and runs the rollback
//    the same way.
// run() blocks until the processes end; a server calls it off its event thread.
class Executor final
{
public:
    Executor(const Clock &clock, ExecutionGuard &guard, ExecutorOptions options = {});
    Q_DISABLE_COPY_MOVE(Executor)

    const ExecutorOptions &options() const { return m_options; }

    ExecutionResult run(const RunbookStep &step, const QMap<QString, QString> &params,
                        const QString &actionId);

private:
    const Clock &m_clock;
    ExecutionGuard &m_guard;
    ExecutorOptions m_options;
};

} // namespace icc
