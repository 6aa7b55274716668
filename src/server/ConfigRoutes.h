#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// The documents that steer the pipeline, each versioned or validated by the
// service before it takes effect:
//   GET  /api/v1/roster                                  latest version: yaml, parsed, version
//   PUT  /api/v1/roster                                  {"yaml"} -> a new version (422 file:line)
//   GET  /api/v1/roster/on-call?at=ISO                   who is on call, per rotation and level
//   POST /api/v1/roster/escalation-test                  pages every level of the chain
//   GET  /api/v1/roster/escalation-tests/<id>            its report so far
//   POST /api/v1/roster/escalation-tests/<id>/acknowledge {"level"} the caller's "I'm on it"
//   GET  /api/v1/policy                                  the active version
//   GET  /api/v1/policy/versions[/<version>]             every version / one
//   POST /api/v1/policy                                  {"yaml"} -> new active version
//   GET  /api/v1/runbooks[/<id>]                         summaries / one with its markdown
//   PUT  /api/v1/runbooks/<id>                           {"markdown"} create or replace
//   DELETE /api/v1/runbooks/<id>
class ConfigRoutes final
{
public:
    ConfigRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
