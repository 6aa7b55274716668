#pragma once

#include "PageTracker.h"
#include "Roster.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace icc {

// What an escalation test found, level by level.
struct EscalationTestReport
{
    enum class Status
    {
        Acknowledged, // the paged recipient acknowledged within the level's timeout
        Pending,      // not acknowledged yet, and the timeout has not run out
        DeadLink,     // nobody on call, no acknowledgement in time, or not the recipient's
    };

    struct Level
    {
        int level = 0;
        QString rotation;
        QString recipient; // empty when nobody was on call
        int timeoutSeconds = 0;
        Status status = Status::Pending;
        QString acknowledgedBy;
        std::optional<qint64> latencySeconds; // page -> acknowledgement
        QString note;                         // why a link is dead, in words

        bool acknowledged() const { return latencySeconds.has_value(); }
        bool deadLink() const { return status == Status::DeadLink; }
        QJsonObject toJson() const;
    };

    QString testId;
    int rosterVersion = 0;
    QDateTime startedAt;
    QDateTime reportedAt;
    QList<Level> levels;

    QList<int> deadLinks() const;
    bool complete() const; // no level still pending
    bool passed() const;   // complete and no dead link
    QJsonObject toJson() const;
};

QString toString(EscalationTestReport::Status status);

// The escalation test (PRODUCT.md "On-call roster"): pages every level of the
// chain at once, so dead links -- the unreachable secondary, the manager on a
// flight -- are found before an incident needs them. A level counts only if
// the person the roster paged acknowledges within that level's timeout:
// a late acknowledgement, or one by someone else, would not have held the
// chain in a real incident, so both are reported as dead links.
class EscalationTest final
{
public:
    // Sends one page per chain level at startedAt, id "<testId>/level-<n>",
    // to whoever the roster has on call then.
    EscalationTest(const Roster &roster, const QString &testId, const QDateTime &startedAt);
    Q_DISABLE_COPY_MOVE(EscalationTest)

    QString testId() const { return m_testId; }
    QDateTime startedAt() const { return m_startedAt; }
    // The pages actually sent (levels with nobody on call are not paged).
    QList<PageTracker::Page> pages() const { return m_tracker.pages(); }
    static QString pageIdFor(const QString &testId, int level);

    std::optional<QString> acknowledge(const QString &pageId, const QString &user,
                                       const QDateTime &at);

    EscalationTestReport report(const QDateTime &now) const;

private:
    QString m_testId;
    QDateTime m_startedAt;
    PageTracker m_tracker;
};

} // namespace icc
