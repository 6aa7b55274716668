#pragma once

#include "ClientEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

class Clock;

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
// tray, no widgets) so the rule is tested directly. It remembers each open
// review's escalation level to recognise an escalation in review.updated,
// and forgets it once the review is decided.
//
// It also keeps the popups few: at most one per second (the rest of a burst
// waits for flush(), which sums it up in one notification), and an event
// older than kStaleAfterSeconds by the clock (a backlog replayed after a
// reconnect) never pops up on its own, only counted in that summary.
class NotificationPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)

public:
    static constexpr qint64 kStaleAfterSeconds = 10 * 60;
    static constexpr qint64 kCoalesceMs = 1000;

    explicit NotificationPolicy(const Clock &clock);

    void setUser(const QString &userName, const QString &role, const QStringList &permissions);
    void setMuteNonCritical(bool mute) { m_muteNonCritical = mute; }
    bool muteNonCritical() const { return m_muteNonCritical; }

    // The notification to show now for event, or nothing: not for me, not
    // interesting, non-critical while muted, or held back for flush() (too
    // soon after the last popup, or stale).
    std::optional<Notification> decide(const ClientEvent &event);
    // Whether notifications wait for flush() (call it kCoalesceMs after the
    // last one shown).
    bool hasPending() const { return !m_pending.isEmpty(); }
    // What waited, as one notification (the single one itself if it is
    // alone and fresh), or nothing.
    std::optional<Notification> flush();

    // Reviews whose escalation level is remembered (open ones).
    qsizetype trackedReviews() const { return m_reviewLevels.size(); }

private:
    struct Held
    {
        Notification notification;
        bool stale = false;
    };

    std::optional<Notification> classify(const ClientEvent &event);
    bool decidesReviews() const;
    bool commands() const;

    const Clock &m_clock;
    QString m_userName;
    QString m_role;
    QStringList m_permissions;
    bool m_muteNonCritical = false;
    QHash<QString, int> m_reviewLevels; // open review id -> last escalation level seen
    QList<Held> m_pending;
    QDateTime m_lastShown;
};

} // namespace icc
