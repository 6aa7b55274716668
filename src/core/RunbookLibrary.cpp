#include "RunbookLibrary.h"

#include "RunbookLoader.h"

namespace icc {

RunbookLibraryLoadResult RunbookLibrary::loadDirectory(const QString &dir)
{
    RunbookSetLoadResult loaded = RunbookLoader::loadDirectory(dir);
    RunbookLibraryLoadResult result;
    result.errors = std::move(loaded.errors);
    result.errors.append(result.library.addAll(loaded.runbooks));
    return result;
}

std::optional<ValidationError> RunbookLibrary::add(const Runbook &runbook)
{
    const auto existing = m_indexById.constFind(runbook.id);
    if (existing != m_indexById.cend()) {
        const Runbook &first = m_runbooks.at(existing.value());
        return ValidationError{runbook.sourceFile, runbook.sourceLine, QStringLiteral("id"),
                               QStringLiteral("duplicate id '%1': already defined at %2:%3")
                                   .arg(runbook.id, first.sourceFile)
                                   .arg(first.sourceLine)};
    }
    m_indexById.insert(runbook.id, m_runbooks.size());
    m_runbooks.append(runbook);
    return std::nullopt;
}

QList<ValidationError> RunbookLibrary::addAll(const QList<Runbook> &runbooks)
{
    QList<ValidationError> errors;
    for (const Runbook &runbook : runbooks) {
        if (auto error = add(runbook))
            errors.append(*error);
    }
    return errors;
}

const Runbook *RunbookLibrary::find(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_runbooks.at(it.value());
}

QStringList RunbookLibrary::ids() const
{
    QStringList result;
    result.reserve(m_runbooks.size());
    for (const Runbook &runbook : m_runbooks)
        result.append(runbook.id);
    return result;
}

} // namespace icc
