#include "RouteInput.h"

#include "RequestContext.h"

#include <QUrlQuery>

namespace icc::RouteInput {

ApiResult<QJsonObject> optionalJsonObject(const RequestContext &context)
{
    if (context.body().trimmed().isEmpty())
        return QJsonObject();
    return context.jsonObject();
}

ApiResult<QDateTime> queryTimestamp(const RequestContext &context, const QString &name,
                                    const QDateTime &fallback)
{
    const QUrlQuery query = context.query();
    if (!query.hasQueryItem(name))
        return fallback;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return ApiError::badRequest(
            QStringLiteral("%1 must be an ISO-8601 timestamp such as 2026-01-15T03:00:00Z, got "
                           "'%2'")
                .arg(name, text),
            name);
    return when.toUTC();
}

} // namespace icc::RouteInput
