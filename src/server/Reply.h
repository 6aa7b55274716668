#pragma once

#include "ApiError.h"
#include "ApiResponse.h"

#include <QJsonObject>

#include <variant>

namespace icc {

// What a route handler returns: a response, an error (mapped centrally by
// ApiError::toResponse), or Reply::deferred() after RequestContext::defer()
// handed the answer to someone who sends it later.
class Reply final
{
public:
    Reply(ApiResponse response)
        : m_value(std::move(response))
    {}
    Reply(ApiError error)
        : m_value(std::move(error))
    {}
    Reply(const QJsonObject &body) // 200 with the object as JSON
        : m_value(ApiResponse::json(body))
    {}
    static Reply deferred() { return Reply(Deferred{}); }

    bool isDeferred() const { return std::holds_alternative<Deferred>(m_value); }
    bool isError() const { return std::holds_alternative<ApiError>(m_value); }
    // The response to send; only for a reply that is not deferred.
    ApiResponse toResponse() const
    {
        if (const auto *error = std::get_if<ApiError>(&m_value))
            return error->toResponse();
        if (const auto *response = std::get_if<ApiResponse>(&m_value))
            return *response;
        return ApiError::internal(QStringLiteral("a deferred reply has no response")).toResponse();
    }

private:
    struct Deferred
    {};
    explicit Reply(Deferred deferred)
        : m_value(deferred)
    {}

    std::variant<ApiResponse, ApiError, Deferred> m_value;
};

} // namespace icc
