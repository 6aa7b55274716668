#pragma once

namespace icc {

class Clock;
class ConnectionState;
class EventStream;
class ServerConnection;
class Session;

// What every view needs, handed to its constructor: the HTTPS connection,
// the live event stream, who is logged in, and the clock (injected so dwell
// countdowns and rate windows are tested without waiting), and whether the
// state is fresh (decisions are disabled while connectionState is offline).
struct AppContext
{
    ServerConnection &connection;
    EventStream &events;
    Session &session;
    const Clock &clock;
    ConnectionState &connectionState;
};

} // namespace icc
