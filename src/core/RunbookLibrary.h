#pragma once

#include "Runbook.h"
#include "ValidationError.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

struct RunbookLibraryLoadResult;

// The set of runbooks the matcher and the proposer may use. Ids are unique across files:
// a second runbook with a known id is refused and reported, because a proposal names its
// runbook by id and the audit trail must resolve that id to exactly one procedure.
class RunbookLibrary final
{
public:
    RunbookLibrary() = default;

    // Loads every *.md of dir (RunbookLoader::loadDirectory) and adds the valid runbooks;
    // errors of invalid files and of duplicate ids are returned, the rest is still usable.
    static RunbookLibraryLoadResult loadDirectory(const QString &dir);

    // Adds a runbook unless its id is already present; then the error names the refused
    // runbook's file:line and where the id was first defined.
    std::optional<ValidationError> add(const Runbook &runbook);
    // Adds each in order; returns the duplicate-id errors.
    QList<ValidationError> addAll(const QList<Runbook> &runbooks);

    // The runbook with this id, or nullptr. The pointer is valid until the library changes.
    const Runbook *find(const QString &id) const;
    bool contains(const QString &id) const { return m_indexById.contains(id); }

    const QList<Runbook> &runbooks() const { return m_runbooks; }
    QStringList ids() const;
    qsizetype size() const { return m_runbooks.size(); }
    bool isEmpty() const { return m_runbooks.isEmpty(); }

private:
    QList<Runbook> m_runbooks; // in load order (file-name order for a directory)
    QHash<QString, qsizetype> m_indexById;
};

struct RunbookLibraryLoadResult
{
    RunbookLibrary library;
    QList<ValidationError> errors;

    bool ok() const { return errors.isEmpty(); }
};

} // namespace icc
