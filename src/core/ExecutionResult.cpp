#include "ExecutionResult.h"

namespace icc {

QString toString(ExecutionMode mode)
{
    switch (mode) {
    case ExecutionMode::DryRun:
        return QStringLiteral("dry_run");
    case ExecutionMode::Live:
        return QStringLiteral("live");
    }
    return QStringLiteral("dry_run");
}

QJsonObject ExecutionResult::toJson() const
{
    QJsonObject object{
        {QStringLiteral("action"), action},
        {QStringLiteral("mode"), toString(mode)},
        {QStringLiteral("success"), success},
        {QStringLiteral("exit_code"), exitCode ? QJsonValue(*exitCode) : QJsonValue()},
        {QStringLiteral("output"), output},
        {QStringLiteral("command"), command},
        {QStringLiteral("rolled_back"), rolledBack},
        {QStringLiteral("rollback_output"), rollbackOutput},
    };
    if (blocked())
        object.insert(QStringLiteral("blocked_by"), blockedBy);
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

} // namespace icc
