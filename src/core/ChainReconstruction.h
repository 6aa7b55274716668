#pragma once

#include "AuditEntry.h"
#include "ChainLayer.h"
#include "Clock.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace icc {

struct ChainOptions
{
    int recentDecisionCount = 10;      // previous decisions of each reviewer to show
    double fastApprovalSeconds = 10.0; // an approval faster than this is flagged
    int nightStartHour = 0;            // [start, end) local hours count as night
    int nightEndHour = 6;
    QTimeZone timeZone = QTimeZone::utc();       // local time of reviewers by default
    QHash<QString, QTimeZone> reviewerTimeZones; // per reviewer, when known
    int busyQueueDepth = 5;      // queue depth at open at or above which it is noted
    qint64 stalePolicyDays = 90; // a policy version older than this is noted
    double lowConfidence = 0.7;  // a match below this is noted
};

struct ChainResult
{
    ChainRecord chain;
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
    QJsonObject toJson() const; // {ok, error?, chain?}
};

// Reconstructs, from the audit log alone, the three layers that could each
// have stopped one action: the human review, the policy classification and
// the agent's reasoning, plus the execution result and outcome marks. A layer
// that did not take part (a pre-approved action has no reviewer) is reported
// as missing with the reason, never guessed.
class ChainReconstruction final
{
public:
    explicit ChainReconstruction(const Clock &clock, ChainOptions options = {});
    Q_DISABLE_COPY_MOVE(ChainReconstruction)

    // `entries` may be the whole log or any superset of the action's entries;
    // they are ordered by sequence. An action id that no entry names is an error.
    ChainResult build(const QList<AuditEntry> &entries, const QString &actionId) const;

    // The action ids the policy decided on within one incident, in log order.
    static QStringList actionIds(const QList<AuditEntry> &entries, const QString &incidentId);

private:
    const Clock &m_clock;
    ChainOptions m_options;
};

} // namespace icc
