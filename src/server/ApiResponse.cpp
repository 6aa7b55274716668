#include "ApiResponse.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>

namespace icc {

ApiResponse::ApiResponse(int status, QByteArray contentType, QByteArray body)
    : m_status(status)
    , m_contentType(std::move(contentType))
    , m_body(std::move(body))
{}

ApiResponse ApiResponse::json(const QJsonObject &body, int status)
{
    return ApiResponse(status, QByteArrayLiteral("application/json"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiResponse ApiResponse::json(const QJsonArray &body, int status)
{
    return ApiResponse(status, QByteArrayLiteral("application/json"),
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiResponse ApiResponse::raw(const QByteArray &contentType, const QByteArray &body, int status)
{
    return ApiResponse(status, contentType, body);
}

ApiResponse ApiResponse::noContent()
{
    return ApiResponse(204, {}, {});
}

ApiResponse &ApiResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

QList<QPair<QByteArray, QByteArray>> ApiResponse::securityHeaders()
{
    return {
        {QByteArrayLiteral("Strict-Transport-Security"), QByteArrayLiteral("max-age=31536000")},
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")},
        {QByteArrayLiteral("Content-Security-Policy"), QByteArrayLiteral("default-src 'none'")},
        {QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer")},
    };
}

void ApiResponse::writeTo(QHttpServerResponder &&responder) const
{
    // QHttpServerResponse::write() adds Content-Length and skips a socket that
    // is no longer connected.
    const auto status = static_cast<QHttpServerResponse::StatusCode>(m_status);
    QHttpServerResponse response = m_contentType.isEmpty()
                                       ? QHttpServerResponse(status)
                                       : QHttpServerResponse(m_contentType, m_body, status);
    if (m_contentType.isEmpty())
        response.clearHeader(QByteArrayLiteral("Content-Type"));
    for (const auto &[name, value] : securityHeaders())
        response.setHeader(name, value);
    for (const auto &[name, value] : m_headers)
        response.setHeader(name, value);
    response.write(std::move(responder));
}

} // namespace icc
