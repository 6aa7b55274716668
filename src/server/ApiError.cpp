#include "ApiError.h"

#include "ApiResponse.h"

namespace icc {

ApiError::ApiError(Kind kind, QString detail, QString field)
    : m_kind(kind)
    , m_detail(std::move(detail))
    , m_field(std::move(field))
{}

ApiError ApiError::badRequest(const QString &detail, const QString &field)
{
    return ApiError(Kind::BadRequest, detail, field);
}

ApiError ApiError::unauthorized(const QString &detail)
{
    return ApiError(Kind::Unauthorized, detail);
}

ApiError ApiError::forbidden(const QString &detail)
{
    return ApiError(Kind::Forbidden, detail);
}

ApiError ApiError::notFound(const QString &detail)
{
    return ApiError(Kind::NotFound, detail);
}

ApiError ApiError::methodNotAllowed(const QString &detail, const QByteArray &allowedMethods)
{
    ApiError error(Kind::MethodNotAllowed, detail);
    error.m_allow = allowedMethods;
    return error;
}

ApiError ApiError::conflict(const QString &detail, const QString &field)
{
    return ApiError(Kind::Conflict, detail, field);
}

ApiError ApiError::payloadTooLarge(const QString &detail)
{
    return ApiError(Kind::PayloadTooLarge, detail);
}

ApiError ApiError::unsupportedMediaType(const QString &detail)
{
    return ApiError(Kind::UnsupportedMediaType, detail);
}

ApiError ApiError::unprocessable(const QString &detail, const QString &field)
{
    return ApiError(Kind::Unprocessable, detail, field);
}

ApiError ApiError::tooManyRequests(const QString &detail, int retryAfterSeconds)
{
    ApiError error(Kind::TooManyRequests, detail);
    error.m_retryAfterSeconds = std::max(retryAfterSeconds, 1);
    return error;
}

ApiError ApiError::internal(const QString &detail)
{
    return ApiError(Kind::Internal, detail);
}

ApiError ApiError::unavailable(const QString &detail, std::optional<int> retryAfterSeconds)
{
    ApiError error(Kind::Unavailable, detail);
    if (retryAfterSeconds)
        error.m_retryAfterSeconds = std::max(*retryAfterSeconds, 1);
    return error;
}

ApiError ApiError::withCode(const QString &code) const
{
    ApiError copy = *this;
    copy.m_code = code;
    return copy;
}

// The one table from kind to status and default short code.
namespace {
struct KindInfo
{
    int status;
    const char *code;
};

KindInfo infoFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::BadRequest:
        return {400, "bad_request"};
    case ApiError::Kind::Unauthorized:
        return {401, "unauthorized"};
    case ApiError::Kind::Forbidden:
        return {403, "forbidden"};
    case ApiError::Kind::NotFound:
        return {404, "not_found"};
    case ApiError::Kind::MethodNotAllowed:
        return {405, "method_not_allowed"};
    case ApiError::Kind::Conflict:
        return {409, "conflict"};
    case ApiError::Kind::PayloadTooLarge:
        return {413, "payload_too_large"};
    case ApiError::Kind::UnsupportedMediaType:
        return {415, "unsupported_media_type"};
    case ApiError::Kind::Unprocessable:
        return {422, "unprocessable"};
    case ApiError::Kind::TooManyRequests:
        return {429, "too_many_requests"};
    case ApiError::Kind::Internal:
        return {500, "internal_error"};
    case ApiError::Kind::Unavailable:
        return {503, "unavailable"};
    }
    return {500, "internal_error"};
}
} // namespace

QString ApiError::code() const
{
    return m_code.isEmpty() ? QString::fromLatin1(infoFor(m_kind).code) : m_code;
}

int ApiError::httpStatus() const
{
    return infoFor(m_kind).status;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject body{{QStringLiteral("error"), code()}, {QStringLiteral("detail"), m_detail}};
    if (!m_field.isEmpty())
        body.insert(QStringLiteral("field"), m_field);
    return body;
}

QList<QPair<QByteArray, QByteArray>> ApiError::headers() const
{
    QList<QPair<QByteArray, QByteArray>> result;
    if (m_kind == Kind::Unauthorized)
        result.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    if (m_kind == Kind::MethodNotAllowed)
        result.append({QByteArrayLiteral("Allow"), m_allow});
    if (m_retryAfterSeconds)
        result.append({QByteArrayLiteral("Retry-After"), QByteArray::number(*m_retryAfterSeconds)});
    return result;
}

ApiResponse ApiError::toResponse() const
{
    ApiResponse response = ApiResponse::json(toJson(), httpStatus());
    for (const auto &[name, value] : headers())
        response.addHeader(name, value);
    return response;
}

} // namespace icc
