#pragma once

#include "AuditEntry.h"

#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace icc {

// Entries read back from a store, or why they could not be read whole.
struct AuditReadResult
{
    QList<AuditEntry> entries;
    QString error; // empty on success; names the line or record that failed

    bool ok() const { return error.isEmpty(); }
};

// Where the audit log keeps its entries. The interface is append and read
// only: there is deliberately no way to change or remove an entry. Stores do
// not check the chain themselves; AuditLog builds it and AuditVerifier checks it.
class AuditStore
{
public:
    static constexpr qint64 kLastSequence = std::numeric_limits<qint64>::max();

    virtual ~AuditStore() = default;

    // Persists one entry durably before returning true; false and a message
    // otherwise (the caller must then treat the log as unusable).
    virtual bool append(const AuditEntry &entry, QString *error) = 0;

    // Entries with fromSequence <= sequence <= toSequence, in stored order.
    virtual AuditReadResult read(qint64 fromSequence = 1,
                                 qint64 toSequence = kLastSequence) const = 0;

    // The newest entry (nullopt for an empty store). When the tail cannot be
    // read, nullopt with *error set: the chain cannot be continued safely.
    virtual std::optional<AuditEntry> last(QString *error) const = 0;
};

} // namespace icc
