#include "RequestContext.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>

namespace icc {

RequestContext::RequestContext(const Caller &caller, const QHttpServerRequest &request,
                               std::unique_ptr<QHttpServerResponder> responder)
    : m_caller(caller)
    , m_request(request)
    , m_responder(std::move(responder))
{}

RequestContext::~RequestContext() = default;

QHostAddress RequestContext::peer() const
{
    return m_request.remoteAddress();
}

QUrlQuery RequestContext::query() const
{
    return m_request.query();
}

QByteArray RequestContext::header(const QByteArray &name) const
{
    return m_request.value(name);
}

QByteArray RequestContext::body() const
{
    return m_request.body();
}

ApiResult<QJsonObject> RequestContext::jsonObject() const
{
    const QByteArray contentType = header(QByteArrayLiteral("Content-Type"));
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json") {
        return ApiError::unsupportedMediaType(
            contentType.isEmpty()
                ? QStringLiteral("the request has no Content-Type; send application/json")
                : QStringLiteral("Content-Type %1 is not accepted; send application/json")
                      .arg(QString::fromLatin1(contentType)));
    }
    const QByteArray data = m_request.body();
    if (data.trimmed().isEmpty())
        return ApiError::badRequest(
            QStringLiteral("the request body is empty; a JSON object is expected"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiError::badRequest(QStringLiteral("malformed JSON at offset %1: %2")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return ApiError::badRequest(QStringLiteral("the request body must be a JSON object"));
    return document.object();
}

ApiResult<qint64> RequestContext::queryInteger(const QString &name, qint64 fallback, qint64 minimum,
                                               qint64 maximum) const
{
    const QUrlQuery parameters = query();
    if (!parameters.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = parameters.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        return ApiError::badRequest(
            QStringLiteral("query parameter %1 must be an integer from %2 to %3")
                .arg(name)
                .arg(minimum)
                .arg(maximum),
            name);
    }
    return value;
}

DeferredReply RequestContext::defer()
{
    return DeferredReply(std::move(m_responder));
}

std::unique_ptr<QHttpServerResponder> RequestContext::takeResponder()
{
    return std::move(m_responder);
}

} // namespace icc
