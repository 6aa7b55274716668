#include "RoutesTestServer.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "CommitBatcher.h"
#include "IncidentService.h"
#include "SqlServerStore.h"
#include "TestAlerts.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QUrl>

namespace icc::test {

RoutesTestServer::RoutesTestServer() = default;

RoutesTestServer::~RoutesTestServer() = default;

bool RoutesTestServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    ServerOptions options;
    options.dataDir = m_dir.path();
    options.listenPort = 0;
    options.fastPasswordHashing = true;
    options.tickIntervalMs = 0;
    m_app = std::make_unique<ServerApp>(options, clock);
    if (!m_app->start(error))
        return false;

    ServiceResult result;
    const QString roster = readText(resource(QStringLiteral("roster/demo.yaml")));
    if (!m_app->commits().runNow(
            [&] {
                result = m_app->service().setRoster(roster, QStringLiteral("admin"));
                return result;
            },
            error) ||
        !result.ok()) {
        *error += result.message;
        return false;
    }
    QList<RunbookRecord> files;
    const QDir runbooks(resource(QStringLiteral("runbooks")));
    for (const QString &name : runbooks.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        RunbookRecord record;
        record.fileName = name;
        record.markdown = readText(runbooks.filePath(name));
        files.append(record);
    }
    if (!m_app->commits().runNow(
            [&] {
                result = m_app->service().replaceRunbooks(files, QStringLiteral("admin"));
                return result;
            },
            error) ||
        !result.ok()) {
        *error += result.message;
        return false;
    }
    return true;
}

bool RoutesTestServer::addUser(const QString &name, const QString &role, QString *error)
{
    QString problem;
    bool added = false;
    const bool committed = m_app->commits().runNow(
        [&] {
            added = m_app->auth()
                        .addUser(name, role, QString::fromLatin1(kPassword), &problem)
                        .has_value();
            return added ? ServiceResult::success()
                         : ServiceResult::failure(ServiceError::BadRequest, problem);
        },
        &problem);
    if (error)
        *error = problem;
    return committed && added;
}

std::unique_ptr<ApiClient> RoutesTestServer::anonymousClient()
{
    return std::make_unique<ApiClient>(
        QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_app->port())),
        ApiClient::certificateFromFile(m_app->certificatePath()));
}

std::unique_ptr<ApiClient> RoutesTestServer::client(const QString &name)
{
    auto client = anonymousClient();
    const auto login = m_app->auth().login(name, QString::fromLatin1(kPassword));
    if (login.ok())
        client->setBearer(login.token);
    return client;
}

ServiceResult RoutesTestServer::ingest(const QList<Alert> &alerts)
{
    ServiceResult result;
    QString error;
    if (!m_app->commits().runNow(
            [&] {
                result = m_app->service().ingest(alerts, QStringLiteral("generic"),
                                                 QStringLiteral("test"));
                return result;
            },
            &error))
        return ServiceResult::failure(ServiceError::Internal, error);
    return result;
}

bool RoutesTestServer::tick()
{
    return m_app->tick();
}

std::optional<ProposalRecord> RoutesTestServer::proposal(const ServiceResult &ingested,
                                                         const QString &actionType)
{
    const QString incidentId = ingested.body.value(QStringLiteral("alerts"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("incident_id"))
                                   .toString();
    for (const ProposalRecord &proposal : m_app->store().proposalsForIncident(incidentId)) {
        if (proposal.actionType == actionType)
            return proposal;
    }
    return std::nullopt;
}

int RoutesTestServer::countAudit(const char *type, const QString &subject)
{
    int count = 0;
    for (const AuditEntry &entry : m_app->service().auditLog().entries().entries) {
        if (entry.type == QLatin1String(type) && (subject.isEmpty() || entry.subject == subject))
            ++count;
    }
    return count;
}

QString RoutesTestServer::resource(const QString &relative)
{
    return QDir(QString::fromUtf8(kResourcesDir)).filePath(relative);
}

QString RoutesTestServer::readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Alert RoutesTestServer::cpuAlert(const QString &instance)
{
    return test::cpuAlert(instance);
}

Alert RoutesTestServer::dbAlert()
{
    return test::dbAlert();
}

} // namespace icc::test
