#include "SchemaMigrator.h"

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace icc {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Schema version 1. Portable between SQLite and PostgreSQL: BIGINT ids the
// server assigns itself (it is the single writer), TEXT for JSON documents,
// BIGINT milliseconds since the epoch (UTC) for times, NULL for "no time",
// INTEGER 0/1 for flags. `ordinal` columns keep insertion order for "newest
// first" lists whose ids are strings ("inc-10" sorts before "inc-9").
Migration initialSchema()
{
    Migration migration;
    migration.version = 1;
    migration.description = QStringLiteral("initial schema");
    migration.statements = {
        QStringLiteral("CREATE TABLE users ("
                       " id BIGINT PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " role TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL,"
                       " created_at BIGINT,"
                       " disabled INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE sessions ("
                       " token_hash TEXT PRIMARY KEY,"
                       " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " created_at BIGINT,"
                       " expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX sessions_expires ON sessions (expires_at)"),
        QStringLiteral("CREATE TABLE ingest_keys ("
                       " id BIGINT PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " key_hash TEXT NOT NULL UNIQUE,"
                       " created_at BIGINT,"
                       " revoked_at BIGINT)"),
        QStringLiteral("CREATE TABLE alerts ("
                       " id BIGINT PRIMARY KEY,"
                       " fingerprint TEXT NOT NULL,"
                       " incident_id TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " severity TEXT NOT NULL,"
                       " summary TEXT NOT NULL,"
                       " alert_json TEXT NOT NULL,"
                       " received_at BIGINT,"
                       " last_seen_at BIGINT,"
                       " occurrences INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX alerts_fingerprint ON alerts (fingerprint, id)"),
        QStringLiteral("CREATE INDEX alerts_incident ON alerts (incident_id, id)"),
        QStringLiteral("CREATE TABLE incidents ("
                       " id TEXT PRIMARY KEY,"
                       " ordinal BIGINT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " group_key TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " severity TEXT NOT NULL,"
                       " opened_at BIGINT,"
                       " updated_at BIGINT,"
                       " resolved_at BIGINT,"
                       " context_revision BIGINT NOT NULL,"
                       " policy_version TEXT NOT NULL,"
                       " roster_version BIGINT NOT NULL,"
                       " alert_count INTEGER NOT NULL,"
                       " autonomous_actions INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX incidents_group ON incidents (group_key, status)"),
        QStringLiteral("CREATE INDEX incidents_status ON incidents (status, ordinal)"),
        QStringLiteral("CREATE TABLE proposals ("
                       " action_id TEXT PRIMARY KEY,"
                       " ordinal BIGINT NOT NULL UNIQUE,"
                       " incident_id TEXT NOT NULL,"
                       " alert_id BIGINT NOT NULL,"
                       " runbook_id TEXT NOT NULL,"
                       " step_index INTEGER NOT NULL,"
                       " action_type TEXT NOT NULL,"
                       " review_id TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " decision_json TEXT NOT NULL,"
                       " step_json TEXT NOT NULL,"
                       " match_json TEXT NOT NULL,"
                       " created_at BIGINT,"
                       " updated_at BIGINT)"),
        QStringLiteral("CREATE INDEX proposals_incident ON proposals (incident_id, ordinal)"),
        QStringLiteral("CREATE INDEX proposals_state ON proposals (state, ordinal)"),
        QStringLiteral("CREATE TABLE reviews ("
                       " review_id TEXT PRIMARY KEY,"
                       " ordinal BIGINT NOT NULL UNIQUE,"
                       " incident_id TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " review_json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX reviews_state ON reviews (state, ordinal)"),
        QStringLiteral("CREATE INDEX reviews_incident ON reviews (incident_id)"),
        QStringLiteral("CREATE TABLE documents ("
                       " doc_key TEXT PRIMARY KEY,"
                       " value_json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE events ("
                       " sequence BIGINT PRIMARY KEY,"
                       " event_type TEXT NOT NULL,"
                       " payload_json TEXT NOT NULL,"
                       " at BIGINT)"),
        QStringLiteral("CREATE TABLE policy_versions ("
                       " version TEXT PRIMARY KEY,"
                       " ordinal BIGINT NOT NULL UNIQUE,"
                       " yaml TEXT NOT NULL,"
                       " approved_by TEXT NOT NULL,"
                       " set_at BIGINT,"
                       " active INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE runbooks ("
                       " id TEXT PRIMARY KEY,"
                       " file_name TEXT NOT NULL,"
                       " markdown TEXT NOT NULL,"
                       " updated_at BIGINT)"),
        QStringLiteral("CREATE TABLE roster_versions ("
                       " version BIGINT PRIMARY KEY,"
                       " yaml TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL,"
                       " updated_at BIGINT)"),
        // The entry exactly as AuditEntry::toJson() wrote it, so the verifier
        // checks the stored bytes and not a re-assembly of columns.
        QStringLiteral("CREATE TABLE audit ("
                       " sequence BIGINT PRIMARY KEY,"
                       " incident_id TEXT NOT NULL,"
                       " entry_json TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_incident ON audit (incident_id, sequence)"),
    };
    return migration;
}

// Schema version 2: the incident keeps the time its last alert arrived, so
// joining an incident does not read all of its alerts (thousands in a storm).
// Existing incidents are back-filled from their alerts once.
Migration incidentLastAlertAt()
{
    Migration migration;
    migration.version = 2;
    migration.description = QStringLiteral("incidents.last_alert_at");
    migration.statements = {
        QStringLiteral("ALTER TABLE incidents ADD COLUMN last_alert_at BIGINT"),
        QStringLiteral("UPDATE incidents SET last_alert_at = (SELECT MAX(alerts.last_seen_at) "
                       "FROM alerts WHERE alerts.incident_id = incidents.id)"),
    };
    return migration;
}

} // namespace

const QList<Migration> &SchemaMigrator::serverMigrations()
{
    static const QList<Migration> migrations{initialSchema(), incidentLastAlertAt()};
    return migrations;
}

SchemaMigrator::SchemaMigrator(Database &database, QList<Migration> migrations)
    : m_database(database)
    , m_migrations(std::move(migrations))
{}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

bool SchemaMigrator::ensureVersionTable(QString *error)
{
    return m_database.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                          " version INTEGER PRIMARY KEY,"
                                          " description TEXT NOT NULL)"),
                           error);
}

