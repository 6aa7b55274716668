#include "ConnectionState.h"

#include "Clock.h"
#include "EventStream.h"
#include "ServerConnection.h"
#include "Session.h"

namespace icc {

ConnectionState::ConnectionState(ServerConnection &connection, EventStream &events,
                                 Session &session, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_events(events)
    , m_session(session)
    , m_clock(clock)
    , m_offlineSince(clock.now())
{
    connect(&m_events, &EventStream::connectedChanged, this, [this](bool connected) {
        // A fresh stream proves the server answers again.
        if (connected) {
            m_requestFailed = false;
            setRefusal({});
        }
        update();
    });
    // A refusal for credentials ends the session (Session::expired); any
    // other (too many streams, ...) is what the user needs to read.
    connect(&m_events, &EventStream::refused, this, [this](const QString &reason) {
        setRefusal(EventStream::isCredentialRefusal(reason) ? QString() : reason);
    });
    connect(&m_connection, &ServerConnection::reachableChanged, this, [this](bool reachable) {
        m_requestFailed = !reachable;
        update();
    });
    connect(&m_session, &Session::loggedIn, this, &ConnectionState::update);
    connect(&m_session, &Session::loggedOut, this, &ConnectionState::update);
    connect(&m_session, &Session::expired, this, &ConnectionState::update);
    update();
}

bool ConnectionState::isDisconnected() const
{
    return m_disconnected;
}

void ConnectionState::setRefusal(const QString &reason)
{
    if (reason == m_refusal)
        return;
    m_refusal = reason;
    emit changed();
}

void ConnectionState::update()
{
    if (!m_session.isLoggedIn())
        setRefusal({});
    const bool online = m_session.isLoggedIn() && m_events.isConnected() && !m_requestFailed;
    const bool disconnected = m_session.isLoggedIn() && !online;
    if (online == m_online && disconnected == m_disconnected)
        return;
    if (m_online && !online)
        m_offlineSince = m_clock.now();
    else if (!m_disconnected && disconnected && !m_online)
        m_offlineSince = m_clock.now();
    const bool onlineFlipped = online != m_online;
    m_online = online;
    m_disconnected = disconnected;
    if (onlineFlipped)
        emit onlineChanged(online);
    emit changed();
}

} // namespace icc
