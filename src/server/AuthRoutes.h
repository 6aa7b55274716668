#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// Sessions:
//   POST /api/v1/auth/login  (public) {"username","password"}
//        -> 200 {"token","expires_at","user":{"name","role"}}; 422 naming a
//        missing field, 401 bad credentials (one answer for unknown name,
//        wrong password, disabled user), 429 + Retry-After when the name is
//        locked out. A login writes a session: it goes through the group commit.
//   POST /api/v1/auth/logout (any user: ReadState) -> 204; the token is dead.
//   GET  /api/v1/auth/me     (any user: ReadState) -> {"name","role","expires_at"}
class AuthRoutes final
{
public:
    AuthRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
