#pragma once

#include "ApiResult.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace icc {

// The facilitator's mark on one action: which layer failed and whether it was
// the failure that started it (primary) or one that did not catch it.
struct PostmortemFailure
{
    QString actionId;
    QString kind;  // primary | secondary
    QString layer; // agent | policy | human | execution
    QString note;
};

// A remediation someone owns and has to finish by a date.
struct PostmortemActionItem
{
    QString id; // "ai-<n>", assigned by the server when the client sends none
    QString title;
    QString owner;
    QDate due;
    bool done = false;
};

// The post-mortem analysis of one incident as the desktop edits it: saved
// whole, one revision at a time, so two facilitators cannot overwrite each
// other unseen (a save names the revision it was based on). Stored as the
// document "postmortem/<incident id>"; an incident without one has revision 0
// and empty lists.
class PostmortemAnalysis final
{
public:
    QString incidentId;
    qint64 revision = 0;
    QDateTime updatedAt;
    QString updatedBy;
    QList<PostmortemFailure> failures;
    QList<PostmortemActionItem> actionItems;
    // The number of the next server-assigned action item id; kept in the
    // stored document only, so an id is never handed out twice.
    qint64 nextActionItem = 1;

    static QString documentKey(const QString &incidentId);

    // A PUT body for incidentId: {"revision", "failures": [...], "action_items": [...]}
    // ("incident_id" optional but, when present, the path's). 422 naming the
    // exact field (e.g. "action_items[2].due") for anything malformed: unknown
    // kind or layer, missing title or owner, a due date that is not
    // YYYY-MM-DD, a second primary failure, the same layer marked twice on one
    // action, an action item id used twice. The revision read is in `revision`
    // (what the client based its edit on). Whether the action ids belong to
    // the incident is the service's check (it needs the store).
    static ApiResult<PostmortemAnalysis> fromRequest(const QJsonObject &body,
                                                     const QString &incidentId);
    // What toStoredJson() wrote; a damaged document reads as far as it goes.
    static PostmortemAnalysis fromStoredJson(const QJsonObject &stored);

    // Gives every action item without an id the next "ai-<n>", past any
    // "ai-<n>" already in use.
    void assignActionItemIds();

    // The API shape: {"incident_id", "revision", "updated_at", "updated_by",
    // "failures": [{"action_id","kind","layer","note"}],
    // "action_items": [{"id","title","owner","due","done"}]}.
    QJsonObject toJson() const;
    QJsonObject toStoredJson() const; // toJson() plus the id counter
};

} // namespace icc
