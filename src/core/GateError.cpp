#include "GateError.h"

namespace icc {

QString toString(GateError error)
{
    switch (error) {
    case GateError::None:
        return QStringLiteral("none");
    case GateError::InvalidRequest:
        return QStringLiteral("invalid_request");
    case GateError::NothingToReview:
        return QStringLiteral("nothing_to_review");
    case GateError::DuplicateReview:
        return QStringLiteral("duplicate_review");
    case GateError::UnknownReview:
        return QStringLiteral("unknown_review");
    case GateError::ReviewerMissing:
        return QStringLiteral("reviewer_missing");
    case GateError::ProposerCannotReview:
        return QStringLiteral("proposer_cannot_review");
    case GateError::NotDecidable:
        return QStringLiteral("not_decidable");
    case GateError::NoReviewExpected:
        return QStringLiteral("no_review_expected");
    case GateError::NotOpened:
        return QStringLiteral("not_opened");
    case GateError::ContextChanged:
        return QStringLiteral("context_changed");
    case GateError::DwellNotMet:
        return QStringLiteral("dwell_not_met");
    case GateError::AlreadyApproved:
        return QStringLiteral("already_approved");
    case GateError::ReasonRequired:
        return QStringLiteral("reason_required");
    case GateError::ConfirmationPhraseMismatch:
        return QStringLiteral("confirmation_phrase_mismatch");
    case GateError::RollbackNotAcknowledged:
        return QStringLiteral("rollback_not_acknowledged");
    case GateError::ModificationEmpty:
        return QStringLiteral("modification_empty");
    case GateError::ParameterNotDeclared:
        return QStringLiteral("parameter_not_declared");
    case GateError::ParameterValueInvalid:
        return QStringLiteral("parameter_value_invalid");
    case GateError::KillSwitchEngaged:
        return QStringLiteral("kill_switch_engaged");
    case GateError::ActionTypeHalted:
        return QStringLiteral("action_type_halted");
    case GateError::NotApproved:
        return QStringLiteral("not_approved");
    case GateError::AbortWindowOpen:
        return QStringLiteral("abort_window_open");
    case GateError::ClassApprovalLapsed:
        return QStringLiteral("class_approval_lapsed");
    case GateError::AlreadyExecuted:
        return QStringLiteral("already_executed");
    case GateError::NotPreApproved:
        return QStringLiteral("not_pre_approved");
    case GateError::ClassApprovalInvalid:
        return QStringLiteral("class_approval_invalid");
    case GateError::DuplicateClassApproval:
        return QStringLiteral("duplicate_class_approval");
    case GateError::UnknownClassApproval:
        return QStringLiteral("unknown_class_approval");
    }
    return QStringLiteral("unknown");
}

} // namespace icc
