#include "CommitBatcher.h"

#include "ApiError.h"
#include "ApiResponse.h"
#include "IncidentService.h"
#include "RequestContext.h"
#include "ServerStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCommit, "icc.server.commit")

namespace icc {

namespace {

ApiError notCommitted(const QString &error)
{
    return ApiError::unavailable(
        QStringLiteral("the change was not saved (storage failure: %1); nothing was applied, "
                       "retry")
            .arg(error),
        1);
}

ApiError degraded(const QString &error)
{
    return ApiError::unavailable(
        QStringLiteral("the server's state could not be restored from storage (%1): writes are "
                       "refused until it is; reads still work; retry later")
            .arg(error),
        5);
}

} // namespace

CommitBatcher::CommitBatcher(ServerStore &store, IncidentService &service, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_service(service)
{}

Reply CommitBatcher::write(RequestContext &context, Work work)
{
    submit(context.defer(), std::move(work));
    return Reply::deferred();
}

void CommitBatcher::submit(DeferredReply reply, Work work)
{
    m_queue.push_back(Pending{std::move(reply), std::move(work)});
    if (int(m_queue.size()) >= m_maxBatch)
        flush();
    else
        scheduleFlush();
}

void CommitBatcher::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Zero timeout: after the requests already read in this turn of the event
    // loop have queued theirs, so they share the commit.
    QTimer::singleShot(0, this, [this] { flush(); });
}

void CommitBatcher::flush()
{
    m_flushScheduled = false;
    if (m_queue.empty())
        return;
    std::vector<Pending> batch;
    batch.swap(m_queue);

    QString error;
    if (!leaveDegradedMode(&error)) {
        for (Pending &pending : batch)
            pending.reply.send(degraded(error));
        return;
    }
    if (!m_store.begin(&error)) {
        for (Pending &pending : batch)
            pending.reply.send(notCommitted(error));
        recover(error);
        return;
    }
    std::vector<ApiResponse> answers;
    answers.reserve(batch.size());
    bool storeFailed = false;
    for (Pending &pending : batch) {
        ApiResponse answer = pending.work().toResponse();
        if (answer.status() >= 500) {
            storeFailed = true;
            error = QString::fromUtf8(answer.body());
            break;
        }
        answers.push_back(std::move(answer));
    }
    QElapsedTimer commitTimer;
    commitTimer.start();
    if (storeFailed || !m_store.commit(&error)) {
        m_store.rollback();
        for (Pending &pending : batch)
            pending.reply.send(notCommitted(error));
        recover(error);
        return;
    }
    m_stats.lastCommitMicroseconds = commitTimer.nsecsElapsed() / 1000;
    m_stats.batches += 1;
    m_stats.writes += batch.size();
    m_stats.largestBatch = std::max(m_stats.largestBatch, int(batch.size()));

    m_service.publishCommitted();
    for (std::size_t i = 0; i < batch.size(); ++i)
        batch[i].reply.send(answers[i]);
    runQueuedExecutions();
}

void CommitBatcher::runQueuedExecutions()
{
    if (!m_service.hasQueuedExecutions())
        return;
    // Outside any transaction: the claims are committed, each result is
    // recorded in a transaction of its own.
    const ServiceResult ran = m_service.runQueuedExecutions();
    if (ran.error == ServiceError::Internal)
        recover(ran.message);
}

bool CommitBatcher::leaveDegradedMode(QString *error)
{
    if (!m_degraded)
        return true;
    const ServiceResult restored = m_service.restore();
    if (!restored.ok()) {
        m_degradedError = restored.message;
        *error = m_degradedError;
        return false;
    }
    qCInfo(lcCommit, "state restored from the store: writes are accepted again");
    m_degraded = false;
    m_degradedError.clear();
    return true;
}

bool CommitBatcher::runNow(const std::function<ServiceResult()> &work, QString *error)
{
    // Queued request writes go first: they arrived first.
    flush();
    QString message;
    if (!leaveDegradedMode(&message)) {
        if (error)
            *error = message;
        return false;
    }
    if (!m_store.begin(&message)) {
        recover(message);
        if (error)
            *error = message;
        return false;
    }
    const ServiceResult result = work();
    const bool storeFailed = result.error == ServiceError::Internal;
    if (storeFailed)
        message = result.message;
    if (storeFailed || !m_store.commit(&message)) {
        m_store.rollback();
        recover(message);
        if (error)
            *error = message;
        return false;
    }
    m_service.publishCommitted();
    runQueuedExecutions();
    return true;
}

void CommitBatcher::recover(const QString &error)
{
    m_stats.failedBatches += 1;
    qCCritical(lcCommit, "storage failure, state restored from the store: %s", qPrintable(error));
    const ServiceResult restored = m_service.restore();
    if (!restored.ok()) {
        // The memory may be half rebuilt (stops released, id counters at 0):
        // no write may build on it until a restore succeeds.
        qCCritical(lcCommit, "restore failed, writes refused until it succeeds: %s",
                   qPrintable(restored.message));
        m_degraded = true;
        m_degradedError = restored.message;
    }
    emit storageFailed(error);
}

} // namespace icc
