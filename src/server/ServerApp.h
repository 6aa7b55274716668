#pragma once

#include "RateLimiter.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace icc {

class AuthService;
class Clock;
class CommitBatcher;
class EventHub;
class HttpApi;
class IncidentService;
class SqlServerStore;
class StoreEventSource;
struct ServerContext;

struct ServerOptions
{
    QString dataDir;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8443; // 0: any free port (tests)
    QString databaseUrl;       // empty: SQLite in dataDir
    bool live = false;
    QString certFile; // both empty: the self-signed identity in dataDir/tls
    QString keyFile;
    // Imported at the first start with it on a store without runbooks (the
    // packages ship /usr/share/icc/runbooks), once per store: the marker
    // document runbooksSeededKey() says it happened. Later changes come from
    // import-runbooks or the API.
    QString runbooksDir;
    // Named by a self-signed certificate created at this start, besides
    // certificateHosts()' automatic ones; an existing certificate is kept.
    QStringList certHosts;
    qint64 maxBodyBytes = 1024 * 1024;
    int tickIntervalMs = 1000;        // review timeouts, pages, abort windows
    bool fastPasswordHashing = false; // tests only: libsodium's minimum Argon2id cost
    // Per ingest key on the ingest endpoints (429 with Retry-After beyond it).
    RateLimit ingestRateLimit{400, std::chrono::milliseconds(5)}; // 200/s, bursts of 400
};

// One running icc-server: storage, the pipeline service, authentication, the
// HTTPS API with its routes, the WebSocket push and the timer that lets time
// act (timeouts hold and escalate, never approve). main() and the server
// tests build it the same way.
class ServerApp final : public QObject
{
    Q_OBJECT

public:
    ServerApp(ServerOptions options, const Clock &clock, QObject *parent = nullptr);
    ~ServerApp() override;
    Q_DISABLE_COPY_MOVE(ServerApp)

    // Opens (and migrates) the database, restores the service, loads or
    // creates the TLS identity, registers the routes and listens. False and
    // *error (naming what failed) otherwise; nothing is left listening.
    bool start(QString *error);

    // The names a new self-signed certificate gets besides localhost,
    // 127.0.0.1 and ::1: options.certHosts, the machine's host name (unless
    // empty, "localhost" or not a valid DNS name) and, when that is a short
    // name and the machine has a DNS domain, the full name too (clients reach
    // servers by it); then the listen address when it is one specific
    // non-loopback address.
    static QStringList certificateHosts(const ServerOptions &options,
                                        const QString &machineHostName,
                                        const QString &domainName = {});

    quint16 port() const { return m_port; }
    // The store document written with the --runbooks seeding (or instead of
    // it, when the store already held runbooks): {"from", "count", "at", "found"}.
    static QString runbooksSeededKey();
    // How many runbook files start() imported from options.runbooksDir (0: none).
    int runbooksImported() const { return m_runbooksImported; }
    QString certificateFingerprint() const { return m_fingerprint; }
    bool certificateCreated() const { return m_certificateCreated; }
    QString certificatePath() const { return m_certificatePath; }

    ServerContext &context() { return *m_context; }
    SqlServerStore &store() { return *m_store; }
    IncidentService &service() { return *m_service; }
    AuthService &auth() { return *m_auth; }
    CommitBatcher &commits() { return *m_commits; }
    EventHub &events() { return *m_events; }
    const HttpApi &api() const { return *m_api; } // its route table, for the role matrix test

    // Runs the timer's work once now (tests step time with a ManualClock).
    bool tick(QString *error = nullptr);

private:
    bool openStore(QString *error);
    bool loadTls(QString *error);
    bool ensurePolicy(QString *error);
    bool ensureRunbooks(QString *error);

    ServerOptions m_options;
    const Clock &m_clock;
    std::unique_ptr<SqlServerStore> m_store;
    std::unique_ptr<IncidentService> m_service;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<StoreEventSource> m_eventSource;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<CommitBatcher> m_commits;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<ServerContext> m_context;
    struct Adapters;
    std::unique_ptr<Adapters> m_adapters;
    QTimer m_tickTimer;
    quint16 m_port = 0;
    QString m_fingerprint;
    QString m_certificatePath;
    bool m_certificateCreated = false;
    int m_runbooksImported = 0;
};

} // namespace icc
