#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// Proposed actions (Permission::ReadState):
//   GET /api/v1/proposals?state=&limit=N -> {"proposals": [newest first]}
//       state one of proposed | under_review | approved | rejected | executed
//       | halted | cancelled (absent: any); limit 1..1000 (default 100);
//       otherwise 400 naming the parameter.
//   GET /api/v1/proposals/<action_id> -> the proposal with its policy
//       decision, resolved step and match; 404 unknown.
class ProposalRoutes final
{
public:
    ProposalRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
