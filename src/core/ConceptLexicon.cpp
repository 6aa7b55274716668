#include "ConceptLexicon.h"

#include "TextAnalyzer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <yaml-cpp/yaml.h>

#include <string>

namespace icc {

namespace {

// Keep identical to resources/lexicon/concepts.yaml (tst_matcher checks it).
const char kBuiltinYaml[] = R"yaml(# Concept lexicon of the runbook matcher.
#
# Each concept id maps to the words operators and monitoring tools use for it.
# When an alert and a runbook name the same concept in different words
# ("OOMKilled" / "memory exhaustion") the matcher still sees them as related.
#
# Rules (checked by ConceptLexicon::fromYaml, errors name this file and line):
# - ids are lower_snake_case and unique;
# - each concept lists at least one term; a term may be several words;
# - terms are compared after the same normalisation as alert text (case folded,
#   plural s / -ing / -ed folded), so list one spelling of each word;
# - a term may appear under two concepts when it really means both.
#
# The matcher compiles this same text in (ConceptLexicon::builtin()); a test
# fails when the two copies differ.
version: 1
concepts:
  memory: [oom, oomkilled, oom killer, out of memory, outofmemoryerror, memory exhaustion,
           memory exhausted, memory leak, memory pressure, memory usage, memory, rss, heap,
           heap space, swap, working set, exit code 137, killed by the kernel, memory limit]
  error_rate: ["5xx", "500", "502", "503", "504", http errors, error rate,
               error ratio, server errors, internal server error, bad gateway,
               service unavailable, failed requests, request failures, errors per second,
               error budget burn, error spike]
  down: [heartbeat lost, heartbeat missing, missed heartbeat, unreachable, down, not responding,
         unresponsive, targetdown, instance down, host down, offline, no response]
  latency: [p99, p95, p90, p50, slow, slowness, response time, latency, high latency,
            slow requests, request duration, tail latency, percentile]
  cache: [redis, sentinel, sentinel failover, memcached, cache, cache miss, cache hit ratio,
          evictions, hit ratio, hit rate, miss ratio, slab, keyspace]
  cache_eviction: [evictions, hit ratio, hit rate, miss ratio, cache miss,
                   slab, items evicted]
  disk: [disk full, no space left, no space left on device, filesystem, file system, inode,
         disk, disk space, disk usage, volume full, partition full, space left,
         free space, df, mountpoint]
  inode: [inode, iused, ifree, out of files, almostoutoffiles, too many files,
          files left, inode usage]
  cpu: [cpu, load average, throttling, cpu throttling, high load, processor, cpu usage,
        cpu steal, highcpu, load1, load5, load15, cfs throttled, throttled periods,
        cpu saturation, core count]
  tls: [certificate, cert, x509, ssl, tls, certificate expiry, handshake,
        handshake failure, certificate has expired, certificate expired, cert manager,
        certificate not ready, sslcertexpiring, ssl certificate, tls certificate,
        unknown authority, self signed]
  dns: [dns, nxdomain, servfail, name resolution, resolver, coredns, kube dns,
        no such host, could not resolve, failed to resolve, cannot resolve, resolv,
        eai again, getaddrinfo, enotfound, lookup failed, temporary failure in name resolution]
  replication_lag: [replication lag, replica lag, replication delay, seconds behind master,
                    seconds behind source, replica behind, out of sync, wal lag, repl lag,
                    replay lag, replica delay, stale read, read replica, from the replica]
  crash_loop: [crashloopbackoff, crash loop, crashloop, restarting, restart loop,
               back off restarting, keeps restarting, container restarts, crash,
               restart count, container waiting, waiting state]
  node_not_ready: [node not ready, notready, nodenotready, kubenodenotready, not ready,
                   kubelet stopped posting, kubelet not responding, node pressure,
                   kubelet stopped posting node status, node unreachable, kubelet,
                   node heartbeat, nodeunreachable, kubenodeunreachable]
  queue_backlog: [consumer lag, queue depth, queue backlog, backlog, queue size,
                  messages ready, unacked messages, consumer group lag, kafka lag, unacked,
                  ready messages, oldest message, messages waiting, consumer offset lag,
                  lag messages]
  traffic_spike: [traffic spike, traffic surge, request spike, spike in traffic, load spike,
                  surge, flood of requests, sudden traffic, usual peak,
                  normal peak, hpa, max replicas, maxed out, hpamaxedout, kubehpamaxedout,
                  autoscaler, autoscaling, scale out, campaign, sale, flash sale]
  throughput: [traffic, request rate, requests per second, rps, qps, throughput]
  abusive_traffic: [ddos, syn flood, l7 attack, layer 7 attack, bot traffic, abusive,
                    credential stuffing, scraping, scraper, waf, attack, botnet,
                    malicious traffic, single asn, hosting asn, asns, brute force,
                    bad password attempts]
  deploy: [deploy, deployment, rollout, release, canary, rollback, new version, helm upgrade,
           went out, shipped, build, revision]
  feature_flag: [feature flag, flag, toggle, launchdarkly, unleash, flipped, turned on,
                 enabled for, percentage rollout, config change, config push]
  network: [network, packet loss, connection reset, network partition, tcp retransmits,
            bandwidth, connectivity, latency between zones]
  database: [database, db, postgres, postgresql, mysql, sql, slow query, deadlock, pg,
             patroni, innodb, mariadb]
  db_locks: [deadlock, deadlock detected, lock wait, lock wait timeout, slow query,
             long running query, blocked queries, lock contention,
             idle in transaction, row lock]
  connection_pool: [connection pool, pool exhausted, too many connections, max connections,
                    connection limit, too many clients, remaining connection slots,
                    connection slots, hikaripool, hikari, pool timeout, idle object,
                    borrow connection, max connections reached, pgbouncer, cl waiting]
  primary_failover: [primary down, primary unreachable, no leader, leader election,
                     failover, read only transaction, postgresprimarydown, writes fail,
                     promote replica, switchover, master down]
  timeout: [timeout, timed out, deadline exceeded, context deadline exceeded, gateway timeout,
            upstream timeout, "504"]
  authentication: [authentication, auth, login failure, unauthorized, forbidden, "401", "403",
                   invalid token, permission denied, invalid credentials, access denied]
  secret_rotation: [secret rotation, credential rotation, rotated, rotation, rotated secret,
                    stale credentials, old password, password rotation, key rotation,
                    vault lease, external secret, secret sync]
  pod_pending: [pending, unschedulable, failedscheduling, pod pending, insufficient resources,
                insufficient cpu, insufficient memory, nodes are available]
  message_broker: [kafka, rabbitmq, nats, sqs, pubsub, broker]
  kafka_replication: [under replicated, underreplicated, isr shrink, isr, in sync replicas,
                      offline partitions, not enough replicas, kafkaofflinepartitions,
                      under min isr, leader not available, preferred leader]
  load_balancer: [load balancer, ingress, nginx, haproxy, envoy, upstream, backend unhealthy,
                  target group, alb, elb, backend, unhealthy targets, unhealthyhostcount,
                  healthy hosts, no healthy upstream]
  health_check: [health check, healthcheck, readiness probe, liveness probe, probe failed,
                 unhealthy, layer7 wrong status, layer4 connection problem]
  cdn: [cdn, origin, edge, pop, cloudflare, fastly, akamai, cloudfront, error 522,
        error 521, error 524, origin unreachable, origin errors, cache origin]
  payment: [payment, psp, acquirer, card declined, declines,
            authorisation, authorization rate, stripe, adyen, checkout payment, charge,
            refund, payment gateway, 3ds]
  backup: [backup, snapshot, backup failed, pg dump, pgbasebackup, mysqldump, archive command,
           wal archive, barman, velero, restic, backup job]
  data_loss: [data loss, deleted rows, accidentally deleted, dropped table, truncate,
              delete without where, corruption, corrupted, checksum mismatch,
              page verification failed, restore from backup, point in time recovery,
              missing data, data missing, lost data]
  batch_job: [cronjob, cron, batch job, job failed, jobfailed, kubejobnotcompleted,
              kubejobfailed, etl, nightly job, overdue, still running, taking longer,
              kubecronjobrunning, job running, rows processed]
  telemetry: [telemetry, log shipper, fluent bit, fluentd, fluentbit, promtail,
              logstash, otel, otelcol, opentelemetry, collector, remote write, scrape,
              scrape failed, no data, metrics missing, logs missing, logs late, spans,
              exporter, loki, dropping spans, dropped logs, ingestion lag]
  file_descriptors: [too many open files, file descriptors, ulimit]
  clock_skew: [clock skew, ntp, time drift, clock drift, ntp offset, chrony, chronyd, timesync,
               clock offset, time offset, in the future, clockskewdetected,
               clock not synchronising, iat]
  rate_limit: [rate limit, "429", too many requests, quota exceeded, throttled,
               ratelimited, rate limiter, rejected requests, retry after]
  garbage_collection: [garbage collection, gc pause, full gc, gc overhead, stop the world,
                       old gen, old generation, g1, jvm, gc time, time spent in gc,
                       safepoint, tenured, metaspace]
  elasticsearch: [elasticsearch, opensearch, unassigned shards, red cluster, cluster red,
                  cluster status red, cluster health red, flood stage, watermark,
                  shard allocation, primary shards, elasticsearchclusterred,
                  elasticsearchclusteryellow, yellow]
  container: [container, pod, docker, kubernetes, k8s]
  security: [intrusion, brute force, suspicious login, malware]
)yaml";

QString located(const QString &fileName, int zeroBasedLine, const QString &message)
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(zeroBasedLine + 1).arg(message);
}

