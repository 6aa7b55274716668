#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace icc {

// Dry run (the default everywhere) shows what would run; live runs it.
enum class ExecutionMode
{
    DryRun,
    Live
};

QString toString(ExecutionMode mode); // "dry_run" | "live"

// What happened when the executor was asked to run one step. toJson() is the
// payload of AuditEvent::kExecutionCompleted.
struct ExecutionResult
{
    QString actionId;
    QString action; // the step's action type
    ExecutionMode mode = ExecutionMode::DryRun;
    bool success = false;
    std::optional<int> exitCode; // empty when no process ran or it was killed
    QString output;              // stdout and stderr merged, capped
    QString command;             // the exact shell command run (or that would run)
    QString rollbackCommand;     // the exact rollback command, when the step has one
    bool rolledBack = false;     // the rollback ran and exited 0
    QString rollbackOutput;
    std::optional<int> rollbackExitCode;
    QString blockedBy; // non-empty: the guard stopped it and nothing ran
    QString error;     // why it failed: bad parameter, timeout, exit code...
    QDateTime startedAt;
    QDateTime finishedAt;

    bool blocked() const { return !blockedBy.isEmpty(); }

    // {action, mode, success, exit_code (null when none), output, command,
    //  rolled_back, rollback_output, blocked_by (only when blocked),
    //  error (only when set)}
    QJsonObject toJson() const;
};

} // namespace icc
