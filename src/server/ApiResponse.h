#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QHttpServerResponder;

namespace icc {

// A successful (or ApiError-mapped) answer of the HTTP API: status, content
// type, body and extra headers. writeTo() is the only place a response reaches
// the wire, so the security headers are on every answer, immediate or deferred.
class ApiResponse final
{
public:
    static ApiResponse json(const QJsonObject &body, int status = 200);
    static ApiResponse json(const QJsonArray &body, int status = 200);
    // Non-JSON bodies, e.g. Prometheus text on /metrics.
    static ApiResponse raw(const QByteArray &contentType, const QByteArray &body, int status = 200);
    static ApiResponse noContent();

    ApiResponse &addHeader(const QByteArray &name, const QByteArray &value);

    int status() const { return m_status; }
    QByteArray contentType() const { return m_contentType; }
    QByteArray body() const { return m_body; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }

    // Headers every response carries (HSTS, nosniff, no-store, CSP, referrer).
    static QList<QPair<QByteArray, QByteArray>> securityHeaders();

    void writeTo(QHttpServerResponder &&responder) const;

private:
    ApiResponse(int status, QByteArray contentType, QByteArray body);

    int m_status;
    QByteArray m_contentType;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace icc
