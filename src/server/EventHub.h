#pragma once

#include "Caller.h"
#include "StoreRecords.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

class QWebSocket;

namespace icc {

class EventSource;
class HttpApi;

// Live push of state changes over WebSocket (/api/v1/events?since=SEQ).
//
// Every client gets every event with sequence > since exactly once and in
// order: first the replay from the EventSource in pages, then the events
// given to publish(). Each client keeps the next sequence it needs; replay
// reads from the source (where published events are already committed) and a
// live event is sent only when it is exactly that next sequence, so events
// published while a client replays are neither skipped nor sent twice.
//
// Without since, a client gets live events only. A since that is malformed or
// ahead of the last sequence is refused with close code 1008. A client whose
// unsent bytes exceed maxPendingBytes is disconnected; it resumes with
// since=<the last sequence it received>.
//
// A stream lives longer than the session that opened it: every
// reauthenticationInterval (and on reauthenticateAll()) each client's
// handshake credential is checked again, and a client whose credential no
// longer authenticates (logout, expiry, disabled user) or whose caller lost
// ReadState is closed with 1008 "session ended". One caller may hold at most
// maxClientsPerCaller streams; more are refused with 1008 "too many
// connections".
class EventHub final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultReplayPageSize = 500;
    static constexpr qint64 kDefaultMaxPendingBytes = 8 * 1024 * 1024;
    static constexpr int kDefaultReauthenticationIntervalMs = 30 * 1000;
    static constexpr int kDefaultMaxClientsPerCaller = 20;

    // Whether a client's handshake credential still grants the stream: the
    // Authorization header value it connected with and its peer address.
    using CredentialCheck =
        std::function<bool(const QByteArray &authorization, const QHostAddress &peer)>;

    // The source must outlive the hub. Live sequences continue from
    // source.lastEventSequence().
    explicit EventHub(const EventSource &source, QObject *parent = nullptr);
    ~EventHub() override;

    // Serves path on api's port; callers need Permission::ReadState, checked
    // again through api periodically (the credential check, unless set).
    void attachTo(HttpApi &api, const QString &path = QStringLiteral("/api/v1/events"));

    void setCredentialCheck(CredentialCheck check) { m_credentialCheck = std::move(check); }
    // 0 stops the periodic check (reauthenticateAll() still works).
    void setReauthenticationInterval(int milliseconds);
    int reauthenticationInterval() const { return m_reauthenticationTimer.interval(); }
    void setMaxClientsPerCaller(int clients) { m_maxClientsPerCaller = std::max(clients, 1); }
    // Closes every client whose credential the check refuses now.
    void reauthenticateAll();

    void setReplayPageSize(int events) { m_replayPageSize = std::max(events, 1); }
    void setMaxPendingBytes(qint64 bytes) { m_maxPendingBytes = bytes; }

    // A committed event. Its sequence must be the last published + 1; anything
    // else is refused (false) because clients would see a gap.
    bool publish(const EventRecord &event);
    qint64 lastPublishedSequence() const { return m_lastPublished; }

    // An authenticated, permitted socket (attachTo routes upgrades here).
    void accept(std::unique_ptr<QWebSocket> socket, const Caller &caller);

    int clientCount() const { return static_cast<int>(m_clients.size()); }

    // One JSON text frame: {"seq": N, "type": "...", "at": "...", "payload": {...}}.
    static QString toMessage(const EventRecord &event);

signals:
    void clientConnected();
    void clientDisconnected();

private:
    struct Client
    {
        std::unique_ptr<QWebSocket> socket;
        QString name;
        QByteArray authorization; // the handshake's header value, checked again
        QHostAddress peer;
        qint64 nextSequence = 1;
        bool replaying = true;
        bool pumpScheduled = false;
        QPointer<QSslSocket> transport; // TLS bytes queued for the network
    };

    // Unsent bytes: not yet encrypted plus encrypted but not yet written.
    static qint64 pendingBytes(const Client &client);

    void refuse(std::unique_ptr<QWebSocket> socket, const QString &reason);
    void schedulePump(quint64 id);
    void pump(quint64 id);
    // Queues the event; a client found too slow is dropped later (queued check).
    void send(quint64 id, Client &client, const EventRecord &event);
    void drop(quint64 id, const QString &reason);
    void forget(quint64 id);

    const EventSource &m_source;
    std::map<quint64, Client> m_clients;
    quint64 m_nextClientId = 1;
    qint64 m_lastPublished = 0;
    int m_replayPageSize = kDefaultReplayPageSize;
    qint64 m_maxPendingBytes = kDefaultMaxPendingBytes;
    CredentialCheck m_credentialCheck;
    QTimer m_reauthenticationTimer;
    int m_maxClientsPerCaller = kDefaultMaxClientsPerCaller;
};

} // namespace icc
