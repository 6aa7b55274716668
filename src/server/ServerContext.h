#pragma once

#include "IngestMetrics.h"
#include "RateLimiter.h"

#include <QDateTime>
#include <QString>

namespace icc {

class AuthService;
class Clock;
class CommitBatcher;
class EventHub;
class IncidentService;
class ServerStore;

// What the route classes share: one server's store, services and clock. The
// server (ServerApp) owns all of it; routes only borrow. Reads go to the store
// or the service directly; every write goes through `commits` so that it is
// answered only once committed.
struct ServerContext
{
    ServerStore &store;
    IncidentService &service;
    AuthService &auth;
    CommitBatcher &commits;
    EventHub &events;
    const Clock &clock;
    QDateTime startedAt;
    bool live = false; // commands run for real; dry-run otherwise
    QString version;   // icc-server's version
    // Per ingest key (or user) on the ingest endpoints; 429 beyond it.
    RateLimit ingestRateLimit{400, std::chrono::milliseconds(5)}; // 200/s, bursts of 400
    IngestMetrics ingestMetrics;
};

} // namespace icc
