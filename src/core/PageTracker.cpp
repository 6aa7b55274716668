#include "PageTracker.h"

#include <utility>

namespace icc {

namespace {

QJsonValue timeOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

std::optional<qint64> PageTracker::Page::acknowledgementLatencySeconds() const
{
    if (!isAcknowledged())
        return std::nullopt;
    return pagedAt.secsTo(acknowledgedAt);
}

QJsonObject PageTracker::Page::toJson() const
{
    const auto latency = acknowledgementLatencySeconds();
    return QJsonObject{
        {QStringLiteral("page_id"), pageId},
        {QStringLiteral("review_id"), reviewId.isEmpty() ? QJsonValue() : QJsonValue(reviewId)},
        {QStringLiteral("level"), level},
        {QStringLiteral("rotation"), rotation},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("paged_at"), timeOrNull(pagedAt)},
        {QStringLiteral("timeout_seconds"), timeoutSeconds},
        {QStringLiteral("acknowledged_by"),
         acknowledgedBy.isEmpty() ? QJsonValue() : QJsonValue(acknowledgedBy)},
        {QStringLiteral("acknowledged_at"), timeOrNull(acknowledgedAt)},
        {QStringLiteral("latency_seconds"), latency ? QJsonValue(*latency) : QJsonValue()},
        {QStringLiteral("escalated_at"), timeOrNull(escalatedAt)},
    };
}

PageTracker::PageTracker(Roster roster)
    : m_roster(std::move(roster))
{}

PageTracker::Page *PageTracker::find(const QString &pageId)
{
    const auto it = m_indexById.constFind(pageId);
    return it == m_indexById.cend() ? nullptr : &m_pages[*it];
}

std::optional<PageTracker::Page> PageTracker::pageById(const QString &pageId) const
{
    const auto it = m_indexById.constFind(pageId);
    if (it == m_indexById.cend())
        return std::nullopt;
    return m_pages.at(*it);
}

std::optional<QString> PageTracker::page(const QString &pageId, const QString &reviewId, int level,
                                         const QString &recipient, const QDateTime &at)
{
    if (pageId.isEmpty())
        return QStringLiteral("a page needs an id");
    if (m_indexById.contains(pageId))
        return QStringLiteral("page %1 was already sent").arg(pageId);
    const auto chainLevel = m_roster.levelAt(level);
    if (!chainLevel)
        return QStringLiteral("level %1 is not in the escalation chain (roster version %2 has %3)")
            .arg(level)
            .arg(m_roster.version())
            .arg(m_roster.chain().size());
    if (recipient.trimmed().isEmpty())
        return QStringLiteral("level %1 has no recipient: page the next level instead").arg(level);
    if (!at.isValid())
        return QStringLiteral("page %1 needs the time it was sent").arg(pageId);

    Page sent;
    sent.pageId = pageId;
    sent.reviewId = reviewId;
    sent.level = level;
    sent.rotation = chainLevel->rotation;
    sent.recipient = recipient;
    sent.pagedAt = at.toUTC();
    sent.timeoutSeconds = chainLevel->timeoutSeconds;
    sent.lastNotifiedAt = sent.pagedAt;
    m_indexById.insert(pageId, m_pages.size());
    m_pages.append(sent);
    return std::nullopt;
}

std::optional<QString> PageTracker::acknowledge(const QString &pageId, const QString &user,
                                                const QDateTime &at)
{
    Page *target = find(pageId);
    if (!target)
        return QStringLiteral("no page %1").arg(pageId);
    if (user.trimmed().isEmpty())
        return QStringLiteral("an acknowledgement needs the user");
    if (target->isAcknowledged())
        return QStringLiteral("page %1 was already acknowledged by %2")
            .arg(pageId, target->acknowledgedBy);
    if (!at.isValid() || at < target->pagedAt)
        return QStringLiteral("page %1 cannot be acknowledged before it was sent").arg(pageId);
    target->acknowledgedBy = user;
    target->acknowledgedAt = at.toUTC();
    target->lastNotifiedAt = target->acknowledgedAt;
    return std::nullopt;
}

bool PageTracker::isAcknowledged(const QString &pageId) const
{
    const auto found = pageById(pageId);
    return found && found->isAcknowledged();
}

QList<PageTracker::Escalation> PageTracker::dueForEscalation(const QDateTime &now) const
{
    QList<Escalation> due;
    for (const Page &sent : m_pages) {
        if (sent.isAcknowledged() || sent.isEscalated() || isReviewDecided(sent.reviewId))
            continue;
        if (now < sent.escalationDeadline())
            continue;
        Escalation escalation{sent, m_roster.nextLevel(sent.level), {}};
        if (escalation.next)
            escalation.nextRecipients = m_roster.recipientsForLevel(escalation.next->level, now);
        due.append(escalation);
    }
    return due;
}

std::optional<QString> PageTracker::markEscalated(const QString &pageId, const QDateTime &at)
{
    Page *target = find(pageId);
    if (!target)
        return QStringLiteral("no page %1").arg(pageId);
    if (target->isEscalated())
        return QStringLiteral("page %1 was already escalated").arg(pageId);
    target->escalatedAt = at.toUTC();
    return std::nullopt;
}

void PageTracker::reviewDecided(const QString &reviewId)
{
    if (!reviewId.isEmpty())
        m_decided.insert(reviewId);
}

QList<PageTracker::Page> PageTracker::renotifyDue(const QDateTime &now,
                                                  qint64 intervalSeconds) const
{
    QList<Page> due;
    if (intervalSeconds <= 0)
        return due;
    for (const Page &sent : m_pages) {
        if (!sent.isAcknowledged() || sent.reviewId.isEmpty() || isReviewDecided(sent.reviewId))
            continue;
        if (sent.lastNotifiedAt.addSecs(intervalSeconds) <= now)
            due.append(sent);
    }
    return due;
}

std::optional<QString> PageTracker::markRenotified(const QString &pageId, const QDateTime &at)
{
    Page *target = find(pageId);
    if (!target)
        return QStringLiteral("no page %1").arg(pageId);
    if (!target->isAcknowledged())
        return QStringLiteral("page %1 is not acknowledged: it escalates, it is not re-notified")
            .arg(pageId);
    target->lastNotifiedAt = at.toUTC();
    return std::nullopt;
}

} // namespace icc
