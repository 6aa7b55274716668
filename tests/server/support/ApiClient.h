#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace icc::test {

// A blocking HTTPS client for server tests. It trusts exactly the server's
// certificate (verification stays on) and sends a bearer credential when set.
class ApiClient final
{
public:
    struct Response
    {
        int status = 0; // 0: no HTTP answer (TLS or connection error)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QByteArray header(const QByteArray &name) const;
        // "HTTP 409: {...}", for failure messages.
        QString describe() const
        {
            return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body));
        }
        // The error body's "error" and "field".
        QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
        QString errorField() const { return json().value(QStringLiteral("field")).toString(); }
    };

    ApiClient(QUrl baseUrl, const QSslCertificate &trustedCertificate);
    // Reads the certificate from a PEM file.
    static QSslCertificate certificateFromFile(const QString &pemPath);

    void setBearer(const QString &token) { m_bearer = token; }
    QString bearer() const { return m_bearer; }

    Response get(const QString &path, int timeoutMs = 15000);
    Response post(const QString &path, const QJsonValue &body, int timeoutMs = 15000);
    Response send(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QByteArray &contentType = "application/json", int timeoutMs = 15000);

    // POST /api/v1/auth/login; on 200 keeps the token as the bearer.
    bool login(const QString &user, const QString &password, QString *error);

private:
    QUrl m_baseUrl;
    QSslCertificate m_certificate;
    QString m_bearer;
    QNetworkAccessManager m_manager;
};

} // namespace icc::test
