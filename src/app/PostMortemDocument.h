#pragma once

#include "ChainLayer.h"
#include "IncidentRecord.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace icc {

// The facilitator's mark: this action failed at this layer, first (primary)
// or by not catching it (secondary).
struct PostMortemFailure
{
    QString actionId;
    QString kind;  // primary | secondary
    QString layer; // agent | policy | human | execution
    QString note;
};

// An owned, dated remediation.
struct PostMortemActionItem
{
    QString id;
    QString title;
    QString owner;
    QDate due;
    bool done = false;
};

// What the post-mortem view shows about the incident itself.
struct PostMortemIncident
{
    QString id;
    QString title;
    QString severity;
    QString status;
    QDateTime openedAt;
    QDateTime resolvedAt;
    QString policyVersion;
    int alertCount = 0;

    static PostMortemIncident fromJson(const QJsonObject &incident); // an /incidents row
};

// One incident's post-mortem: the facilitator's part the server stores
// (/incidents/ID/postmortem: failures, action items, revision) and, for the
// export, the facts read from the audit log (timeline, chains).
struct PostMortemDocument
{
    QString incidentId;
    int revision = 0; // the stored revision this document is based on
    QDateTime updatedAt;
    QString updatedBy;
    QList<PostMortemFailure> failures;
    QList<PostMortemActionItem> actionItems;

    // Not part of the stored document: filled by the view for the export.
    PostMortemIncident incident;
    QList<TimelineEvent> timeline;
    QList<ChainRecord> chains;

    // The PUT body: {"incident_id", "revision", "failures", "action_items"}.
    QJsonObject toJson() const;
    // Parses the GET answer; nullopt and a message naming the field otherwise.
    static std::optional<PostMortemDocument> fromJson(const QJsonObject &object,
                                                      QString *error = nullptr);

    static QStringList failureKinds();  // primary, secondary
    static QStringList failureLayers(); // agent, policy, human, execution
    // "2026-11-21 20:34:06" (UTC), "" for an invalid time.
    static QString displayTime(const QDateTime &when);
};

} // namespace icc
