#pragma once

#include "EscalationLevel.h"
#include "Friction.h"
#include "HitlTypes.h"
#include "ReviewDecision.h"
#include "ReviewState.h"
#include "RunbookStep.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace icc {

// The action a review is about, as the pipeline hands it to the gate.
struct ReviewSubject
{
    QString reviewId; // optional: the gate generates one when empty
    QString incidentId;
    QString actionId;
    QString actionType;
    QString runbookId;
    int stepIndex = -1;
    QString proposer;           // "agent" or the human who proposed; never a reviewer of it
    QString confirmationPhrase; // empty: derived from action type and parameters
    QString rollback;           // the rollback procedure the reviewer acknowledges
    QMap<QString, StepParameter> allowedParameters; // the step's declared parameters
    QMap<QString, QString> parameters;              // their current values
    QList<EscalationLevel> escalationChain;         // empty: the gate's default chain
    QString supersedesReviewId; // set when this review re-submits a modified action
};

// When a reviewer first opened the review, and what revision they saw then.
struct ReviewOpening
{
    QString reviewer;
    QDateTime openedAt; // the gate's clock, never the client's
    qint64 contextRevision = 0;
};

// "I'm on it" for the page about this review. Recorded only: it stops the
// page's escalation (the roster's business) but never the review's timeout.
struct Acknowledgement
{
    QString who;
    QDateTime at;
};

// One review of one proposed action, with everything the gate needs to apply
// the rules again after a restart (toJson / fromJson carry all of it).
struct ReviewRequest
{
    // what is reviewed
    QString id;
    QString incidentId;
    QString actionId;
    QString actionType;
    QString runbookId;
    int stepIndex = -1;
    QString proposer;
    QString policyVersion;
    ReviewTier tier = ReviewTier::Standard;
    Friction friction; // effective friction (tier floors applied by the gate)
    QString confirmationPhrase;
    QString rollback;
    QMap<QString, StepParameter> allowedParameters;
    QMap<QString, QString> parameters;
    QList<EscalationLevel> escalationChain; // pinned when the review was created
    QString supersedesReviewId;

    // timers
    QDateTime createdAt;
    QDateTime deadline; // invalid while no timeout runs (pre-approved, approved, exhausted, final)
    int escalationLevel = 1;
    bool chainExhausted = false;

    // state
    ReviewState state = ReviewState::Pending;
    QString holdReason;
    QDateTime heldAt;
    int approvalRound = 0;                     // only approvals of the current round count
    QString classApprovalId;                   // tier 1 approved by a class approval
    QMap<QString, QString> modifiedParameters; // state Modified: the values to re-check
    QString resolvedBy;                        // who aborted, cancelled or executed it
    QString resolutionNote;
    QDateTime resolvedAt;

    QList<ReviewOpening> openings;
    QList<RecordedDecision> decisions;
    QList<Acknowledgement> acknowledgements;

    // Identities compare trimmed and case-folded, so "Alice " and "alice" are
    // one person for the proposer rule and for counting distinct reviewers.
    static QString normaliseIdentity(QStringView identity);
    static bool sameIdentity(QStringView a, QStringView b);

    // "restart_service checkout-api": the action type followed by the values of
    // the parameters in name order.
    static QString defaultConfirmationPhrase(const QString &actionType,
                                             const QMap<QString, QString> &parameters);
    // Whitespace is trimmed and collapsed and case is ignored: the friction is in
    // reading and typing the phrase, not in catching a tired reviewer's caps lock.
    static bool phraseMatches(const QString &expected, const QString &typed);

    bool isProposer(QStringView reviewer) const;
    const ReviewOpening *openingFor(QStringView reviewer) const;
    // Distinct non-proposer reviewers who approved in the current round.
    QStringList approversInCurrentRound() const;
    bool hasApprovedInCurrentRound(QStringView reviewer) const;
    // approve, reject or modify in the current round (escalate does not count)
    bool hasDecidedInCurrentRound(QStringView reviewer) const;
    int requiredApprovals() const;
    // Pending or held; a pending pre-approved review is not asked of anyone.
    bool isDecidable() const;
    bool isFinal() const;
    QDateTime abortWindowEndsAt() const;

    QJsonObject toJson() const;
    static std::optional<ReviewRequest> fromJson(const QJsonObject &object,
                                                 QString *error = nullptr);
};

} // namespace icc
