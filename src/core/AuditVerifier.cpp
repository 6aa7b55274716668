#include "AuditVerifier.h"

#include "AuditFileStore.h"
#include "AuditStore.h"

namespace icc {

namespace {

// Walks a chain one entry at a time and remembers the first break.
class ChainChecker
{
public:
    ChainChecker(qint64 firstSequence, QString previousHash)
        : m_expectedSequence(firstSequence)
        , m_previousHash(std::move(previousHash))
    {}

    // False (and the result filled in) at the first bad entry.
    bool check(const AuditEntry &entry, int line = 0)
    {
        if (entry.sequence > m_expectedSequence) {
            return fail(entry.sequence, line,
                        QStringLiteral("sequence gap: expected %1, got %2")
                            .arg(m_expectedSequence)
                            .arg(entry.sequence));
        }
        if (entry.sequence < m_expectedSequence) {
            return fail(entry.sequence, line,
                        QStringLiteral("sequence out of order: expected %1, got %2")
                            .arg(m_expectedSequence)
                            .arg(entry.sequence));
        }
        if (entry.computeHash() != entry.hash) {
            return fail(entry.sequence, line,
                        QStringLiteral("hash mismatch: the content of entry %1 does not match "
                                       "its stored hash")
                            .arg(entry.sequence));
        }
        if (entry.previousHash != m_previousHash) {
            if (entry.sequence == 1) {
                return fail(entry.sequence, line,
                            QStringLiteral("previous hash of the first entry is not 64 zeros"));
            }
            return fail(
                entry.sequence, line,
                QStringLiteral("previous hash does not match entry %1").arg(entry.sequence - 1));
        }
        ++m_expectedSequence;
        m_previousHash = entry.hash;
        ++m_result.count;
        return true;
    }

    // An entry that could not even be read.
    bool unreadable(int line, const QString &reason)
    {
        return fail(m_expectedSequence, line, reason);
    }

    const AuditVerification &result() const { return m_result; }

private:
    bool fail(qint64 sequence, int line, const QString &reason)
    {
        m_result.ok = false;
        m_result.firstBadSequence = sequence;
        m_result.firstBadLine = line;
        m_result.reason = reason;
        return false;
    }

    qint64 m_expectedSequence;
    QString m_previousHash;
    AuditVerification m_result;
};

} // namespace

QJsonObject AuditVerification::toJson() const
{
    QJsonObject object{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("count"), count},
    };
    if (!ok) {
        object.insert(QStringLiteral("first_bad_sequence"), firstBadSequence);
        if (firstBadLine > 0)
            object.insert(QStringLiteral("first_bad_line"), firstBadLine);
        object.insert(QStringLiteral("reason"), reason);
    }
    return object;
}

AuditVerification AuditVerifier::verify(const QList<AuditEntry> &entries)
{
    return verify(entries, 1, AuditEntry::zeroHash());
}

AuditVerification AuditVerifier::verify(const QList<AuditEntry> &entries, qint64 firstSequence,
                                        const QString &previousHash)
{
    ChainChecker checker(firstSequence, previousHash);
    for (const AuditEntry &entry : entries) {
        if (!checker.check(entry))
            break;
    }
    return checker.result();
}

AuditVerification AuditVerifier::verifyFile(const QString &path)
{
    ChainChecker checker(1, AuditEntry::zeroHash());
    QList<AuditFileStore::Line> lines;
    QString error;
    if (!AuditFileStore::readLines(path, &lines, &error)) {
        checker.unreadable(0, error);
        return checker.result();
    }
    for (const AuditFileStore::Line &line : lines) {
        const std::optional<AuditEntry> entry = AuditFileStore::parseLine(line, &error);
        if (!entry) {
            checker.unreadable(line.number, error);
            break;
        }
        if (!checker.check(*entry, line.number))
            break;
    }
    return checker.result();
}

AuditVerification AuditVerifier::verifyStore(const AuditStore &store)
{
    // A file can be checked line by line, which names torn or edited lines.
    if (const auto *fileStore = dynamic_cast<const AuditFileStore *>(&store))
        return verifyFile(fileStore->path());
    const AuditReadResult read = store.read();
    if (!read.ok()) {
        AuditVerification result;
        result.ok = false;
        result.reason = read.error;
        return result;
    }
    return verify(read.entries);
}

} // namespace icc
