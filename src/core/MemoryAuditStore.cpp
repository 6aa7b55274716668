#include "MemoryAuditStore.h"

namespace icc {

bool MemoryAuditStore::append(const AuditEntry &entry, QString *error)
{
    Q_UNUSED(error)
    m_entries.append(entry);
    return true;
}

AuditReadResult MemoryAuditStore::read(qint64 fromSequence, qint64 toSequence) const
{
    AuditReadResult result;
    for (const AuditEntry &entry : m_entries) {
        if (entry.sequence >= fromSequence && entry.sequence <= toSequence)
            result.entries.append(entry);
    }
    return result;
}

std::optional<AuditEntry> MemoryAuditStore::last(QString *error) const
{
    Q_UNUSED(error)
    if (m_entries.isEmpty())
        return std::nullopt;
    return m_entries.constLast();
}

} // namespace icc
