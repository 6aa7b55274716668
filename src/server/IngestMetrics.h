#pragma once

#include <QMap>
#include <QString>

namespace icc {

// What the ingest endpoints count for GET /metrics, for the life of the
// process (Prometheus counters may restart at zero with the server).
// Accepted alerts are counted when their ingest ran inside the commit batch.
struct IngestMetrics
{
    QMap<QString, quint64> alertsBySource; // alertmanager | pagerduty | generic
    quint64 rejectedRequests = 0;          // 4xx for the payload (parse errors, empty batch)
    quint64 throttledRequests = 0;         // 429 from the per-key rate limit
};

} // namespace icc
