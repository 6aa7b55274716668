#include "ValidationError.h"

namespace icc {

QString ValidationError::toString() const
{
    // Edits made through an API (the roster editor) have no file; their
    // errors read "field: message" instead of a misleading ":0:".
    if (file.isEmpty() && line <= 0)
        return QStringLiteral("%1: %2").arg(field, message);
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, message);
}

} // namespace icc
