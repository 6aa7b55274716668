#pragma once

#include <QString>

#include <functional>

namespace icc::test {

// Runs the event loop until `done` holds or `timeoutMs` passed, checking every
// `intervalMs`. For waiting on real child processes (a server starting, a
// webhook arriving), never to let simulated time pass: tests use ManualClock.
bool waitUntil(const std::function<bool()> &done, int timeoutMs, int intervalMs = 50);

// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0, then
// released), for child processes that need a port on their command line.
quint16 freeLoopbackPort();

} // namespace icc::test
