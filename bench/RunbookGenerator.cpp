#include "RunbookGenerator.h"

#include <QStringList>

#include <array>
#include <random>
#include <vector>

namespace icc {

namespace {

using Words = std::vector<const char *>;

// One kind of problem a runbook covers. Templates use placeholders:
// {svc} service, {comp} component, {ns} namespace, {env}, {region},
// {n} threshold, {v} a reading (above the threshold in runbook examples,
// above or below it in queries).
struct ProblemKind
{
    const char *key;
    const char *alertName;
    Words titles;
    Words conditions; // numeric conditions, each with {n}
    Words symptoms;   // plain symptom phrasing
    Words examples;   // alert texts with a reading {v}
    Words variants;   // query wordings with vocabulary the runbooks do not use verbatim
    Words components;
    Words tags;
    Words actions;
    const char *metric; // Alert::values key for numeric queries
    std::array<int, 4> thresholds;
};

const std::vector<ProblemKind> &problemKinds()
{
    static const std::vector<ProblemKind> kinds = {
        {"cpu-high",
         "HighCPU",
         {"High CPU usage on {svc}", "{svc} CPU saturation", "CPU throttling on {svc} containers"},
         {"CPU usage above {n}%", "CPU throttling above {n}% of periods",
          "container CPU utilisation greater than {n}%"},
         {"Request latency rising together with CPU saturation on {svc}",
          "Load average above the core count on {svc} nodes", "Runaway process pinning a core"},
         {"HighCPU firing: {svc} CPU usage {v}% for 10m in namespace {ns}",
          "CPUThrottlingHigh: {v}% throttling of CPU in namespace {ns} for container {svc}"},
         {"{svc} processor pegged at {v}% on all pods",
          "cores maxed out on {svc}, load avg climbing, requests queueing"},
         {"kubernetes", "jvm", "node"},
         {"cpu", "performance", "saturation"},
         {"identify_process", "check_recent_changes", "scale_out", "restart_service"},
         "cpu_percent",
         {80, 85, 90, 95}},
        {"memory-oom",
         "OOMKilled",
         {"Memory leak and OOM kills in {svc}", "{svc} out of memory", "Heap growth on {svc}"},
         {"memory usage above {n}% of the limit", "heap usage greater than {n}%"},
         {"Containers of {svc} OOMKilled and restarted", "Resident memory growing without bound",
          "Pods evicted for memory pressure"},
         {"OOMKilled: container {svc} in {ns} restarted 4 times, memory at {v}% of limit",
          "{svc} memory usage {v}% of limit and growing"},
         {"{svc} keeps getting killed by the kernel oom killer",
          "RSS of {svc} ballooning, {v}% of container limit"},
         {"jvm", "kubernetes", "python worker"},
         {"memory", "oom", "leak"},
         {"capture_heap_dump", "check_recent_changes", "raise_memory_limit", "restart_service"},
         "memory_percent",
         {80, 85, 90, 95}},
        {"disk-full",
         "DiskSpaceLow",
         {"Disk filling up on {svc} hosts", "{comp} volume almost full", "Log partition full"},
         {"disk usage above {n}%", "free disk space below {n}%"},
         {"Writes failing with no space left on device", "Log files growing on {svc} nodes",
          "Volume for {comp} filling faster than retention clears it"},
         {"DiskSpaceLow: /var on {svc}-3 is {v}% full", "Filesystem /data of {comp} at {v}% used"},
         {"ENOSPC errors from {svc}, /var partition nearly exhausted",
          "{comp} volume will run out of room in 2 hours at {v}% used"},
         {"postgres", "elasticsearch", "kafka", "node"},
         {"disk", "storage", "capacity"},
         {"find_large_files", "rotate_logs", "expand_volume", "clean_tmp"},
         "disk_used_percent",
         {80, 85, 90, 95}},
        {"latency-p99",
         "LatencyHigh",
         {"High p99 latency on {svc}", "{svc} slow responses", "Latency SLO burn on {svc}"},
         {"p99 latency > {n} s", "p95 latency greater than {n} s",
          "latency SLO burn rate above {n}x"},
         {"Slow responses and client timeouts on {svc}",
          "Tail latency up while the error rate is normal",
          "Requests queueing behind a slow dependency"},
         {"LatencyHigh: p99 latency for {svc} is {v}s (threshold {n}s)",
          "SLO burn rate {v}x for {svc} latency objective"},
         {"{svc} sluggish, users report pages taking {v} seconds",
          "tail latencies through the roof on {svc} in {region}"},
         {"envoy", "nginx", "grpc gateway"},
         {"latency", "performance", "slo"},
         {"locate_latency", "check_dependencies", "scale_out", "rollback_deploy"},
         "latency_p99_seconds",
         {1, 2, 3, 5}},
        {"http-5xx",
         "HTTP5xxRateHigh",
         {"HTTP 5xx spike on {svc}", "{svc} error rate elevated", "Server errors from {svc}"},
         {"5xx error rate above {n}%", "error ratio greater than {n}% of requests"},
         {"Users see 500 and 503 responses from {svc}", "Error budget burning on {svc}",
          "Upstream connect errors at the {comp}"},
         {"HTTP5xxRateHigh: {svc} returning {v}% 5xx over 5m",
          "{comp} upstream {svc} 503 ratio {v}%"},
         {"{svc} throwing internal server errors for {v}% of calls",
          "lots of 502 bad gateway from {svc} behind {comp}"},
         {"envoy", "nginx", "load balancer"},
         {"errors", "http", "availability"},
         {"check_recent_changes", "inspect_logs", "rollback_deploy", "drain_bad_pods"},
         "error_rate_percent",
         {1, 2, 5, 10}},
        {"queue-lag",
         "KafkaConsumerLag",
         {"Consumer lag on {svc}", "{comp} backlog growing for {svc}",
          "Queue depth high for {svc}"},
         {"consumer lag above {n} messages", "queue depth greater than {n} messages"},
         {"Consumers of {svc} falling behind producers", "Messages piling up in {comp}",
          "Processing delay growing for {svc} events"},
         {"KafkaConsumerLag: group {svc} lag {v} messages on topic {svc}.events",
          "Queue depth on {svc} above {n}: {v} messages"},
         {"{svc} workers can't keep up, backlog at {v} msgs",
          "events for {svc} delayed by an hour, {comp} topic backing up"},
         {"kafka", "rabbitmq", "sqs"},
         {"queue", "lag", "throughput"},
         {"check_consumer_health", "scale_consumers", "skip_poison_message", "restart_consumers"},
         "consumer_lag",
         {10000, 50000, 100000, 500000}},
        {"replication-lag",
         "ReplicationLag",
         {"Replication lag on {comp} replicas of {svc}", "{comp} replica behind primary"},
         {"replication lag above {n} s", "replica delay greater than {n} seconds"},
         {"Stale reads from {svc} replicas", "Replica falling behind the primary",
          "WAL replay slower than writes on {comp}"},
         {"ReplicationLag: {comp} replica of {svc} is {v}s behind primary",
          "{svc} read replica lag {v} seconds"},
         {"{svc} replicas serving stale data, {v}s out of date",
          "standby of {comp} for {svc} not catching up"},
         {"postgres", "mysql", "redis"},
         {"database", "replication", "lag"},
         {"check_replica_io", "kill_long_queries", "rebuild_replica", "route_reads_to_primary"},
         "replication_lag_seconds",
         {10, 30, 60, 300}},
        {"conn-pool",
         "DBConnectionPoolExhausted",
         {"Connection pool exhausted for {svc}", "{comp} connections maxed out by {svc}"},
         {"pool usage above {n}%", "active connections greater than {n}"},
         {"Timeouts acquiring a connection from the pool", "{comp} max_connections reached",
          "Threads blocked waiting for a database connection"},
         {"DBConnectionPoolExhausted: {svc} pool {v}% used, 120 waiters",
          "{comp} too many connections from {svc} ({v})"},
         {"{svc} can't get a db connection, hikari pool at {v}%",
          "FATAL: remaining connection slots are reserved on {comp}"},
         {"postgres", "mysql", "pgbouncer"},
         {"database", "connections", "saturation"},
         {"find_connection_holders", "kill_idle_connections", "raise_pool_size", "restart_service"},
         "pool_used_percent",
         {80, 90, 95, 99}},
        {"crashloop",
         "KubePodCrashLooping",
         {"Pods of {svc} in CrashLoopBackOff", "{svc} crash looping", "{svc} restarts repeatedly"},
         {"restarts greater than {n} in 10 minutes", "pod restarts above {n} per hour"},
         {"Container exits right after start", "Readiness probe never passes for {svc}",
          "Back-off restarting failed container"},
         {"KubePodCrashLooping: pod {svc}-7d9f in {ns} restarted {v} times",
          "{svc} CrashLoopBackOff, {v} restarts in 10m"},
         {"{svc} pods flapping, keep dying on boot ({v} restarts)",
          "container {svc} exit code 1 over and over"},
         {"kubernetes", "init container", "sidecar"},
         {"kubernetes", "crashloop", "availability"},
         {"read_previous_logs", "check_recent_changes", "rollback_deploy", "fix_config"},
         "restarts",
         {3, 5, 10, 20}},
        {"node-notready",
         "KubeNodeNotReady",
         {"Kubernetes node NotReady in {region}", "Nodes of the {svc} pool not ready"},
         {"not ready nodes greater than {n}", "node pressure above {n}%"},
         {"Kubelet stopped posting status", "Pods on the node stuck terminating",
          "Node under disk or memory pressure"},
         {"KubeNodeNotReady: node ip-10-2-3-4 in {region} NotReady for {v}m",
          "{v} nodes NotReady in pool {svc}"},
         {"worker node in {region} went dark, kubelet unreachable",
          "{svc} node pool lost {v} machines"},
         {"kubelet", "containerd", "node"},
         {"kubernetes", "node", "capacity"},
         {"cordon_node", "drain_node", "replace_node", "check_kubelet"},
         "not_ready_nodes",
         {1, 2, 3, 5}},
        {"cert-expiring",
         "CertificateExpiring",
         {"TLS certificate expiring for {svc}", "{svc} certificate renewal failed"},
         {"certificate expires within {n} days", "days until expiry less than {n}"},
         {"cert-manager failed to renew the certificate", "Clients reject the TLS handshake",
          "Certificate chain incomplete on {comp}"},
         {"CertificateExpiring: {svc}.example.com expires in {v} days",
          "TLS cert for {svc} on {comp} has {v} days left"},
         {"x509 certificate has expired or is not yet valid for {svc}",
          "https on {svc} about to break, cert runs out in {v} days"},
         {"ingress", "load balancer", "cert-manager"},
         {"tls", "certificates", "security"},
         {"check_cert_manager", "renew_certificate", "deploy_certificate", "verify_chain"},
         "days_to_expiry",
         {7, 14, 21, 30}},
        {"dns-failures",
         "DNSResolutionFailures",
         {"DNS resolution failures for {svc}", "CoreDNS errors in {region}"},
         {"SERVFAIL rate above {n}%", "DNS lookup failures greater than {n}%"},
         {"NXDOMAIN for internal names", "Lookups timing out from {svc} pods",
          "CoreDNS pods overloaded"},
         {"DNSResolutionFailures: {v}% SERVFAIL from coredns in {region}",
          "{svc} cannot resolve {comp}.internal ({v}% failures)"},
         {"getaddrinfo EAI_AGAIN in {svc} logs, name lookups flaky",
          "no such host errors when {svc} calls {comp}"},
         {"coredns", "route53", "resolver"},
         {"dns", "network"},
         {"check_coredns", "scale_coredns", "flush_cache", "check_upstream_resolvers"},
         "dns_failure_percent",
         {1, 5, 10, 20}},
        {"gc-pauses",
         "JvmGcPauseLong",
         {"Long GC pauses in {svc}", "{svc} stop-the-world pauses"},
         {"GC pause time above {n} ms", "time in GC greater than {n}%"},
         {"Old generation nearly full after collections", "Latency spikes aligned with full GCs",
          "Allocation rate far above normal"},
         {"JvmGcPauseLong: {svc} full GC pause {v}ms", "{svc} spends {v}% of time in GC"},
         {"{svc} JVM freezing for seconds at a time, heap thrashing",
          "G1 evacuation failures on {svc}, {v}ms pauses"},
         {"jvm", "g1", "heap"},
         {"jvm", "gc", "latency"},
         {"capture_gc_logs", "capture_heap_dump", "tune_heap", "restart_service"},
         "gc_pause_ms",
         {200, 500, 1000, 2000}},
        {"cache-evictions",
         "CacheEvictionsHigh",
         {"Cache evictions on {comp} for {svc}", "{svc} cache hit ratio dropped"},
         {"eviction rate above {n} per second", "hit ratio below {n}%"},
         {"Cache memory full, keys evicted early", "Database load rising as the cache misses",
          "Hot keys pushed out of {comp}"},
         {"CacheEvictionsHigh: {comp} for {svc} evicting {v} keys/s", "{svc} cache hit ratio {v}%"},
         {"{comp} thrashing, {svc} hitting the db on every request",
          "cache misses through the roof for {svc}"},
         {"memcached", "redis"},
         {"cache", "memory", "performance"},
         {"check_cache_memory", "find_hot_keys", "scale_cache", "raise_ttl"},
         "evictions_per_second",
         {100, 500, 1000, 5000}},
        {"rate-limit",
         "RateLimited429",
         {"429 storm from {svc}", "{svc} clients rate limited"},
         {"429 responses above {n}%", "throttled requests greater than {n} per second"},
         {"Clients retry without back-off", "One tenant exhausting the shared quota",
          "Gateway rejecting requests to {svc}"},
         {"RateLimited429: {svc} rejecting {v}% of requests with 429",
          "{comp} throttling {svc} at {v} req/s"},
         {"too many requests errors hammering {svc}",
          "retry storm against {svc}, {v}% of calls throttled"},
         {"api gateway", "envoy", "redis"},
         {"rate-limit", "http", "traffic"},
         {"identify_top_clients", "raise_limit", "block_abuser", "enable_backoff"},
         "throttled_percent",
         {5, 10, 20, 30}},
        {"deadlocks",
         "DBDeadlocks",
         {"Deadlocks and slow queries on {comp} for {svc}", "{svc} lock contention"},
         {"deadlocks above {n} per minute", "slow queries greater than {n} per second"},
         {"Transactions aborted as deadlock victims", "Lock waits piling up on hot rows",
          "Query plans regressed after statistics change"},
         {"DBDeadlocks: {comp} for {svc} reports {v} deadlocks/min",
          "{svc} slow query log {v} queries over 1s"},
         {"{svc} transactions killed by the lock monitor",
          "lock wait timeout exceeded in {svc}, {v}/min"},
         {"postgres", "mysql"},
         {"database", "locks", "performance"},
         {"find_blocking_queries", "kill_blocker", "analyze_tables", "rollback_deploy"},
         "deadlocks_per_minute",
         {1, 5, 10, 50}},
        {"backup-failed",
         "BackupJobFailed",
         {"Backup job failed for {comp} of {svc}", "{svc} snapshot missing"},
         {"hours since last backup greater than {n}", "backup age above {n} h"},
         {"Nightly backup did not complete", "Snapshot upload to object storage failed",
          "Backup verification checksum mismatch"},
         {"BackupJobFailed: {comp}-{svc} backup failed, last success {v}h ago",
          "No backup of {svc} for {v} hours"},
         {"{svc} dump never landed in the bucket last night",
          "pg_basebackup for {svc} exited non-zero, {v}h without backup"},
         {"postgres", "s3", "velero"},
         {"backup", "data", "compliance"},
         {"read_backup_logs", "check_storage_credentials", "rerun_backup", "verify_backup"},
         "hours_since_backup",
         {24, 36, 48, 72}},
        {"batch-stuck",
         "BatchJobStuck",
         {"Batch job stuck for {svc}", "{svc} cron job overrunning"},
         {"job duration greater than {n} minutes", "runtime above {n}x the usual"},
         {"Job has not reported progress", "Cron job still running when the next run starts",
          "Worker holding a lock the job needs"},
         {"BatchJobStuck: {svc}-nightly running for {v} minutes",
          "{svc} export job {v}m and no progress"},
         {"{svc} nightly job hung, no output for hours",
          "cron for {svc} overlapping itself, previous run still alive after {v} minutes"},
         {"cron", "airflow", "spark"},
         {"batch", "jobs"},
         {"check_job_progress", "kill_job", "rerun_job", "notify_owner"},
         "job_minutes",
         {60, 120, 240, 480}},
        {"clock-skew",
         "ClockSkew",
         {"Clock skew on {svc} hosts", "NTP sync lost in {region}"},
         {"clock offset above {n} ms", "time drift greater than {n} ms"},
         {"chronyd not synchronised", "Token validation failing with time errors",
          "Logs out of order across hosts"},
         {"ClockSkew: {svc}-2 offset {v}ms from NTP", "NTP offset {v}ms in {region}"},
         {"{svc} JWTs rejected as not yet valid, host clock off by {v}ms",
          "time on {svc} boxes drifting"},
         {"chrony", "ntp", "node"},
         {"time", "ntp"},
         {"check_chrony", "restart_chrony", "step_clock", "cordon_node"},
         "clock_offset_ms",
         {100, 250, 500, 1000}},
        {"kafka-under-replicated",
         "KafkaUnderReplicatedPartitions",
         {"Under-replicated Kafka partitions for {svc}", "Kafka ISR shrinking"},
         {"under-replicated partitions greater than {n}", "offline partitions above {n}"},
         {"In-sync replica set shrinking", "A broker dropped out of the cluster",
          "Producers with acks=all timing out"},
         {"KafkaUnderReplicatedPartitions: {v} partitions under-replicated on {svc}-kafka",
          "{v} offline partitions for topic {svc}.events"},
         {"{svc} brokers losing ISR members, {v} partitions exposed",
          "kafka broker 3 down, replication factor not met for {svc}"},
         {"kafka", "zookeeper"},
         {"kafka", "replication", "availability"},
         {"check_broker_health", "restart_broker", "reassign_partitions", "throttle_producers"},
         "under_replicated_partitions",
         {1, 5, 10, 50}},
        {"lb-unhealthy",
         "UnhealthyTargets",
         {"Unhealthy load balancer targets for {svc}", "{svc} health checks failing"},
         {"unhealthy targets above {n}%", "healthy hosts less than {n}"},
         {"Target group losing healthy hosts", "Health check path returning errors",
          "Security group change blocking health checks"},
         {"UnhealthyTargets: {v}% of {svc} targets unhealthy in {region}",
          "{comp} reports {svc} healthy hosts {v}"},
         {"ALB pulling {svc} instances out of rotation",
          "{svc} health endpoint flapping behind {comp}"},
         {"load balancer", "alb", "haproxy"},
         {"load-balancer", "availability", "network"},
         {"check_health_endpoint", "check_recent_changes", "replace_instances", "rollback_deploy"},
         "unhealthy_percent",
         {10, 25, 50, 75}},
        {"traffic-spike",
         "TrafficSpike",
         {"Traffic spike on {svc}", "{svc} autoscaling cannot keep up"},
         {"request rate above {n}x baseline", "HPA at max replicas for more than {n} minutes"},
         {"Request rate far above the weekly pattern", "Autoscaler at its maximum",
          "Marketing campaign or bot traffic hitting {svc}"},
         {"TrafficSpike: {svc} at {v}x normal request rate", "{svc} HPA maxed for {v} minutes"},
         {"flash sale slamming {svc}, replicas capped", "{svc} RPS exploded, {v}x usual"},
         {"hpa", "cluster autoscaler", "cdn"},
         {"traffic", "capacity", "autoscaling"},
         {"check_traffic_source", "raise_max_replicas", "scale_out", "enable_rate_limit"},
         "traffic_ratio",
         {2, 3, 5, 10}},
        {"secret-rotation",
         "SecretRotationFailed",
         {"Secret rotation failed for {svc}", "{svc} credentials expired"},
         {"secret age above {n} days", "credential expires within {n} days"},
         {"Vault lease renewal failing", "Authentication errors after a rotation",
          "Old credentials revoked before clients reloaded"},
         {"SecretRotationFailed: {svc} database credentials, age {v} days",
          "Vault lease for {svc} expires in {v} days"},
         {"{svc} getting permission denied from {comp} since the password change",
          "auth failures after rotating {svc} keys"},
         {"vault", "kms", "secrets manager"},
         {"security", "secrets"},
         {"check_vault_lease", "rotate_secret", "reload_clients", "revert_secret"},
         "secret_age_days",
         {30, 60, 90, 180}},
        {"elasticsearch-red",
         "ElasticsearchClusterRed",
         {"Elasticsearch cluster red for {svc}", "{svc} search index unavailable"},
         {"unassigned shards greater than {n}", "heap usage above {n}% on data nodes"},
         {"Primary shards unassigned", "Indexing rejected by the cluster",
          "Search queries returning partial results"},
         {"ElasticsearchClusterRed: {svc}-search {v} unassigned shards",
          "{svc} elasticsearch heap {v}% on data nodes"},
         {"{svc} search returning 503s, shards missing", "opensearch cluster for {svc} status red"},
         {"elasticsearch", "opensearch"},
         {"search", "elasticsearch", "availability"},
         {"check_cluster_health", "reroute_shards", "add_data_node", "restore_snapshot"},
         "unassigned_shards",
         {1, 5, 10, 50}},
    };
    return kinds;
}

const Words kDomains = {"checkout", "payments",  "search",    "inventory", "billing", "auth",
                        "users",    "orders",    "cart",      "shipping",  "catalog", "notify",
                        "email",    "recommend", "pricing",   "fraud",     "ledger",  "reporting",
                        "media",    "upload",    "session",   "profile",   "gateway", "analytics",
                        "geo",      "tax",       "invoice",   "loyalty",   "reviews", "wishlist",
                        "coupons",  "returns",   "warehouse", "delivery",  "chat",    "feed",
                        "identity", "consent",   "audit",     "export"};
const Words kRoles = {"api",   "worker", "consumer", "service", "db",
                      "cache", "cron",   "frontend", "indexer", "scheduler"};
const Words kTeams = {"core-platform", "payments-team", "search-team", "data-platform", "growth",
                      "identity-team", "logistics",     "storefront",  "sre",           "infra"};
const Words kEnvs = {"prod", "prod", "prod", "staging", "canary"};
const Words kRegions = {"eu-west-1", "us-east-1", "us-west-2", "ap-southeast-2", "eu-central-1"};
const Words kSeverities = {"critical", "error", "warning", "warning"};

// Text about nothing the generated library covers.
const Words kNoiseTemplates = {
    "Weekly capacity report for {team} is ready to download",
    "New comment on ticket OPS-{v} from the {team} channel",
    "Reminder: quarterly access review due for {svc}",
    "Office wifi in building {v} will be upgraded on Friday",
    "Customer survey results published for {svc}",
    "Lunch and learn about feature flags moved to room {v}",
    "Build {v} of {svc} documentation site published",
    "Invoice {v} from the cloud provider is available",
    "{team} on-call handover notes updated",
    "Marketing newsletter scheduled for Tuesday morning",
};
const Words kNoiseWords = {
    "banana",   "quarterly", "offsite",  "newsletter", "holiday", "parking",  "cafeteria",
    "roadmap",  "survey",    "badge",    "printer",    "welcome", "training", "budget",
    "vacation", "poster",    "brochure", "recipe",     "garden",  "concert",  "ticket",
    "meeting",  "agenda",    "slides",   "coffee",     "birthday"};
const Words kInformationalTemplates = {
    "[RESOLVED] {alert}: {svc} back to normal",
    "Deployment of {svc} version 2.{v}.0 completed successfully",
    "Scheduled maintenance window for {svc} in {region} starts at 02:00 UTC",
    "{alert} for {svc} recovered",
    "Test alert from {svc} monitoring, please ignore",
    "FYI: {svc} canary promoted to 100%",
};

const Words kGenericActions = {"check_recent_changes", "page_service_owner",
                               "open_incident_channel", "check_dashboards", "rollback_deploy"};
// Actions that change state get a command, an approval and parameters.
const Words kMutatingPrefixes = {"scale",   "restart", "rollback", "raise",   "kill",   "drain",
                                 "cordon",  "rotate",  "rerun",    "expand",  "block",  "route",
                                 "reroute", "replace", "deploy",   "rebuild", "step",   "skip",
                                 "restore", "tune",    "throttle", "revert",  "enable", "flush",
                                 "clean",   "fix",     "add",      "reassign"};

class Random final
{
public:
    explicit Random(std::seed_seq &seeds)
        : m_engine(seeds)
    {}

