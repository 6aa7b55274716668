#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// Incidents (Permission::ReadState unless noted):
//   GET  /api/v1/incidents?status=open|resolved&limit=N -> {"incidents": [newest first]}
//        limit 1..1000 (default 100); another status -> 400 naming it.
//   GET  /api/v1/incidents/<id> -> the incident (context_revision,
//        policy_version, roster_version pinned at opening) with "alerts",
//        "proposals" and "open_review_ids"; 404 unknown.
//   POST /api/v1/incidents/<id>/repin (Permission::ManageIncidents: the
//        commander) -> 200 the incident moved to the active policy and latest
//        roster (its context revision bumped: reviewers must look again);
//        404 unknown, 409 not open.
class IncidentRoutes final
{
public:
    IncidentRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
