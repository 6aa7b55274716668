#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// GET /healthz: liveness and readiness for load balancers and systemd, no
// credentials needed and nothing sensitive in it. 200 {"status": "ok", ...}
// while the store answers a query; 503 {"status": "degraded", "store":
// "failing", ...} when it does not.
class HealthRoutes final
{
public:
    HealthRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
