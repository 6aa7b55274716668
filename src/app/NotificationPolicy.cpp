#include "NotificationPolicy.h"

#include "Clock.h"

#include <utility>

namespace icc {

namespace {

QString text(const ClientEvent &event, const char *key)
{
    return event.payload.value(QLatin1String(key)).toString();
}

Notification critical(const QString &title, const QString &message)
{
    return Notification{Notification::Urgency::Critical, title, message};
}

// A review in any other state is decided (or ended): it escalates no more.
bool isOpenReviewState(const QString &state)
{
    return state.isEmpty() || state == QLatin1String("pending") || state == QLatin1String("held");
}

} // namespace

NotificationPolicy::NotificationPolicy(const Clock &clock)
    : m_clock(clock)
{}

void NotificationPolicy::setUser(const QString &userName, const QString &role,
                                 const QStringList &permissions)
{
    m_userName = userName;
    m_role = role;
    m_permissions = permissions;
}

bool NotificationPolicy::decidesReviews() const
{
    return m_permissions.contains(QLatin1String("decide_reviews"));
}

bool NotificationPolicy::commands() const
{
    return m_role == QLatin1String("commander") || m_role == QLatin1String("admin");
}

std::optional<Notification> NotificationPolicy::decide(const ClientEvent &event)
{
    std::optional<Notification> notification = classify(event);
    if (!notification || (!notification->isCritical() && m_muteNonCritical))
        return std::nullopt;
    const QDateTime now = m_clock.now();
    // Replayed after a reconnect: it happened long ago, the views show it;
    // a popup per old event would bury what is new.
    if (event.at.isValid() && event.at.secsTo(now) > kStaleAfterSeconds) {
        m_pending.append(Held{*notification, true});
        return std::nullopt;
    }
    if (!m_pending.isEmpty() || (m_lastShown.isValid() && m_lastShown.msecsTo(now) < kCoalesceMs)) {
        m_pending.append(Held{*notification, false});
        return std::nullopt;
    }
    m_lastShown = now;
    return notification;
}

std::optional<Notification> NotificationPolicy::flush()
{
    if (m_pending.isEmpty())
        return std::nullopt;
    const QList<Held> held = std::exchange(m_pending, {});
    m_lastShown = m_clock.now();
    if (held.size() == 1 && !held.constFirst().stale)
        return held.constFirst().notification;

    // One line per kind, in the order they came: "12 × Critical incident".
    QStringList titles;
    QHash<QString, int> counts;
    bool critical = false;
    qsizetype stale = 0;
    for (const Held &entry : held) {
        const QString &title = entry.notification.title;
        if (!counts.contains(title))
            titles.append(title);
        counts[title] += 1;
        critical = critical || entry.notification.isCritical();
        stale += entry.stale ? 1 : 0;
    }
    QStringList lines;
    for (const QString &title : titles)
        lines.append(tr("%1 × %2").arg(counts.value(title)).arg(title));
    Notification summary;
    summary.urgency = critical ? Notification::Urgency::Critical : Notification::Urgency::Normal;
    const int count = int(held.size());
    summary.title = stale == held.size()
                        ? tr("%n notification(s) from while you were away", nullptr, count)
                        : tr("%n new notification(s)", nullptr, count);
    summary.message = lines.join(QLatin1Char('\n'));
    if (stale > 0 && stale < held.size())
        summary.message +=
            QLatin1Char('\n') + tr("(%n of them older than ten minutes)", nullptr, int(stale));
    return summary;
}

std::optional<Notification> NotificationPolicy::classify(const ClientEvent &event)
{
    if (m_userName.isEmpty())
        return std::nullopt;
    const QString reviewId = text(event, "review_id");
    const int level = event.payload.value(QStringLiteral("level")).toInt(1);

    if (event.type == QLatin1String("page.sent") ||
        event.type == QLatin1String("page.renotified")) {
        if (text(event, "recipient") != m_userName)
            return std::nullopt;
        const bool again = event.type == QLatin1String("page.renotified");
        return critical(again ? tr("Reminder: you are paged") : tr("You are paged"),
                        tr("Review %1 (incident %2) needs you, escalation level %3.")
                            .arg(reviewId, text(event, "incident_id"))
                            .arg(level));
    }
    if (event.type == QLatin1String("review.created")) {
        m_reviewLevels.insert(reviewId, 1);
        if (!decidesReviews())
            return std::nullopt;
        const QString tier = text(event, "tier");
        if (tier == QLatin1String("pre_approved") || tier == QLatin1String("none"))
            return std::nullopt; // nothing to decide
        const QString message = tr("Review %1 (%2) for incident %3 waits for a decision.")
                                    .arg(reviewId, tier, text(event, "incident_id"));
        if (tier == QLatin1String("tier3"))
            return critical(tr("Tier-3 review waiting"), message);
        return Notification{Notification::Urgency::Normal, tr("New review"), message};
    }
    if (event.type == QLatin1String("review.updated")) {
        const int previous = m_reviewLevels.value(reviewId, 1);
        if (!isOpenReviewState(text(event, "state"))) {
            m_reviewLevels.remove(reviewId); // decided: it escalates no more
            return std::nullopt;
        }
        m_reviewLevels.insert(reviewId, std::max(previous, level));
        if (level <= previous || !(decidesReviews() || commands()))
            return std::nullopt;
        return critical(tr("Review escalated"),
                        tr("Review %1 (incident %2) escalated to level %3: nobody decided in "
                           "time.")
                            .arg(reviewId, text(event, "incident_id"))
                            .arg(level));
    }
    if (event.type == QLatin1String("commander.alerted")) {
        if (!commands())
            return std::nullopt;
        return critical(tr("Escalation chain exhausted"),
                        tr("Review %1 (incident %2) is held: nobody on the chain decided.")
                            .arg(reviewId, text(event, "incident_id")));
    }
    if (event.type == QLatin1String("incident.opened") &&
        text(event, "severity") == QLatin1String("critical")) {
        return critical(tr("Critical incident"),
                        QStringLiteral("%1 (%2)").arg(text(event, "title"), text(event, "id")));
    }
    return std::nullopt;
}

} // namespace icc
