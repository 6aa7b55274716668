#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// GET /healthz: liveness and readiness for load balancers and systemd, no
// credentials needed and nothing sensitive in it.
class HealthRoutes final
{
public:
    HealthRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
