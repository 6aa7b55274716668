#include "Executor.h"

#include "CommandTemplate.h"

#include <QElapsedTimer>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace icc {

namespace {

// Keeps the first maxBytes of a process's output and counts the rest, so a
// runaway command cannot exhaust memory or flood the audit log.
class OutputCollector
{
public:
    explicit OutputCollector(qsizetype maxBytes)
        : m_maxBytes(maxBytes)
    {}
    void add(const QByteArray &bytes)
    {
        const qsizetype room = qMax<qsizetype>(0, m_maxBytes - m_kept.size());
        m_kept.append(bytes.left(room));
        m_dropped += bytes.size() - qMin(room, bytes.size());
    }
    QString text() const
    {
        QString text = QString::fromUtf8(m_kept);
        if (m_dropped > 0)
            text += QStringLiteral("\n[output truncated: %1 more bytes]").arg(m_dropped);
        return text;
    }

private:
    qsizetype m_maxBytes;
    QByteArray m_kept;
    qint64 m_dropped = 0;
};

struct ProcessOutcome
{
    bool success = false;
    std::optional<int> exitCode;
    QString output;
    QString error; // empty when success
};

ProcessOutcome runProcess(const QStringList &argv, int timeoutMs, qsizetype maxOutputBytes)
{
    ProcessOutcome outcome;
    QProcess process;
    process.setProgram(argv.first());
    process.setArguments(argv.mid(1));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // Its own process group, so a timeout kills what the shell started too.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif

    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        outcome.error =
            QStringLiteral("failed to start %1: %2").arg(argv.first(), process.errorString());
        return outcome;
    }

    OutputCollector collector(maxOutputBytes);
    bool timedOut = false;
    while (process.state() != QProcess::NotRunning) {
        const qint64 remaining = timeoutMs - timer.elapsed();
        if (remaining <= 0) {
            timedOut = true;
            break;
        }
        // Returns early when output arrives or the process ends.
        if (process.waitForReadyRead(int(remaining))) {
            collector.add(process.readAll());
        } else if (process.state() != QProcess::NotRunning) {
            // The output channel closed (or time ran out) while the process
            // lives on: no more output can come, wait for the exit instead
            // of spinning.
            process.waitForFinished(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
        }
    }

    if (timedOut) {
#ifdef Q_OS_UNIX
        const qint64 pid = process.processId();
        if (pid > 0)
            ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
        process.kill();
        process.waitForFinished(5000);
        collector.add(process.readAll());
        outcome.output = collector.text();
        outcome.error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        return outcome;
    }

    collector.add(process.readAll());
    outcome.output = collector.text();
    if (process.exitStatus() == QProcess::CrashExit) {
        outcome.error = QStringLiteral("terminated abnormally: %1").arg(process.errorString());
        return outcome;
    }
    outcome.exitCode = process.exitCode();
    outcome.success = *outcome.exitCode == 0;
    if (!outcome.success)
        outcome.error = QStringLiteral("exited with code %1").arg(*outcome.exitCode);
    return outcome;
}

} // namespace

Executor::Executor(const Clock &clock, ExecutionGuard &guard, ExecutorOptions options)
    : m_clock(clock)
    , m_guard(guard)
    , m_options(std::move(options))
{
    if (m_options.timeoutMs <= 0)
        m_options.timeoutMs = ExecutorOptions{}.timeoutMs;
    if (m_options.shell.isEmpty())
        m_options.shell = ExecutorOptions{}.shell;
    if (m_options.maxOutputBytes < 0)
        m_options.maxOutputBytes = 0;
}

ExecutionResult Executor::run(const RunbookStep &step, const QMap<QString, QString> &params,
                              const QString &actionId)
{
    ExecutionResult result;
    result.actionId = actionId;
    result.action = step.action;
    result.mode = m_options.live ? ExecutionMode::Live : ExecutionMode::DryRun;
    result.startedAt = m_clock.now();
    const auto finish = [&]() -> ExecutionResult {
        result.finishedAt = m_clock.now();
        return result;
    };

    // Asked first, whatever was approved: a blocked step does not even
    // resolve its parameters.
    if (const auto reason = m_guard.blockedReason(step.action)) {
        result.blockedBy = *reason;
        result.error = QStringLiteral("blocked: %1").arg(*reason);
        return finish();
    }

    if (!step.changesState()) {
        result.success = true; // nothing to run: an informational step
        return finish();
    }

    const RenderedCommand command = CommandTemplate::render(step.command, step.params, params);
    if (!command.ok()) {
        result.error = QStringLiteral("command: %1").arg(command.error);
        return finish();
    }
    result.command = command.command;
    if (!step.rollback.isEmpty()) {
        const RenderedCommand rollback =
            CommandTemplate::render(step.rollback, step.params, params);
        if (!rollback.ok()) {
            result.error = QStringLiteral("rollback: %1 (the command was not run because it "
                                          "could not be undone)")
                               .arg(rollback.error);
            return finish();
        }
        result.rollbackCommand = rollback.command;
    }

    if (!m_options.live) {
        result.success = true;
        return finish();
    }

    const ProcessOutcome outcome =
        runProcess(CommandTemplate::shellArgv(m_options.shell, result.command), m_options.timeoutMs,
                   m_options.maxOutputBytes);
    result.success = outcome.success;
    result.exitCode = outcome.exitCode;
    result.output = outcome.output;
    result.error = outcome.error;

    if (!result.success && !result.rollbackCommand.isEmpty()) {
        // A rollback is an action too: the kill switch or a halt engaged
        // meanwhile stops it like anything else.
        if (const auto reason = m_guard.blockedReason(step.action)) {
            result.error += QStringLiteral("; rollback not run: %1").arg(*reason);
            return finish();
        }
        const ProcessOutcome rollback =
            runProcess(CommandTemplate::shellArgv(m_options.shell, result.rollbackCommand),
                       m_options.timeoutMs, m_options.maxOutputBytes);
        result.rolledBack = rollback.success;
        result.rollbackExitCode = rollback.exitCode;
        result.rollbackOutput = rollback.output;
        if (!rollback.success)
            result.error += QStringLiteral("; rollback failed: %1").arg(rollback.error);
    }
    return finish();
}

} // namespace icc
