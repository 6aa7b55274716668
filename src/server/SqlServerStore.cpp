#include "SqlServerStore.h"

#include "Database.h"
#include "DatabaseUrl.h"
#include "ReviewState.h"
#include "SchemaMigrator.h"
#include "SqlAuditStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace icc {

namespace {

Q_LOGGING_CATEGORY(lcStore, "icc.server.store")

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and an
// empty value means "none", so a null string is stored as "".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Times are milliseconds since the epoch, UTC; an invalid time is NULL.
QVariant timeValue(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant();
}

QVariant json(const QJsonObject &value)
{
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

QVariant flag(bool value)
{
    return value ? 1 : 0; // INTEGER on both dialects; PostgreSQL refuses a boolean here
}

int limitValue(int limit)
{
    return limit > 0 ? limit : std::numeric_limits<int>::max();
}

// A query whose failures name the operation they belong to.
class Statement final
{
public:
    Statement(const Database &database, const QString &operation, const QString &sql)
        : m_query(database.connection())
        , m_operation(operation)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Statement &bind(const char *name, const QVariant &value)
    {
        m_query.bindValue(QString(QLatin1Char(':')) + QLatin1String(name), value);
        return *this;
    }

    bool exec(QString *error = nullptr)
    {
        if (m_prepared && m_query.exec())
            return true;
        const QString message =
            QStringLiteral("%1: %2").arg(m_operation, m_query.lastError().text());
        if (error)
            *error = message;
        else
            qCWarning(lcStore).noquote() << message;
        return false;
    }

    bool next() { return m_query.next(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    QString string(const char *column) const { return value(column).toString(); }
    qint64 integer(const char *column) const { return value(column).toLongLong(); }
    QDateTime dateTime(const char *column) const
    {
        const QVariant v = value(column);
        return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
    }
    QJsonObject object(const char *column) const
    {
        return QJsonDocument::fromJson(value(column).toString().toUtf8()).object();
    }

private:
    QVariant value(const char *column) const { return m_query.value(QLatin1String(column)); }

    QSqlQuery m_query;
    QString m_operation;
    bool m_prepared = false;
};

UserRecord userFrom(const Statement &row)
{
    UserRecord user;
    user.id = row.integer("id");
    user.name = row.string("name");
    user.role = row.string("role");
    user.passwordHash = row.string("password_hash");
    user.createdAt = row.dateTime("created_at");
    user.disabled = row.integer("disabled") != 0;
    return user;
}

SessionRecord sessionFrom(const Statement &row)
{
    SessionRecord session;
    session.tokenHash = row.string("token_hash");
    session.userId = row.integer("user_id");
    session.createdAt = row.dateTime("created_at");
    session.expiresAt = row.dateTime("expires_at");
    return session;
}

IngestKeyRecord ingestKeyFrom(const Statement &row)
{
    IngestKeyRecord key;
    key.id = row.integer("id");
    key.name = row.string("name");
    key.keyHash = row.string("key_hash");
    key.createdAt = row.dateTime("created_at");
    key.revokedAt = row.dateTime("revoked_at");
    return key;
}

AlertRecord alertFrom(const Statement &row)
{
    AlertRecord alert;
    alert.id = row.integer("id");
    alert.fingerprint = row.string("fingerprint");
    alert.incidentId = row.string("incident_id");
    alert.source = row.string("source");
    alert.status = row.string("status");
    alert.severity = row.string("severity");
    alert.summary = row.string("summary");
    alert.alert = row.object("alert_json");
    alert.receivedAt = row.dateTime("received_at");
    alert.lastSeenAt = row.dateTime("last_seen_at");
    alert.occurrences = int(row.integer("occurrences"));
    return alert;
}

IncidentRow incidentFrom(const Statement &row)
{
    IncidentRow incident;
    incident.id = row.string("id");
    incident.title = row.string("title");
    incident.groupKey = row.string("group_key");
    incident.status = row.string("status");
    incident.severity = row.string("severity");
    incident.openedAt = row.dateTime("opened_at");
    incident.updatedAt = row.dateTime("updated_at");
    incident.resolvedAt = row.dateTime("resolved_at");
    incident.lastAlertAt = row.dateTime("last_alert_at");
    incident.contextRevision = row.integer("context_revision");
    incident.policyVersion = row.string("policy_version");
    incident.rosterVersion = row.integer("roster_version");
    incident.alertCount = int(row.integer("alert_count"));
    incident.autonomousActions = int(row.integer("autonomous_actions"));
    return incident;
}

ProposalRecord proposalFrom(const Statement &row)
{
    ProposalRecord proposal;
    proposal.actionId = row.string("action_id");
    proposal.incidentId = row.string("incident_id");
    proposal.alertId = row.integer("alert_id");
    proposal.runbookId = row.string("runbook_id");
    proposal.stepIndex = int(row.integer("step_index"));
    proposal.actionType = row.string("action_type");
    proposal.reviewId = row.string("review_id");
    proposal.state = row.string("state");
    proposal.decision = row.object("decision_json");
    proposal.step = row.object("step_json");
    proposal.match = row.object("match_json");
    proposal.createdAt = row.dateTime("created_at");
    proposal.updatedAt = row.dateTime("updated_at");
    return proposal;
}

EventRecord eventFrom(const Statement &row)
{
    EventRecord event;
    event.sequence = row.integer("sequence");
    event.type = row.string("event_type");
    event.payload = row.object("payload_json");
    event.at = row.dateTime("at");
    return event;
}

PolicyVersionRecord policyFrom(const Statement &row)
{
    PolicyVersionRecord policy;
    policy.version = row.string("version");
    policy.yaml = row.string("yaml");
    policy.approvedBy = row.string("approved_by");
    policy.setAt = row.dateTime("set_at");
    policy.active = row.integer("active") != 0;
    return policy;
}

RunbookRecord runbookFrom(const Statement &row)
{
    RunbookRecord runbook;
    runbook.id = row.string("id");
    runbook.fileName = row.string("file_name");
    runbook.markdown = row.string("markdown");
    runbook.updatedAt = row.dateTime("updated_at");
    return runbook;
}

RosterVersionRecord rosterFrom(const Statement &row)
{
    RosterVersionRecord roster;
    roster.version = row.integer("version");
    roster.yaml = row.string("yaml");
    roster.updatedBy = row.string("updated_by");
    roster.updatedAt = row.dateTime("updated_at");
    return roster;
}

// The first row of an executed statement, converted; nullopt when there is none.
template<typename Convert>
auto firstRow(Statement &statement, Convert convert) -> std::optional<decltype(convert(statement))>
{
    if (!statement.exec() || !statement.next())
        return std::nullopt;
    return convert(statement);
}

template<typename Convert>
auto allRows(Statement &statement, Convert convert) -> QList<decltype(convert(statement))>
{
    QList<decltype(convert(statement))> rows;
    if (!statement.exec())
        return rows;
    while (statement.next())
        rows.append(convert(statement));
    return rows;
}

} // namespace

// --- opening -------------------------------------------------------------

SqlServerStore::SqlServerStore(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_audit(std::make_unique<SqlAuditStore>(*m_database))
{}

SqlServerStore::~SqlServerStore()
{
    if (m_inTransaction)
        rollback(); // uncommitted work is discarded, as a crash would
}

std::unique_ptr<SqlServerStore> SqlServerStore::open(const DatabaseUrl &url, QString *error)
{
    std::unique_ptr<Database> database = Database::open(url, error);
    if (!database)
        return nullptr;
    QString migrationError;
    if (!SchemaMigrator(*database).migrate(&migrationError)) {
        fail(error, QStringLiteral("database %1: %2").arg(url.redacted(), migrationError));
        return nullptr;
    }
    std::unique_ptr<SqlServerStore> store(new SqlServerStore(std::move(database)));
    QString counterError;
    if (!store->loadCounters(&counterError)) {
        fail(error, QStringLiteral("database %1: %2").arg(url.redacted(), counterError));
        return nullptr;
    }
    return store;
}

bool SqlServerStore::loadCounters(QString *error)
{
    const auto maxOf = [this, error](const char *column, const char *table, qint64 *out) {
        // Table and column names are the constants below, never input.
        Statement statement(*m_database,
                            QStringLiteral("loading the newest %1.%2")
                                .arg(QLatin1String(table), QLatin1String(column)),
                            QStringLiteral("SELECT MAX(%1) AS newest FROM %2")
                                .arg(QLatin1String(column), QLatin1String(table)));
        if (!statement.exec(error))
            return false;
        *out = statement.next() ? statement.integer("newest") : 0;
        return true;
    };
    Counters counters;
    if (!maxOf("id", "users", &counters.userId) ||
        !maxOf("id", "ingest_keys", &counters.ingestKeyId) ||
        !maxOf("id", "alerts", &counters.alertId) ||
        !maxOf("sequence", "events", &counters.eventSequence) ||
        !maxOf("version", "roster_versions", &counters.rosterVersion) ||
        !maxOf("ordinal", "incidents", &counters.incidentOrdinal) ||
        !maxOf("ordinal", "proposals", &counters.proposalOrdinal) ||
        !maxOf("ordinal", "reviews", &counters.reviewOrdinal) ||
        !maxOf("ordinal", "policy_versions", &counters.policyOrdinal))
        return false;
    m_counters = counters;
    return true;
}

// --- transactions ----------------------------------------------------------

bool SqlServerStore::begin(QString *error)
{
    if (m_inTransaction)
        return fail(error, QStringLiteral("begin: a transaction is already open"));
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return fail(error, QStringLiteral("begin: %1").arg(db.lastError().text()));
    m_inTransaction = true;
    return true;
}

bool SqlServerStore::commit(QString *error)
{
    if (!m_inTransaction)
        return fail(error, QStringLiteral("commit: no transaction is open"));
    QSqlDatabase db = m_database->connection();
    if (db.commit()) {
        m_inTransaction = false;
        return true;
    }
    // Nothing of the transaction may count as stored: roll back so the
    // counters and the database agree again.
    const QString message = db.lastError().text();
    rollback();
    return fail(error,
                QStringLiteral("commit failed, the transaction was rolled back: %1").arg(message));
}

void SqlServerStore::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlDatabase db = m_database->connection();
    if (!db.rollback())
        qCWarning(lcStore).noquote() << "rollback:" << db.lastError().text();
    m_inTransaction = false;
    // Ids handed out inside the transaction are free again.
    QString error;
    if (!loadCounters(&error))
        qCWarning(lcStore).noquote() << "after rollback:" << error;
}

template<typename Work>
bool SqlServerStore::atomically(const QString &operation, QString *error, Work work)
{
    if (m_inTransaction)
        return work();
    QString beginError;
    if (!begin(&beginError))
        return fail(error, QStringLiteral("%1: %2").arg(operation, beginError));
    if (!work()) {
        rollback();
        return false;
    }
    QString commitError;
    if (!commit(&commitError))
        return fail(error, QStringLiteral("%1: %2").arg(operation, commitError));
    return true;
}

// --- users, sessions, ingest keys --------------------------------------------

bool SqlServerStore::addUser(UserRecord &user, QString *error)
{
    const qint64 id = m_counters.userId + 1;
    Statement insert(*m_database, QStringLiteral("adding user \"%1\"").arg(user.name),
                     QStringLiteral("INSERT INTO users (id, name, role, password_hash, created_at, "
                                    "disabled) VALUES (:id, :name, :role, :password_hash, "
                                    ":created_at, :disabled)"));
    insert.bind("id", id)
        .bind("name", text(user.name))
        .bind("role", text(user.role))
        .bind("password_hash", text(user.passwordHash))
        .bind("created_at", timeValue(user.createdAt))
        .bind("disabled", flag(user.disabled));
    if (!insert.exec(error))
        return false;
    m_counters.userId = id;
    user.id = id;
    return true;
}

bool SqlServerStore::updateUser(const UserRecord &user, QString *error)
{
    const QString operation = QStringLiteral("updating user %1").arg(user.id);
    Statement update(*m_database, operation,
                     QStringLiteral("UPDATE users SET name = :name, role = :role, password_hash = "
                                    ":password_hash, created_at = :created_at, disabled = "
                                    ":disabled WHERE id = :id"));
    update.bind("name", text(user.name))
        .bind("role", text(user.role))
        .bind("password_hash", text(user.passwordHash))
        .bind("created_at", timeValue(user.createdAt))
        .bind("disabled", flag(user.disabled))
        .bind("id", user.id);
    if (!update.exec(error))
        return false;
    if (update.rowsAffected() == 0)
        return fail(error, QStringLiteral("%1: no such user").arg(operation));
    return true;
}

std::optional<UserRecord> SqlServerStore::userByName(const QString &name) const
{
    Statement select(*m_database, QStringLiteral("reading user \"%1\"").arg(name),
                     QStringLiteral("SELECT * FROM users WHERE name = :name"));
    select.bind("name", text(name));
    return firstRow(select, userFrom);
}

std::optional<UserRecord> SqlServerStore::userById(qint64 id) const
{
    Statement select(*m_database, QStringLiteral("reading user %1").arg(id),
                     QStringLiteral("SELECT * FROM users WHERE id = :id"));
    select.bind("id", id);
    return firstRow(select, userFrom);
}

QList<UserRecord> SqlServerStore::users() const
{
    Statement select(*m_database, QStringLiteral("listing users"),
                     QStringLiteral("SELECT * FROM users ORDER BY id"));
    return allRows(select, userFrom);
}

bool SqlServerStore::addSession(const SessionRecord &session, QString *error)
{
    Statement insert(*m_database,
                     QStringLiteral("adding a session for user %1").arg(session.userId),
                     QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, "
                                    "expires_at) VALUES (:token_hash, :user_id, :created_at, "
                                    ":expires_at)"));
    insert.bind("token_hash", text(session.tokenHash))
        .bind("user_id", session.userId)
        .bind("created_at", timeValue(session.createdAt))
        .bind("expires_at", timeValue(session.expiresAt));
    return insert.exec(error);
}

std::optional<SessionRecord> SqlServerStore::sessionByTokenHash(const QString &tokenHash) const
{
    // The hash is not logged: it is as good as the token for a lookup.
    Statement select(*m_database, QStringLiteral("reading a session"),
                     QStringLiteral("SELECT * FROM sessions WHERE token_hash = :token_hash"));
    select.bind("token_hash", text(tokenHash));
    return firstRow(select, sessionFrom);
}

bool SqlServerStore::deleteSession(const QString &tokenHash, QString *error)
{
    // Deleting a session that is already gone succeeds: logout is idempotent.
    Statement remove(*m_database, QStringLiteral("deleting a session"),
                     QStringLiteral("DELETE FROM sessions WHERE token_hash = :token_hash"));
    remove.bind("token_hash", text(tokenHash));
    return remove.exec(error);
}

int SqlServerStore::deleteExpiredSessions(const QDateTime &now)
{
    Statement remove(*m_database, QStringLiteral("deleting expired sessions"),
                     QStringLiteral("DELETE FROM sessions WHERE expires_at <= :now"));
    remove.bind("now", timeValue(now));
    return remove.exec() ? remove.rowsAffected() : 0;
}

bool SqlServerStore::addIngestKey(IngestKeyRecord &key, QString *error)
{
    const qint64 id = m_counters.ingestKeyId + 1;
    Statement insert(*m_database, QStringLiteral("adding ingest key \"%1\"").arg(key.name),
                     QStringLiteral("INSERT INTO ingest_keys (id, name, key_hash, created_at, "
                                    "revoked_at) VALUES (:id, :name, :key_hash, :created_at, "
                                    ":revoked_at)"));
    insert.bind("id", id)
        .bind("name", text(key.name))
        .bind("key_hash", text(key.keyHash))
        .bind("created_at", timeValue(key.createdAt))
        .bind("revoked_at", timeValue(key.revokedAt));
    if (!insert.exec(error))
        return false;
    m_counters.ingestKeyId = id;
    key.id = id;
    return true;
}

bool SqlServerStore::revokeIngestKey(const QString &name, const QDateTime &at, QString *error)
{
    const QString operation = QStringLiteral("revoking ingest key \"%1\"").arg(name);
    if (!at.isValid())
        return fail(error, QStringLiteral("%1: the revocation time is invalid").arg(operation));
    Statement update(*m_database, operation,
                     QStringLiteral("UPDATE ingest_keys SET revoked_at = :at WHERE name = :name "
                                    "AND revoked_at IS NULL"));
    update.bind("at", timeValue(at)).bind("name", text(name));
    if (!update.exec(error))
        return false;
    if (update.rowsAffected() > 0)
        return true;
    Statement exists(*m_database, operation,
                     QStringLiteral("SELECT id FROM ingest_keys WHERE name = :name"));
    exists.bind("name", text(name));
    if (!exists.exec(error))
        return false;
    return fail(error, exists.next() ? QStringLiteral("%1: already revoked").arg(operation)
                                     : QStringLiteral("%1: no such key").arg(operation));
}

std::optional<IngestKeyRecord> SqlServerStore::ingestKeyByHash(const QString &keyHash) const
{
    Statement select(*m_database, QStringLiteral("reading an ingest key"),
                     QStringLiteral("SELECT * FROM ingest_keys WHERE key_hash = :key_hash"));
    select.bind("key_hash", text(keyHash));
    return firstRow(select, ingestKeyFrom);
}

QList<IngestKeyRecord> SqlServerStore::ingestKeys() const
{
    Statement select(*m_database, QStringLiteral("listing ingest keys"),
                     QStringLiteral("SELECT * FROM ingest_keys ORDER BY id"));
    return allRows(select, ingestKeyFrom);
}

// --- alerts and incidents ------------------------------------------------------

namespace {

void bindAlert(Statement &statement, const AlertRecord &alert)
{
    statement.bind("fingerprint", text(alert.fingerprint))
        .bind("incident_id", text(alert.incidentId))
        .bind("source", text(alert.source))
        .bind("status", text(alert.status))
        .bind("severity", text(alert.severity))
        .bind("summary", text(alert.summary))
        .bind("alert_json", json(alert.alert))
        .bind("received_at", timeValue(alert.receivedAt))
        .bind("last_seen_at", timeValue(alert.lastSeenAt))
        .bind("occurrences", alert.occurrences);
}

} // namespace

bool SqlServerStore::insertAlert(AlertRecord &alert, QString *error)
{
    const qint64 id = m_counters.alertId + 1;
    Statement insert(*m_database,
                     QStringLiteral("inserting an alert (fingerprint %1)").arg(alert.fingerprint),
                     QStringLiteral("INSERT INTO alerts (id, fingerprint, incident_id, source, "
                                    "status, severity, summary, alert_json, received_at, "
                                    "last_seen_at, occurrences) VALUES (:id, :fingerprint, "
                                    ":incident_id, :source, :status, :severity, :summary, "
                                    ":alert_json, :received_at, :last_seen_at, :occurrences)"));
    insert.bind("id", id);
    bindAlert(insert, alert);
    if (!insert.exec(error))
        return false;
    m_counters.alertId = id;
    alert.id = id;
    return true;
}

bool SqlServerStore::updateAlert(const AlertRecord &alert, QString *error)
{
    const QString operation = QStringLiteral("updating alert %1").arg(alert.id);
    Statement update(*m_database, operation,
                     QStringLiteral("UPDATE alerts SET fingerprint = :fingerprint, incident_id = "
                                    ":incident_id, source = :source, status = :status, severity = "
                                    ":severity, summary = :summary, alert_json = :alert_json, "
                                    "received_at = :received_at, last_seen_at = :last_seen_at, "
                                    "occurrences = :occurrences WHERE id = :id"));
    bindAlert(update, alert);
    update.bind("id", alert.id);
    if (!update.exec(error))
        return false;
    if (update.rowsAffected() == 0)
        return fail(error, QStringLiteral("%1: no such alert").arg(operation));
    return true;
}

std::optional<AlertRecord> SqlServerStore::alertById(qint64 id) const
{
    Statement select(*m_database, QStringLiteral("reading alert %1").arg(id),
                     QStringLiteral("SELECT * FROM alerts WHERE id = :id"));
    select.bind("id", id);
    return firstRow(select, alertFrom);
}

std::optional<AlertRecord>
SqlServerStore::latestAlertByFingerprint(const QString &fingerprint) const
{
    Statement select(
        *m_database,
        QStringLiteral("reading the latest alert with fingerprint %1").arg(fingerprint),
        QStringLiteral("SELECT * FROM alerts WHERE fingerprint = :fingerprint ORDER "
                       "BY id DESC LIMIT 1"));
    select.bind("fingerprint", text(fingerprint));
    return firstRow(select, alertFrom);
}

QList<AlertRecord> SqlServerStore::alerts(int limit, qint64 beforeId) const
{
    Statement select(*m_database, QStringLiteral("listing alerts"),
                     QStringLiteral("SELECT * FROM alerts WHERE id < :before ORDER BY id DESC "
                                    "LIMIT :limit"));
    select.bind("before", beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max())
        .bind("limit", limitValue(limit));
    return allRows(select, alertFrom);
}

QList<AlertRecord> SqlServerStore::alertsForIncident(const QString &incidentId) const
{
    Statement select(*m_database, QStringLiteral("listing the alerts of %1").arg(incidentId),
                     QStringLiteral("SELECT * FROM alerts WHERE incident_id = :incident_id ORDER "
                                    "BY id"));
    select.bind("incident_id", text(incidentId));
    return allRows(select, alertFrom);
}

qint64 SqlServerStore::alertCount() const
{
    Statement select(*m_database, QStringLiteral("counting alerts"),
                     QStringLiteral("SELECT COUNT(*) AS n FROM alerts"));
    return select.exec() && select.next() ? select.integer("n") : 0;
}

namespace {

void bindIncident(Statement &statement, const IncidentRow &incident)
{
    statement.bind("id", text(incident.id))
        .bind("title", text(incident.title))
        .bind("group_key", text(incident.groupKey))
        .bind("status", text(incident.status))
        .bind("severity", text(incident.severity))
        .bind("opened_at", timeValue(incident.openedAt))
        .bind("updated_at", timeValue(incident.updatedAt))
        .bind("resolved_at", timeValue(incident.resolvedAt))
        .bind("last_alert_at", timeValue(incident.lastAlertAt))
        .bind("context_revision", incident.contextRevision)
        .bind("policy_version", text(incident.policyVersion))
        .bind("roster_version", incident.rosterVersion)
        .bind("alert_count", incident.alertCount)
        .bind("autonomous_actions", incident.autonomousActions);
}

} // namespace

bool SqlServerStore::saveIncident(const IncidentRow &incident, QString *error)
{
    const QString operation = QStringLiteral("saving incident %1").arg(incident.id);
    if (incident.id.isEmpty())
        return fail(error, QStringLiteral("%1: the incident has no id").arg(operation));
    // Update first, insert when there was nothing to update: portable, and the
    // ordinal is only taken for a new row.
    return atomically(operation, error, [&] {
        Statement update(
            *m_database, operation,
            QStringLiteral("UPDATE incidents SET title = :title, group_key = "
                           ":group_key, status = :status, severity = :severity, "
                           "opened_at = :opened_at, updated_at = :updated_at, "
                           "resolved_at = :resolved_at, last_alert_at = :last_alert_at, "
                           "context_revision = "
                           ":context_revision, policy_version = :policy_version, "
                           "roster_version = :roster_version, alert_count = "
                           ":alert_count, autonomous_actions = :autonomous_actions "
                           "WHERE id = :id"));
        bindIncident(update, incident);
        if (!update.exec(error))
            return false;
        if (update.rowsAffected() > 0)
            return true;
        const qint64 ordinal = m_counters.incidentOrdinal + 1;
        Statement insert(
            *m_database, operation,
            QStringLiteral("INSERT INTO incidents (id, ordinal, title, group_key, "
                           "status, severity, opened_at, updated_at, resolved_at, "
                           "last_alert_at, context_revision, policy_version, roster_version, "
                           "alert_count, autonomous_actions) VALUES (:id, :ordinal, "
                           ":title, :group_key, :status, :severity, :opened_at, "
                           ":updated_at, :resolved_at, :last_alert_at, "
                           ":context_revision, "
                           ":policy_version, :roster_version, :alert_count, "
                           ":autonomous_actions)"));
        bindIncident(insert, incident);
        insert.bind("ordinal", ordinal);
        if (!insert.exec(error))
            return false;
        m_counters.incidentOrdinal = ordinal;
        return true;
    });
}

std::optional<IncidentRow> SqlServerStore::incident(const QString &id) const
{
    Statement select(*m_database, QStringLiteral("reading incident %1").arg(id),
                     QStringLiteral("SELECT * FROM incidents WHERE id = :id"));
    select.bind("id", text(id));
    return firstRow(select, incidentFrom);
}

std::optional<IncidentRow> SqlServerStore::openIncidentByGroupKey(const QString &groupKey) const
{
    Statement select(*m_database,
                     QStringLiteral("reading the open incident of group %1").arg(groupKey),
                     QStringLiteral("SELECT * FROM incidents WHERE group_key = :group_key AND "
                                    "status = 'open' ORDER BY ordinal DESC LIMIT 1"));
    select.bind("group_key", text(groupKey));
    return firstRow(select, incidentFrom);
}

QList<IncidentRow> SqlServerStore::incidents(const QString &status, int limit) const
{
    // Two statements rather than "(:status = '' OR ...)": PostgreSQL cannot
    // always infer the type of a parameter used that way.
    Statement select(*m_database, QStringLiteral("listing incidents"),
                     status.isEmpty()
                         ? QStringLiteral("SELECT * FROM incidents ORDER BY ordinal DESC LIMIT "
                                          ":limit")
                         : QStringLiteral("SELECT * FROM incidents WHERE status = :status ORDER "
                                          "BY ordinal DESC LIMIT :limit"));
    if (!status.isEmpty())
        select.bind("status", status);
    select.bind("limit", limitValue(limit));
    return allRows(select, incidentFrom);
}

namespace {

void bindProposal(Statement &statement, const ProposalRecord &proposal)
{
    statement.bind("action_id", text(proposal.actionId))
        .bind("incident_id", text(proposal.incidentId))
        .bind("alert_id", proposal.alertId)
        .bind("runbook_id", text(proposal.runbookId))
        .bind("step_index", proposal.stepIndex)
        .bind("action_type", text(proposal.actionType))
        .bind("review_id", text(proposal.reviewId))
        .bind("state", text(proposal.state))
        .bind("decision_json", json(proposal.decision))
        .bind("step_json", json(proposal.step))
        .bind("match_json", json(proposal.match))
        .bind("created_at", timeValue(proposal.createdAt))
        .bind("updated_at", timeValue(proposal.updatedAt));
}

} // namespace

bool SqlServerStore::saveProposal(const ProposalRecord &proposal, QString *error)
{
    const QString operation = QStringLiteral("saving proposal %1").arg(proposal.actionId);
    if (proposal.actionId.isEmpty())
        return fail(error, QStringLiteral("%1: the proposal has no action id").arg(operation));
    return atomically(operation, error, [&] {
        Statement update(*m_database, operation,
                         QStringLiteral("UPDATE proposals SET incident_id = :incident_id, alert_id "
                                        "= :alert_id, runbook_id = :runbook_id, step_index = "
                                        ":step_index, action_type = :action_type, review_id = "
                                        ":review_id, state = :state, decision_json = "
                                        ":decision_json, step_json = :step_json, match_json = "
                                        ":match_json, created_at = :created_at, updated_at = "
                                        ":updated_at WHERE action_id = :action_id"));
        bindProposal(update, proposal);
        if (!update.exec(error))
            return false;
        if (update.rowsAffected() > 0)
            return true;
        const qint64 ordinal = m_counters.proposalOrdinal + 1;
        Statement insert(*m_database, operation,
                         QStringLiteral("INSERT INTO proposals (action_id, ordinal, incident_id, "
                                        "alert_id, runbook_id, step_index, action_type, review_id, "
                                        "state, decision_json, step_json, match_json, created_at, "
                                        "updated_at) VALUES (:action_id, :ordinal, :incident_id, "
                                        ":alert_id, :runbook_id, :step_index, :action_type, "
                                        ":review_id, :state, :decision_json, :step_json, "
                                        ":match_json, :created_at, :updated_at)"));
        bindProposal(insert, proposal);
        insert.bind("ordinal", ordinal);
        if (!insert.exec(error))
            return false;
        m_counters.proposalOrdinal = ordinal;
        return true;
    });
}

std::optional<ProposalRecord> SqlServerStore::proposal(const QString &actionId) const
{
    Statement select(*m_database, QStringLiteral("reading proposal %1").arg(actionId),
                     QStringLiteral("SELECT * FROM proposals WHERE action_id = :action_id"));
    select.bind("action_id", text(actionId));
    return firstRow(select, proposalFrom);
}

QList<ProposalRecord> SqlServerStore::proposalsForIncident(const QString &incidentId) const
{
    Statement select(*m_database, QStringLiteral("listing the proposals of %1").arg(incidentId),
                     QStringLiteral("SELECT * FROM proposals WHERE incident_id = :incident_id "
                                    "ORDER BY ordinal"));
    select.bind("incident_id", text(incidentId));
    return allRows(select, proposalFrom);
}

QList<ProposalRecord> SqlServerStore::proposals(const QString &state, int limit) const
{
    Statement select(*m_database, QStringLiteral("listing proposals"),
                     state.isEmpty()
                         ? QStringLiteral("SELECT * FROM proposals ORDER BY ordinal DESC LIMIT "
                                          ":limit")
                         : QStringLiteral("SELECT * FROM proposals WHERE state = :state ORDER BY "
                                          "ordinal DESC LIMIT :limit"));
    if (!state.isEmpty())
        select.bind("state", state);
    select.bind("limit", limitValue(limit));
    return allRows(select, proposalFrom);
}

QList<ProposalRecord> SqlServerStore::proposalsOfActionType(const QString &actionType,
                                                            int limit) const
{
    Statement select(*m_database,
                     QStringLiteral("listing the proposals of action type %1").arg(actionType),
                     QStringLiteral("SELECT * FROM proposals WHERE action_type = :action_type "
                                    "ORDER BY ordinal DESC LIMIT :limit"));
    select.bind("action_type", text(actionType));
    select.bind("limit", limitValue(limit));
    return allRows(select, proposalFrom);
}

// --- reviews and documents -------------------------------------------------------

bool SqlServerStore::saveReview(const QString &reviewId, const QString &incidentId,
                                const QString &state, const QJsonObject &review, QString *error)
{
    const QString operation = QStringLiteral("saving review %1").arg(reviewId);
    if (reviewId.isEmpty())
        return fail(error, QStringLiteral("%1: the review has no id").arg(operation));
    return atomically(operation, error, [&] {
        Statement update(*m_database, operation,
                         QStringLiteral("UPDATE reviews SET incident_id = :incident_id, state = "
                                        ":state, review_json = :review_json WHERE review_id = "
                                        ":review_id"));
        update.bind("incident_id", text(incidentId))
            .bind("state", text(state))
            .bind("review_json", json(review))
            .bind("review_id", reviewId);
        if (!update.exec(error))
            return false;
        if (update.rowsAffected() > 0)
            return true;
        const qint64 ordinal = m_counters.reviewOrdinal + 1;
        Statement insert(*m_database, operation,
                         QStringLiteral("INSERT INTO reviews (review_id, ordinal, incident_id, "
                                        "state, review_json) VALUES (:review_id, :ordinal, "
                                        ":incident_id, :state, :review_json)"));
        insert.bind("review_id", reviewId)
            .bind("ordinal", ordinal)
            .bind("incident_id", text(incidentId))
            .bind("state", text(state))
            .bind("review_json", json(review));
        if (!insert.exec(error))
            return false;
        m_counters.reviewOrdinal = ordinal;
        return true;
    });
}

std::optional<QJsonObject> SqlServerStore::review(const QString &reviewId) const
{
    Statement select(*m_database, QStringLiteral("reading review %1").arg(reviewId),
                     QStringLiteral("SELECT review_json FROM reviews WHERE review_id = "
                                    ":review_id"));
    select.bind("review_id", text(reviewId));
    return firstRow(select, [](const Statement &row) { return row.object("review_json"); });
}

QList<QJsonObject> SqlServerStore::reviews(bool openOnly) const
{
    Statement select(*m_database, QStringLiteral("listing reviews"),
                     openOnly ? QStringLiteral("SELECT review_json FROM reviews WHERE state IN "
                                               "(:pending, :held) ORDER BY ordinal")
                              : QStringLiteral("SELECT review_json FROM reviews ORDER BY ordinal"));
    if (openOnly) {
        select.bind("pending", toString(ReviewState::Pending))
            .bind("held", toString(ReviewState::Held));
    }
    return allRows(select, [](const Statement &row) { return row.object("review_json"); });
}

bool SqlServerStore::saveDocument(const QString &key, const QJsonObject &value, QString *error)
{
    const QString operation = QStringLiteral("saving document %1").arg(key);
    if (key.isEmpty())
        return fail(error, QStringLiteral("%1: the key is empty").arg(operation));
    return atomically(operation, error, [&] {
        Statement update(*m_database, operation,
                         QStringLiteral("UPDATE documents SET value_json = :value_json WHERE "
                                        "doc_key = :doc_key"));
        update.bind("value_json", json(value)).bind("doc_key", key);
        if (!update.exec(error))
            return false;
        if (update.rowsAffected() > 0)
            return true;
        Statement insert(*m_database, operation,
                         QStringLiteral("INSERT INTO documents (doc_key, value_json) VALUES "
                                        "(:doc_key, :value_json)"));
        insert.bind("doc_key", key).bind("value_json", json(value));
        return insert.exec(error);
    });
}

std::optional<QJsonObject> SqlServerStore::document(const QString &key) const
{
    Statement select(*m_database, QStringLiteral("reading document %1").arg(key),
                     QStringLiteral("SELECT value_json FROM documents WHERE doc_key = :doc_key"));
    select.bind("doc_key", text(key));
    return firstRow(select, [](const Statement &row) { return row.object("value_json"); });
}

// --- events ------------------------------------------------------------------------

bool SqlServerStore::appendEvent(EventRecord &event, QString *error)
{
    const qint64 sequence = m_counters.eventSequence + 1;
    Statement insert(*m_database,
                     QStringLiteral("appending event %1 (%2)").arg(sequence).arg(event.type),
                     QStringLiteral("INSERT INTO events (sequence, event_type, payload_json, at) "
                                    "VALUES (:sequence, :event_type, :payload_json, :at)"));
    insert.bind("sequence", sequence)
        .bind("event_type", text(event.type))
        .bind("payload_json", json(event.payload))
        .bind("at", timeValue(event.at));
    if (!insert.exec(error))
        return false;
    m_counters.eventSequence = sequence;
    event.sequence = sequence;
    return true;
}

QList<EventRecord> SqlServerStore::events(qint64 afterSequence, int limit) const
{
    Statement select(*m_database, QStringLiteral("reading events after %1").arg(afterSequence),
                     QStringLiteral("SELECT * FROM events WHERE sequence > :after ORDER BY "
                                    "sequence LIMIT :limit"));
    select.bind("after", afterSequence).bind("limit", limitValue(limit));
    return allRows(select, eventFrom);
}

// --- policy, runbooks, roster ----------------------------------------------------------

bool SqlServerStore::addPolicyVersion(const PolicyVersionRecord &policy, QString *error)
{
    const QString operation = QStringLiteral("adding policy version \"%1\"").arg(policy.version);
    if (policy.version.isEmpty())
        return fail(error, QStringLiteral("%1: the version is empty").arg(operation));
    if (policyVersion(policy.version))
        return fail(error, QStringLiteral("%1: this version is already stored; give the changed "
                                          "policy a new version")
                               .arg(operation));
    return atomically(operation, error, [&] {
        Statement deactivate(*m_database, operation,
                             QStringLiteral("UPDATE policy_versions SET active = 0 WHERE active "
                                            "<> 0"));
        if (!deactivate.exec(error))
            return false;
        const qint64 ordinal = m_counters.policyOrdinal + 1;
        Statement insert(*m_database, operation,
                         QStringLiteral("INSERT INTO policy_versions (version, ordinal, yaml, "
                                        "approved_by, set_at, active) VALUES (:version, :ordinal, "
                                        ":yaml, :approved_by, :set_at, 1)"));
        insert.bind("version", policy.version)
            .bind("ordinal", ordinal)
            .bind("yaml", text(policy.yaml))
            .bind("approved_by", text(policy.approvedBy))
            .bind("set_at", timeValue(policy.setAt));
        if (!insert.exec(error))
            return false;
        m_counters.policyOrdinal = ordinal;
        return true;
    });
}

std::optional<PolicyVersionRecord> SqlServerStore::activePolicy() const
{
    Statement select(*m_database, QStringLiteral("reading the active policy"),
                     QStringLiteral("SELECT * FROM policy_versions WHERE active <> 0 ORDER BY "
                                    "ordinal DESC LIMIT 1"));
    return firstRow(select, policyFrom);
}

std::optional<PolicyVersionRecord> SqlServerStore::policyVersion(const QString &version) const
{
    Statement select(*m_database, QStringLiteral("reading policy version \"%1\"").arg(version),
                     QStringLiteral("SELECT * FROM policy_versions WHERE version = :version"));
    select.bind("version", text(version));
    return firstRow(select, policyFrom);
}

QList<PolicyVersionRecord> SqlServerStore::policyVersions() const
{
    Statement select(*m_database, QStringLiteral("listing policy versions"),
                     QStringLiteral("SELECT * FROM policy_versions ORDER BY ordinal DESC"));
    return allRows(select, policyFrom);
}

bool SqlServerStore::saveRunbook(const RunbookRecord &runbook, QString *error)
{
    const QString operation = QStringLiteral("saving runbook %1").arg(runbook.id);
    if (runbook.id.isEmpty())
        return fail(error, QStringLiteral("%1: the runbook has no id").arg(operation));
    return atomically(operation, error, [&] {
        Statement update(*m_database, operation,
                         QStringLiteral("UPDATE runbooks SET file_name = :file_name, markdown = "
                                        ":markdown, updated_at = :updated_at WHERE id = :id"));
        update.bind("file_name", text(runbook.fileName))
            .bind("markdown", text(runbook.markdown))
            .bind("updated_at", timeValue(runbook.updatedAt))
            .bind("id", runbook.id);
        if (!update.exec(error))
            return false;
        if (update.rowsAffected() > 0)
            return true;
        Statement insert(*m_database, operation,
                         QStringLiteral("INSERT INTO runbooks (id, file_name, markdown, "
                                        "updated_at) VALUES (:id, :file_name, :markdown, "
                                        ":updated_at)"));
        insert.bind("id", runbook.id)
            .bind("file_name", text(runbook.fileName))
            .bind("markdown", text(runbook.markdown))
            .bind("updated_at", timeValue(runbook.updatedAt));
        return insert.exec(error);
    });
}

bool SqlServerStore::deleteRunbook(const QString &id, QString *error)
{
    const QString operation = QStringLiteral("deleting runbook %1").arg(id);
    Statement remove(*m_database, operation, QStringLiteral("DELETE FROM runbooks WHERE id = :id"));
    remove.bind("id", text(id));
    if (!remove.exec(error))
        return false;
    if (remove.rowsAffected() == 0)
        return fail(error, QStringLiteral("%1: no such runbook").arg(operation));
    return true;
}

QList<RunbookRecord> SqlServerStore::runbooks() const
{
    Statement select(*m_database, QStringLiteral("listing runbooks"),
                     QStringLiteral("SELECT * FROM runbooks ORDER BY id"));
    return allRows(select, runbookFrom);
}

bool SqlServerStore::addRosterVersion(RosterVersionRecord &roster, QString *error)
{
    const qint64 version = m_counters.rosterVersion + 1;
    Statement insert(*m_database, QStringLiteral("adding roster version %1").arg(version),
                     QStringLiteral("INSERT INTO roster_versions (version, yaml, updated_by, "
                                    "updated_at) VALUES (:version, :yaml, :updated_by, "
                                    ":updated_at)"));
    insert.bind("version", version)
        .bind("yaml", text(roster.yaml))
        .bind("updated_by", text(roster.updatedBy))
        .bind("updated_at", timeValue(roster.updatedAt));
    if (!insert.exec(error))
        return false;
    m_counters.rosterVersion = version;
    roster.version = version;
    return true;
}

std::optional<RosterVersionRecord> SqlServerStore::latestRoster() const
{
    Statement select(*m_database, QStringLiteral("reading the latest roster"),
                     QStringLiteral("SELECT * FROM roster_versions ORDER BY version DESC LIMIT 1"));
    return firstRow(select, rosterFrom);
}

std::optional<RosterVersionRecord> SqlServerStore::rosterVersion(qint64 version) const
{
    Statement select(*m_database, QStringLiteral("reading roster version %1").arg(version),
                     QStringLiteral("SELECT * FROM roster_versions WHERE version = :version"));
    select.bind("version", version);
    return firstRow(select, rosterFrom);
}

AuditStore &SqlServerStore::auditStore()
{
    return *m_audit;
}

} // namespace icc
