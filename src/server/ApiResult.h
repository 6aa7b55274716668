#pragma once

#include "ApiError.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace icc {

// A value or the ApiError that prevented it, for the parsing helpers:
//   const auto body = context.jsonObject();
//   if (!body) return body.error();
template<typename T> class ApiResult final
{
    static_assert(!std::is_same_v<T, ApiError>);

public:
    ApiResult(T value)
        : m_value(std::move(value))
    {}
    ApiResult(ApiError error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_value); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const ApiError &error() const { return std::get<ApiError>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};

} // namespace icc
