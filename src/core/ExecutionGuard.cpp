#include "ExecutionGuard.h"

namespace icc {

void ExecutionGuard::engageKillSwitch(const QString &by, const QString &reason,
                                      const QDateTime &when)
{
    m_killSwitch = Stop{by, reason, when};
}

void ExecutionGuard::releaseKillSwitch()
{
    m_killSwitch.reset();
}

void ExecutionGuard::haltActionType(const QString &actionType, const QString &by,
                                    const QString &reason, const QDateTime &when)
{
    m_halted.insert(actionType, Stop{by, reason, when});
}

void ExecutionGuard::resumeActionType(const QString &actionType)
{
    m_halted.remove(actionType);
}

std::optional<QString> ExecutionGuard::blockedReason(const QString &actionType) const
{
    if (m_killSwitch) {
        return QStringLiteral("kill switch engaged by %1: %2")
            .arg(m_killSwitch->by, m_killSwitch->reason);
    }
    const auto halt = m_halted.constFind(actionType);
    if (halt != m_halted.cend()) {
        return QStringLiteral("action type %1 halted by %2: %3")
            .arg(actionType, halt->by, halt->reason);
    }
    return std::nullopt;
}

} // namespace icc
