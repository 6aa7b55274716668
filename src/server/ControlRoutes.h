#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// The commander's stops and advance approvals:
//   GET    /api/v1/controls                       kill switch and halted action types
//   POST   /api/v1/controls/kill-switch           {"engaged": bool, "reason"}
//   POST   /api/v1/controls/halts                 {"action_type", "reason"}
//   DELETE /api/v1/controls/halts/<action_type>   ?reason=
//   GET    /api/v1/class-approvals                all grants, active or not
//   POST   /api/v1/class-approvals                {"action", "scope", "duration_minutes",
//   "description"} DELETE /api/v1/class-approvals/<id>           revoke
// A stop holds every in-flight review it covers (the service's rule); a
// class approval only ever carries tier-1 reviews (the gate's rule).
class ControlRoutes final
{
public:
    ControlRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);

    // The longest class approval a commander may grant in one go: PRODUCT.md's
    // example is "this incident, 2 h"; a day bounds a forgotten grant.
    static constexpr int kMaxClassApprovalMinutes = 24 * 60;
};

} // namespace icc
