#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// Matching without ingesting, for the desktop's matcher view:
//   POST /api/v1/runbooks/match (Permission::ReadState) with exactly one of
//     {"text": "..."}     pasted text, matched as a firing alert's summary
//     {"alert_id": N}     a stored alert as it was last received
//     {"alert": {...}}    one alert in any format the ingest endpoint takes
//   -> {"candidates": [{"runbook_id", "title", "confidence", "risk",
//        "explanation": {terms, concepts, labels, conditions_met,
//        conditions_failed} for the best candidate, null for the others}],
//       "matched_runbook": id or null, "ambiguous", "informational",
//       "observations": [sentences: why this runbook, or why none]}
//   400 for a body that is not a JSON object, 422 naming the field (none or
//   more than one of the three, wrong type, an alert that does not parse),
//   404 for an unknown alert_id.
// It runs the pipeline's own matcher over the current library; nothing is
// stored or audited (a read).
class RunbookMatchRoutes final
{
public:
    RunbookMatchRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
