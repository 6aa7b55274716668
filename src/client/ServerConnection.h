#pragma once

#include "ApiReply.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;
class QSslConfiguration;

namespace icc {

class CertificatePins;

// HTTPS to one icc-server with its certificate pinned (trust on first use).
// Every request checks the presented certificate against the pin, whether or
// not a CA would vouch for it: an unknown certificate is refused until the
// user accepted its fingerprint (certificateUntrusted), a changed one is
// refused outright (certificateChanged). JSON in, ApiReply out.
class ServerConnection final : public QObject
{
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const ApiReply &reply)>;

    explicit ServerConnection(CertificatePins &pins, QObject *parent = nullptr);
    ~ServerConnection() override;

    void setServer(const QUrl &baseUrl); // https://host:port
    QUrl server() const { return m_baseUrl; }
    QString hostAndPort() const; // the pin's key

    // The bearer token; never logged, never written to disk here.
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    // The fingerprint the user accepted after certificateUntrusted.
    void trustFingerprint(const QString &fingerprint);
    // True when the certificate matches the pin (or becomes the pin).
    bool acceptsCertificate(const QSslCertificate &certificate) const;
    // TLS 1.2+ trusting no CA at all: every certificate raises sslErrors,
    // where the pin decides before a byte (or a token) is sent.
    static QSslConfiguration pinnedTlsConfiguration();

    // Someone else learnt that the token is dead (the event stream's
    // refusal): ends the session exactly like a 401 to a request.
    void reportUnauthorized();

    // The handler runs once, unless context was destroyed meanwhile.
    void get(const QString &pathAndQuery, QObject *context, ReplyHandler handler);
    void post(const QString &path, const QJsonObject &body, QObject *context, ReplyHandler handler);
    void put(const QString &path, const QJsonObject &body, QObject *context, ReplyHandler handler);
    void deleteResource(const QString &path, QObject *context, ReplyHandler handler);

    // A request to path on this server with the bearer token set (the event
    // stream uses it for the WebSocket upgrade).
    QNetworkRequest request(const QString &pathAndQuery) const;
    QUrl url(const QString &pathAndQuery) const;

    // Whether the last request reached the server (HTTP answer of any kind).
    bool isReachable() const { return m_reachable; }

    // Requests sent and not answered yet (tests wait for a quiet connection).
    int requestsInFlight() const { return m_requestsInFlight; }

signals:
    void certificateUntrusted(const QString &fingerprint);
    void certificateChanged(const QString &pinned, const QString &presented);
    void unauthorized(); // a 401 to an authenticated request: the session ended
    void reachableChanged(bool reachable);

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body, QObject *context,
              ReplyHandler handler);
    void finish(QNetworkReply *reply, QPointer<QObject> context, bool hadContext,
                const ReplyHandler &handler, const QString &sentToken);
    void setReachable(bool reachable);
    void refuseCertificate(const QSslCertificate &presented, ApiReply &refusal);

    CertificatePins &m_pins;
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    bool m_reachable = false;
    int m_requestsInFlight = 0;
};

} // namespace icc
