#pragma once

#include "ClientEvent.h"

#include <QObject>

class QWebSocket;
class QTimer;

namespace icc {

class ServerConnection;

// The live feed (/api/v1/events) over a pinned WebSocket. It remembers the
// last sequence number it delivered and resumes from it after any
// disconnect, so views see every event once and in order. Reconnects on its
// own with a growing delay (1 s doubling to 30 s) until stop().
//
// The server refuses a stream by completing the upgrade and closing at once
// (1008 with its reason), so an upgrade alone proves nothing: the stream
// counts as connected only after its first event or a short grace period
// without a close. A refusal for credentials (token revoked, session ended)
// stops the retries and is reported to the connection as a 401 would be.
class EventStream final : public QObject
{
    Q_OBJECT

public:
    explicit EventStream(ServerConnection &connection, QObject *parent = nullptr);
    ~EventStream() override;

    // since < 0: live events only; otherwise every event after since first.
    void start(qint64 since = -1);
    void stop();

    bool isConnected() const { return m_connected; }
    qint64 lastSequence() const { return m_lastSequence; }

    // Whether a refusal reason means the token is no longer valid.
    static bool isCredentialRefusal(const QString &reason);
    // How long an upgraded stream must stay open to count as connected.
    static constexpr int kGraceMs = 1000;

signals:
    void eventReceived(const icc::ClientEvent &event);
    void connectedChanged(bool connected);
    // The server refused the stream (close code 1008 with its reason: bad or
    // future "since", credentials no longer valid, too many streams).
    void refused(const QString &reason);
    // Events may have been missed (the server could not resume from our
    // sequence): views reload their state from the API.
    void resyncRequired();

private:
    void open();
    void onText(const QString &frame);
    void onDisconnected();
    void scheduleRetry();
    void setConnected(bool connected);
    void confirmConnected();

    ServerConnection &m_connection;
    QWebSocket *m_socket = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_graceTimer = nullptr; // runs between the upgrade and "connected"
    qint64 m_lastSequence = -1;
    int m_retryDelayMs = 1000;
    bool m_running = false;
    bool m_connected = false;
    bool m_refused = false;
};

} // namespace icc
