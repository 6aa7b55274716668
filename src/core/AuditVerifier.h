#pragma once

#include "AuditEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace icc {

class AuditStore;

// What AuditVerifier found. Verification stops at the first bad entry.
struct AuditVerification
{
    bool ok = true;
    qint64 count = 0;            // entries checked and found intact (all of them when ok)
    qint64 firstBadSequence = 0; // the sequence the bad entry carries, or the one expected
                                 // at its place when it could not be read; 0 when ok
    int firstBadLine = 0;        // 1-based line in a file; 0 when ok or not from a file
    QString reason;              // e.g. "sequence gap: expected 8, got 9"

    QJsonObject toJson() const;
};

// Checks the hash chain: gap-free sequences from the expected first one, each
// entry's hash equal to the hash of its content, and each previousHash equal
// to the hash of the entry before it (64 zeros before the first). Without an
// outside anchor a verifier cannot tell that entries were cut from the end,
// nor that the whole chain was rewritten; compare lastHash with a copy kept
// elsewhere for that.
class AuditVerifier final
{
public:
    AuditVerifier() = delete;

    // A whole log, starting at sequence 1.
    static AuditVerification verify(const QList<AuditEntry> &entries);
    // A piece of a log: the first entry must carry firstSequence and point to
    // previousHash (the hash of the entry before the piece).
    static AuditVerification verify(const QList<AuditEntry> &entries, qint64 firstSequence,
                                    const QString &previousHash);
    // A JSON Lines file written by AuditFileStore, line by line: unreadable,
    // torn or edited lines are reported with their line number.
    static AuditVerification verifyFile(const QString &path);
    // Everything a store holds.
    static AuditVerification verifyStore(const AuditStore &store);
};

} // namespace icc
