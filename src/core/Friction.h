#pragma once

#include <QJsonObject>

namespace icc {

// What a review tier demands of its reviewers before a decision counts.
// Defaults are the PRODUCT.md tier-3 values; the policy sets them per tier.
struct Friction
{
    int requiredReviewers = 1;       // distinct reviewers, none of them the proposer
    int minDwellSeconds = 0;         // from that reviewer's own open, counted by the server
    bool confirmationPhrase = false; // reviewer must type the phrase back
    bool rollbackAcknowledgement = false;
    bool reasonForRejectOrModify = false;
    bool reasonAlways = false; // stated reasoning on every decision, approve included
    bool hideOtherReviewersReasoning = false;
    int abortWindowSeconds = 0; // pre-approved / level 3: time humans have to abort

    QJsonObject toJson() const;
};

} // namespace icc
