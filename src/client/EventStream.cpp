#include "EventStream.h"

#include "ServerConnection.h"

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>

namespace icc {

namespace {

constexpr int kFirstRetryMs = 1000;
constexpr int kLongestRetryMs = 30000;

} // namespace

EventStream::EventStream(ServerConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_retryTimer(new QTimer(this))
    , m_graceTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &EventStream::open);
    m_graceTimer->setSingleShot(true);
    m_graceTimer->setInterval(kGraceMs);
    connect(m_graceTimer, &QTimer::timeout, this, &EventStream::confirmConnected);
}

bool EventStream::isCredentialRefusal(const QString &reason)
{
    // HttpApi refuses the upgrade with "unauthorized: ..."; EventHub drops a
    // stream whose session ended with "session ended: ...".
    return reason.startsWith(QLatin1String("unauthorized")) ||
           reason.startsWith(QLatin1String("session ended"));
}

EventStream::~EventStream()
{
    m_running = false;
    if (m_socket)
        m_socket->abort();
}

void EventStream::start(qint64 since)
{
    stop();
    m_running = true;
    m_lastSequence = since;
    m_retryDelayMs = kFirstRetryMs;
    open();
}

void EventStream::stop()
{
    m_running = false;
    m_retryTimer->stop();
    m_graceTimer->stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    setConnected(false);
}

void EventStream::open()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_refused = false;
    m_graceTimer->stop();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    // Same pin as every HTTPS request: nothing else is trusted. QWebSocket
    // (Qt 6.4) has no "encrypted" signal, and the upgrade request with the
    // bearer token is written as soon as the handshake succeeds. So no CA is
    // trusted at all: every certificate, even one a TLS-inspecting proxy's CA
    // vouches for, raises sslErrors, and the pin decides before any byte.
    socket->setSslConfiguration(ServerConnection::pinnedTlsConfiguration());
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (m_connection.acceptsCertificate(socket->sslConfiguration().peerCertificate()))
            socket->ignoreSslErrors(errors);
    });
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        // Second guard: the certificate that completed the handshake.
        if (!m_connection.acceptsCertificate(socket->sslConfiguration().peerCertificate())) {
            socket->abort();
            return;
        }
        // Upgraded, but the server may still refuse (close 1008) right away.
        m_graceTimer->start();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, &EventStream::onText);
    connect(socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
    const QString path = m_lastSequence >= 0
                             ? QStringLiteral("/api/v1/events?since=%1").arg(m_lastSequence)
                             : QStringLiteral("/api/v1/events");
    QNetworkRequest request = m_connection.request(path);
    QUrl url = request.url();
    url.setScheme(QStringLiteral("wss"));
    request.setUrl(url);
    socket->open(request);
}

void EventStream::onText(const QString &frame)
{
    const QJsonObject message = QJsonDocument::fromJson(frame.toUtf8()).object();
    ClientEvent event;
    event.sequence = message.value(QStringLiteral("seq")).toInteger(-1);
    if (event.sequence < 0)
        return; // not an event frame
    // The server streams: it accepted us (no need to wait for the grace).
    confirmConnected();
    if (m_lastSequence >= 0 && event.sequence <= m_lastSequence)
        return; // already delivered (never expected; harmless if it happens)
    event.type = message.value(QStringLiteral("type")).toString();
    event.at =
        QDateTime::fromString(message.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    event.payload = message.value(QStringLiteral("payload")).toObject();
    m_lastSequence = event.sequence;
    emit eventReceived(event);
}

void EventStream::onDisconnected()
{
    auto *socket = qobject_cast<QWebSocket *>(sender());
    if (socket != m_socket)
        return;
    m_graceTimer->stop();
    const bool refusedByServer = socket->closeCode() == QWebSocketProtocol::CloseCodePolicyViolated;
    const QString reason = socket->closeReason();
    setConnected(false);
    if (refusedByServer) {
        if (isCredentialRefusal(reason)) {
            // Retrying with a dead token only repeats the refusal: stop, and
            // end the session as a 401 to a request would.
            m_running = false;
            emit refused(reason);
            m_connection.reportUnauthorized();
            return;
        }
        emit refused(reason);
        // A sequence the server cannot resume from (its history was reset,
        // or it is another server): start over live and let views reload.
        if (reason.contains(QLatin1String("since"))) {
            m_lastSequence = -1;
            emit resyncRequired();
        }
    }
    scheduleRetry();
}

void EventStream::confirmConnected()
{
    m_graceTimer->stop();
    if (!m_socket || m_connected)
        return;
    m_retryDelayMs = kFirstRetryMs;
    setConnected(true);
}

void EventStream::scheduleRetry()
{
    if (!m_running)
        return;
    m_retryTimer->start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, kLongestRetryMs);
}

void EventStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
}

} // namespace icc
