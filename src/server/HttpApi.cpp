#include "HttpApi.h"

#include "PermissionChecker.h"
#include "RequestAuthenticator.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace icc {

Q_LOGGING_CATEGORY(lcHttpApi, "icc.server.http")

HttpApi::HttpApi(RequestAuthenticator &authenticator, const PermissionChecker &permissions,
                 QObject *parent)
    : QObject(parent)
    , m_authenticator(authenticator)
    , m_permissions(permissions)
{
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            answerUnrouted(request, std::move(responder));
        });
    // Qt 6.4 refuses every upgrade unless this signal is connected.
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this,
            &HttpApi::acceptWebSockets);
}

HttpApi::~HttpApi() = default;

void HttpApi::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Qt 6.4 reads the configuration when listen() creates its QSslServer.
    m_server.sslSetup(configuration);
    m_tlsConfigured = !certificate.isNull() && !key.isNull();
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tlsConfigured) {
        m_errorString = QStringLiteral("no TLS certificate and key: icc-server serves HTTPS only");
        return 0;
    }
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0) {
        // Qt 6.4 logs the reason (qt.httpserver) and deletes its QTcpServer.
        m_errorString = QStringLiteral("cannot listen on %1:%2 (in use or not a local address?)")
                            .arg(address.toString())
                            .arg(port);
    }
    return bound;
}

QByteArray HttpApi::allowHeader(Methods methods)
{
    static const std::pair<QHttpServerRequest::Method, const char *> names[] = {
        {QHttpServerRequest::Method::Get, "GET"},
        {QHttpServerRequest::Method::Head, "HEAD"},
        {QHttpServerRequest::Method::Post, "POST"},
        {QHttpServerRequest::Method::Put, "PUT"},
        {QHttpServerRequest::Method::Patch, "PATCH"},
        {QHttpServerRequest::Method::Delete, "DELETE"},
        {QHttpServerRequest::Method::Options, "OPTIONS"},
    };
    QList<QByteArray> allowed;
    for (const auto &[method, name] : names) {
        if (methods.testFlag(method))
            allowed.append(QByteArray(name));
    }
    return allowed.join(", ");
}

std::size_t HttpApi::registerRoute(Methods methods, const QString &pathPattern,
                                   Permission permission)
{
    QStringList parts = pathPattern.split(QStringLiteral("<arg>"));
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QRegularExpression anyArgument(
        QRegularExpression::anchoredPattern(parts.join(QStringLiteral("[^/]+"))));
    m_routes.push_back(Route{methods, pathPattern, anyArgument, permission});
    return m_routes.size() - 1;
}

std::vector<HttpApi::RouteDescription> HttpApi::routeTable() const
{
    std::vector<RouteDescription> table;
    table.reserve(m_routes.size());
    for (const Route &route : m_routes) {
        const bool webSocket = std::any_of(
            m_webSocketRoutes.begin(), m_webSocketRoutes.end(),
            [&](const WebSocketRoute &candidate) { return candidate.path == route.pathPattern; });
        table.push_back(
            RouteDescription{route.methods, route.pathPattern, route.permission, webSocket});
    }
    return table;
}

std::optional<ApiError> HttpApi::checkBodySize(const QHttpServerRequest &request) const
{
    const QString limit =
        QStringLiteral("the request body exceeds the limit of %1 bytes").arg(m_maxBodyBytes);
    const QByteArray declared = request.value(QByteArrayLiteral("Content-Length"));
    if (!declared.isEmpty()) {
        bool ok = false;
        const qint64 length = declared.trimmed().toLongLong(&ok);
        if (!ok || length < 0)
            return ApiError::badRequest(QStringLiteral("Content-Length is not a number"));
        if (length > m_maxBodyBytes)
            return ApiError::payloadTooLarge(limit);
    }
    // Chunked bodies declare no length; Qt has buffered them already.
    if (request.body().size() > m_maxBodyBytes)
        return ApiError::payloadTooLarge(limit);
    return std::nullopt;
}

std::variant<Caller, ApiError> HttpApi::identify(const QByteArray &authorization,
                                                 const QHostAddress &peer, Permission permission)
{
    const bool isPublic = permission == Permission::Public;
    if (authorization.trimmed().isEmpty()) {
        if (isPublic)
            return Caller{};
        return ApiError::unauthorized(
            QStringLiteral("this endpoint needs a credential: send Authorization: Bearer <token>"));
    }
    std::optional<Caller> caller = m_authenticator.authenticate(authorization, peer);
    if (!caller) {
        // A stale token must not lock anyone out of login or health checks.
        if (isPublic)
            return Caller{};
        return ApiError::unauthorized(
            QStringLiteral("the bearer credential is invalid or has expired"));
    }
    if (isPublic)
        return *caller;
    if (caller->kind == Caller::Kind::Anonymous)
        return ApiError::unauthorized(
            QStringLiteral("this endpoint needs a credential: send Authorization: Bearer <token>"));
    if (!m_permissions.allows(*caller, permission)) {
        const QString who = caller->role ? QStringLiteral("role %1").arg(toString(*caller->role))
                                         : QStringLiteral("this ingest key");
        return ApiError::forbidden(
            QStringLiteral("%1 lacks permission %2").arg(who, toString(permission)));
    }
    return *caller;
}

