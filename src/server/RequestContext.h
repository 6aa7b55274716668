#pragma once

#include "ApiResult.h"
#include "Caller.h"
#include "DeferredReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;

namespace icc {

// What a route handler sees: the authenticated caller (already allowed the
// route's permission), the request, and helpers that turn bad input into the
// ApiError naming the problem. Typed path arguments come as the handler's
// further parameters.
class RequestContext final
{
public:
    RequestContext(const Caller &caller, const QHttpServerRequest &request,
                   std::unique_ptr<QHttpServerResponder> responder);
    ~RequestContext();
    Q_DISABLE_COPY_MOVE(RequestContext)

    const Caller &caller() const { return m_caller; }
    const QHttpServerRequest &request() const { return m_request; }
    QHostAddress peer() const;
    QUrlQuery query() const;
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;

    // The body as a JSON object: 415 unless Content-Type is application/json,
    // 400 for an empty body, malformed JSON (with the offset) or a non-object.
    ApiResult<QJsonObject> jsonObject() const;

    // An integer query parameter; 400 naming the parameter when it is not an
    // integer within [minimum, maximum]. Absent: fallback.
    ApiResult<qint64> queryInteger(const QString &name, qint64 fallback, qint64 minimum,
                                   qint64 maximum) const;

    // Takes over the answer; the handler must then return Reply::deferred().
    DeferredReply defer();
    bool isDeferred() const { return !m_responder; }

    // For HttpApi: the responder for an immediate answer.
    std::unique_ptr<QHttpServerResponder> takeResponder();

private:
    const Caller &m_caller;
    const QHttpServerRequest &m_request;
    std::unique_ptr<QHttpServerResponder> m_responder;
};

} // namespace icc
