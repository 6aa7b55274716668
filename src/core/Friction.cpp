#include "Friction.h"

namespace icc {

QJsonObject Friction::toJson() const
{
    return QJsonObject{
        {QStringLiteral("required_reviewers"), requiredReviewers},
        {QStringLiteral("min_dwell_seconds"), minDwellSeconds},
        {QStringLiteral("confirmation_phrase"), confirmationPhrase},
        {QStringLiteral("rollback_acknowledgement"), rollbackAcknowledgement},
        {QStringLiteral("reason_for_reject_or_modify"), reasonForRejectOrModify},
        {QStringLiteral("reason_always"), reasonAlways},
        {QStringLiteral("hide_other_reviewers_reasoning"), hideOtherReviewersReasoning},
        {QStringLiteral("abort_window_seconds"), abortWindowSeconds},
    };
}

} // namespace icc
