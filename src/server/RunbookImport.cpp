#include "RunbookImport.h"

#include "IncidentService.h"
#include "ServerStore.h"

#include <QDir>
#include <QFile>
#include <QMap>

namespace icc {

ServiceResult RunbookImport::fromDirectory(IncidentService &service, const ServerStore &store,
                                           const QString &directory, const QString &by,
                                           int *fileCount)
{
    const QDir dir(directory);
    if (!dir.exists())
        return ServiceResult::failure(ServiceError::BadRequest,
                                      QStringLiteral("%1: no such directory").arg(directory));
    if (!dir.isReadable())
        return ServiceResult::failure(
            ServiceError::BadRequest,
            QStringLiteral("%1: cannot read the directory").arg(directory));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return ServiceResult::failure(ServiceError::BadRequest,
                                      QStringLiteral("no *.md files in %1").arg(directory));

    // The library after the import: what is stored, with the directory's
    // files replacing those of the same file name.
    QMap<QString, RunbookRecord> byFile;
    for (const RunbookRecord &existing : store.runbooks())
        byFile.insert(existing.fileName.isEmpty() ? existing.id : existing.fileName, existing);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return ServiceResult::failure(
                ServiceError::BadRequest,
                QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
        RunbookRecord record;
        record.fileName = name;
        record.markdown = QString::fromUtf8(file.readAll());
        byFile.insert(name, record); // same file name imported again: the new text wins
    }
    ServiceResult result = service.replaceRunbooks(byFile.values(), by);
    if (!result.ok() && result.error != ServiceError::Internal)
        // The loader names the file by its name; say which directory it is in.
        result.message = QStringLiteral("%1: %2").arg(directory, result.message);
    if (result.ok() && fileCount)
        *fileCount = int(files.size());
    return result;
}

} // namespace icc