QString lineOf(const QString &fileName, const YAML::Node &node, const QString &message)
{
    return located(fileName, node.Mark().line, message);
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

std::optional<ConceptLexicon> ConceptLexicon::fromYaml(const QString &text, const QString &fileName,
                                                       QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ConceptLexicon> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::ParserException &e) {
        return fail(located(fileName, e.mark.line, fromStd(e.msg)));
    } catch (const YAML::Exception &e) {
        return fail(QStringLiteral("%1: %2").arg(fileName, fromStd(e.what())));
    }

    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    ConceptLexicon lexicon;
    try {
        if (!root.IsMap())
            return fail(located(fileName, root.IsNull() ? 0 : root.Mark().line,
                                QStringLiteral("expected a mapping with 'concepts'")));
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString key = fromStd(it->first.Scalar());
            if (key != QLatin1String("concepts") && key != QLatin1String("version"))
                return fail(
                    lineOf(fileName, it->first,
                           QStringLiteral("unknown key '%1' (expected 'concepts')").arg(key)));
        }
        const YAML::Node concepts = root["concepts"];
        if (!concepts)
            return fail(located(fileName, 0, QStringLiteral("missing 'concepts'")));
        if (!concepts.IsMap() || concepts.size() == 0)
            return fail(
                lineOf(fileName, concepts,
                       QStringLiteral("'concepts' must map concept ids to lists of terms")));

        QSet<QString> seenIds;
        for (auto it = concepts.begin(); it != concepts.end(); ++it) {
            // Copies: the iterator yields temporaries.
            const YAML::Node idNode = it->first;
            const YAML::Node termsNode = it->second;
            const QString id = fromStd(idNode.Scalar());
            if (!idPattern.match(id).hasMatch())
                return fail(
                    lineOf(fileName, idNode,
                           QStringLiteral("concept id '%1' must be lower_snake_case").arg(id)));
            if (seenIds.contains(id))
                return fail(lineOf(fileName, idNode,
                                   QStringLiteral("concept '%1' is defined twice").arg(id)));
            seenIds.insert(id);
            if (!termsNode.IsSequence() || termsNode.size() == 0)
                return fail(
                    lineOf(fileName, termsNode.IsNull() ? idNode : termsNode,
                           QStringLiteral("concept '%1' needs a non-empty list of terms").arg(id)));

            Concept entry;
            entry.id = id;
            entry.line = idNode.Mark().line + 1;
            const qsizetype conceptIndex = lexicon.m_concepts.size();
            QSet<QStringList> seenTerms;
            QList<QStringList> termStems;
            for (const YAML::Node &termNode : termsNode) {
                if (!termNode.IsScalar())
                    return fail(
                        lineOf(fileName, termNode,
                               QStringLiteral("concept '%1': a term must be a string").arg(id)));
                const QString term = fromStd(termNode.Scalar()).trimmed();
                const QStringList stems = TextAnalyzer::stems(term);
                if (stems.isEmpty())
                    return fail(lineOf(
                        fileName, termNode,
                        QStringLiteral("concept '%1': term '%2' has no words").arg(id, term)));
                if (seenTerms.contains(stems))
                    return fail(lineOf(
                        fileName, termNode,
                        QStringLiteral("concept '%1': term '%2' is listed twice").arg(id, term)));
                seenTerms.insert(stems);
                entry.terms << term;
                termStems << stems;
            }
            lexicon.m_concepts << entry;
            for (qsizetype i = 0; i < entry.terms.size(); ++i)
                lexicon.addTerm(conceptIndex, entry.terms.at(i), termStems.at(i));
        }
    } catch (const YAML::Exception &e) {
        return fail(located(fileName, e.mark.line, fromStd(e.msg)));
    }
    return lexicon;
}

