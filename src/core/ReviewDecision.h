#pragma once

#include "GateError.h"
#include "ReviewState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringView>

#include <optional>

// The values that flow in and out of the approval gate: what a reviewer
// submits, what the gate records, and what it answers.
namespace icc {

enum class DecisionKind
{
    Approve,
    Reject,
    Modify,
    Escalate
};

QString toString(DecisionKind kind);
std::optional<DecisionKind> decisionKindFromString(QStringView text);

// What a reviewer submits. Everything the reviewer claims is checked by the
// gate against its own records; in particular the dwell time is never taken
// from the client.
struct DecisionInput
{
    QString reviewId;
    QString reviewer;
    DecisionKind kind = DecisionKind::Reject;
    QString reason;
    QString confirmationPhrase; // typed by the reviewer (tier 3)
    bool rollbackAcknowledged = false;
    qint64 contextRevision = -1;       // the incident revision the reviewer was looking at
    QMap<QString, QString> parameters; // modify only: the new values of declared parameters
};

// A decision the gate accepted, as it is kept on the review and audited.
struct RecordedDecision
{
    QString reviewer;
    DecisionKind kind = DecisionKind::Reject;
    QString reason;
    qint64 dwellSeconds = 0; // server-counted, from this reviewer's own open
    qint64 contextRevision = 0;
    QDateTime at;
    int round = 0;                     // approval round (a kill switch or halt starts a new one)
    QMap<QString, QString> parameters; // modify only

    QJsonObject toJson() const;
    static std::optional<RecordedDecision> fromJson(const QJsonObject &object,
                                                    QString *error = nullptr);
};

// A review moved one level up the escalation chain (or found it exhausted).
struct EscalationEvent
{
    enum class Cause
    {
        Timeout,
        ReviewerEscalated
    };

    QString reviewId;
    QString incidentId;
    int fromLevel = 1;
    int toLevel = 1;
    bool exhausted = false; // no level left: the review stays held, alert the commander
    Cause cause = Cause::Timeout;
    QString by; // the reviewer who escalated (empty for a timeout)
    QDateTime at;

    bool alertCommander() const { return exhausted; }
    QJsonObject toJson() const;
};

// The gate's answer to every state-changing call.
struct GateResult
{
    GateError error = GateError::None;
    QString message; // a human sentence saying what happened or what is missing
    QString reviewId;
    ReviewState state = ReviewState::Pending;
    std::optional<RecordedDecision> decision;
    std::optional<EscalationEvent> escalation;

    bool ok() const { return error == GateError::None; }
    QJsonObject toJson() const;
};

} // namespace icc
