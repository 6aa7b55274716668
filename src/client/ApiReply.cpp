#include "ApiReply.h"

namespace icc {

QString ApiReply::message() const
{
    QString text = detail.isEmpty() ? error : detail;
    if (!field.isEmpty())
        text += QStringLiteral(" (field: %1)").arg(field);
    return text;
}

} // namespace icc
