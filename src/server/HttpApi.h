#pragma once

#include "ApiError.h"
#include "Caller.h"
#include "Reply.h"
#include "RequestContext.h"
#include "Role.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <functional>
#include <memory>
#include <tuple>
#include <type_traits>
#include <variant>
#include <vector>

class QSslSocket;
class QWebSocket;

namespace icc {

class PermissionChecker;
class RequestAuthenticator;

namespace detail {
// The path-argument types of a handler `Reply (RequestContext &, Args...)`,
// deduced at compile time from a lambda or a member function.
template<typename T> struct RouteHandlerTraits : RouteHandlerTraits<decltype(&T::operator())>
{};
template<typename C, typename R, typename... Args>
struct RouteHandlerTraits<R (C::*)(RequestContext &, Args...) const>
{
    using PathArguments = std::tuple<std::decay_t<Args>...>;
};
template<typename C, typename R, typename... Args>
struct RouteHandlerTraits<R (C::*)(RequestContext &, Args...)>
{
    using PathArguments = std::tuple<std::decay_t<Args>...>;
};
} // namespace detail

// The HTTPS API of icc-server on QHttpServer (Qt 6.4): TLS always, a typed
// route table and the rules every route shares, applied before any handler:
//   404 (JSON) for an unknown path, 405 + Allow for a known path with another
//   method, 413 for a body over the limit, 401 without a valid bearer
//   credential, 403 when the caller's role lacks the route's permission,
//   the security headers on every response (ApiResponse::writeTo).
//
// A route:
//   api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/reviews/<arg>/decide"),
//                Permission::DecideReviews,
//                [&](RequestContext &context, const QString &reviewId) -> Reply { ... });
//   api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/alerts"), Permission::ReadState,
//                &alerts, &AlertsResource::list); // Reply list(RequestContext &)
// Each <arg> becomes the next handler parameter, converted by Qt's router
// (QString, QByteArray, integers, double); a segment that does not convert is
// a 404. To answer later: `DeferredReply reply = context.defer();`, hand the
// reply on (e.g. to the group commit), `return Reply::deferred();`.
//
// WebSocket upgrades on the same port go to addWebSocketRoute(); the upgrade
// is authenticated the same way and refused with close code 1008.
class HttpApi final : public QObject
{
    Q_OBJECT

public:
    using Methods = QHttpServerRequest::Methods;
    static constexpr QHttpServerRequest::Method Get = QHttpServerRequest::Method::Get;
    static constexpr QHttpServerRequest::Method Post = QHttpServerRequest::Method::Post;
    static constexpr QHttpServerRequest::Method Put = QHttpServerRequest::Method::Put;
    static constexpr QHttpServerRequest::Method Patch = QHttpServerRequest::Method::Patch;
    static constexpr QHttpServerRequest::Method Delete = QHttpServerRequest::Method::Delete;

    static constexpr qint64 kDefaultMaxBodyBytes = 1024 * 1024;
    // What a request may add to its body (request line and headers) before
    // the connection is aborted: a client that sends more than
    // maxBodyBytes() + this without getting an answer is cut off while it
    // sends, so no request body is ever buffered beyond that.
    static constexpr qint64 kHeaderAllowanceBytes = 64 * 1024;
    // A declared body over the limit but at most this big is received and
    // dropped after the 413 (clients read the answer after sending); a
    // bigger one is cut off right after the 413.
    static constexpr qint64 kMaxDrainedBodyBytes = 16 * 1024 * 1024;

    // Both must outlive the HttpApi.
    HttpApi(RequestAuthenticator &authenticator, const PermissionChecker &permissions,
            QObject *parent = nullptr);
    ~HttpApi() override;

    // Requests whose body (Content-Length, or the received body) exceeds this
    // get 413 before any parsing; one declaring more than this plus
    // kHeaderAllowanceBytes gets 413 and a close as soon as its headers are
    // in; a connection that sends more than that without an answer (e.g. a
    // chunked body) is aborted. Set before listen().
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // The certificate and key; required before listen().
    void setTls(const QSslCertificate &certificate, const QSslKey &key);

    // Listens with TLS. Port 0 picks a free port. Returns the bound port, or 0
    // with errorString() set (no TLS configured, address in use, ...).
    quint16 listen(const QHostAddress &address, quint16 port);
    QString errorString() const { return m_errorString; }

