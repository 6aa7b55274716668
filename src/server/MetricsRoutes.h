#pragma once

namespace icc {

class HttpApi;
struct ServerContext;

// GET /metrics (Permission::ScrapeMetrics: ingest keys - the machine
// credential Prometheus sends with `authorization: credentials:` - and
// commander, facilitator, admin): the Prometheus text format, version 0.0.4.
//   icc_alerts_received_total{source}           alerts ingested since start
//   icc_ingest_requests_rejected_total{reason}  payload | rate_limited
//   icc_alerts_stored                           alert rows in the store
//   icc_incidents_open
//   icc_reviews_open{state}                     pending | held
//   icc_events_last_sequence                    of the WebSocket feed
//   icc_websocket_clients
//   icc_commit_batches_total, icc_commit_writes_total,
//   icc_commit_failed_batches_total, icc_commit_largest_batch,
//   icc_commit_last_latency_seconds             group commit (CommitBatcher)
//   icc_kill_switch_engaged                     0 | 1
//   icc_halted_action_types, icc_action_type_halted{action_type}
//   icc_uptime_seconds, icc_build_info{version,mode}
class MetricsRoutes final
{
public:
    MetricsRoutes() = delete;
    static void registerOn(HttpApi &api, ServerContext &context);
};

} // namespace icc