std::optional<ConceptLexicon> ConceptLexicon::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromYaml(QString::fromUtf8(file.readAll()), path, error);
}

QString ConceptLexicon::builtinYaml()
{
    return QString::fromUtf8(kBuiltinYaml);
}

ConceptLexicon ConceptLexicon::builtin()
{
    static const ConceptLexicon lexicon = [] {
        QString error;
        std::optional<ConceptLexicon> parsed =
            fromYaml(builtinYaml(), QStringLiteral("concepts.yaml (builtin)"), &error);
        // The builtin text is checked by tst_matcher; an empty lexicon only
        // weakens matching, it never makes it unsafe.
        Q_ASSERT_X(parsed.has_value(), "ConceptLexicon::builtin", qPrintable(error));
        return parsed.value_or(ConceptLexicon());
    }();
    return lexicon;
}

bool ConceptLexicon::contains(const QString &conceptId) const
{
    for (const Concept &entry : m_concepts) {
        if (entry.id == conceptId)
            return true;
    }
    return false;
}

void ConceptLexicon::addTerm(qsizetype conceptIndex, const QString &term,
                             const QStringList &termStems)
{
    // Longest phrases first, so a hit reports the most specific term.
    QList<Phrase> &phrases = m_phrasesByFirstStem[termStems.first()];
    qsizetype at = 0;
    while (at < phrases.size() && phrases.at(at).stems.size() >= termStems.size())
        ++at;
    phrases.insert(at, Phrase{termStems, conceptIndex, term});
}

