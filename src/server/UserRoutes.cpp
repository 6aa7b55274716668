#include "UserRoutes.h"

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

// AuthService::addUser reports input problems as "<field>: <problem>"; a
// store failure has no such prefix and must stay a 5xx (the batch rolls back).
Reply addUserRefusal(const QString &error)
{
    static const QStringList inputFields{QStringLiteral("name"), QStringLiteral("role"),
                                         QStringLiteral("password")};
    const QString field = error.section(QLatin1Char(':'), 0, 0);
    if (!inputFields.contains(field) || error == QLatin1String("password: hashing failed"))
        return ApiError::internal(error);
    if (field == QLatin1String("name") && error.endsWith(QLatin1String("already exists")))
        return ApiError::conflict(error, field);
    return ApiError::unprocessable(error, field);
}

} // namespace

void UserRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/users"), Permission::ManageUsers,
                 [&context](RequestContext &) -> Reply {
                     QJsonArray users;
                     for (const UserRecord &user : context.store.users())
                         users.append(RecordJson::user(user));
                     return QJsonObject{{QStringLiteral("users"), users}};
                 });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/users"), Permission::ManageUsers,
                 [&context](RequestContext &request) -> Reply {
                     const ApiResult<QJsonObject> body = request.jsonObject();
                     if (!body)
                         return body.error();
                     JsonFields fields(*body);
                     const QString name = fields.requiredString(QStringLiteral("name"));
                     const QString role = fields.requiredString(QStringLiteral("role"));
                     const QString password = fields.requiredString(QStringLiteral("password"));
                     if (!fields.ok())
                         return *fields.error();
                     return context.commits.write(
                         request, [&context, name, role, password]() -> Reply {
                             QString error;
                             const std::optional<UserRecord> user =
                                 context.auth.addUser(name, role, password, &error);
                             if (!user)
                                 return addUserRefusal(error);
                             return ApiResponse::json(RecordJson::user(*user), 201);
                         });
                 });

    api.addRoute(HttpApi::Post, QStringLiteral("/api/v1/users/<arg>/disable"),
                 Permission::ManageUsers,
                 [&context](RequestContext &request, const QString &rawName) -> Reply {
                     const QString name = AuthService::normaliseUserName(rawName);
                     if (name == request.caller().name)
                         return ApiError::conflict(QStringLiteral(
                             "you cannot disable your own account; ask another admin"));
                     return context.commits.write(request, [&context, name]() -> Reply {
                         std::optional<UserRecord> user = context.store.userByName(name);
                         if (!user)
                             return ApiError::notFound(QStringLiteral("no user %1").arg(name));
                         if (!user->disabled) {
                             user->disabled = true;
                             QString error;
                             if (!context.store.updateUser(*user, &error))
                                 return ApiError::internal(error);
                         }
                         return RecordJson::user(*user);
                     });
                 });
}

} // namespace icc
