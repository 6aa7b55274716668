#pragma once

#include "Clock.h"

#include <QHash>
#include <QString>

#include <chrono>

namespace icc {

// A token bucket: up to `burst` requests at once, then one more every
// `refillInterval`. E.g. ingest per key {1000, 1ms}; login per client
// address {20, 3s}.
struct RateLimit
{
    int burst = 10;
    std::chrono::milliseconds refillInterval{1000};
};

// Token buckets per key (an ingest key's hash, "login-address:" + client
// address, ...). A refused request costs nothing; the caller answers 429 with
// Retry-After: retryAfterSeconds(key). Time comes from the injected clock.
//
// Memory is bounded: a bucket that has refilled completely is the same as no
// bucket and is forgotten; when maxKeys buckets are still in use, the one
// with the most tokens left is forgotten first, so a flood of fresh keys
// cannot push out the bucket of a key that is actually being limited.
class RateLimiter final
{
public:
    static constexpr int kDefaultMaxKeys = 10000;

    RateLimiter(const Clock &clock, RateLimit limit, int maxKeys = kDefaultMaxKeys);
    Q_DISABLE_COPY_MOVE(RateLimiter)

    // Takes one token from key's bucket; false (and nothing taken) when empty.
    bool allow(const QString &key);

    // Whole seconds until allow(key) will succeed; 0 when it would now.
    int retryAfterSeconds(const QString &key) const;

    int trackedKeys() const { return int(m_fullAtMs.size()); }

    // Forgets every bucket that has refilled completely.
    void evictIdle();

private:
    qint64 nowMs() const;
    void makeRoom();

    const Clock &m_clock;
    int m_burst;
    qint64 m_intervalMs;
    int m_maxKeys;
    // Per key, the moment its bucket is full again ("theoretical arrival
    // time" of the generic cell rate algorithm). Each request pushes it one
    // interval later; it may run at most (burst - 1) intervals ahead of now.
    QHash<QString, qint64> m_fullAtMs;
    qint64 m_lastSweepMs = 0;
};

} // namespace icc