QList<ConceptHit> ConceptLexicon::find(const QStringList &stems) const
{
    QVarLengthArray<QStringView, 32> views;
    for (const QString &stem : stems)
        views.append(stem);
    return find(std::span<const QStringView>(views.constData(), size_t(views.size())));
}

QList<ConceptHit> ConceptLexicon::find(std::span<const QStringView> stems) const
{
    QList<ConceptHit> hits;
    const qsizetype stemCount = qsizetype(stems.size());
    for (qsizetype i = 0; i < stemCount; ++i) {
        const auto found = m_phrasesByFirstStem.find(stems[size_t(i)]);
        if (found == m_phrasesByFirstStem.cend())
            continue;
        QVarLengthArray<qsizetype, 8> conceptsHere; // one hit per concept and position
        for (const Phrase &phrase : found->second) {
            if (i + phrase.stems.size() > stemCount || conceptsHere.contains(phrase.conceptIndex))
                continue;
            bool matches = true;
            for (qsizetype k = 1; k < phrase.stems.size() && matches; ++k)
                matches = stems[size_t(i + k)] == phrase.stems.at(k);
            if (!matches)
                continue;
            conceptsHere.append(phrase.conceptIndex);
            hits << ConceptHit{m_concepts.at(phrase.conceptIndex).id, phrase.term, int(i),
                               int(phrase.stems.size())};
        }
    }
    return hits;
}

QStringList ConceptLexicon::conceptsIn(const QString &text) const
{
    QSet<QString> ids;
    // Per-thread memory: the matcher asks this for every reading of an alert.
    thread_local AnalyzedText analyzed;
    thread_local std::vector<QStringView> stems;
    TextAnalyzer::analyze(text, analyzed);
    for (const AnalyzedText::Segment &segment : analyzed.segments()) {
        stems.clear();
        for (const AnalyzedText::Word &word : analyzed.words(segment))
            stems.push_back(word.stem);
        for (const ConceptHit &hit : find(stems))
            ids.insert(hit.conceptId);
    }
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return sorted;
}

} // namespace icc