    template<typename Handler>
    void addRoute(Methods methods, const QString &pathPattern, Permission permission,
                  Handler handler)
    {
        using Arguments = typename detail::RouteHandlerTraits<Handler>::PathArguments;
        addRouteWithArguments(methods, pathPattern, permission, std::move(handler), Arguments{});
    }

    template<typename Object, typename... Args>
    void addRoute(Methods methods, const QString &pathPattern, Permission permission,
                  Object *object, Reply (Object::*member)(RequestContext &, Args...))
    {
        addRouteWithArguments(
            methods, pathPattern, permission,
            [object, member](RequestContext &context, Args... args) {
                return (object->*member)(context, std::forward<Args>(args)...);
            },
            std::tuple<std::decay_t<Args>...>{});
    }

    // The socket is open and its caller was allowed `permission`; the handler
    // owns it from now on.
    using WebSocketHandler =
        std::function<void(std::unique_ptr<QWebSocket> socket, const Caller &caller)>;
    void addWebSocketRoute(const QString &path, Permission permission, WebSocketHandler handler);

    // Checks a credential again, for what outlives one request (a WebSocket
    // stream): the caller, or nullopt when the Authorization header value no
    // longer authenticates (logged out, expired, disabled) or its caller now
    // lacks `permission`.
    std::optional<Caller> recheck(const QByteArray &authorization, const QHostAddress &peer,
                                  Permission permission);

    // The Allow header value for methods, e.g. "GET, POST".
    static QByteArray allowHeader(Methods methods);

    // One registered route as the access check sees it: the endpoint x role
    // matrix test walks these, so a route added later is covered without
    // being listed anywhere else.
    struct RouteDescription
    {
        Methods methods;
        QString pathPattern; // with <arg> for each path argument
        Permission permission;
        bool webSocket = false; // checked on the upgrade (close code 1008), not with a status
    };
    std::vector<RouteDescription> routeTable() const;

    // A QObject* property on sockets given to WebSocket handlers: the TLS
    // transport (QSslSocket), whose encryptedBytesToWrite() is the only
    // measure of what a slow peer has not taken yet (see acceptWebSockets).
    static constexpr const char *kTransportProperty = "icc_transport";

private:
    struct Route
    {
        Methods methods;
        QString pathPattern;
        QRegularExpression anyArgument; // the pattern with every <arg> as [^/]+
        Permission permission;
    };
    struct WebSocketRoute
    {
        QString path;
        Permission permission;
        WebSocketHandler handler;
    };
    using Invoker = std::function<Reply(RequestContext &)>;

    template<typename Handler, typename... Args>
    void addRouteWithArguments(Methods methods, const QString &pathPattern, Permission permission,
                               Handler handler, std::tuple<Args...>)
    {
        const std::size_t routeIndex = registerRoute(methods, pathPattern, permission);
        // Qt's router converts each <arg> to the matching Args type and hands
        // over the request and the responder; answering through the responder
        // is what makes deferred answers possible.
        m_server.route(pathPattern, methods,
                       [this, routeIndex, handler](Args... args, const QHttpServerRequest &request,
                                                   QHttpServerResponder &&responder) {
                           dispatch(routeIndex, request, std::move(responder),
                                    [&](RequestContext &context) -> Reply {
                                        return handler(context, std::move(args)...);
                                    });
                       });
    }

    std::size_t registerRoute(Methods methods, const QString &pathPattern, Permission permission);
    void dispatch(std::size_t routeIndex, const QHttpServerRequest &request,
                  QHttpServerResponder &&responder, const Invoker &invoke);
    void answerUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    std::variant<Caller, ApiError> identify(const QByteArray &authorization,
                                            const QHostAddress &peer, Permission permission);
    std::optional<ApiError> checkBodySize(const QHttpServerRequest &request) const;
    void acceptWebSockets();
    QSslSocket *transportOf(const QWebSocket &socket) const;
    void refuseWebSocket(std::unique_ptr<QWebSocket> socket, const QString &reason);

    RequestAuthenticator &m_authenticator;
    const PermissionChecker &m_permissions;
    QHttpServer m_server;
    std::vector<Route> m_routes;
    std::vector<WebSocketRoute> m_webSocketRoutes;
    qint64 m_maxBodyBytes = kDefaultMaxBodyBytes;
    QSslConfiguration m_sslConfiguration;
    bool m_tlsConfigured = false;
    QString m_errorString;
};

} // namespace icc
