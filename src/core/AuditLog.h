#pragma once

#include "AuditEntry.h"
#include "AuditStore.h"
#include "Clock.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <optional>

namespace icc {

// The append-only, hash-chained audit log. Each entry carries the hash of the
// one before it, so editing, removing or reordering any stored entry is found
// by AuditVerifier. There is no API to change or delete an entry.
//
// On construction the log reads the store's newest entry and continues its
// chain. If that tail cannot be read (for instance a torn last line after a
// crash), or once an append has failed, the log refuses every further append:
// a caller that must audit before acting then does not act. Thread-safe.
class AuditLog final
{
public:
    AuditLog(AuditStore &store, const Clock &clock);
    Q_DISABLE_COPY_MOVE(AuditLog)

    // False when appends are refused; lastError() says why.
    bool isWritable() const;
    QString lastError() const;

    // Appends an entry stamped with the clock's current time (UTC, ms):
    // sequence = previous + 1, previousHash = previous hash (64 zeros for the
    // first). Returns the stored entry, or nullopt with *error set.
    std::optional<AuditEntry> append(const QString &type, const QString &actor,
                                     const QString &incidentId, const QString &subject,
                                     const QJsonObject &payload, QString *error = nullptr);

    qint64 lastSequence() const; // 0 for an empty log
    QString lastHash() const;    // 64 zeros for an empty log

    // Entries with fromSequence <= sequence <= toSequence, in order.
    AuditReadResult entries(qint64 fromSequence = 1,
                            qint64 toSequence = AuditStore::kLastSequence) const;
    AuditReadResult entriesForIncident(const QString &incidentId) const;

private:
    AuditStore &m_store;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    qint64 m_lastSequence = 0;
    QString m_lastHash;
    QString m_error; // non-empty: appends refused
};

} // namespace icc
