#pragma once

#include "Alert.h"
#include "ApiClient.h"
#include "ManualClock.h"
#include "ServerApp.h"
#include "ServiceResult.h"
#include "StoreRecords.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace icc::test {

// An in-process icc-server for the route tests: real TLS on a loopback port,
// a ManualClock (dwell, timeouts and windows are stepped, never slept), no
// tick timer (call tick()), cheap password hashing, and the shipped policy,
// demo roster and runbooks. Users are created in-process; clients talk HTTPS.
class RoutesTestServer final
{
public:
    static constexpr char kPassword[] = "correct horse battery staple";

    RoutesTestServer();
    ~RoutesTestServer();
    Q_DISABLE_COPY_MOVE(RoutesTestServer)

    // Starts the server and loads the demo roster and every shipped runbook.
    bool start(QString *error);

    ManualClock clock;
    ServerApp &app() { return *m_app; }

    bool addUser(const QString &name, const QString &role, QString *error = nullptr);
    // A client logged in as `name` (through AuthService; the bearer is a real session token).
    std::unique_ptr<ApiClient> client(const QString &name);
    std::unique_ptr<ApiClient> anonymousClient();

    ServiceResult ingest(const QList<Alert> &alerts);
    bool tick();

    // The proposal of `actionType` in the incident `ingested` (an ingest result) went to.
    std::optional<ProposalRecord> proposal(const ServiceResult &ingested,
                                           const QString &actionType);
    int countAudit(const char *type, const QString &subject = {});

    static QString resource(const QString &relative);
    static QString readText(const QString &path);

    // Alerts that the shipped runbooks match: a tier-2 restart (HighCPU) and a
    // tier-3 failover (PostgresPrimaryDown, critical).
    static Alert cpuAlert(const QString &instance = QStringLiteral("1"));
    static Alert dbAlert();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerApp> m_app;
};

} // namespace icc::test
