#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// GET /api/v1/metrics/oversight?from=ISO&to=ISO: the oversight metrics of
// PRODUCT.md (time to decision, rejection / modification / override rates,
// queue depth, escalation effectiveness, decision quality, MTTA / MTTR and the
// HITL-theater check) over [from, to), computed from the audit log. Default
// window: the last 7 days.
class OversightRoutes final
{
public:
    OversightRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);

    static constexpr int kDefaultWindowDays = 7;
};

} // namespace icc
