#pragma once

#include "ServerStore.h"

#include <memory>

namespace icc {

class Database;
class DatabaseUrl;
class SqlAuditStore;

// ServerStore on Qt Sql: SQLite (WAL, synchronous=FULL) or PostgreSQL. Every
// query is prepared with bound values. Ids and sequence numbers are handed
// out from counters loaded at open (the server is the only writer) and
// reloaded after a rollback, so a discarded transaction leaves no gap.
//
// Lists take a limit; a limit <= 0 means no limit. Read methods report SQL
// failures through qWarning and return nothing: their callers cannot do more
// than treat the row as absent.
class SqlServerStore final : public ServerStore
{
public:
    // Opens the database, brings its schema up to date and loads the
    // counters. nullptr and *error (password redacted) otherwise.
    static std::unique_ptr<SqlServerStore> open(const DatabaseUrl &url, QString *error = nullptr);

    ~SqlServerStore() override;
    Q_DISABLE_COPY_MOVE(SqlServerStore)

    Database &database() { return *m_database; }

    bool begin(QString *error = nullptr) override;
    bool commit(QString *error = nullptr) override;
    void rollback() override;
    bool inTransaction() const override { return m_inTransaction; }

    bool addUser(UserRecord &user, QString *error = nullptr) override;
    bool updateUser(const UserRecord &user, QString *error = nullptr) override;
    std::optional<UserRecord> userByName(const QString &name) const override;
    std::optional<UserRecord> userById(qint64 id) const override;
    QList<UserRecord> users() const override;

    bool addSession(const SessionRecord &session, QString *error = nullptr) override;
    std::optional<SessionRecord> sessionByTokenHash(const QString &tokenHash) const override;
    bool deleteSession(const QString &tokenHash, QString *error = nullptr) override;
    int deleteExpiredSessions(const QDateTime &now) override;

    bool addIngestKey(IngestKeyRecord &key, QString *error = nullptr) override;
    bool revokeIngestKey(const QString &name, const QDateTime &at,
                         QString *error = nullptr) override;
    std::optional<IngestKeyRecord> ingestKeyByHash(const QString &keyHash) const override;
    QList<IngestKeyRecord> ingestKeys() const override;

    bool insertAlert(AlertRecord &alert, QString *error = nullptr) override;
    bool updateAlert(const AlertRecord &alert, QString *error = nullptr) override;
    std::optional<AlertRecord> alertById(qint64 id) const override;
    std::optional<AlertRecord> latestAlertByFingerprint(const QString &fingerprint) const override;
    QList<AlertRecord> alerts(int limit, qint64 beforeId = 0) const override;
    QList<AlertRecord> alertsForIncident(const QString &incidentId) const override;
    qint64 alertCount() const override;

    bool saveIncident(const IncidentRow &incident, QString *error = nullptr) override;
    std::optional<IncidentRow> incident(const QString &id) const override;
    std::optional<IncidentRow> openIncidentByGroupKey(const QString &groupKey) const override;
    QList<IncidentRow> incidents(const QString &status, int limit) const override;

    bool saveProposal(const ProposalRecord &proposal, QString *error = nullptr) override;
    std::optional<ProposalRecord> proposal(const QString &actionId) const override;
    QList<ProposalRecord> proposalsForIncident(const QString &incidentId) const override;
    QList<ProposalRecord> proposals(const QString &state, int limit) const override;
    QList<ProposalRecord> proposalsOfActionType(const QString &actionType,
                                                int limit) const override;

    bool saveReview(const QString &reviewId, const QString &incidentId, const QString &state,
                    const QJsonObject &review, QString *error = nullptr) override;
    std::optional<QJsonObject> review(const QString &reviewId) const override;
    // Open = pending or held (ReviewState), oldest first.
    QList<QJsonObject> reviews(bool openOnly) const override;

    bool saveDocument(const QString &key, const QJsonObject &value,
                      QString *error = nullptr) override;
    std::optional<QJsonObject> document(const QString &key) const override;

    bool appendEvent(EventRecord &event, QString *error = nullptr) override;
    QList<EventRecord> events(qint64 afterSequence, int limit) const override;
    qint64 lastEventSequence() const override { return m_counters.eventSequence; }

    bool addPolicyVersion(const PolicyVersionRecord &policy, QString *error = nullptr) override;
    std::optional<PolicyVersionRecord> activePolicy() const override;
    std::optional<PolicyVersionRecord> policyVersion(const QString &version) const override;
    QList<PolicyVersionRecord> policyVersions() const override;

    bool saveRunbook(const RunbookRecord &runbook, QString *error = nullptr) override;
    bool deleteRunbook(const QString &id, QString *error = nullptr) override;
    QList<RunbookRecord> runbooks() const override;

    bool addRosterVersion(RosterVersionRecord &roster, QString *error = nullptr) override;
    std::optional<RosterVersionRecord> latestRoster() const override;
    std::optional<RosterVersionRecord> rosterVersion(qint64 version) const override;

    AuditStore &auditStore() override;

private:
    // The newest id, sequence or ordinal of each table, as committed plus
    // this transaction's own writes.
    struct Counters
    {
        qint64 userId = 0;
        qint64 ingestKeyId = 0;
        qint64 alertId = 0;
        qint64 eventSequence = 0;
        qint64 rosterVersion = 0;
        qint64 incidentOrdinal = 0;
        qint64 proposalOrdinal = 0;
        qint64 reviewOrdinal = 0;
        qint64 policyOrdinal = 0;
    };

    explicit SqlServerStore(std::unique_ptr<Database> database);
    bool loadCounters(QString *error);
    // Runs work in a transaction of its own unless one is open already, so a
    // write made of several statements is all-or-nothing either way.
    template<typename Work> bool atomically(const QString &operation, QString *error, Work work);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlAuditStore> m_audit;
    Counters m_counters;
    bool m_inTransaction = false;
};

} // namespace icc
