#pragma once

#include "ClientEvent.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// One desktop notification, decided from a live event.
struct Notification
{
    enum class Urgency
    {
        Normal,
        Critical
    };

    Urgency urgency = Urgency::Normal;
    QString title;
    QString message;

    bool isCritical() const { return urgency == Urgency::Critical; }
};

// Which live events become a notification for this user, and how urgent:
// pages to me, escalations and tier-3 reviews are critical and always shown;
// other new reviews are normal and suppressed when muted. Plain class (no
// tray, no widgets) so the rule is tested directly. It remembers each
// review's escalation level to recognise an escalation in review.updated.
class NotificationPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)

public:
    void setUser(const QString &userName, const QString &role, const QStringList &permissions);
    void setMuteNonCritical(bool mute) { m_muteNonCritical = mute; }
    bool muteNonCritical() const { return m_muteNonCritical; }

    // The notification to show for event, or nothing (not for me, not
    // interesting, or non-critical while muted).
    std::optional<Notification> decide(const ClientEvent &event);

private:
    std::optional<Notification> classify(const ClientEvent &event);
    bool decidesReviews() const;
    bool commands() const;

    QString m_userName;
    QString m_role;
    QStringList m_permissions;
    bool m_muteNonCritical = false;
    QHash<QString, int> m_reviewLevels; // review id -> last escalation level seen
};

} // namespace icc
