#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// The post-mortem facilitator's view of the audit log:
//   GET  /api/v1/audit?from=SEQ&to=SEQ&incident=ID&limit=N   entries with their hashes
//   GET  /api/v1/audit/verify                                the whole chain checked
//   GET  /api/v1/actions/<actionId>/chain                    the three layers of one action
//   GET  /api/v1/incidents/<id>/record                       draft incident record + Markdown
//   POST /api/v1/incidents/<id>/record                       the same with the facilitator's
//                                                            marks, factors and action items
//   POST /api/v1/actions/<actionId>/outcome                  {"quality": good|bad, "note"}
// Everything is read from the audit log alone, so what the post-mortem shows
// is what was recorded at the time, hash-chained.
//
// One exception: while a review hides other reviewers' reasoning (tier 3, not
// final, the caller has not decided it in the current round - the rule of
// ApprovalGate's review view), the `reason` and `parameters` of other
// reviewers' review.decided entries are left out of all three reads, so the
// audit is no way around the rule. Such an entry carries "redacted": true in
// GET /api/v1/audit; its hash no longer matches what a client could compute
// from it (GET /api/v1/audit/verify checks the stored, complete log).
class AuditRoutes final
{
public:
    AuditRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);

    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;
};

} // namespace icc
