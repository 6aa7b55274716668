#pragma once

#include "StoreRecords.h"

#include <QList>

namespace icc {

// The committed events the WebSocket push replays from. ServerStore has the
// same two functions, so the store's adapter only forwards.
class EventSource
{
public:
    virtual ~EventSource() = default;
    // Events with sequence > after, ascending, at most limit of them.
    virtual QList<EventRecord> events(qint64 after, int limit) const = 0;
    // The highest committed sequence; 0 when there is none.
    virtual qint64 lastEventSequence() const = 0;
};

} // namespace icc
