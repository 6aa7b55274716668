#pragma once

#include "DeferredReply.h"
#include "Reply.h"
#include "ServiceResult.h"

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace icc {

class IncidentService;
class RequestContext;
class ServerStore;

// Group commit for every write of the API. A handler queues its work with
// the deferred answer; at the next turn of the event loop all queued work runs
// in one transaction, committed once; only then are the new events published
// and the answers sent. So a 2xx always means committed, and the writes that
// arrived together share one fsync.
//
// A write that fails inside the store (a 5xx from its work) or a failed commit
// rolls the whole batch back, rebuilds the service's memory from the store
// (IncidentService::restore) and answers every write of the batch 503: none of
// them was acknowledged, so nothing acknowledged is lost, and each client may
// retry. A 4xx of one write is that write's answer only: the refusal may have
// written (it is audited) and commits with the rest.
//
// Executions: after a successful commit, publish and answers, the service's
// claimed executions run (IncidentService::runQueuedExecutions), outside the
// batch's transaction, each result committed on its own.
//
// Degraded mode: when the restore after a failure fails too, the service's
// memory cannot be trusted (stops may be released, id counters reset), so
// every write (request or runNow) is answered 503 without running, and each
// new write attempt first retries the restore; the first that succeeds ends
// degraded mode. Reads are not affected.
class CommitBatcher final : public QObject
{
    Q_OBJECT

public:
    // Runs inside the open transaction and returns the answer to send after
    // the commit (never a deferred Reply).
    using Work = std::function<Reply()>;

    struct Stats
    {
        quint64 batches = 0;
        quint64 writes = 0;
        quint64 failedBatches = 0;
        int largestBatch = 0;
        qint64 lastCommitMicroseconds = 0;
    };

    static constexpr int kDefaultMaxBatch = 256;

    CommitBatcher(ServerStore &store, IncidentService &service, QObject *parent = nullptr);

    // A batch that reaches this size is committed without waiting for the
    // event loop, which bounds a batch's latency and memory.
    void setMaxBatch(int writes) { m_maxBatch = std::max(writes, 1); }

    // Takes over the request's answer: returns Reply::deferred() for the handler.
    Reply write(RequestContext &context, Work work);
    void submit(DeferredReply reply, Work work);

    // Work outside any request (timers, start-up): its own transaction now,
    // rolled back when the work reports an Internal (store) failure. False and
    // *error when nothing was committed (the service was then restored).
    bool runNow(const std::function<ServiceResult()> &work, QString *error = nullptr);

    const Stats &stats() const { return m_stats; }
    // The last restore failed: writes are refused until one succeeds.
    bool isDegraded() const { return m_degraded; }
    QString degradedReason() const { return m_degradedError; }
    bool hasPendingWrites() const { return !m_queue.empty(); }

signals:
    // A commit failed and the service was restored from the store.
    void storageFailed(const QString &error);

private:
    struct Pending
    {
        DeferredReply reply;
        Work work;
    };

    void scheduleFlush();
    void flush();
    void recover(const QString &error);
    void runQueuedExecutions();
    // True when not degraded, or a new restore succeeded; else *error.
    bool leaveDegradedMode(QString *error);

    ServerStore &m_store;
    IncidentService &m_service;
    std::vector<Pending> m_queue;
    bool m_flushScheduled = false;
    int m_maxBatch = kDefaultMaxBatch;
    Stats m_stats;
    bool m_degraded = false;
    QString m_degradedError;
};

} // namespace icc