    std::uint32_t below(std::size_t bound)
    {
        return static_cast<std::uint32_t>(m_engine() % static_cast<std::uint32_t>(bound));
    }
    bool chance(int percent) { return below(100) < static_cast<std::uint32_t>(percent); }
    const char *pick(const Words &words) { return words[below(words.size())]; }

    // Up to count distinct entries of words, in a random order.
    Words pickDistinct(const Words &words, std::size_t count)
    {
        Words shuffled = words;
        for (std::size_t i = shuffled.size(); i > 1; --i)
            std::swap(shuffled[i - 1], shuffled[below(i)]);
        shuffled.resize(std::min(count, shuffled.size()));
        return shuffled;
    }

private:
    std::mt19937 m_engine;
};

struct Fill
{
    QString service;
    QString component;
    QString ns;
    QString env;
    QString region;
    QString team;
    QString alertName;
    QString threshold;
    QString reading;
};

QString fill(const char *templ, const Fill &values)
{
    QString text = QString::fromUtf8(templ);
    text.replace(QStringLiteral("{svc}"), values.service);
    text.replace(QStringLiteral("{comp}"), values.component);
    text.replace(QStringLiteral("{ns}"), values.ns);
    text.replace(QStringLiteral("{env}"), values.env);
    text.replace(QStringLiteral("{region}"), values.region);
    text.replace(QStringLiteral("{team}"), values.team);
    text.replace(QStringLiteral("{alert}"), values.alertName);
    text.replace(QStringLiteral("{n}"), values.threshold);
    text.replace(QStringLiteral("{v}"), values.reading);
    return text;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString serviceName(Random &random)
{
    return QString::fromUtf8(random.pick(kDomains)) + QLatin1Char('-') +
           QString::fromUtf8(random.pick(kRoles));
}

// A reading relative to a threshold: above it by 5..60 %, or below it by 30..70 %.
QString readingFor(int threshold, bool above, Random &random)
{
    const double factor = above ? 1.05 + random.below(56) / 100.0 : 0.3 + random.below(41) / 100.0;
    const double value = threshold * factor;
    if (value >= 100)
        return QString::number(qRound(value));
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

bool isMutating(const char *action)
{
    const QString name = QString::fromUtf8(action);
    for (const char *prefix : kMutatingPrefixes) {
        if (name.startsWith(QString::fromUtf8(prefix) + QLatin1Char('_')))
            return true;
    }
    return false;
}

RunbookStep makeStep(const char *action, const Fill &values, Random &random)
{
    RunbookStep step;
    step.action = QString::fromUtf8(action);
    QString words = step.action;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    step.description = capitalised(words) + QStringLiteral(" for ") + values.service +
                       QStringLiteral(" and record what was found in the incident channel.");
    if (!isMutating(action))
        return step;

    step.risk = random.chance(30) ? RiskTier::High : RiskTier::Medium;
    step.requiresApproval = true;
    step.command = QStringLiteral("icc-run %1 --namespace {{namespace}} --target {{deployment}}")
                       .arg(step.action);
    step.rollback =
        QStringLiteral("icc-run undo-%1 --namespace {{namespace}} --target {{deployment}}")
            .arg(step.action);
    step.blastRadius.services = 1 + static_cast<int>(random.below(3));
    step.blastRadius.trafficFraction = random.below(50) / 100.0;
    step.blastRadius.reversibleMinutes =
        random.chance(85) ? 1 + static_cast<int>(random.below(30)) : -1;
    step.irreversible = !step.blastRadius.isReversible();
    const QString namePattern = QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    StepParameter ns;
    ns.name = QStringLiteral("namespace");
    ns.fromLabel = QStringLiteral("namespace");
    ns.defaultValue = values.ns;
    ns.pattern = namePattern;
    StepParameter deployment;
    deployment.name = QStringLiteral("deployment");
    deployment.fromLabel = QStringLiteral("service");
    deployment.defaultValue = values.service;
    deployment.pattern = namePattern;
    step.params.insert(ns.name, ns);
    step.params.insert(deployment.name, deployment);
    return step;
}

Fill randomFill(const ProblemKind &kind, Random &random)
{
    Fill values;
    values.service = serviceName(random);
    values.component = QString::fromUtf8(random.pick(kind.components));
    values.ns = QString::fromUtf8(random.pick(kDomains));
    values.env = QString::fromUtf8(random.pick(kEnvs));
    values.region = QString::fromUtf8(random.pick(kRegions));
    values.team = QString::fromUtf8(random.pick(kTeams));
    values.alertName = QString::fromUtf8(kind.alertName);
    values.threshold = QString::number(kind.thresholds[random.below(kind.thresholds.size())]);
    return values;
}

QMap<QString, QString> alertLabels(const Fill &values, Random &random)
{
    QMap<QString, QString> labels;
    labels.insert(QStringLiteral("alertname"), values.alertName);
    labels.insert(QStringLiteral("service"), values.service);
    labels.insert(QStringLiteral("namespace"), values.ns);
    labels.insert(QStringLiteral("env"), values.env);
    if (random.chance(50))
        labels.insert(QStringLiteral("region"), values.region);
    if (random.chance(40))
        labels.insert(QStringLiteral("team"), values.team);
    return labels;
}

} // namespace

RunbookGenerator::RunbookGenerator(std::uint32_t seed)
    : m_seed(seed)
{}

Runbook RunbookGenerator::runbook(int index) const
{
    std::seed_seq seeds{m_seed, static_cast<std::uint32_t>(index), 0x52424bu};
    Random random(seeds);
    const ProblemKind &kind = problemKinds()[random.below(problemKinds().size())];
    Fill values = randomFill(kind, random);

    Runbook runbook;
    runbook.id = QStringLiteral("rb-gen-%1-%2-%3")
                     .arg(index, 6, 10, QLatin1Char('0'))
                     .arg(QString::fromUtf8(kind.key), values.service);
    runbook.title = capitalised(fill(random.pick(kind.titles), values));
    const std::array<RiskTier, 4> risks = {RiskTier::Low, RiskTier::Medium, RiskTier::Medium,
                                           RiskTier::High};
    runbook.risk = risks[random.below(risks.size())];

    for (const char *tag : random.pickDistinct(kind.tags, 2 + random.below(2)))
        runbook.tags << QString::fromUtf8(tag);
    runbook.tags << values.service.section(QLatin1Char('-'), 0, 0);
    if (random.chance(50))
        runbook.tags << values.team;

    // One or two numeric conditions, then plain symptoms: 2..4 in all.
    const std::size_t conditionCount = random.chance(30) ? 2 : 1;
    for (const char *condition : random.pickDistinct(kind.conditions, conditionCount)) {
        QString symptom = capitalised(fill(condition, values));
        if (random.chance(40))
            symptom += QStringLiteral(" on ") + values.service;
        if (random.chance(30))
            symptom += QStringLiteral(" for more than %1 minutes").arg(5 * (1 + random.below(4)));
        runbook.symptoms << symptom;
    }
    const std::size_t plainCount = 1 + random.below(3) - (conditionCount - 1);
    for (const char *symptom : random.pickDistinct(kind.symptoms, plainCount))
        runbook.symptoms << capitalised(fill(symptom, values));

    const int threshold = values.threshold.toInt();
    for (const char *example : random.pickDistinct(kind.examples, random.below(3))) {
        values.reading = readingFor(threshold, true, random);
        runbook.examples << fill(example, values);
    }

    if (random.chance(25))
        runbook.matchLabels.insert(QStringLiteral("service"), values.service);
    if (random.chance(10))
        runbook.matchLabels.insert(QStringLiteral("env"), QStringLiteral("prod"));

    // 2..5 steps: the kind's own actions first, then generic ones.
    const std::size_t stepCount = 2 + random.below(4);
    Words actions = random.pickDistinct(kind.actions, std::min<std::size_t>(stepCount, 3));
    for (const char *generic : random.pickDistinct(kGenericActions, stepCount - actions.size()))
        actions.push_back(generic);
    for (const char *action : actions)
        runbook.steps << makeStep(action, values, random);

    runbook.body = QStringLiteral("## Diagnose\n1. Open the %1 dashboard for %2 in %3.\n"
                                  "2. Compare the start of the problem with the last deploy.\n\n"
                                  "## Remediate\n- Follow the steps above; ask %4 when unsure.\n\n"
                                  "## Verify\n- %5 back under %6 for 10 minutes.\n")
                       .arg(QString::fromUtf8(kind.key), values.service, values.region, values.team,
                            QString::fromUtf8(kind.metric), values.threshold);
    runbook.sourceFile = QStringLiteral("generated/%1.md").arg(runbook.id);
    runbook.sourceLine = 2;
    return runbook;
}

QList<Runbook> RunbookGenerator::runbooks(int count) const
{
    QList<Runbook> library;
    library.reserve(count);
    for (int i = 0; i < count; ++i)
        library << runbook(i);
    return library;
}

QList<BenchQuery> RunbookGenerator::queries(int count) const
{
    std::seed_seq seeds{m_seed, 0x51555259u};
    Random random(seeds);
    QList<BenchQuery> queries;
    queries.reserve(count);
    for (int i = 0; i < count; ++i) {
        const ProblemKind &kind = problemKinds()[random.below(problemKinds().size())];
        Fill values = randomFill(kind, random);
        const int threshold = values.threshold.toInt();
        const bool above = random.chance(75);
        values.reading = readingFor(threshold, above, random);

        BenchQuery query;
        Alert &alert = query.alert;
        alert.id = QStringLiteral("q-%1").arg(i, 5, 10, QLatin1Char('0'));
        alert.source = Alert::Source::Alertmanager;
        alert.severity = QString::fromUtf8(random.pick(kSeverities));
        alert.origin = values.service;

        const std::uint32_t roll = random.below(100);
        if (roll < 40) {
            query.category = QStringLiteral("similar");
            alert.summary =
                fill(random.chance(50) ? random.pick(kind.examples) : random.pick(kind.symptoms),
                     values);
            if (random.chance(30))
                alert.description = capitalised(fill(random.pick(kind.symptoms), values)) +
                                    QStringLiteral(". ") +
                                    capitalised(fill(random.pick(kind.conditions), values)) +
                                    QStringLiteral(" in ") + values.env + QLatin1Char('.');
            alert.labels = alertLabels(values, random);
        } else if (roll < 60) {
            query.category = QStringLiteral("variant");
            alert.summary = fill(random.pick(kind.variants), values);
            alert.labels = alertLabels(values, random);
        } else if (roll < 75) {
            query.category = QStringLiteral("numeric");
            alert.summary = QStringLiteral("%1 on %2").arg(values.alertName, values.service);
            alert.values.insert(QString::fromUtf8(kind.metric), values.reading.toDouble());
            alert.labels = alertLabels(values, random);
        } else if (roll < 90) {
            query.category = QStringLiteral("noise");
            if (random.chance(50)) {
                alert.summary = fill(random.pick(kNoiseTemplates), values);
            } else {
                QStringList words;
                for (const char *word : random.pickDistinct(kNoiseWords, 6 + random.below(9)))
                    words << QString::fromUtf8(word);
                alert.summary = capitalised(words.join(QLatin1Char(' ')));
            }
            alert.severity = QStringLiteral("info");
        } else {
            query.category = QStringLiteral("informational");
            alert.summary = fill(random.pick(kInformationalTemplates), values);
            alert.status = alert.summary.startsWith(QLatin1Char('[')) ? Alert::Status::Resolved
                                                                      : Alert::Status::Firing;
            alert.severity = QStringLiteral("info");
            alert.labels = alertLabels(values, random);
        }
        queries << query;
    }
    return queries;
}

} // namespace icc
