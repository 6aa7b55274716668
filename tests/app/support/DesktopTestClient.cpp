#include "DesktopTestClient.h"

#include "DesktopTestServer.h"

#include <QSignalSpy>

namespace icc::test {

DesktopTestClient::DesktopTestClient(DesktopTestServer &server)
    : m_server(server)
    , m_pins(m_configDir.filePath(QStringLiteral("pins.ini")))
    , m_connection(m_pins)
    , m_session(m_connection, m_tokens)
    , m_events(m_connection)
    , m_connectionState(m_connection, m_events, m_session, m_clock)
    , m_context{m_connection, m_events, m_session, m_clock, m_connectionState}
{}

bool DesktopTestClient::login(const QString &userName, QString *error)
{
    m_connection.setServer(m_server.baseUrl());
    m_connection.trustFingerprint(m_server.fingerprint());
    bool done = false;
    ApiReply answer;
    m_session.login(userName, QString::fromLatin1(DesktopTestServer::kPassword),
                    [&](const ApiReply &reply) {
                        answer = reply;
                        done = true;
                    });
    QSignalSpy waiting(&m_session, &Session::loggedIn);
    if (!done && !waiting.wait(30000) && !done) {
        *error = QStringLiteral("login of %1 got no answer").arg(userName);
        return false;
    }
    if (!answer.ok()) {
        *error = QStringLiteral("login of %1 failed: %2").arg(userName, answer.message());
        return false;
    }
    QSignalSpy connected(&m_events, &EventStream::connectedChanged);
    m_events.start();
    if (!m_events.isConnected() && !connected.wait(30000)) {
        *error = QStringLiteral("the event stream of %1 did not connect").arg(userName);
        return false;
    }
    return true;
}

} // namespace icc::test
