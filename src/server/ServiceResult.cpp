#include "ServiceResult.h"

namespace icc {

int ServiceResult::httpStatus() const
{
    switch (error) {
    case ServiceError::None:
        return 200;
    case ServiceError::BadRequest:
        return 400;
    case ServiceError::Forbidden:
        return 403;
    case ServiceError::NotFound:
        return 404;
    case ServiceError::Conflict:
        return 409;
    case ServiceError::Unprocessable:
        return 422;
    case ServiceError::Internal:
        return 500;
    }
    return 500;
}

QString toString(ServiceError error)
{
    switch (error) {
    case ServiceError::None:
        return QStringLiteral("none");
    case ServiceError::BadRequest:
        return QStringLiteral("bad_request");
    case ServiceError::Forbidden:
        return QStringLiteral("forbidden");
    case ServiceError::NotFound:
        return QStringLiteral("not_found");
    case ServiceError::Conflict:
        return QStringLiteral("conflict");
    case ServiceError::Unprocessable:
        return QStringLiteral("unprocessable");
    case ServiceError::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QJsonObject ServiceResult::errorJson() const
{
    QJsonObject object{{QStringLiteral("error"), toString(error)},
                       {QStringLiteral("detail"), message}};
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return object;
}

ServiceResult ServiceResult::success(QJsonObject body)
{
    ServiceResult result;
    result.body = std::move(body);
    return result;
}

ServiceResult ServiceResult::failure(ServiceError error, QString message, QString field)
{
    ServiceResult result;
    result.error = error;
    result.message = std::move(message);
    result.field = std::move(field);
    return result;
}

ServiceResult ServiceResult::fromGate(GateError error, const QString &message)
{
    ServiceError kind = ServiceError::Conflict;
    QString field;
    switch (error) {
    case GateError::None:
        return success();
    case GateError::UnknownReview:
    case GateError::UnknownClassApproval:
        kind = ServiceError::NotFound;
        break;
    case GateError::ProposerCannotReview:
        kind = ServiceError::Forbidden;
        field = QStringLiteral("reviewer");
        break;
    case GateError::InvalidRequest:
    case GateError::ReviewerMissing:
        kind = ServiceError::Unprocessable;
        field = error == GateError::ReviewerMissing ? QStringLiteral("reviewer") : QString();
        break;
    case GateError::ReasonRequired:
        kind = ServiceError::Unprocessable;
        field = QStringLiteral("reason");
        break;
    case GateError::ConfirmationPhraseMismatch:
        kind = ServiceError::Unprocessable;
        field = QStringLiteral("confirmation_phrase");
        break;
    case GateError::RollbackNotAcknowledged:
        kind = ServiceError::Unprocessable;
        field = QStringLiteral("rollback_acknowledged");
        break;
    case GateError::ModificationEmpty:
    case GateError::ParameterNotDeclared:
    case GateError::ParameterValueInvalid:
        kind = ServiceError::Unprocessable;
        field = QStringLiteral("parameters");
        break;
    case GateError::ClassApprovalInvalid:
        kind = ServiceError::Unprocessable;
        break;
    case GateError::ContextChanged:
        field = QStringLiteral("context_revision");
        break;
    case GateError::NotOpened:
    case GateError::DwellNotMet:
    case GateError::NothingToReview:
    case GateError::DuplicateReview:
    case GateError::NotDecidable:
    case GateError::NoReviewExpected:
    case GateError::AlreadyApproved:
    case GateError::KillSwitchEngaged:
    case GateError::ActionTypeHalted:
    case GateError::NotApproved:
    case GateError::AbortWindowOpen:
    case GateError::ClassApprovalLapsed:
    case GateError::AlreadyExecuted:
    case GateError::NotPreApproved:
    case GateError::DuplicateClassApproval:
        kind = ServiceError::Conflict;
        break;
    }
    ServiceResult result = failure(kind, message, field);
    result.body.insert(QStringLiteral("gate_error"), toString(error));
    return result;
}

} // namespace icc
