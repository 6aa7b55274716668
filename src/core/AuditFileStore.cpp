#include "AuditFileStore.h"

#include "CanonicalJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace icc {

AuditFileStore::AuditFileStore(QString path)
    : m_path(std::move(path))
{}

QByteArray AuditFileStore::formatLine(const AuditEntry &entry)
{
    return CanonicalJson::serialize(entry.toJson()) + '\n';
}

std::optional<AuditEntry> AuditFileStore::parseLine(const Line &line, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("line %1: %2").arg(line.number).arg(message);
        return std::nullopt;
    };
    if (!line.complete)
        return fail(QStringLiteral("incomplete last line (the writer stopped mid-entry)"));
    if (line.text.isEmpty())
        return fail(QStringLiteral("empty line"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("invalid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object"));

    QString fieldError;
    std::optional<AuditEntry> entry = AuditEntry::fromJson(document.object(), &fieldError);
    if (!entry)
        return fail(fieldError);
    if (formatLine(*entry) != line.text + '\n')
        return fail(QStringLiteral("not in canonical form (the line was edited)"));
    return entry;
}

bool AuditFileStore::readLines(const QString &path, QList<Line> *lines, QString *error)
{
    lines->clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }

    qsizetype start = 0;
    int number = 0;
    while (start < content.size()) {
        const qsizetype newline = content.indexOf('\n', start);
        Line line;
        line.number = ++number;
        if (newline < 0) {
            line.text = content.mid(start);
            line.complete = false;
            start = content.size();
        } else {
            line.text = content.mid(start, newline - start);
            start = newline + 1;
        }
        lines->append(line);
    }
    return true;
}

bool AuditFileStore::append(const AuditEntry &entry, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, message);
        return false;
    };
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(QStringLiteral("cannot open for appending: %1").arg(file.errorString()));

    // One write of the whole line keeps a concurrent reader from seeing half
    // an entry in the common case; a crash can still tear it, which the
    // verifier then reports.
    const QByteArray line = formatLine(entry);
    if (file.write(line) != line.size() || !file.flush())
        return fail(QStringLiteral("cannot write: %1").arg(file.errorString()));
#ifdef Q_OS_UNIX
    // flush() only reaches the kernel; an audit entry must survive power loss.
    if (::fsync(file.handle()) != 0)
        return fail(QStringLiteral("cannot sync to disk"));
#endif
    return true;
}

AuditReadResult AuditFileStore::read(qint64 fromSequence, qint64 toSequence) const
{
    AuditReadResult result;
    QList<Line> lines;
    if (!readLines(m_path, &lines, &result.error))
        return result;
    for (const Line &line : lines) {
        QString lineError;
        const std::optional<AuditEntry> entry = parseLine(line, &lineError);
        if (!entry) {
            result.error = QStringLiteral("%1: %2").arg(m_path, lineError);
            result.entries.clear();
            return result;
        }
        if (entry->sequence >= fromSequence && entry->sequence <= toSequence)
            result.entries.append(*entry);
    }
    return result;
}

std::optional<AuditEntry> AuditFileStore::last(QString *error) const
{
    QList<Line> lines;
    if (!readLines(m_path, &lines, error) || lines.isEmpty())
        return std::nullopt;
    QString lineError;
    std::optional<AuditEntry> entry = parseLine(lines.constLast(), &lineError);
    if (!entry && error)
        *error = QStringLiteral("%1: %2").arg(m_path, lineError);
    return entry;
}

} // namespace icc
