#include "SqlAuditStore.h"

#include "Database.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlError>
#include <QSqlQuery>

namespace icc {

namespace {

// One stored row back into an entry; nullopt and a message naming the row.
std::optional<AuditEntry> entryFromRow(qint64 rowSequence, const QString &text, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("audit row %1: not a JSON object (%2)")
                         .arg(rowSequence)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    QString fieldError;
    std::optional<AuditEntry> entry = AuditEntry::fromJson(document.object(), &fieldError);
    if (!entry && error)
        *error = QStringLiteral("audit row %1: %2").arg(rowSequence).arg(fieldError);
    return entry;
}

} // namespace

SqlAuditStore::SqlAuditStore(Database &database)
    : m_database(database)
{}

bool SqlAuditStore::append(const AuditEntry &entry, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO audit (sequence, incident_id, entry_json, hash) "
                                 "VALUES (:sequence, :incident_id, :entry_json, :hash)"));
    query.bindValue(QStringLiteral(":sequence"), entry.sequence);
    query.bindValue(QStringLiteral(":incident_id"),
                    entry.incidentId.isNull() ? QStringLiteral("") : entry.incidentId);
    query.bindValue(
        QStringLiteral(":entry_json"),
        QString::fromUtf8(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":hash"), entry.hash);
    if (query.exec())
        return true;
    if (error)
        *error = QStringLiteral("appending audit entry %1: %2")
                     .arg(entry.sequence)
                     .arg(query.lastError().text());
    return false;
}

AuditReadResult SqlAuditStore::read(qint64 fromSequence, qint64 toSequence) const
{
    AuditReadResult result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT sequence, entry_json FROM audit WHERE sequence >= :from "
                                 "AND sequence <= :to ORDER BY sequence"));
    query.bindValue(QStringLiteral(":from"), fromSequence);
    query.bindValue(QStringLiteral(":to"), toSequence);
    if (!query.exec()) {
        result.error = QStringLiteral("reading audit entries %1..%2: %3")
                           .arg(fromSequence)
                           .arg(toSequence)
                           .arg(query.lastError().text());
        return result;
    }
    while (query.next()) {
        std::optional<AuditEntry> entry =
            entryFromRow(query.value(0).toLongLong(), query.value(1).toString(), &result.error);
        if (!entry)
            return result; // the entries before the bad row, and the error
        result.entries.append(*entry);
    }
    return result;
}

std::optional<AuditEntry> SqlAuditStore::last(QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT sequence, entry_json FROM audit ORDER BY sequence DESC LIMIT 1"));
    if (!query.exec()) {
        if (error)
            *error =
                QStringLiteral("reading the last audit entry: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return entryFromRow(query.value(0).toLongLong(), query.value(1).toString(), error);
}

} // namespace icc
