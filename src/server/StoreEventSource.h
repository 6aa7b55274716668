#pragma once

#include "EventSource.h"

namespace icc {

class ServerStore;

// The WebSocket replay reads events straight from the store. Safe without a
// filter for uncommitted rows because the server is single-threaded and a
// transaction never spans a turn of the event loop (CommitBatcher begins,
// works and commits in one call), so a replay never runs mid-transaction.
class StoreEventSource final : public EventSource
{
public:
    explicit StoreEventSource(const ServerStore &store)
        : m_store(store)
    {}

    QList<EventRecord> events(qint64 after, int limit) const override;
    qint64 lastEventSequence() const override;

private:
    const ServerStore &m_store;
};

} // namespace icc
