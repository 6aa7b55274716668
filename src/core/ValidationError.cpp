#include "ValidationError.h"

namespace icc {

QString ValidationError::toString() const
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, message);
}

} // namespace icc
