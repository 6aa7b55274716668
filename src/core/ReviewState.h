#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace icc {

// Where a review request stands.
//   pending   waiting for reviewers (pre-approved: waiting out the abort window)
//   held      not approved and waiting for a human: timed out and escalated,
//             passed up by a reviewer, or stopped by the kill switch / a halt.
//             A held review stays decidable (except by approve/modify while a stop
//             is in force); it is never approved by time passing.
//   approved  enough distinct approvals (or an active class approval, tier 1)
//   rejected / modified / aborted / cancelled / executed  final
enum class ReviewState
{
    Pending,
    Held,
    Approved,
    Rejected,
    Modified,
    Aborted,
    Cancelled,
    Executed
};

QString toString(ReviewState state);
std::optional<ReviewState> reviewStateFromString(QStringView text);

} // namespace icc
