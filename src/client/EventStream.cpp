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
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &EventStream::open);
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
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    // Same pin as every HTTPS request: nothing else is trusted.
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (m_connection.acceptsCertificate(socket->sslConfiguration().peerCertificate()))
            socket->ignoreSslErrors(errors);
    });
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (!m_connection.acceptsCertificate(socket->sslConfiguration().peerCertificate())) {
            socket->abort();
            return;
        }
        m_retryDelayMs = kFirstRetryMs;
        setConnected(true);
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
    const bool refusedByServer = socket->closeCode() == QWebSocketProtocol::CloseCodePolicyViolated;
    if (refusedByServer) {
        emit refused(socket->closeReason());
        // A sequence the server cannot resume from (its history was reset,
        // or it is another server): start over live and let views reload.
        if (socket->closeReason().contains(QLatin1String("since"))) {
            m_lastSequence = -1;
            emit resyncRequired();
        }
    }
    setConnected(false);
    scheduleRetry();
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
