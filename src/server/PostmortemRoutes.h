#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// The facilitator's post-mortem analysis of an incident (PostmortemAnalysis):
//   GET /api/v1/incidents/<id>/postmortem (Permission::ReadAudit) -> the
//       analysis; revision 0 and empty lists before the first save; 404 unknown.
//   PUT /api/v1/incidents/<id>/postmortem (Permission::MarkOutcomes: commander,
//       facilitator) {"revision": the one the edit is based on, "failures",
//       "action_items"} -> 200 the saved analysis with the next revision.
//       404 unknown incident, 422 naming the exact field, 409 "conflict"
//       (field "revision", "current_revision") when someone saved meanwhile.
// A save is committed before it is answered, audited (postmortem.changed)
// and announced on the live stream ("postmortem.changed").
class PostmortemRoutes final
{
public:
    PostmortemRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
