#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace icc {

// One entry of the append-only, hash-chained audit log. The hash covers the
// canonical JSON of every field but itself, including the previous hash, so
// changing, removing or reordering any entry breaks the chain from there on.
struct AuditEntry
{
    qint64 sequence = 0; // 1-based, gap-free
    QDateTime timestamp; // UTC, millisecond precision
    QString type;        // one of AuditEvent
    QString actor;       // "agent", "policy", "system" or a user name
    QString incidentId;
    QString subject;
    QJsonObject payload;
    QString previousHash; // hex SHA-256 of the previous entry; 64 zeros for the first
    QString hash;         // hex SHA-256 of canonicalBytes()

    // Canonical JSON of every field except `hash`: keys sorted, no whitespace,
    // UTF-8, numbers in shortest round-trip form.
    QByteArray canonicalBytes() const;
    QString computeHash() const;

    QJsonObject toJson() const; // includes hash
    // Parses what toJson wrote; nullopt and a message naming the field otherwise.
    // Unknown fields are refused: the hash would not cover them.
    static std::optional<AuditEntry> fromJson(const QJsonObject &object, QString *error = nullptr);

    // The previous hash of the first entry of a chain.
    static const QString &zeroHash();
    // 64 lower-case hex digits, the only form computeHash() produces.
    static bool isWellFormedHash(const QString &text);
};

} // namespace icc
