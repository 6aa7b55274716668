#include "StoreEventSource.h"

#include "ServerStore.h"

namespace icc {

QList<EventRecord> StoreEventSource::events(qint64 after, int limit) const
{
    return m_store.events(after, limit);
}

qint64 StoreEventSource::lastEventSequence() const
{
    return m_store.lastEventSequence();
}

} // namespace icc
