#pragma once

#include "StoreRecords.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace icc {

class AuditStore;

// Everything icc-server persists. The SQL implementation (SqlServerStore, Qt
// Sql on SQLite or PostgreSQL) is the one the server runs; the pipeline is
// written against this interface so it never sees SQL.
//
// Writes happen inside a transaction opened with begin() and made durable by
// commit(): the server answers 2xx only after commit() returned true, and it
// may put many requests into one transaction (group commit). A write outside
// a transaction commits on its own. Every method that can fail returns false
// or nullopt and sets *error (when given) to a message naming what failed;
// none throws. One process writes; reads see its own uncommitted writes.
//
// Not thread-safe: the owner serialises calls (Qt Sql connections belong to
// the thread that opened them).
class ServerStore
{
public:
    virtual ~ServerStore() = default;

    // --- transactions ---------------------------------------------------
    virtual bool begin(QString *error = nullptr) = 0;
    virtual bool commit(QString *error = nullptr) = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;

    // --- users, sessions, ingest keys -------------------------------------
    virtual bool addUser(UserRecord &user, QString *error = nullptr) = 0; // sets user.id
    virtual bool updateUser(const UserRecord &user, QString *error = nullptr) = 0;
    virtual std::optional<UserRecord> userByName(const QString &name) const = 0;
    virtual std::optional<UserRecord> userById(qint64 id) const = 0;
    virtual QList<UserRecord> users() const = 0;

    virtual bool addSession(const SessionRecord &session, QString *error = nullptr) = 0;
    virtual std::optional<SessionRecord> sessionByTokenHash(const QString &tokenHash) const = 0;
    virtual bool deleteSession(const QString &tokenHash, QString *error = nullptr) = 0;
    virtual int deleteExpiredSessions(const QDateTime &now) = 0;

    virtual bool addIngestKey(IngestKeyRecord &key, QString *error = nullptr) = 0; // sets key.id
    virtual bool revokeIngestKey(const QString &name, const QDateTime &at,
                                 QString *error = nullptr) = 0;
    virtual std::optional<IngestKeyRecord> ingestKeyByHash(const QString &keyHash) const = 0;
    virtual QList<IngestKeyRecord> ingestKeys() const = 0;

    // --- alerts and incidents ---------------------------------------------
    virtual bool insertAlert(AlertRecord &alert, QString *error = nullptr) = 0; // sets alert.id
    virtual bool updateAlert(const AlertRecord &alert, QString *error = nullptr) = 0;
    virtual std::optional<AlertRecord> alertById(qint64 id) const = 0;
    // The newest alert with this fingerprint, whatever its status.
    virtual std::optional<AlertRecord>
    latestAlertByFingerprint(const QString &fingerprint) const = 0;
    // Newest first; beforeId > 0 pages backwards (id < beforeId).
    virtual QList<AlertRecord> alerts(int limit, qint64 beforeId = 0) const = 0;
    virtual QList<AlertRecord> alertsForIncident(const QString &incidentId) const = 0;
    virtual qint64 alertCount() const = 0;

    virtual bool saveIncident(const IncidentRow &incident, QString *error = nullptr) = 0; // upsert
    virtual std::optional<IncidentRow> incident(const QString &id) const = 0;
    // The open incident with this group key, if any.
    virtual std::optional<IncidentRow> openIncidentByGroupKey(const QString &groupKey) const = 0;
    // Newest first; status empty = any.
    virtual QList<IncidentRow> incidents(const QString &status, int limit) const = 0;

    virtual bool saveProposal(const ProposalRecord &proposal,
                              QString *error = nullptr) = 0; // upsert
    virtual std::optional<ProposalRecord> proposal(const QString &actionId) const = 0;
    virtual QList<ProposalRecord> proposalsForIncident(const QString &incidentId) const = 0;
    // Newest first; state empty = any.
    virtual QList<ProposalRecord> proposals(const QString &state, int limit) const = 0;
    // Proposals of one action type (ProposalRecord::actionType), newest first.
    virtual QList<ProposalRecord> proposalsOfActionType(const QString &actionType,
                                                        int limit) const = 0;

    // --- reviews and controls (JSON documents the core types round-trip) ----
    // ReviewRequest::toJson(), keyed by the review id; state and incident are
    // kept in columns for queries.
    virtual bool saveReview(const QString &reviewId, const QString &incidentId,
                            const QString &state, const QJsonObject &review,
                            QString *error = nullptr) = 0;
    virtual std::optional<QJsonObject> review(const QString &reviewId) const = 0;
    virtual QList<QJsonObject> reviews(bool openOnly) const = 0;

    // Small named documents: the execution guard (kill switch, halts), class
    // approvals, pages, counters. Written whole, read whole.
    virtual bool saveDocument(const QString &key, const QJsonObject &value,
                              QString *error = nullptr) = 0;
    virtual std::optional<QJsonObject> document(const QString &key) const = 0;

    // --- events (the WebSocket feed) ---------------------------------------
    // Appends with sequence = last + 1; sets event.sequence.
    virtual bool appendEvent(EventRecord &event, QString *error = nullptr) = 0;
    // Events with sequence > afterSequence, oldest first, at most limit.
    virtual QList<EventRecord> events(qint64 afterSequence, int limit) const = 0;
    virtual qint64 lastEventSequence() const = 0;

    // --- policy, runbooks, roster ------------------------------------------
    // Adds a version and makes it the active one; a version already stored is refused.
    virtual bool addPolicyVersion(const PolicyVersionRecord &policy, QString *error = nullptr) = 0;
    virtual std::optional<PolicyVersionRecord> activePolicy() const = 0;
    virtual std::optional<PolicyVersionRecord> policyVersion(const QString &version) const = 0;
    virtual QList<PolicyVersionRecord> policyVersions() const = 0; // newest first

    virtual bool saveRunbook(const RunbookRecord &runbook, QString *error = nullptr) = 0; // upsert
    virtual bool deleteRunbook(const QString &id, QString *error = nullptr) = 0;
    virtual QList<RunbookRecord> runbooks() const = 0; // by id

    virtual bool addRosterVersion(RosterVersionRecord &roster,
                                  QString *error = nullptr) = 0; // sets version
    virtual std::optional<RosterVersionRecord> latestRoster() const = 0;
    virtual std::optional<RosterVersionRecord> rosterVersion(qint64 version) const = 0;

    // --- audit ----------------------------------------------------------------
    // The hash-chained log's storage, inside the same database and the same
    // transactions as the state it describes.
    virtual AuditStore &auditStore() = 0;
};

} // namespace icc
