#include "MetricsRoutes.h"

#include "Clock.h"
#include "CommitBatcher.h"
#include "EventHub.h"
#include "HttpApi.h"
#include "IncidentService.h"
#include "PrometheusText.h"
#include "ServerContext.h"
#include "ServerStore.h"

#include <limits>

namespace icc {

namespace {

QByteArray scrape(ServerContext &context)
{
    PrometheusText text;
    const QStringList sources{QStringLiteral("alertmanager"), QStringLiteral("pagerduty"),
                              QStringLiteral("generic")};
    for (const QString &source : sources) {
        text.addCounter(QStringLiteral("icc_alerts_received_total"),
                        QStringLiteral("Alerts ingested (committed) since the server started."),
                        double(context.ingestMetrics.alertsBySource.value(source)),
                        {{QStringLiteral("source"), source}});
    }
    text.addCounter(QStringLiteral("icc_ingest_requests_rejected_total"),
                    QStringLiteral("Ingest requests refused since the server started."),
                    double(context.ingestMetrics.rejectedRequests),
                    {{QStringLiteral("reason"), QStringLiteral("payload")}});
    text.addCounter(QStringLiteral("icc_ingest_requests_rejected_total"),
                    QStringLiteral("Ingest requests refused since the server started."),
                    double(context.ingestMetrics.throttledRequests),
                    {{QStringLiteral("reason"), QStringLiteral("rate_limited")}});
    text.addGauge(QStringLiteral("icc_alerts_stored"),
                  QStringLiteral("Alert rows in the store (deduplicated)."),
                  double(context.store.alertCount()));

    const int unlimited = std::numeric_limits<int>::max();
    text.addGauge(QStringLiteral("icc_incidents_open"), QStringLiteral("Open incidents."),
                  double(context.store.incidents(QStringLiteral("open"), unlimited).size()));

    QMap<QString, int> reviewsByState{{QStringLiteral("pending"), 0}, {QStringLiteral("held"), 0}};
    for (const QJsonObject &review : context.store.reviews(true))
        reviewsByState[review.value(QStringLiteral("state")).toString()] += 1;
    for (auto it = reviewsByState.cbegin(); it != reviewsByState.cend(); ++it) {
        text.addGauge(QStringLiteral("icc_reviews_open"),
                      QStringLiteral("Reviews waiting for a human, by state."), it.value(),
                      {{QStringLiteral("state"), it.key()}});
    }

    text.addGauge(QStringLiteral("icc_events_last_sequence"),
                  QStringLiteral("Sequence number of the last state-change event."),
                  double(context.store.lastEventSequence()));
    text.addGauge(QStringLiteral("icc_websocket_clients"),
                  QStringLiteral("Connected WebSocket event clients."),
                  context.events.clientCount());

    const CommitBatcher::Stats &commits = context.commits.stats();
    text.addCounter(QStringLiteral("icc_commit_batches_total"),
                    QStringLiteral("Committed group-commit batches."), double(commits.batches));
    text.addCounter(QStringLiteral("icc_commit_writes_total"),
                    QStringLiteral("Writes committed in batches."), double(commits.writes));
    text.addCounter(QStringLiteral("icc_commit_failed_batches_total"),
                    QStringLiteral("Batches rolled back (storage failure); answered 503."),
                    double(commits.failedBatches));
    text.addGauge(QStringLiteral("icc_commit_largest_batch"),
                  QStringLiteral("Most writes committed together."), commits.largestBatch);
    text.addGauge(QStringLiteral("icc_commit_last_latency_seconds"),
                  QStringLiteral("Duration of the last commit."),
                  double(commits.lastCommitMicroseconds) / 1e6);

    const ExecutionGuard &guard = context.service.guard();
    text.addGauge(QStringLiteral("icc_kill_switch_engaged"),
                  QStringLiteral("1 while the kill switch stops every action."),
                  guard.killSwitchEngaged() ? 1 : 0);
    const auto halted = guard.haltedActionTypes();
    text.addGauge(QStringLiteral("icc_halted_action_types"),
                  QStringLiteral("Action types halted by a commander."), double(halted.size()));
    for (auto it = halted.cbegin(); it != halted.cend(); ++it) {
        text.addGauge(QStringLiteral("icc_action_type_halted"),
                      QStringLiteral("1 for each halted action type."), 1,
                      {{QStringLiteral("action_type"), it.key()}});
    }

    text.addGauge(QStringLiteral("icc_uptime_seconds"),
                  QStringLiteral("Seconds since the server started."),
                  double(context.startedAt.secsTo(context.clock.now())));
    text.addGauge(QStringLiteral("icc_build_info"), QStringLiteral("Version and mode; always 1."),
                  1,
                  {{QStringLiteral("version"), context.version},
                   {QStringLiteral("mode"),
                    context.live ? QStringLiteral("live") : QStringLiteral("dry-run")}});
    return text.toBytes();
}

} // namespace

void MetricsRoutes::registerOn(HttpApi &api, ServerContext &context)
{
    api.addRoute(HttpApi::Get, QStringLiteral("/metrics"), Permission::ScrapeMetrics,
                 [&context](RequestContext &) -> Reply {
                     return ApiResponse::raw(PrometheusText::contentType(), scrape(context));
                 });
}

} // namespace icc
