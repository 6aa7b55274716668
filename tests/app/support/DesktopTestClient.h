#pragma once

#include "AppContext.h"
#include "CertificatePins.h"
#include "ConnectionState.h"
#include "EventStream.h"
#include "MemoryTokenStore.h"
#include "ServerConnection.h"
#include "Session.h"
#include "SystemClock.h"

#include <QTemporaryDir>

namespace icc::test {

class DesktopTestServer;

// One desktop's client side (pins, token store, connection, session, live
// events) logged in as one user: what the app's main() builds, for tests
// that put a view on top. Two of them are two reviewers' laptops.
class DesktopTestClient final
{
public:
    explicit DesktopTestClient(DesktopTestServer &server);
    Q_DISABLE_COPY_MOVE(DesktopTestClient)

    // Trusts the server's fingerprint, logs in, starts the event stream and
    // waits for it to connect.
    bool login(const QString &userName, QString *error);

    AppContext &context() { return m_context; }
    ServerConnection &connection() { return m_connection; }
    Session &session() { return m_session; }
    EventStream &events() { return m_events; }
    ConnectionState &connectionState() { return m_connectionState; }
    CertificatePins &pins() { return m_pins; }
    MemoryTokenStore &tokens() { return m_tokens; }

private:
    DesktopTestServer &m_server;
    QTemporaryDir m_configDir;
    CertificatePins m_pins;
    MemoryTokenStore m_tokens;
    ServerConnection m_connection;
    Session m_session;
    EventStream m_events;
    SystemClock m_clock;
    ConnectionState m_connectionState;
    AppContext m_context;
};

} // namespace icc::test
