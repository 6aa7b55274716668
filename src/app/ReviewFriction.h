#pragma once

#include "ReviewDecision.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace icc {

class Clock;

// What still stands between the reviewer and each decision on one opened
// review, computed from the server's answer to POST /reviews/ID/open, the
// moment that answer arrived, and the injected clock. It mirrors the approval
// gate (src/core/ApprovalGate.cpp decide()) so the panel can disable a button
// and say why; the server checks all of it again and is the real guard.
//
// Where the UI is deliberately stricter than the server:
// - the confirmation phrase must be typed exactly, case included (the server
//   forgives case and spacing);
// - nothing is sent while the event stream is down or the incident changed
//   since the review was opened, escalate included.
class ReviewFriction final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFriction)

public:
    // One reason a decision may not be sent yet.
    enum class Blocker
    {
        Offline,          // the live event stream is disconnected
        Stale,            // the incident changed since the open: reload first
        Reopen,           // the server dropped this viewer's open (a stop held the review)
        NotDecidable,     // pre-approved, already decided, or not for this viewer
        Dwell,            // the minimum dwell has not passed
        Phrase,           // the confirmation phrase is not typed exactly
        Rollback,         // the rollback procedure is not acknowledged
        Reason,           // a stated reason is required
        AlreadyApproved,  // this reviewer approved already: the next must be someone else
        NoParameterChange // a modify must change at least one allowed parameter
    };

    struct Missing
    {
        Blocker blocker;
        QString text; // words for the reviewer ("wait 42 s more")
    };

    // openedView: the JSON of POST /api/v1/reviews/ID/open; openedAt: the
    // clock's time when it arrived (the server's dwell started a little
    // earlier, so the countdown here never ends before the server's).
    ReviewFriction(const QJsonObject &openedView, const QDateTime &openedAt, const Clock &clock);

    // A fresh view of the same review without a new open (GET /reviews/ID):
    // approvals, state and decisions move on; the dwell does not restart. A
    // different context revision than the open saw makes it stale. When the
    // viewer's open is gone (or another than the one this began with) or the
    // approval round moved on, the server no longer counts this open: a kill
    // switch or halt held the review (ApprovalGate::holdForStop). Nothing
    // toward a decision counts until the review is opened again.
    void refreshView(const QJsonObject &view);

    // --- what the reviewer did -------------------------------------------
    void setTypedPhrase(const QString &typed) { m_typedPhrase = typed; }
    void setRollbackAcknowledged(bool acknowledged) { m_rollbackAcknowledged = acknowledged; }
    void setReason(const QString &reason) { m_reason = reason; }
    // The values typed for allowed parameters (only for modify).
    void setModifiedParameters(const QMap<QString, QString> &values) { m_modified = values; }

    // --- what the panel knows about the world ------------------------------
    void setConnected(bool connected) { m_connected = connected; }
    void markStale() { m_stale = true; }
    bool isStale() const { return m_stale; }
    // The server says this viewer's open no longer counts (a "not_opened"
    // refusal, or refreshView saw it gone); why, in words.
    void markNeedsReopen(const QString &why);
    bool needsReopen() const { return !m_reopenReason.isEmpty(); }
    QString reopenReason() const { return m_reopenReason; }

    // --- the review --------------------------------------------------------
    QJsonObject view() const { return m_view; }
    QJsonObject review() const;
    QString reviewId() const;
    QString incidentId() const;
    QString state() const;
    QString tier() const;
    qint64 contextRevision() const { return m_contextRevision; }
    QString viewer() const;

    qint64 dwellRemainingSeconds() const;
    int minDwellSeconds() const;
    bool phraseRequired() const;
    QString phrase() const; // what to type; empty when not required
    bool phraseMatches() const;
    bool rollbackAcknowledgementRequired() const;
    QString rollback() const;
    bool reasonRequired(DecisionKind kind) const;
    int approvalsSoFar() const;
    int approvalsRequired() const;
    bool hasApprovedThisRound() const;
    bool othersReasoningHidden() const;
    // The parameters a modify may change, with their current values.
    QMap<QString, QString> currentParameters() const;
    QStringList allowedParameterNames() const;
    // Only the values that differ from the current ones (what decide sends).
    QMap<QString, QString> changedParameters() const;

    // Everything still missing for kind, most fundamental first; empty when
    // the decision may be sent.
    QList<Missing> missing(DecisionKind kind) const;
    bool allows(DecisionKind kind) const { return missing(kind).isEmpty(); }
    bool blocks(DecisionKind kind, Blocker blocker) const;
    // "1 of 2 approvals — waiting for a second reviewer", in words.
    QString reviewerStatus() const;

    // The body of POST /api/v1/reviews/ID/decide for kind.
    QJsonObject decisionBody(DecisionKind kind) const;

private:
    QJsonObject friction() const;

    const Clock &m_clock;
    QJsonObject m_view;
    QDateTime m_dwellEndsAt;
    qint64 m_contextRevision = 0;
    QString m_openedAt;      // the server's time of this viewer's open; empty for a GET
    int m_approvalRound = 0; // the round the open was made in
    QString m_reopenReason;  // non-empty: the open no longer counts
    QString m_typedPhrase;
    QString m_reason;
    QMap<QString, QString> m_modified;
    bool m_rollbackAcknowledged = false;
    bool m_connected = true;
    bool m_stale = false;
};

} // namespace icc
