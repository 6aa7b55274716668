-- wrk script for the ingest benchmark (tools/bench ingest). Every request
-- posts one alert in the form Prometheus sends to Alertmanager's
-- POST /api/v2/alerts; icc-server accepts the very same bytes on
-- POST /api/v1/alerts. Each alert has its own instance label, so neither
-- side can answer from a deduplicated copy.
--
-- Environment: ICC_BENCH_TOKEN (sent as a Bearer credential when set).

local next_thread = 0

function setup(thread)
    thread:set("thread_index", next_thread)
    next_thread = next_thread + 1
end

function init(args)
    counter = 0
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    local token = os.getenv("ICC_BENCH_TOKEN")
    if token ~= nil and token ~= "" then
        wrk.headers["Authorization"] = "Bearer " .. token
    end
end

function request()
    counter = counter + 1
    local instance = string.format("node-%d-%d", thread_index, counter)
    local body = string.format(
        '[{"labels":{"alertname":"HighCPU","service":"checkout-api","instance":"%s",' ..
        '"severity":"warning"},"annotations":{"summary":"CPU usage at 97%% on %s"},' ..
        '"startsAt":"2026-11-21T03:00:00Z"}]', instance, instance)
    return wrk.format(nil, nil, nil, body)
end

-- One JSON line the bench driver parses: throughput, latency percentiles in
-- microseconds, and every non-2xx answer or socket error.
function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        '{"requests":%d,"duration_us":%d,"requests_per_second":%.1f,' ..
        '"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,' ..
        '"non_2xx":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d}\n',
        summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
        errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
