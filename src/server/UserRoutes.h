#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// User accounts (Permission::ManageUsers). No response ever carries a hash.
//   GET  /api/v1/users -> {"users": [{"name","role","created_at","disabled"}]}
//   POST /api/v1/users {"name","role","password"} -> 201 the user; 422 naming
//        the field (missing, unknown role, password under 12 characters), 409
//        when the name exists.
//   POST /api/v1/users/<name>/disable -> 200 the user (idempotent); 404
//        unknown name; 409 for one's own account (an admin cannot lock
//        themselves out). Every session of a disabled user dies at once.
class UserRoutes final
{
public:
    UserRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
