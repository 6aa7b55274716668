#include "HttpApi.h"

#include "ApiResponse.h"
#include "PermissionChecker.h"
#include "RequestAuthenticator.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

namespace icc {

Q_LOGGING_CATEGORY(lcHttpApi, "icc.server.http")

namespace {

// Qt 6.4's QHttpServer buffers a whole request body before any route sees it,
// so the body limit must be enforced on the socket, while the bytes arrive.
// One guard per TLS connection (a child of its socket) counts the decrypted
// bytes received since the last response was written and aborts the
// connection once they exceed the body limit plus a header allowance. A
// request that declares a Content-Length over that is answered 413 and closed
// as soon as its headers are in, and Qt never sees the rest.
//
// Counting: the guard's first readyRead slot is connected before Qt's (when
// the TLS handshake starts; Qt connects when the connection is encrypted), the
// second one after Qt's. Qt reads everything it is given except while a
// request is being answered, so "available before Qt" minus "left after Qt
// last time" is what arrived.
class BodyLimitGuard final : public QObject
{
public:
    static constexpr const char *kProperty = "icc_body_limit_guard";

    BodyLimitGuard(QSslSocket *socket, QSslServer *server, qint64 maxBodyBytes)
        : QObject(socket)
        , m_socket(socket)
        , m_maxBodyBytes(maxBodyBytes)
    {
        socket->setProperty(kProperty, QVariant::fromValue<QObject *>(this));
        connect(socket, &QIODevice::readyRead, this, &BodyLimitGuard::beforeQtReads);
        connect(socket, &QIODevice::bytesWritten, this, &BodyLimitGuard::responseWritten);
        // Connected after QHttpServer's own handler (bind() ran before any
        // connection came in), so Qt has taken the socket when this runs.
        m_pendingConnection = connect(server, &QTcpServer::pendingConnectionAvailable, this,
                                      &BodyLimitGuard::followQt);
    }

    static BodyLimitGuard *of(QObject *socket)
    {
        return socket
                   ? static_cast<BodyLimitGuard *>(socket->property(kProperty).value<QObject *>())
                   : nullptr;
    }

    // WebSocket frames are limited by QWebSocket, and an event stream may
    // stay open for hours: the guard is for HTTP requests only.
    void disarm() { m_armed = false; }

private:
    qint64 abortThreshold() const { return m_maxBodyBytes + HttpApi::kHeaderAllowanceBytes; }

    void followQt()
    {
        // Any encrypted connection has been handed to QHttpServer by now; one
        // still in its handshake has not, and must wait for its own signal.
        if (!m_socket->isEncrypted())
            return;
        disconnect(m_pendingConnection);
        connect(m_socket, &QIODevice::readyRead, this, &BodyLimitGuard::afterQtRead);
    }

    void beforeQtReads()
    {
        if (!m_armed)
            return;
        const qint64 available = m_socket->bytesAvailable();
        const qint64 arrived = std::max<qint64>(0, available - m_unreadAfterQt);
        if (m_refused) {
            // Nothing parses this connection any more: what arrives is
            // dropped (with what Qt's read transaction kept) until the
            // declared body is through, then the connection closes.
            if (m_socket->isTransactionStarted())
                m_socket->commitTransaction();
            m_socket->skip(available);
            m_unreadAfterQt = 0;
            m_drainRemaining -= arrived;
            if (m_drainRemaining < -HttpApi::kHeaderAllowanceBytes)
                m_socket->abort(); // more than it declared
            else if (m_drainRemaining <= 0)
                m_socket->disconnectFromHost();
            return;
        }
        m_received += arrived;
        if (m_received > abortThreshold()) {
            qCInfo(lcHttpApi) << "aborting a connection from" << m_socket->peerAddress()
                              << "that sent" << m_received << "bytes without an answer (body limit"
                              << m_maxBodyBytes << ")";
            m_socket->abort();
            return;
        }
        if (m_headComplete || arrived == 0)
            return;
        m_head += m_socket->peek(available).right(arrived);
        inspectHead();
    }

    void afterQtRead() { m_unreadAfterQt = m_socket->bytesAvailable(); }

    void responseWritten()
    {
        if (m_refused)
            return;
        m_received = 0;
        m_head.clear();
        m_headComplete = false;
    }

