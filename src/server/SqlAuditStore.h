#pragma once

#include "AuditStore.h"

namespace icc {

class Database;

// The audit log's storage in the server's database (table `audit`), on the
// same connection as SqlServerStore, so an entry and the state change it
// describes commit or roll back together.
//
// Durability: append() writes inside the caller's open transaction when there
// is one; the entry is then durable once that transaction commits, not when
// append() returns. Outside a transaction the insert commits on its own. After
// a rollback the owner must build a new AuditLog over this store: the old one
// still remembers the discarded tail.
//
// Each row holds the entry exactly as AuditEntry::toJson() produced it; read()
// parses it back, so AuditVerifier checks what is stored.
class SqlAuditStore final : public AuditStore
{
public:
    explicit SqlAuditStore(Database &database);
    Q_DISABLE_COPY_MOVE(SqlAuditStore)

    bool append(const AuditEntry &entry, QString *error) override;
    AuditReadResult read(qint64 fromSequence = 1, qint64 toSequence = kLastSequence) const override;
    std::optional<AuditEntry> last(QString *error) const override;

private:
    Database &m_database;
};

} // namespace icc
