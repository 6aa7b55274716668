#include "AuthRoutes.h"

#include "AccessPolicy.h"
#include "AuthService.h"
#include "CommitBatcher.h"
#include "HttpApi.h"
#include "JsonFields.h"
#include "RecordJson.h"
#include "ServerContext.h"
#include "ServerStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace icc {

namespace {

// What the user's role may do, named as in README's API table.
QJsonArray permissionsOf(const Caller &caller)
{
    return QJsonArray::fromStringList(AccessPolicy::grantedNames(caller));
}

Caller userCaller(const UserRecord &user)
{
    Caller caller;
    caller.kind = Caller::Kind::User;
    caller.id = user.id;
    caller.name = user.name;
    caller.role = roleFromString(user.role); // a damaged role grants nothing
    return caller;
}

Reply loginReply(const AuthService::LoginResult &result)
{
    switch (result.error) {
    case AuthService::LoginError::None:
        return QJsonObject{
            {QStringLiteral("token"), result.token},
            {QStringLiteral("expires_at"), RecordJson::timestamp(result.expiresAt)},
            {QStringLiteral("user"),
             QJsonObject{{QStringLiteral("name"), result.user.name},
                         {QStringLiteral("role"), result.user.role},
                         {QStringLiteral("permissions"), permissionsOf(userCaller(result.user))}}}};
    case AuthService::LoginError::BadRequest:
        return ApiError::unprocessable(result.message,
                                       result.message.startsWith(QLatin1String("username"))
                                           ? QStringLiteral("username")
                                           : QStringLiteral("password"));
    case AuthService::LoginError::InvalidCredentials:
        return ApiError::unauthorized(result.message);
    case AuthService::LoginError::TooManyAttempts:
        return ApiError::tooManyRequests(result.message, result.retryAfterSeconds);
    case AuthService::LoginError::Internal:
        break;
    }
    return ApiError::internal(result.message);
}

} // namespace

void AuthRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/auth/login"), Permission::Public,
                 [&context](RequestContext &request) -> Reply {
                     const ApiResult<QJsonObject> body = request.jsonObject();
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     const QString username = fields.requiredString(QStringLiteral("username"));
                     const QString password = fields.requiredString(QStringLiteral("password"));
                     if (!fields.ok())
                         return *fields.error();
                     return context.commits.write(request, [&context, username, password] {
                         return loginReply(context.auth.login(username, password));
                     });
                 });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/auth/logout"), Permission::ReadState,
                 [&context](RequestContext &request) -> Reply {
                     const Caller caller = request.caller();
                     return context.commits.write(request, [&context, caller]() -> Reply {
                         QString error;
                         if (!context.auth.logout(caller, &error))
                             return ApiError::internal(error);
                         return ApiResponse::noContent();
                     });
                 });

    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/auth/me"), Permission::ReadState,
                 [&context](RequestContext &request) -> Reply {
                     const Caller &caller = request.caller();
                     QDateTime expiresAt;
                     if (const auto session = context.store.sessionByTokenHash(caller.tokenHash))
                         expiresAt = session->expiresAt;
                     return QJsonObject{
                         {QStringLiteral("name"), caller.name},
                         {QStringLiteral("role"), caller.role ? toString(*caller.role) : QString()},
                         {QStringLiteral("expires_at"), RecordJson::timestamp(expiresAt)},
                         {QStringLiteral("permissions"), permissionsOf(caller)}};
                 });
}

} // namespace icc