    // Answers 413 at once when the request head declares a body the
    // connection would be aborted for anyway.
    void inspectHead()
    {
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > HttpApi::kHeaderAllowanceBytes)
                m_headComplete = true; // Qt refuses oversized heads itself
            return;
        }
        m_headComplete = true;
        const QList<QByteArray> lines = m_head.left(end).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0 || line.left(colon).trimmed().toLower() != "content-length")
                continue;
            bool ok = false;
            const qint64 declared = line.mid(colon + 1).trimmed().toLongLong(&ok);
            if (ok && declared > abortThreshold())
                refuse(declared - (m_head.size() - end - 4));
            break;
        }
        m_head.clear();
    }

    // A client (e.g. QNetworkAccessManager) reads the answer only once it has
    // sent its body: a body of reasonable size is received and dropped (no
    // memory, just bandwidth) so that the client sees the 413; a larger one
    // gets the 413 and the connection is closed at once.
    void refuse(qint64 bodyStillExpected)
    {
        m_refused = true;
        m_drainRemaining =
            bodyStillExpected <= HttpApi::kMaxDrainedBodyBytes ? bodyStillExpected : 0;
        // QHttpServer must not parse (or answer) this request any more.
        disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, &BodyLimitGuard::beforeQtReads);
        const ApiResponse response =
            ApiError::payloadTooLarge(
                QStringLiteral("the request body exceeds the limit of %1 bytes")
                    .arg(m_maxBodyBytes))
                .toResponse();
        QByteArray wire = QByteArrayLiteral("HTTP/1.1 413 Payload Too Large\r\n");
        wire += "Content-Type: " + response.contentType() + "\r\n";
        wire += "Content-Length: " + QByteArray::number(response.body().size()) + "\r\n";
        wire += "Connection: close\r\n";
        for (const auto &[name, value] : ApiResponse::securityHeaders())
            wire += name + ": " + value + "\r\n";
        wire += "\r\n" + response.body();
        m_socket->write(wire);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        m_unreadAfterQt = 0;
        if (m_drainRemaining <= 0)
            m_socket->disconnectFromHost();
        // A peer that keeps the connection open must not keep the socket.
        QTimer::singleShot(10000, this, [socket = m_socket] { socket->abort(); });
    }

    QSslSocket *m_socket;
    qint64 m_maxBodyBytes;
    QMetaObject::Connection m_pendingConnection;
    qint64 m_received = 0;      // since the last response
    qint64 m_unreadAfterQt = 0; // what Qt left in the socket's buffer
    QByteArray m_head;          // the request head so far
    bool m_headComplete = false;
    bool m_refused = false;
    qint64 m_drainRemaining = 0; // body bytes still dropped after a 413
    bool m_armed = true;
};

} // namespace

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
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setLocalCertificate(certificate);
    m_sslConfiguration.setPrivateKey(key);
    m_sslConfiguration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tlsConfigured = !certificate.isNull() && !key.isNull();
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tlsConfigured) {
        m_errorString = QStringLiteral("no TLS certificate and key: icc-server serves HTTPS only");
        return 0;
    }
    // Our own QSslServer instead of QHttpServer::listen(): the body limit
    // needs each connection's socket before QHttpServer reads from it.
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(m_sslConfiguration);
    if (!server->listen(address, port)) {
        m_errorString = QStringLiteral("cannot listen on %1:%2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(server->errorString());
        return 0;
    }
    const quint16 bound = server->serverPort();
    QSslServer *bindable = server.release();
    m_server.bind(bindable); // parents it (and so its sockets) to m_server
    connect(bindable, &QSslServer::startedEncryptionHandshake, this,
            [this, bindable](QSslSocket *socket) {
                new BodyLimitGuard(socket, bindable, m_maxBodyBytes);
            });
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

std::optional<Caller> HttpApi::recheck(const QByteArray &authorization, const QHostAddress &peer,
                                       Permission permission)
{
    if (permission == Permission::Public)
        return Caller{};
    auto identity = identify(authorization, peer, permission);
    if (auto *caller = std::get_if<Caller>(&identity))
        return std::move(*caller);
    return std::nullopt;
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
        QSslSocket *transport = transportOf(*socket);
        if (BodyLimitGuard *guard = BodyLimitGuard::of(transport))
            guard->disarm();
        socket->setProperty(kTransportProperty, QVariant::fromValue<QObject *>(transport));
        route->handler(std::move(socket), std::get<Caller>(identity));
    }
}

} // namespace icc
