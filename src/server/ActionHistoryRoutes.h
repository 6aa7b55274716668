#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// What happened to earlier proposals of the same kind, for the review panel:
//   GET /api/v1/actions/history?action=TYPE&limit=N (Permission::ReadState)
//   -> {"action": TYPE, "history": [newest first: {"action_id", "incident_id",
//       "incident_title", "proposed_at", "state", "decision" (approve |
//       reject | modify | escalate | null: the last review decision on it),
//       "decided_by", "outcome_quality" (good | bad | null: the last
//       post-mortem mark), "runbook_id"}]}
//   422 naming "action" when it is missing; 400 naming "limit" outside 1..200
//   (default 20).
// Decisions and marks come from the audit log. While a review hides other
// reviewers' reasoning from the caller (ApprovalGate's view: tier 3, not
// final, not yet decided by the caller), another reviewer's decision on it
// is not shown either (decision and decided_by null): the history is no way
// around the rule.
class ActionHistoryRoutes final
{
public:
    ActionHistoryRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);

    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 200;
};

} // namespace icc
