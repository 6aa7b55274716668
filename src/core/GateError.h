#pragma once

#include <QString>

namespace icc {

// Why the approval gate refused something. Every review rule has its own code
// so the server, the audit log ("review.refused") and the tests can tell the
// refusals apart; toString() gives the stable snake_case name used in JSON.
enum class GateError
{
    None,
    // creating and restoring reviews
    InvalidRequest,  // a required field of the review subject is missing
    NothingToReview, // policy tier "none" or outcome halt / no_action
    DuplicateReview,
    // finding the review and who is asking
    UnknownReview,
    ReviewerMissing,
    ProposerCannotReview,
    // review state
    NotDecidable,     // not pending or held (approved, rejected, executed, ...)
    NoReviewExpected, // pre-approved: nobody is asked; use abort()
    // friction
    NotOpened,
    ContextChanged,
    DwellNotMet,
    AlreadyApproved,
    ReasonRequired,
    ConfirmationPhraseMismatch,
    RollbackNotAcknowledged,
    // modify
    ModificationEmpty,
    ParameterNotDeclared,
    ParameterValueInvalid,
    // stops
    KillSwitchEngaged,
    ActionTypeHalted,
    // execution and abort
    NotApproved,
    AbortWindowOpen,
    ClassApprovalLapsed,
    AlreadyExecuted,
    NotPreApproved,
    // class approvals
    ClassApprovalInvalid,
    DuplicateClassApproval,
    UnknownClassApproval,
};

QString toString(GateError error);

} // namespace icc
