#include "AuditLog.h"

#include <QMutexLocker>

namespace icc {

AuditLog::AuditLog(AuditStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_lastHash(AuditEntry::zeroHash())
{
    QString error;
    const std::optional<AuditEntry> tail = m_store.last(&error);
    if (!error.isEmpty()) {
        m_error = QStringLiteral("cannot continue the audit chain: %1").arg(error);
        return;
    }
    if (tail) {
        m_lastSequence = tail->sequence;
        m_lastHash = tail->hash;
    }
}

bool AuditLog::isWritable() const
{
    QMutexLocker lock(&m_mutex);
    return m_error.isEmpty();
}

QString AuditLog::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

std::optional<AuditEntry> AuditLog::append(const QString &type, const QString &actor,
                                           const QString &incidentId, const QString &subject,
                                           const QJsonObject &payload, QString *error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    if (type.isEmpty()) {
        if (error)
            *error = QStringLiteral("type: must not be empty");
        return std::nullopt;
    }

    AuditEntry entry;
    entry.sequence = m_lastSequence + 1;
    // QDateTime keeps milliseconds; UTC so the stored text has one spelling.
    entry.timestamp = m_clock.now().toUTC();
    if (!entry.timestamp.isValid()) {
        if (error)
            *error = QStringLiteral("timestamp: the clock returned an invalid time");
        return std::nullopt;
    }
    entry.type = type;
    entry.actor = actor;
    entry.incidentId = incidentId;
    entry.subject = subject;
    entry.payload = payload;
    entry.previousHash = m_lastHash;
    entry.hash = entry.computeHash();

    QString storeError;
    if (!m_store.append(entry, &storeError)) {
        // The store may hold part of the entry now; continuing could fork
        // or corrupt the chain, so stop until an operator has looked.
        m_error = QStringLiteral("audit append failed: %1").arg(storeError);
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    m_lastSequence = entry.sequence;
    m_lastHash = entry.hash;
    return entry;
}

qint64 AuditLog::lastSequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastSequence;
}

QString AuditLog::lastHash() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastHash;
}

AuditReadResult AuditLog::entries(qint64 fromSequence, qint64 toSequence) const
{
    QMutexLocker lock(&m_mutex);
    return m_store.read(fromSequence, toSequence);
}

AuditReadResult AuditLog::entriesForIncident(const QString &incidentId) const
{
    AuditReadResult result = entries();
    if (!result.ok())
        return result;
    result.entries.removeIf(
        [&](const AuditEntry &entry) { return entry.incidentId != incidentId; });
    return result;
}

} // namespace icc
