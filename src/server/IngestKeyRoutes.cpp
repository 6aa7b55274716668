#include "IngestKeyRoutes.h"

#include "AuthService.h"
#include "Clock.h"
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

std::optional<IngestKeyRecord> keyNamed(const ServerStore &store, const QString &name)
{
    for (const IngestKeyRecord &key : store.ingestKeys()) {
        if (key.name == name)
            return key;
    }
    return std::nullopt;
}

} // namespace

void IngestKeyRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/api/v1/ingest-keys"), Permission::ManageUsers,
                 [&context](RequestContext &) -> Reply {
                     QJsonArray keys;
                     for (const IngestKeyRecord &key : context.store.ingestKeys())
                         keys.append(RecordJson::ingestKey(key));
                     return QJsonObject{{QStringLiteral("ingest_keys"), keys}};
                 });

    api.addRoute(
        HttpApi::Post, QStringLiteral("/api/v1/ingest-keys"), Permission::ManageUsers,
        [&context](RequestContext &request) -> Reply {
            const ApiResult<QJsonObject> body = request.jsonObject();
            if (!body)
                return body.error();
            JsonFields fields(*body);
            const QString name = fields.requiredString(QStringLiteral("name")).trimmed();
            if (!fields.ok())
                return *fields.error();
            return context.commits.write(request, [&context, name]() -> Reply {
                // Checked here, inside the batch: a duplicate would otherwise be
                // a store failure and cost the whole batch its commit.
                if (keyNamed(context.store, name))
                    return ApiError::conflict(
                        QStringLiteral("an ingest key named %1 exists").arg(name),
                        QStringLiteral("name"));
                QString error;
                const std::optional<QString> secret = context.auth.addIngestKey(name, &error);
                if (!secret)
                    return ApiError::internal(error);
                return ApiResponse::json(QJsonObject{{QStringLiteral("name"), name},
                                                     {QStringLiteral("key"), *secret},
                                                     {QStringLiteral("created_at"),
                                                      RecordJson::timestamp(context.clock.now())}},
                                         201);
            });
        });

    api.addRoute(
        HttpApi::Delete, QStringLiteral("/api/v1/ingest-keys/<arg>"), Permission::ManageUsers,
        [&context](RequestContext &request, const QString &name) -> Reply {
            return context.commits.write(request, [&context, name]() -> Reply {
                std::optional<IngestKeyRecord> key = keyNamed(context.store, name);
                if (!key)
                    return ApiError::notFound(QStringLiteral("no ingest key named %1").arg(name));
                if (key->revokedAt.isValid())
                    return ApiError::conflict(
                        QStringLiteral("ingest key %1 is already revoked").arg(name));
                const QDateTime now = context.clock.now().toUTC();
                QString error;
                if (!context.store.revokeIngestKey(name, now, &error))
                    return ApiError::internal(error);
                key->revokedAt = now;
                return RecordJson::ingestKey(*key);
            });
        });
}

} // namespace icc