void HttpApi::dispatch(std::size_t routeIndex, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder, const Invoker &invoke)
{
    const Route &route = m_routes.at(routeIndex);
    if (const auto tooLarge = checkBodySize(request)) {
        tooLarge->toResponse().writeTo(std::move(responder));
        return;
    }
    const auto identity = identify(request.value(QByteArrayLiteral("Authorization")),
                                   request.remoteAddress(), route.permission);
    if (const auto *refusal = std::get_if<ApiError>(&identity)) {
        refusal->toResponse().writeTo(std::move(responder));
        return;
    }
    RequestContext context(std::get<Caller>(identity), request,
                           std::make_unique<QHttpServerResponder>(std::move(responder)));
    const Reply reply = invoke(context);
    if (context.isDeferred()) {
        if (!reply.isDeferred())
            qCWarning(lcHttpApi) << "handler of" << route.pathPattern
                                 << "deferred its answer but also returned one; it is dropped";
        return;
    }
    const ApiResponse response =
        reply.isDeferred()
            ? ApiError::internal(QStringLiteral("the handler returned no answer")).toResponse()
            : reply.toResponse();
    response.writeTo(std::move(*context.takeResponder()));
}

void HttpApi::answerUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    Methods allowed;
    for (const Route &route : m_routes) {
        if (route.anyArgument.match(path).hasMatch())
            allowed |= route.methods;
    }
    if (!allowed) {
        ApiError::notFound(QStringLiteral("no resource at %1").arg(path))
            .toResponse()
            .writeTo(std::move(responder));
        return;
    }
    if (allowed.testFlag(request.method())) {
        // The path has the shape of a route, but an argument did not convert
        // (e.g. letters where an id number belongs).
        ApiError::notFound(QStringLiteral("no resource at %1").arg(path))
            .toResponse()
            .writeTo(std::move(responder));
        return;
    }
    const QByteArray allow = allowHeader(allowed);
    ApiError::methodNotAllowed(QStringLiteral("%1 allows %2").arg(path, QString::fromLatin1(allow)),
                               allow)
        .toResponse()
        .writeTo(std::move(responder));
}

void HttpApi::addWebSocketRoute(const QString &path, Permission permission,
                                WebSocketHandler handler)
{
    m_webSocketRoutes.push_back(WebSocketRoute{path, permission, std::move(handler)});
    registerRoute(Get, path, permission);
    // Qt 6.4.2 upgrades a request only when a route handled it (otherwise it
    // logs "WebSocket received but no slots connected ... or request not
    // handled" and calls the missing handler). So the path gets a route that
    // stays silent for an upgrade - Qt then completes the handshake and emits
    // newWebSocketConnection - and answers a plain GET with an error. Nothing
    // can be refused here with an HTTP status: Qt upgrades after any answer.
    m_server.route(
        path, Get, [path](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const bool upgrade = request.value(QByteArrayLiteral("Upgrade"))
                                     .compare("websocket", Qt::CaseInsensitive) == 0;
            if (upgrade)
                return;
            ApiError::badRequest(
                QStringLiteral("%1 is a WebSocket endpoint: send Upgrade: websocket").arg(path))
                .withCode(QStringLiteral("upgrade_required"))
                .toResponse()
                .writeTo(std::move(responder));
        });
}

void HttpApi::refuseWebSocket(std::unique_ptr<QWebSocket> socket, const QString &reason)
{
    QWebSocket *raw = socket.release();
    raw->setParent(this);
    connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
    raw->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    // A peer that never answers the close frame must not keep the socket.
    QTimer::singleShot(5000, raw, [raw] { raw->abort(); });
}

QSslSocket *HttpApi::transportOf(const QWebSocket &socket) const
{
    const auto servers = m_server.servers();
    for (const QTcpServer *server : servers) {
        const auto candidates = server->findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
        for (QSslSocket *candidate : candidates) {
            if (candidate->peerPort() == socket.peerPort() &&
                candidate->peerAddress() == socket.peerAddress())
                return candidate;
        }
    }
    return nullptr;
}

void HttpApi::acceptWebSockets()
{
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
        if (!socket)
            break;
        // Qt 6.4 upgrades on any path: routing the upgrade is ours. The
        // handshake's headers are on the socket's QNetworkRequest.
        const QNetworkRequest handshake = socket->request();
        const QString path = handshake.url().path();
        const auto route =
            std::find_if(m_webSocketRoutes.begin(), m_webSocketRoutes.end(),
                         [&](const WebSocketRoute &candidate) { return candidate.path == path; });
        if (route == m_webSocketRoutes.end()) {
            refuseWebSocket(std::move(socket),
                            QStringLiteral("no WebSocket endpoint at %1").arg(path));
            continue;
        }
        const auto identity = identify(handshake.rawHeader(QByteArrayLiteral("Authorization")),
                                       socket->peerAddress(), route->permission);
        if (const auto *refusal = std::get_if<ApiError>(&identity)) {
            refuseWebSocket(std::move(socket),
                            refusal->code() + QStringLiteral(": ") + refusal->detail());
            continue;
        }
        // Qt 6.4's QSslSocket::bytesToWrite() (and so QWebSocket's) counts only
        // bytes not yet encrypted; what TLS queued for the network is
        // encryptedBytesToWrite() of the transport socket, which QWebSocket
        // hides. The transport is still the QSslServer's child: hand it on.
        socket->setProperty(kTransportProperty,
                            QVariant::fromValue<QObject *>(transportOf(*socket)));
        route->handler(std::move(socket), std::get<Caller>(identity));
    }
}

} // namespace icc
