#include "ServerApp.h"

#include "AccessPolicy.h"
#include "ApiRoutes.h"
#include "AuthService.h"
#include "Clock.h"
#include "CommitBatcher.h"
#include "DatabaseUrl.h"
#include "EventHub.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "PermissionChecker.h"
#include "RequestAuthenticator.h"
#include "RunbookImport.h"
#include "SelfSignedCertificate.h"
#include "ServerContext.h"
#include "SqlServerStore.h"
#include "StoreEventSource.h"

#include <QFile>
#include <QHostInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcServer, "icc.server")

namespace icc {

// The HTTP layer's two questions, answered by the auth service and the
// access table.
struct ServerApp::Adapters final : public RequestAuthenticator, public PermissionChecker
{
    explicit Adapters(AuthService &auth)
        : auth(auth)
    {}

    std::optional<Caller> authenticate(const QByteArray &authorizationHeader,
                                       const QHostAddress &) override
    {
        return auth.authenticate(authorizationHeader);
    }

    bool allows(const Caller &caller, Permission permission) const override
    {
        return AccessPolicy::allows(caller, permission);
    }

    AuthService &auth;
};

ServerApp::ServerApp(ServerOptions options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{}

ServerApp::~ServerApp()
{
    m_tickTimer.stop();
    // The API and the hub hold sockets that call back into the services:
    // they go first.
    m_api.reset();
    m_events.reset();
}

bool ServerApp::openStore(QString *error)
{
    const std::optional<DatabaseUrl> url =
        DatabaseUrl::parse(m_options.databaseUrl, m_options.dataDir, error);
    if (!url)
        return false;
    m_store = SqlServerStore::open(*url, error);
    return m_store != nullptr;
}

bool ServerApp::loadTls(QString *error)
{
    std::optional<TlsIdentity> identity;
    if (!m_options.certFile.isEmpty())
        identity = SelfSignedCertificate::loadFiles(m_options.certFile, m_options.keyFile, error);
    else
        identity = SelfSignedCertificate::ensureInDirectory(
            m_options.dataDir,
            certificateHosts(m_options, QSysInfo::machineHostName(), QHostInfo::localDomainName()),
            m_clock.now(), error);
    if (!identity)
        return false;
    m_api->setTls(identity->certificate, identity->privateKey);
    m_fingerprint = SelfSignedCertificate::fingerprintSha256(identity->certificate);
    m_certificatePath = identity->certificatePath;
    m_certificateCreated = identity->created;
    return true;
}

bool ServerApp::ensurePolicy(QString *error)
{
    if (m_store->activePolicy())
        return true;
    // A fresh data directory runs the shipped policy until an admin sets
    // another (`icc-server policy set FILE --approved-by NAME`).
    QFile shipped(QStringLiteral(":/policy/default.yaml"));
    if (!shipped.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the shipped default policy is missing from the binary");
        return false;
    }
    const QString yaml = QString::fromUtf8(shipped.readAll());
    ServiceResult result;
    const bool committed = m_commits->runNow(
        [&] {
            result = m_service->setPolicy(yaml, QStringLiteral("icc-server (shipped default)"),
                                          QStringLiteral("default.yaml"));
            return result;
        },
        error);
    if (committed && !result.ok())
        *error = QStringLiteral("the shipped default policy was refused: %1").arg(result.message);
    return committed && result.ok();
}

bool ServerApp::ensureRunbooks(QString *error)
{
    // Seeding happens once per store: an admin who deleted every runbook on
    // purpose must not get the shipped ones back at the next restart.
    if (m_options.runbooksDir.isEmpty() || m_store->document(runbooksSeededKey()))
        return true;
    ServiceResult result;
    int fileCount = 0;
    const bool committed = m_commits->runNow(
        [&] {
            // Runbooks imported by hand before the first start (or a data
            // directory from before the marker): they stay as they are.
            const qsizetype existing = m_store->runbooks().size();
            if (existing == 0) {
                result = RunbookImport::fromDirectory(*m_service, *m_store, m_options.runbooksDir,
                                                      QStringLiteral("icc-server (--runbooks)"),
                                                      &fileCount);
                if (!result.ok())
                    return result;
            }
            const QJsonObject marker{
                {QStringLiteral("from"), m_options.runbooksDir},
                {QStringLiteral("count"), fileCount},
                {QStringLiteral("at"), m_clock.now().toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("found"), existing}};
            QString storeError;
            if (!m_store->saveDocument(runbooksSeededKey(), marker, &storeError))
                result = ServiceResult::failure(ServiceError::Internal, storeError);
            else
                result = ServiceResult::success();
            return result;
        },
        error);
    if (committed && !result.ok())
        *error = QStringLiteral("cannot import the runbooks: %1").arg(result.message);
    if (!committed || !result.ok())
        return false;
    m_runbooksImported = fileCount;
    return true;
}

QString ServerApp::runbooksSeededKey()
{
    return QStringLiteral("runbooks.seeded");
}

QStringList ServerApp::certificateHosts(const ServerOptions &options,
                                        const QString &machineHostName, const QString &domainName)
{
    QStringList hosts = options.certHosts;
    // A host name the certificate cannot carry (say one with an underscore)
    // is left out rather than failing the start over a convenience.
    if (!machineHostName.isEmpty() &&
        machineHostName.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0 &&
        SelfSignedCertificate::isValidHost(machineHostName)) {
        hosts.append(machineHostName);
        const QString domain =
            domainName.startsWith(QLatin1Char('.')) ? domainName.mid(1) : domainName;
        const QString fullName = machineHostName + QLatin1Char('.') + domain;
        if (!machineHostName.contains(QLatin1Char('.')) && !domain.isEmpty() &&
            SelfSignedCertificate::isValidHost(fullName) && !hosts.contains(fullName))
            hosts.append(fullName);
    }
    const QHostAddress &listen = options.listenAddress;
    const bool anyAddress = listen == QHostAddress(QHostAddress::Any) ||
                            listen == QHostAddress(QHostAddress::AnyIPv4) ||
                            listen == QHostAddress(QHostAddress::AnyIPv6);
    if (!listen.isNull() && !anyAddress && !listen.isLoopback() && listen.scopeId().isEmpty())
        hosts.append(listen.toString());
    return hosts;
}

bool ServerApp::start(QString *error)
{
    if (!openStore(error))
        return false;

    IncidentServiceOptions serviceOptions;
    serviceOptions.live = m_options.live;
    m_service = std::make_unique<IncidentService>(*m_store, m_clock, serviceOptions);
    const ServiceResult restored = m_service->restore();
    if (!restored.ok()) {
        *error = QStringLiteral("cannot restore the server state: %1").arg(restored.message);
        return false;
    }

    AuthOptions authOptions;
    if (m_options.fastPasswordHashing)
        authOptions.hashCost = PasswordHashCost::minimum();
    m_auth = std::make_unique<AuthService>(*m_store, m_clock, authOptions);
    m_adapters = std::make_unique<Adapters>(*m_auth);

    m_eventSource = std::make_unique<StoreEventSource>(*m_store);
    m_events = std::make_unique<EventHub>(*m_eventSource);
    m_service->setEventPublisher([this](const EventRecord &event) {
        if (!m_events->publish(event))
            qCWarning(lcServer, "event %lld not pushed: out of sequence", event.sequence);
    });
    m_commits = std::make_unique<CommitBatcher>(*m_store, *m_service);
    if (!ensurePolicy(error) || !ensureRunbooks(error))
        return false;

    m_api = std::make_unique<HttpApi>(*m_adapters, *m_adapters);
    m_api->setMaxBodyBytes(m_options.maxBodyBytes);
    if (!loadTls(error))
        return false;

    m_context = std::make_unique<ServerContext>(ServerContext{
        *m_store, *m_service, *m_auth, *m_commits, *m_events, m_clock, m_clock.now(),
        m_options.live, QStringLiteral(ICC_VERSION), m_options.ingestRateLimit, IngestMetrics{}});
    registerApiRoutes(*m_api, *m_context);
    m_events->attachTo(*m_api);

    m_port = m_api->listen(m_options.listenAddress, m_options.listenPort);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.listenAddress.toString())
                     .arg(m_options.listenPort)
                     .arg(m_api->errorString());
        return false;
    }

    // Whatever came due while the server was down fires now.
    tick();
    if (m_options.tickIntervalMs > 0) {
        connect(&m_tickTimer, &QTimer::timeout, this, [this] { tick(); });
        m_tickTimer.start(m_options.tickIntervalMs);
    }
    return true;
}

bool ServerApp::tick(QString *error)
{
    return m_commits->runNow([this] { return m_service->tick(); }, error);
}

} // namespace icc
