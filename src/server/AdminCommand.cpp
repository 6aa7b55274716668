#include "AdminCommand.h"

#include "AuthService.h"
#include "Clock.h"
#include "DatabaseUrl.h"
#include "IncidentService.h"
#include "RunbookImport.h"
#include "SqlServerStore.h"

#include <QFile>
#include <QFileInfo>

#include <functional>
#include <memory>

namespace icc {

namespace {

const QString kCommandLineActor = QStringLiteral("admin (command line)");

std::unique_ptr<SqlServerStore> openStore(const ServerCommand &command, QTextStream &err)
{
    QString error;
    const std::optional<DatabaseUrl> url =
        DatabaseUrl::parse(command.databaseUrl, command.dataDir, &error);
    std::unique_ptr<SqlServerStore> store;
    if (url)
        store = SqlServerStore::open(*url, &error);
    if (!store)
        err << "icc-server: " << error << Qt::endl;
    return store;
}

// Runs work in one transaction; prints the store's error when it fails.
bool inTransaction(SqlServerStore &store, QTextStream &err, const std::function<bool()> &work)
{
    QString error;
    if (!store.begin(&error)) {
        err << "icc-server: " << error << Qt::endl;
        return false;
    }
    if (!work()) {
        store.rollback();
        return false;
    }
    if (!store.commit(&error)) {
        store.rollback();
        err << "icc-server: not saved: " << error << Qt::endl;
        return false;
    }
    return true;
}

// The service over the store with everything restored, for the commands
// that change what the pipeline runs on.
std::unique_ptr<IncidentService> openService(SqlServerStore &store, const Clock &clock,
                                             QTextStream &err)
{
    auto service = std::make_unique<IncidentService>(store, clock);
    const ServiceResult restored = service->restore();
    if (!restored.ok()) {
        err << "icc-server: cannot read the server state: " << restored.message << Qt::endl;
        return nullptr;
    }
    return service;
}

} // namespace

AdminCommand::AdminCommand(const ServerCommand &command, const Clock &clock, QTextStream &out,
                           QTextStream &err)
    : m_command(command)
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
{}

int AdminCommand::run(QTextStream &standardInput)
{
    switch (m_command.kind) {
    case ServerCommand::Kind::UserAdd:
        return addUser(standardInput);
    case ServerCommand::Kind::IngestKeyAdd:
        return addIngestKey();
    case ServerCommand::Kind::ImportRunbooks:
        return importRunbooks();
    case ServerCommand::Kind::PolicySet:
        return setPolicy();
    case ServerCommand::Kind::RosterSet:
        return setRoster();
    case ServerCommand::Kind::UserList:
        return listUsers();
    case ServerCommand::Kind::Serve:
    case ServerCommand::Kind::Version:
    case ServerCommand::Kind::Help:
        break;
    }
    m_err << "icc-server: not an admin command" << Qt::endl;
    return 1;
}

int AdminCommand::addUser(QTextStream &standardInput)
{
    // One line; a trailing CR/LF is not part of the password.
    QString password = standardInput.readLine();
    while (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty()) {
        m_err << "icc-server: user add: no password on standard input" << Qt::endl;
        return 1;
    }
    auto store = openStore(m_command, m_err);
    if (!store)
        return 1;
    AuthService auth(*store, m_clock);
    std::optional<UserRecord> user;
    const bool ok = inTransaction(*store, m_err, [&] {
        QString error;
        user = auth.addUser(m_command.name, m_command.role, password, &error);
        if (!user)
            m_err << "icc-server: user add: " << error << Qt::endl;
        return user.has_value();
    });
    password.fill(QLatin1Char('\0'));
    if (!ok)
        return 1;
    m_out << "user " << user->name << " added with role " << user->role << Qt::endl;
    return 0;
}

int AdminCommand::addIngestKey()
{
    auto store = openStore(m_command, m_err);
    if (!store)
        return 1;
    AuthService auth(*store, m_clock);
    std::optional<QString> key;
    const bool ok = inTransaction(*store, m_err, [&] {
        QString error;
        key = auth.addIngestKey(m_command.name, &error);
        if (!key)
            m_err << "icc-server: ingest-key add: " << error << Qt::endl;
        return key.has_value();
    });
    if (!ok)
        return 1;
    m_out << "ingest key \"" << m_command.name.trimmed()
          << "\" created. Send it as \"Authorization: Bearer KEY\"; it is shown only once:"
          << Qt::endl;
    m_out << *key << Qt::endl;
    return 0;
}

int AdminCommand::importRunbooks()
{
    auto store = openStore(m_command, m_err);
    if (!store)
        return 1;
    auto service = openService(*store, m_clock, m_err);
    if (!service)
        return 1;
    int fileCount = 0;
    const bool ok = inTransaction(*store, m_err, [&] {
        const ServiceResult result = RunbookImport::fromDirectory(*service, *store, m_command.path,
                                                                  kCommandLineActor, &fileCount);
        if (!result.ok())
            m_err << "icc-server: import-runbooks: " << result.message << Qt::endl;
        return result.ok();
    });
    if (!ok)
        return 1;
    m_out << "imported " << fileCount << " runbook file(s) from " << m_command.path << "; "
          << store->runbooks().size() << " runbook(s) in the library" << Qt::endl;
    return 0;
}

int AdminCommand::applyYamlFile(
    const QString &command,
    const std::function<ServiceResult(IncidentService &, const QString &yaml)> &apply,
    const std::function<void(IncidentService &)> &report)
{
    QFile file(m_command.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "icc-server: " << command << ": " << m_command.path << ": " << file.errorString()
              << Qt::endl;
        return 1;
    }
    const QString yaml = QString::fromUtf8(file.readAll());
    auto store = openStore(m_command, m_err);
    if (!store)
        return 1;
    auto service = openService(*store, m_clock, m_err);
    if (!service)
        return 1;
    const bool ok = inTransaction(*store, m_err, [&] {
        const ServiceResult result = apply(*service, yaml);
        if (!result.ok())
            m_err << "icc-server: " << command << ": " << result.message << Qt::endl;
        return result.ok();
    });
    if (!ok)
        return 1;
    report(*service);
    return 0;
}

int AdminCommand::setPolicy()
{
    return applyYamlFile(
        QStringLiteral("policy set"),
        [this](IncidentService &service, const QString &yaml) {
            return service.setPolicy(yaml, m_command.approvedBy,
                                     QFileInfo(m_command.path).fileName());
        },
        [this](IncidentService &service) {
            m_out << "policy version " << service.activePolicyVersion()
                  << " is now active (approved by " << m_command.approvedBy << ")" << Qt::endl;
        });
}

int AdminCommand::setRoster()
{
    return applyYamlFile(
        QStringLiteral("roster set"),
        [this](IncidentService &service, const QString &yaml) {
            // The path as given, so a YAML error reads "FILE:line: field: message".
            return service.setRoster(yaml, kCommandLineActor, m_command.path);
        },
        [this](IncidentService &service) {
            m_out << "roster version " << service.latestRosterVersion()
                  << " is now in force for new incidents (open incidents keep theirs until a "
                     "commander repins them)"
                  << Qt::endl;
        });
}

int AdminCommand::listUsers()
{
    auto store = openStore(m_command, m_err);
    if (!store)
        return 1;
    // One user per line, tab-separated, so scripts can cut it: name, role, state.
    for (const UserRecord &user : store->users())
        m_out << user.name << '\t' << user.role << '\t' << (user.disabled ? "disabled" : "enabled")
              << Qt::endl;
    return 0;
}

} // namespace icc
