#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// Registers every route of /api/v1 (and /healthz, /metrics) on the API. Each
// resource has its own class with a static registerOn(HttpApi &, ServerContext &);
// this is the one list of them.
void registerApiRoutes(HttpApi &api, ServerContext &context);

} // namespace icc
