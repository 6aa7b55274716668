#include "ServerConnection.h"

#include "CertificatePins.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <memory>

namespace icc {

namespace {

constexpr int kRequestTimeoutMs = 30000;

ApiReply parseReply(QNetworkReply &reply)
{
    ApiReply result;
    result.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply.readAll();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray())
        result.json = document.array();
    else if (document.isObject())
        result.json = document.object();
    if (result.status == 0) {
        result.error = reply.error() == QNetworkReply::OperationCanceledError
                           ? QStringLiteral("timeout")
                           : QStringLiteral("network");
        result.detail = reply.errorString();
        return result;
    }
    if (!result.ok()) {
        const QJsonObject error = result.json.toObject();
        result.error = error.value(QStringLiteral("error")).toString();
        result.detail = error.value(QStringLiteral("detail")).toString();
        result.field = error.value(QStringLiteral("field")).toString();
        if (result.error.isEmpty())
            result.error = QStringLiteral("http_%1").arg(result.status);
        result.retryAfterSeconds = reply.rawHeader("Retry-After").toInt();
    }
    return result;
}

} // namespace

ServerConnection::ServerConnection(CertificatePins &pins, QObject *parent)
    : QObject(parent)
    , m_pins(pins)
    , m_network(new QNetworkAccessManager(this))
{
    // No connection reuse across a changed pin: every TLS session is checked.
    m_network->setStrictTransportSecurityEnabled(false);
}

ServerConnection::~ServerConnection() = default;

void ServerConnection::setServer(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl.adjusted(QUrl::StripTrailingSlash);
    m_network->clearConnectionCache();
    setReachable(false);
}

QString ServerConnection::hostAndPort() const
{
    return QStringLiteral("%1:%2").arg(m_baseUrl.host()).arg(m_baseUrl.port(443));
}

void ServerConnection::trustFingerprint(const QString &fingerprint)
{
    m_pins.pin(hostAndPort(), fingerprint);
}

bool ServerConnection::acceptsCertificate(const QSslCertificate &certificate) const
{
    const auto pinned = m_pins.pinFor(hostAndPort());
    return pinned && !certificate.isNull() &&
           pinned->compare(CertificatePins::fingerprintOf(certificate), Qt::CaseInsensitive) == 0;
}

QUrl ServerConnection::url(const QString &pathAndQuery) const
{
    QUrl result = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    result.setPath(m_baseUrl.path() + pathAndQuery.left(question));
    if (question >= 0)
        result.setQuery(pathAndQuery.mid(question + 1));
    return result;
}

QNetworkRequest ServerConnection::request(const QString &pathAndQuery) const
{
    QNetworkRequest request(url(pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(kRequestTimeoutMs);
    request.setSslConfiguration(pinnedTlsConfiguration());
    return request;
}

QSslConfiguration ServerConnection::pinnedTlsConfiguration()
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    // No CA vouches for anything (also disables loading the system's roots
    // on demand): a certificate a TLS-inspecting proxy's CA signed would
    // otherwise pass without sslErrors, and only the pin decides here.
    tls.setCaCertificates({});
    return tls;
}

void ServerConnection::reportUnauthorized()
{
    if (!m_token.isEmpty())
        emit unauthorized();
}

void ServerConnection::get(const QString &pathAndQuery, QObject *context, ReplyHandler handler)
{
    send("GET", pathAndQuery, {}, context, std::move(handler));
}

void ServerConnection::post(const QString &path, const QJsonObject &body, QObject *context,
                            ReplyHandler handler)
{
    send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
         std::move(handler));
}

void ServerConnection::put(const QString &path, const QJsonObject &body, QObject *context,
                           ReplyHandler handler)
{
    send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
         std::move(handler));
}

void ServerConnection::deleteResource(const QString &path, QObject *context, ReplyHandler handler)
{
    send("DELETE", path, {}, context, std::move(handler));
}

void ServerConnection::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                            QObject *context, ReplyHandler handler)
{
    QNetworkReply *reply = m_network->sendCustomRequest(request(path), verb, body);
    ++m_requestsInFlight;
    // The pin decides, not the CA store: a self-signed server is accepted
    // only with the fingerprint the user confirmed, and a CA-signed one
    // is still refused when it is not the pinned certificate.
    auto refusal = std::make_shared<ApiReply>();
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        const QSslCertificate presented = reply->sslConfiguration().peerCertificate();
        if (acceptsCertificate(presented))
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, refusal] {
        const QSslCertificate presented = reply->sslConfiguration().peerCertificate();
        if (acceptsCertificate(presented))
            return;
        refuseCertificate(presented, *refusal);
        reply->abort();
    });
    // With a self-signed certificate the handshake already fails in
    // sslErrors (not ignored above): explain why once it is over.
    connect(reply, &QNetworkReply::errorOccurred, reply, [this, reply, refusal](auto code) {
        if (code == QNetworkReply::SslHandshakeFailedError && refusal->error.isEmpty())
            refuseCertificate(reply->sslConfiguration().peerCertificate(), *refusal);
    });
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, hadContext, handler = std::move(handler), refusal,
             sentToken = m_token] {
                --m_requestsInFlight;
                if (!refusal->error.isEmpty()) {
                    reply->deleteLater();
                    if (!hadContext || guard)
                        handler(*refusal);
                    return;
                }
                finish(reply, guard, hadContext, handler, sentToken);
            });
}

void ServerConnection::refuseCertificate(const QSslCertificate &presented, ApiReply &refusal)
{
    const QString fingerprint = CertificatePins::fingerprintOf(presented);
    if (fingerprint.isEmpty())
        return; // no certificate at all: an ordinary network error
    const auto pinned = m_pins.pinFor(hostAndPort());
    refusal.status = 0;
    if (pinned) {
        refusal.error = QStringLiteral("certificate_changed");
        refusal.detail =
            tr("The server's certificate changed (pinned %1, now %2). Refusing to connect: this "
               "may be an attack. If the server was really reinstalled, forget the old "
               "certificate in the connection dialog and check the new fingerprint with its "
               "administrator.")
                .arg(*pinned, fingerprint);
        emit certificateChanged(*pinned, fingerprint);
    } else {
        refusal.error = QStringLiteral("certificate_untrusted");
        refusal.detail =
            tr("The server's certificate (SHA-256 %1) is not trusted yet.").arg(fingerprint);
        emit certificateUntrusted(fingerprint);
    }
}

void ServerConnection::finish(QNetworkReply *reply, QPointer<QObject> context, bool hadContext,
                              const ReplyHandler &handler, const QString &sentToken)
{
    reply->deleteLater();
    const ApiReply result = parseReply(*reply);
    setReachable(result.status != 0);
    // Only the token this request carried is dead: a 401 that arrives after
    // a log-out (token already dropped) or a new login says nothing about
    // the current session.
    const bool sessionEnded = result.status == 401 && !sentToken.isEmpty() && sentToken == m_token;
    // The one who asked hears the answer first; only then may the session's
    // end tear down the windows that asked.
    if (!hadContext || context)
        handler(result);
    if (sessionEnded)
        emit unauthorized();
}

void ServerConnection::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    emit reachableChanged(reachable);
}

} // namespace icc
