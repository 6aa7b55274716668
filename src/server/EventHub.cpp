#include "EventHub.h"

#include "EventSource.h"
#include "HttpApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <vector>

namespace icc {

Q_LOGGING_CATEGORY(lcEventHub, "icc.server.events")

EventHub::EventHub(const EventSource &source, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_lastPublished(source.lastEventSequence())
{
    connect(&m_reauthenticationTimer, &QTimer::timeout, this, &EventHub::reauthenticateAll);
    setReauthenticationInterval(kDefaultReauthenticationIntervalMs);
}

void EventHub::setReauthenticationInterval(int milliseconds)
{
    m_reauthenticationTimer.stop();
    m_reauthenticationTimer.setInterval(std::max(milliseconds, 0));
    if (milliseconds > 0)
        m_reauthenticationTimer.start();
}

void EventHub::reauthenticateAll()
{
    if (!m_credentialCheck)
        return;
    std::vector<quint64> ended;
    for (const auto &[id, client] : m_clients) {
        if (!m_credentialCheck(client.authorization, client.peer))
            ended.push_back(id);
    }
    for (const quint64 id : ended)
        drop(id, QStringLiteral("session ended: log in again and reconnect"));
}

EventHub::~EventHub()
{
    // A socket emits disconnected() while it is destroyed; nothing here may react.
    for (auto &[id, client] : m_clients)
        client.socket->disconnect(this);
}

void EventHub::attachTo(HttpApi &api, const QString &path)
{
    if (!m_credentialCheck) {
        m_credentialCheck = [api = QPointer<HttpApi>(&api)](const QByteArray &authorization,
                                                            const QHostAddress &peer) {
            return api && api->recheck(authorization, peer, Permission::ReadState).has_value();
        };
    }
    api.addWebSocketRoute(path, Permission::ReadState,
                          [this](std::unique_ptr<QWebSocket> socket, const Caller &caller) {
                              accept(std::move(socket), caller);
                          });
}

QString EventHub::toMessage(const EventRecord &event)
{
    const QJsonObject message{
        {QStringLiteral("seq"), event.sequence},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("at"), event.at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("payload"), event.payload},
    };
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void EventHub::refuse(std::unique_ptr<QWebSocket> socket, const QString &reason)
{
    QWebSocket *raw = socket.release();
    raw->setParent(this);
    raw->disconnect(this);
    connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
    raw->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    // A peer that neither reads nor answers the close frame is cut off.
    QTimer::singleShot(5000, raw, [raw] { raw->abort(); });
}

void EventHub::accept(std::unique_ptr<QWebSocket> socket, const Caller &caller)
{
    const qint64 last = std::max(m_lastPublished, m_source.lastEventSequence());
    const QUrlQuery query(socket->request().url());
    qint64 since = last;
    if (query.hasQueryItem(QStringLiteral("since"))) {
        const QString text = query.queryItemValue(QStringLiteral("since"));
        bool ok = false;
        since = text.toLongLong(&ok);
        if (!ok || since < 0) {
            refuse(std::move(socket),
                   QStringLiteral("malformed since=%1: expected a sequence number >= 0")
                       .arg(text.left(32)));
            return;
        }
        if (since > last) {
            refuse(std::move(socket),
                   QStringLiteral("since=%1 is ahead of the last event sequence %2")
                       .arg(since)
                       .arg(last));
            return;
        }
    }

    const auto sameCaller =
        std::count_if(m_clients.begin(), m_clients.end(),
                      [&](const auto &entry) { return entry.second.name == caller.name; });
    if (sameCaller >= m_maxClientsPerCaller) {
        refuse(std::move(socket),
               QStringLiteral("too many connections: %1 already holds %2 event streams")
                   .arg(caller.name)
                   .arg(sameCaller));
        return;
    }

    const quint64 id = m_nextClientId++;
    QWebSocket *raw = socket.get();
    Client &client = m_clients[id];
    client.authorization = raw->request().rawHeader(QByteArrayLiteral("Authorization"));
    client.peer = raw->peerAddress();
    client.socket = std::move(socket);
    client.name = caller.name;
    client.nextSequence = since + 1;
    client.replaying = true;
    client.transport =
        qobject_cast<QSslSocket *>(raw->property(HttpApi::kTransportProperty).value<QObject *>());
    connect(raw, &QWebSocket::disconnected, this, [this, id] { forget(id); });
    // Replay waits while the socket has much unsent; written bytes resume it.
    connect(raw, &QWebSocket::bytesWritten, this, [this, id] {
        const auto it = m_clients.find(id);
        if (it != m_clients.end() && it->second.replaying && !it->second.pumpScheduled)
            pump(id);
    });
    qCDebug(lcEventHub) << "client" << id << caller.name << "since" << since;
    emit clientConnected();
    pump(id);
}

void EventHub::schedulePump(quint64 id)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end() || it->second.pumpScheduled)
        return;
    it->second.pumpScheduled = true;
    QMetaObject::invokeMethod(
        this, [this, id] { pump(id); }, Qt::QueuedConnection);
}

