#include "EscalationTest.h"

#include <QJsonArray>

namespace icc {

QString toString(EscalationTestReport::Status status)
{
    switch (status) {
    case EscalationTestReport::Status::Acknowledged:
        return QStringLiteral("acknowledged");
    case EscalationTestReport::Status::Pending:
        return QStringLiteral("pending");
    case EscalationTestReport::Status::DeadLink:
        return QStringLiteral("dead_link");
    }
    return QString();
}

QJsonObject EscalationTestReport::Level::toJson() const
{
    return QJsonObject{
        {QStringLiteral("level"), level},
        {QStringLiteral("rotation"), rotation},
        {QStringLiteral("recipient"), recipient.isEmpty() ? QJsonValue() : QJsonValue(recipient)},
        {QStringLiteral("timeout_seconds"), timeoutSeconds},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("acknowledged"), acknowledged()},
        {QStringLiteral("acknowledged_by"),
         acknowledgedBy.isEmpty() ? QJsonValue() : QJsonValue(acknowledgedBy)},
        {QStringLiteral("latency_seconds"),
         latencySeconds ? QJsonValue(*latencySeconds) : QJsonValue()},
        {QStringLiteral("dead_link"), deadLink()},
        {QStringLiteral("note"), note},
    };
}

QList<int> EscalationTestReport::deadLinks() const
{
    QList<int> dead;
    for (const Level &entry : levels) {
        if (entry.deadLink())
            dead.append(entry.level);
    }
    return dead;
}

bool EscalationTestReport::complete() const
{
    for (const Level &entry : levels) {
        if (entry.status == Status::Pending)
            return false;
    }
    return true;
}

bool EscalationTestReport::passed() const
{
    return !levels.isEmpty() && complete() && deadLinks().isEmpty();
}

QJsonObject EscalationTestReport::toJson() const
{
    QJsonArray levelsJson;
    for (const Level &entry : levels)
        levelsJson.append(entry.toJson());
    QJsonArray dead;
    for (int level : deadLinks())
        dead.append(level);
    return QJsonObject{
        {QStringLiteral("test_id"), testId},
        {QStringLiteral("roster_version"), rosterVersion},
        {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("reported_at"), reportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("complete"), complete()},
        {QStringLiteral("passed"), passed()},
        {QStringLiteral("dead_links"), dead},
        {QStringLiteral("levels"), levelsJson},
    };
}

EscalationTest::EscalationTest(const Roster &roster, const QString &testId,
                               const QDateTime &startedAt)
    : m_testId(testId)
    , m_startedAt(startedAt.toUTC())
    , m_tracker(roster)
{
    for (const EscalationLevel &level : roster.chain()) {
        const QStringList recipients = roster.recipientsForLevel(level.level, m_startedAt);
        if (recipients.isEmpty())
            continue; // reported as a dead link
        // Cannot fail: the level is in the chain, the recipient and the time are set.
        (void)m_tracker.page(pageIdFor(testId, level.level), QString(), level.level,
                             recipients.constFirst(), m_startedAt);
    }
}

QString EscalationTest::pageIdFor(const QString &testId, int level)
{
    return QStringLiteral("%1/level-%2").arg(testId).arg(level);
}

std::optional<QString> EscalationTest::acknowledge(const QString &pageId, const QString &user,
                                                   const QDateTime &at)
{
    return m_tracker.acknowledge(pageId, user, at);
}

EscalationTestReport EscalationTest::report(const QDateTime &now) const
{
    using Status = EscalationTestReport::Status;
    EscalationTestReport result;
    result.testId = m_testId;
    result.rosterVersion = m_tracker.roster().version();
    result.startedAt = m_startedAt;
    result.reportedAt = now.toUTC();

    for (const EscalationLevel &level : m_tracker.roster().chain()) {
        EscalationTestReport::Level entry;
        entry.level = level.level;
        entry.rotation = level.rotation;
        entry.timeoutSeconds = level.timeoutSeconds;
        const auto sent = m_tracker.pageById(pageIdFor(m_testId, level.level));
        if (!sent) {
            entry.status = Status::DeadLink;
            entry.note = QStringLiteral("nobody on call for rotation %1").arg(level.rotation);
            result.levels.append(entry);
            continue;
        }
        entry.recipient = sent->recipient;
        entry.acknowledgedBy = sent->acknowledgedBy;
        entry.latencySeconds = sent->acknowledgementLatencySeconds();
        // Same boundary as PageTracker::dueForEscalation: at pagedAt + timeout
        // the page would already have moved on.
        if (entry.latencySeconds) {
            if (*entry.latencySeconds >= level.timeoutSeconds) {
                entry.status = Status::DeadLink;
                entry.note = QStringLiteral("acknowledged after %1 s, timeout %2 s")
                                 .arg(*entry.latencySeconds)
                                 .arg(level.timeoutSeconds);
            } else if (sent->acknowledgedBy != sent->recipient) {
                entry.status = Status::DeadLink;
                entry.note = QStringLiteral("acknowledged by %1, not by the paged %2")
                                 .arg(sent->acknowledgedBy, sent->recipient);
            } else {
                entry.status = Status::Acknowledged;
            }
        } else if (now >= sent->escalationDeadline()) {
            entry.status = Status::DeadLink;
            entry.note = QStringLiteral("%1 did not acknowledge within %2 s")
                             .arg(sent->recipient)
                             .arg(level.timeoutSeconds);
        } else {
            entry.status = Status::Pending;
        }
        result.levels.append(entry);
    }
    return result;
}

} // namespace icc
