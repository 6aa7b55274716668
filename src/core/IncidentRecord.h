#pragma once

#include "AuditEntry.h"
#include "ChainLayer.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// One line of the incident timeline, read from an audit entry.
struct TimelineEvent
{
    qint64 sequence = 0;
    QDateTime at;
    QString type;
    QString actor;
    QString subject;
    QString summary; // one human sentence
};

// The facilitator's mark on a layer that failed, with the evidence.
struct FailureMark
{
    ChainLayerKind layer = ChainLayerKind::AgentReasoning;
    QString note;
};

// A remediation that someone owns and has to finish by a date; vague,
// ownerless items do not get done, so both are required.
struct ActionItem
{
    QString id;
    QString description;
    QString owner;
    QDate due;
    bool done = false;
};

// The blameless incident record a post-mortem facilitator writes: the
// timeline from the audit log, the reconstructed chain of each action that
// went wrong, which layer failed first and which failed to catch it, the
// contributing factors and the owned, dated action items.
struct IncidentRecord
{
    QString incidentId;
    QString title;
    QString summary; // what happened, impact, how it was detected
    QString impact;
    QString facilitator;
    QDateTime openedAt;
    QString policyVersion; // pinned when the incident opened
    QList<TimelineEvent> timeline;
    QList<ChainRecord> chains;
    std::optional<FailureMark> primaryFailure;
    QList<FailureMark> secondaryFailures;
    QStringList contributingFactors;
    QStringList whatWentWell;
    QList<ActionItem> actionItems;

    // Every problem, each naming what it is about (action item id and
    // description); empty when the record is complete enough to publish.
    QStringList validate() const;

    QJsonObject toJson() const;
    // Parses what toJson wrote; nullopt and a message naming the field otherwise.
    static std::optional<IncidentRecord> fromJson(const QJsonObject &object,
                                                  QString *error = nullptr);

    // A draft for `incidentId`: opened time, pinned policy version, a default
    // title and the timeline. Chains and marks are the facilitator's to add.
    static IncidentRecord draftFromAudit(const QList<AuditEntry> &entries,
                                         const QString &incidentId);
    // The incident's entries, plus the global ones (kill switch, halts, class
    // approvals) recorded while it was open, in sequence order.
    static QList<TimelineEvent> timelineFromAudit(const QList<AuditEntry> &entries,
                                                  const QString &incidentId);
    // One human sentence for an audit entry, per event type.
    static QString summarize(const AuditEntry &entry);
};

} // namespace icc
