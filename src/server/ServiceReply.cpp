#include "ServiceReply.h"

#include "ApiError.h"
#include "ApiResponse.h"

namespace icc {

Reply serviceReply(const ServiceResult &result, int successStatus)
{
    if (result.ok())
        return ApiResponse::json(result.body, successStatus);
    ApiError error = ApiError::internal(result.message);
    switch (result.error) {
    case ServiceError::BadRequest:
        error = ApiError::badRequest(result.message, result.field);
        break;
    case ServiceError::Forbidden:
        error = ApiError::forbidden(result.message);
        break;
    case ServiceError::NotFound:
        error = ApiError::notFound(result.message);
        break;
    case ServiceError::Conflict:
        error = ApiError::conflict(result.message, result.field);
        break;
    case ServiceError::Unprocessable:
        error = ApiError::unprocessable(result.message, result.field);
        break;
    case ServiceError::None:
    case ServiceError::Internal:
        break;
    }
    const QString gateCode = result.body.value(QStringLiteral("gate_error")).toString();
    return gateCode.isEmpty() ? error : error.withCode(gateCode);
}

} // namespace icc
