#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// Alert ingest (Permission::IngestAlerts: ingest keys, and admins for manual
// tests) and the alert list (Permission::ReadState).
//
//   POST /api/v1/alerts/alertmanager  Alertmanager webhook, version "4"
//   POST /api/v1/alerts/pagerduty     PagerDuty Events API v2 event
//   POST /api/v1/alerts               generic: an object or an array of
//        objects, each auto-detected (generic alert, Prometheus postable
//        alert as sent to Alertmanager's /api/v2/alerts, PagerDuty event,
//        Alertmanager webhook); a postable alert whose endsAt has passed is
//        a resolve.
//   -> 202 {"accepted": n, "alerts": [{"alert_id","fingerprint","incident_id",
//        "disposition","actions"}]}, sent only after the ingest committed.
//
// A batch is all or nothing: if any item does not parse, the answer is 422
// {"error","detail","field","errors": [{"index","field","message"}]} and
// NOTHING of the request is ingested, so a sender never has to work out
// which half of its batch was kept; it fixes and resends the whole. (Nothing
// accepted is ever lost: nothing was accepted.) An empty batch is 422 too.
// Not JSON: 400; not application/json: 415; over the body limit: 413.
// Each ingest key (or user) has a token bucket (ServerContext::ingestRateLimit);
// beyond it 429 with Retry-After, before the body is read.
//
//   GET /api/v1/alerts?limit=N&before=ID -> {"alerts": [newest first],
//       "next_before": id to pass as `before` for the next page, or null}
//       limit 1..1000 (default 100), before >= 1; otherwise 400 naming it.
//   GET /api/v1/alerts/<id> -> the alert with annotations and the whole
//       normalised alert; 404 unknown.
class AlertRoutes final
{
public:
    AlertRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
