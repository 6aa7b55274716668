#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace icc {

// The kill switch and per-action-type halts. Every execution path asks
// blockedReason() right before running anything; a non-empty answer means
// nothing runs, whatever was approved.
class ExecutionGuard final
{
public:
    struct Stop
    {
        QString by;
        QString reason;
        QDateTime since;
    };

    void engageKillSwitch(const QString &by, const QString &reason, const QDateTime &when);
    void releaseKillSwitch();
    bool killSwitchEngaged() const { return m_killSwitch.has_value(); }
    std::optional<Stop> killSwitch() const { return m_killSwitch; }

    void haltActionType(const QString &actionType, const QString &by, const QString &reason,
                        const QDateTime &when);
    void resumeActionType(const QString &actionType);
    bool isHalted(const QString &actionType) const { return m_halted.contains(actionType); }
    QMap<QString, Stop> haltedActionTypes() const { return m_halted; }

    // Why actionType may not run now, or nullopt when it may.
    std::optional<QString> blockedReason(const QString &actionType) const;

private:
    std::optional<Stop> m_killSwitch;
    QMap<QString, Stop> m_halted;
};

} // namespace icc
