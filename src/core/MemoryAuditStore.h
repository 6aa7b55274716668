#pragma once

#include "AuditStore.h"

#include <QList>

namespace icc {

// An AuditStore in memory: for tests and for tools that build a log to check it.
class MemoryAuditStore final : public AuditStore
{
public:
    MemoryAuditStore() = default;
    Q_DISABLE_COPY_MOVE(MemoryAuditStore)

    bool append(const AuditEntry &entry, QString *error) override;
    AuditReadResult read(qint64 fromSequence = 1, qint64 toSequence = kLastSequence) const override;
    std::optional<AuditEntry> last(QString *error) const override;

    // Everything stored, in order (tests tamper with a copy of this).
    const QList<AuditEntry> &all() const { return m_entries; }

private:
    QList<AuditEntry> m_entries;
};

} // namespace icc
