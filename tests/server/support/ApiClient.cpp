#include "ApiClient.h"

#include "ProcessWait.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace icc::test {

QByteArray ApiClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiClient::ApiClient(QUrl baseUrl, const QSslCertificate &trustedCertificate)
    : m_baseUrl(std::move(baseUrl))
    , m_certificate(trustedCertificate)
{}

QSslCertificate ApiClient::certificateFromFile(const QString &pemPath)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

ApiClient::Response ApiClient::get(const QString &path, int timeoutMs)
{
    return send("GET", path, {}, {}, timeoutMs);
}

ApiClient::Response ApiClient::post(const QString &path, const QJsonValue &body, int timeoutMs)
{
    const QByteArray bytes = body.isArray()
                                 ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return send("POST", path, bytes, "application/json", timeoutMs);
}

ApiClient::Response ApiClient::send(const QByteArray &method, const QString &path,
                                    const QByteArray &body, const QByteArray &contentType,
                                    int timeoutMs)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_certificate});
    request.setSslConfiguration(tls);
    request.setTransferTimeout(timeoutMs);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());

    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    waitUntil([reply] { return reply->isFinished(); }, timeoutMs + 2000, 5);
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && response.status == 0)
        response.networkError = reply->errorString();
    reply->deleteLater();
    return response;
}

bool ApiClient::login(const QString &user, const QString &password, QString *error)
{
    const Response response = post(
        QStringLiteral("/api/v1/auth/login"),
        QJsonObject{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    const QString token = response.json().value(QStringLiteral("token")).toString();
    if (response.status != 200 || token.isEmpty()) {
        *error = QStringLiteral("login as %1: HTTP %2 %3 %4")
                     .arg(user)
                     .arg(response.status)
                     .arg(QString::fromUtf8(response.body), response.networkError);
        return false;
    }
    m_bearer = token;
    return true;
}

} // namespace icc::test
