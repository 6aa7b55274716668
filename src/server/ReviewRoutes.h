#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// The reviewer's side of the approval gate, and pages:
//   GET  /api/v1/reviews                     open reviews as the caller may see them
//   GET  /api/v1/reviews/<id>                one review, without recording an open
//   POST /api/v1/reviews/<id>/open           records the caller's open (starts their dwell)
//   POST /api/v1/reviews/<id>/decide         approve | reject | modify | escalate
//   POST /api/v1/reviews/<id>/abort          stops a pre-approved action
//   GET  /api/v1/pages                       pages sent along the roster
//   POST /api/v1/pages/<id>/acknowledge      "I'm on it"
// Every rule (proposer, dwell, phrase, rollback, reason, stale context, stops)
// is the gate's; these routes translate HTTP and name the reviewer as the
// authenticated caller, never anyone named in the body.
class ReviewRoutes final
{
public:
    ReviewRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