int SchemaMigrator::currentVersion(QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        fail(error, QStringLiteral("reading schema_version: %1").arg(query.lastError().text()));
        return -1;
    }
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

bool SchemaMigrator::migrate(QString *error)
{
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations.at(i).version != int(i) + 1)
            return fail(error, QStringLiteral("migration list is not numbered 1, 2, ...: "
                                              "found version %1 at position %2")
                                   .arg(m_migrations.at(i).version)
                                   .arg(i + 1));
    }
    if (!ensureVersionTable(error))
        return false;
    const int current = currentVersion(error);
    if (current < 0)
        return false;
    if (current > latestVersion())
        return fail(error, QStringLiteral("the database schema is version %1, newer than this "
                                          "icc-server supports (%2); run a newer icc-server")
                               .arg(current)
                               .arg(latestVersion()));
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version > current && !apply(migration, error))
            return false;
    }
    return true;
}

bool SchemaMigrator::apply(const Migration &migration, QString *error)
{
    QSqlDatabase db = m_database.connection();
    const QString name = QStringLiteral("schema migration %1 (%2)")
                             .arg(migration.version)
                             .arg(migration.description);
    if (!db.transaction())
        return fail(
            error,
            QStringLiteral("%1: cannot begin a transaction: %2").arg(name, db.lastError().text()));

    const auto abort = [&](const QString &message) {
        db.rollback();
        return fail(error,
                    QStringLiteral("%1 failed, nothing of it applied: %2").arg(name, message));
    };

    for (const QString &statement : migration.statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return abort(QStringLiteral("%1: %2").arg(statement, query.lastError().text()));
    }
    QSqlQuery record(db);
    record.prepare(
        QStringLiteral("INSERT INTO schema_version (version, description) VALUES (?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.description);
    if (!record.exec())
        return abort(QStringLiteral("recording the version: %1").arg(record.lastError().text()));
    record.finish();
    if (!db.commit())
        return abort(QStringLiteral("commit: %1").arg(db.lastError().text()));
    return true;
}

} // namespace icc
