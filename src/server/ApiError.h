#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace icc {

class ApiResponse;

// Every refusal of the HTTP API as one value. Handlers return an ApiError
// instead of building an error response; toResponse() is the one mapping from
// error to status code, headers and the JSON body
// {"error": "<short code>", "detail": "<sentence>", "field": "<json field>"?}.
class ApiError final
{
public:
    enum class Kind
    {
        BadRequest,           // 400 bad_request
        Unauthorized,         // 401 unauthorized (+ WWW-Authenticate: Bearer)
        Forbidden,            // 403 forbidden
        NotFound,             // 404 not_found
        MethodNotAllowed,     // 405 method_not_allowed (+ Allow)
        Conflict,             // 409 conflict
        PayloadTooLarge,      // 413 payload_too_large
        UnsupportedMediaType, // 415 unsupported_media_type
        Unprocessable,        // 422 unprocessable
        TooManyRequests,      // 429 too_many_requests (+ Retry-After)
        Internal,             // 500 internal_error
        Unavailable           // 503 unavailable (+ Retry-After when known)
    };

    static ApiError badRequest(const QString &detail, const QString &field = {});
    static ApiError unauthorized(const QString &detail);
    static ApiError forbidden(const QString &detail);
    static ApiError notFound(const QString &detail);
    // allowedMethods: the value of the Allow header, e.g. "GET, POST".
    static ApiError methodNotAllowed(const QString &detail, const QByteArray &allowedMethods);
    static ApiError conflict(const QString &detail, const QString &field = {});
    static ApiError payloadTooLarge(const QString &detail);
    static ApiError unsupportedMediaType(const QString &detail);
    static ApiError unprocessable(const QString &detail, const QString &field = {});
    static ApiError tooManyRequests(const QString &detail, int retryAfterSeconds);
    static ApiError internal(const QString &detail);
    static ApiError unavailable(const QString &detail,
                                std::optional<int> retryAfterSeconds = std::nullopt);

    // A more specific short code than the kind's default (e.g. "stale_revision"
    // for a 409); the status stays the kind's.
    ApiError withCode(const QString &code) const;

    Kind kind() const { return m_kind; }
    QString code() const; // the short code in "error"
    QString detail() const { return m_detail; }
    QString field() const { return m_field; }
    int httpStatus() const;
    QJsonObject toJson() const;
    QList<QPair<QByteArray, QByteArray>> headers() const;

    ApiResponse toResponse() const;

private:
    ApiError(Kind kind, QString detail, QString field = {});

    Kind m_kind;
    QString m_detail;
    QString m_field;
    QString m_code; // empty: the kind's default
    QByteArray m_allow;
    std::optional<int> m_retryAfterSeconds;
};

} // namespace icc
