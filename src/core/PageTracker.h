#pragma once

#include "EscalationLevel.h"
#include "Roster.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// The lifecycle of pages: sent to one recipient at one level of the chain,
// acknowledged ("I'm on it"), escalated when nobody acknowledged in time,
// re-notified while the review they are about is still undecided.
//
// Acknowledging a page stops the escalation of THAT page only. The review
// the page is about keeps its own timeout, which the approval gate owns:
// this class never reads, extends or resolves a review. "I'm on it" is not a
// decision, so an acknowledged review that stays undecided still times out,
// is held and escalated by the gate, and its acknowledger is re-notified
// here until reviewDecided() is called.
//
// The tracker keeps its own copy of the roster: the server pins an incident
// to the roster version in force when it opened, so edits made meanwhile do
// not change the timeouts or the next level of pages already in flight.
// Time is always passed in (from the server's Clock); nothing here reads it.
class PageTracker final
{
public:
    struct Page
    {
        QString pageId;
        QString reviewId; // empty when the page is not about a review
        int level = 1;
        QString rotation;
        QString recipient;
        QDateTime pagedAt;
        int timeoutSeconds = Roster::kDefaultLevelTimeoutSeconds;
        QString acknowledgedBy;
        QDateTime acknowledgedAt; // invalid until acknowledged
        QDateTime escalatedAt;    // when markEscalated() was called
        QDateTime lastNotifiedAt; // the page itself, the acknowledgement or the latest re-notify

        bool isAcknowledged() const { return acknowledgedAt.isValid(); }
        bool isEscalated() const { return escalatedAt.isValid(); }
        // From this instant on an unacknowledged page is due for escalation.
        QDateTime escalationDeadline() const { return pagedAt.addSecs(timeoutSeconds); }
        // Seconds from page to acknowledgement, when acknowledged.
        std::optional<qint64> acknowledgementLatencySeconds() const;
        QJsonObject toJson() const;
    };

    struct Escalation
    {
        Page page;                           // unacknowledged, its level's time is up
        std::optional<EscalationLevel> next; // nullopt: the chain is exhausted
        QStringList nextRecipients;          // on call at the next level at `now`

        // Exhausted: the review stays held and the commander is alerted
        // (PRODUCT.md "Hold on timeout"); nothing is ever approved by silence.
        bool chainExhausted() const { return !next.has_value(); }
    };

    explicit PageTracker(Roster roster);
    Q_DISABLE_COPY_MOVE(PageTracker)

    const Roster &roster() const { return m_roster; }

    // Records a page sent at `at`. Errors (nothing recorded): empty or
    // duplicate page id, a level not in the chain, an empty recipient (the
    // caller should go straight to the next level), an invalid time.
    std::optional<QString> page(const QString &pageId, const QString &reviewId, int level,
                                const QString &recipient, const QDateTime &at);

    // "I'm on it". Any user may acknowledge (who did is recorded); the first
    // acknowledgement stands and a second one is refused. Stops the
    // escalation of this page only -- see the class comment.
    std::optional<QString> acknowledge(const QString &pageId, const QString &user,
                                       const QDateTime &at);
    bool isAcknowledged(const QString &pageId) const;

    std::optional<Page> pageById(const QString &pageId) const;
    QList<Page> pages() const { return m_pages; }

    // Unacknowledged, not yet escalated pages whose level timeout has run out
    // at `now` (pagedAt + timeout <= now), with the level to page next.
    // Pages of decided reviews are never due. A query: call markEscalated()
    // once the next level has been paged (or the commander alerted).
    QList<Escalation> dueForEscalation(const QDateTime &now) const;
    std::optional<QString> markEscalated(const QString &pageId, const QDateTime &at);

    // The review a page is about was decided (approve, reject, modify, or
    // escalate by a human): its pages need no escalation and no re-notify.
    void reviewDecided(const QString &reviewId);
    bool isReviewDecided(const QString &reviewId) const { return m_decided.contains(reviewId); }

    // Acknowledged pages whose review is still undecided and whose
    // acknowledger has not been notified for intervalSeconds: re-notify
    // acknowledgedBy, then call markRenotified(). Empty for a non-positive
    // interval.
    QList<Page> renotifyDue(const QDateTime &now, qint64 intervalSeconds) const;
    std::optional<QString> markRenotified(const QString &pageId, const QDateTime &at);

private:
    Page *find(const QString &pageId);

    Roster m_roster;
    QList<Page> m_pages;
    QHash<QString, qsizetype> m_indexById;
    QSet<QString> m_decided;
};

} // namespace icc
