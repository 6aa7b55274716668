#pragma once

#include <QDateTime>
#include <QObject>

namespace icc {

class Clock;
class EventStream;
class ServerConnection;
class Session;

// Whether what the desktop shows is fresh: logged in, the live event stream
// connected and the last request answered. Views disable every decision
// while it is not (a decision from stale state is never sent), and the
// offline banner says since when.
class ConnectionState final : public QObject
{
    Q_OBJECT

public:
    ConnectionState(ServerConnection &connection, EventStream &events, Session &session,
                    const Clock &clock, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    // Logged in but not online: the user must be told (the banner).
    bool isDisconnected() const;
    // When the state last stopped being fresh (invalid while online).
    QDateTime offlineSince() const { return m_offlineSince; }
    // Why the server refused the live stream the last time (its close
    // reason: "too many connections: ..."), until a stream connects again;
    // empty when it did not refuse.
    QString refusal() const { return m_refusal; }

signals:
    void onlineChanged(bool online);
    // Any change of isOnline(), isDisconnected() (also logging in or out) or
    // refusal().
    void changed();

private:
    void update();
    void setRefusal(const QString &reason);

    ServerConnection &m_connection;
    EventStream &m_events;
    Session &m_session;
    const Clock &m_clock;
    bool m_online = false;
    bool m_disconnected = false;
    bool m_requestFailed = false; // a request got no answer since the stream connected
    QDateTime m_offlineSince;
    QString m_refusal;
};

} // namespace icc
