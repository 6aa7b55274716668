#pragma once

#include "AuditStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace icc {

// The audit log as a JSON Lines file: one canonical entry per line, appended
// and flushed to disk (fsync on Unix) before append() returns. A line is
// never rewritten. A torn last line left by a crash mid-write is reported by
// read(), last() and AuditVerifier, never skipped.
class AuditFileStore final : public AuditStore
{
public:
    explicit AuditFileStore(QString path);
    Q_DISABLE_COPY_MOVE(AuditFileStore)

    const QString &path() const { return m_path; }

    bool append(const AuditEntry &entry, QString *error) override;
    // A missing file reads as an empty log.
    AuditReadResult read(qint64 fromSequence = 1, qint64 toSequence = kLastSequence) const override;
    std::optional<AuditEntry> last(QString *error) const override;

    // One line of the file, without its newline.
    struct Line
    {
        int number = 0; // 1-based
        QByteArray text;
        bool complete = true; // false: the file ends inside this line
    };
    // Reads the file into lines; false with *error when it cannot be read.
    // A missing file is an empty list.
    static bool readLines(const QString &path, QList<Line> *lines, QString *error);

    // The exact bytes stored for an entry, newline included.
    static QByteArray formatLine(const AuditEntry &entry);
    // Parses one stored line. Refuses invalid JSON, a bad field and any line
    // that is not byte for byte what formatLine() writes (an edit that keeps
    // the meaning, such as added spaces, is still an edit).
    static std::optional<AuditEntry> parseLine(const Line &line, QString *error);

private:
    QString m_path;
};

} // namespace icc
