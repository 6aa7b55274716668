#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// Keys for alert sources (Permission::ManageUsers). Only a key's hash is
// stored; the key itself is shown once, in the answer that creates it.
//   GET    /api/v1/ingest-keys -> {"ingest_keys": [{"name","created_at","revoked","revoked_at"}]}
//   POST   /api/v1/ingest-keys {"name"} -> 201 {"name","key","created_at"};
//          422 no name, 409 the name exists (revoked names stay taken)
//   DELETE /api/v1/ingest-keys/<name> -> 200 the key's listing entry, now
//          revoked; 404 unknown, 409 already revoked
class IngestKeyRoutes final
{
public:
    IngestKeyRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