void EventHub::pump(quint64 id)
{
    auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    it->second.pumpScheduled = false;
    if (!it->second.replaying)
        return;
    if (pendingBytes(it->second) > m_maxPendingBytes / 2)
        return; // resumed by bytesWritten

    const qint64 after = it->second.nextSequence - 1;
    const QList<EventRecord> page = m_source.events(after, m_replayPageSize);
    // The source may have run arbitrary code (even publish()): look the client up again.
    it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    for (const EventRecord &event : page) {
        Client &client = it->second;
        if (event.sequence < client.nextSequence)
            continue; // already sent live while this page was read
        if (event.sequence > client.nextSequence) {
            drop(id, QStringLiteral("event %1 is missing from the store; reconnect with since=%2")
                         .arg(client.nextSequence)
                         .arg(client.nextSequence - 1));
            return;
        }
        send(id, client, event);
    }
    if (page.size() < m_replayPageSize) {
        // Caught up with what is committed; publish() sends from here on. An
        // event published but not yet readable is fetched again (publish sees
        // the client behind and switches it back to replay).
        it->second.replaying = false;
        return;
    }
    schedulePump(id);
}

bool EventHub::publish(const EventRecord &event)
{
    if (event.sequence != m_lastPublished + 1) {
        qCWarning(lcEventHub) << "refused event" << event.sequence << "after" << m_lastPublished
                              << ": sequences must be gap-free";
        return false;
    }
    m_lastPublished = event.sequence;
    std::vector<quint64> ids;
    ids.reserve(m_clients.size());
    for (const auto &[id, client] : m_clients)
        ids.push_back(id);
    for (const quint64 id : ids) {
        const auto it = m_clients.find(id);
        if (it == m_clients.end())
            continue;
        Client &client = it->second;
        if (client.replaying)
            continue; // the replay reads it from the source
        if (client.nextSequence == event.sequence) {
            send(id, client, event);
        } else if (client.nextSequence < event.sequence) {
            client.replaying = true;
            schedulePump(id);
        }
        // nextSequence > sequence: the replay already delivered it.
    }
    return true;
}

qint64 EventHub::pendingBytes(const Client &client)
{
    return client.socket->bytesToWrite() +
           (client.transport ? client.transport->encryptedBytesToWrite() : 0);
}

void EventHub::send(quint64 id, Client &client, const EventRecord &event)
{
    client.socket->sendTextMessage(toMessage(event));
    client.nextSequence = event.sequence + 1;
    if (pendingBytes(client) <= m_maxPendingBytes)
        return;
    // Unsent bytes also pile up within one burst before the socket had a
    // chance to write; judge the client once the event loop flushed them.
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            const auto it = m_clients.find(id);
            if (it != m_clients.end() && pendingBytes(it->second) > m_maxPendingBytes) {
                drop(id,
                     QStringLiteral(
                         "too slow: over %1 bytes unsent; reconnect with since=<last seq received>")
                         .arg(m_maxPendingBytes));
            }
        },
        Qt::QueuedConnection);
}

void EventHub::drop(quint64 id, const QString &reason)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    std::unique_ptr<QWebSocket> socket = std::move(it->second.socket);
    m_clients.erase(it);
    qCInfo(lcEventHub) << "dropping client" << id << ":" << reason;
    refuse(std::move(socket), reason);
    emit clientDisconnected();
}

void EventHub::forget(quint64 id)
{
    const auto it = m_clients.find(id);
    if (it == m_clients.end())
        return;
    // Still inside the socket's own signal: delete it later.
    it->second.socket.release()->deleteLater();
    m_clients.erase(it);
    emit clientDisconnected();
}

} // namespace icc
