#pragma once

#include "ApiResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace icc {

class RequestContext;

// Input helpers the route classes of this file set share, on top of
// RequestContext: bodies that may be absent and timestamps in the query.
namespace RouteInput {

// The JSON object body, or an empty object when the request has no body at
// all (POST .../open, DELETE with an optional reason). A body that is present
// must still be a JSON object.
ApiResult<QJsonObject> optionalJsonObject(const RequestContext &context);

// An ISO-8601 timestamp query parameter ("2026-01-15T03:00:00Z", with or
// without milliseconds); 400 naming the parameter when it does not parse.
// Absent: fallback.
ApiResult<QDateTime> queryTimestamp(const RequestContext &context, const QString &name,
                                    const QDateTime &fallback);

} // namespace RouteInput

} // namespace icc
