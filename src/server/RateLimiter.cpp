#include "RateLimiter.h"

#include <algorithm>
#include <limits>

namespace icc {

RateLimiter::RateLimiter(const Clock &clock, RateLimit limit, int maxKeys)
    : m_clock(clock)
    , m_burst(std::max(1, limit.burst))
    , m_intervalMs(std::max<qint64>(1, limit.refillInterval.count()))
    , m_maxKeys(std::max(1, maxKeys))
    , m_lastSweepMs(nowMs())
{}

qint64 RateLimiter::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

bool RateLimiter::allow(const QString &key)
{
    const qint64 now = nowMs();
    // Sweep about once per full refill period: amortised, and by then every
    // bucket untouched since the last sweep is full.
    if (now - m_lastSweepMs >= m_burst * m_intervalMs)
        evictIdle();

    auto it = m_fullAtMs.find(key);
    // A clock that moves back never refills a bucket: fullAt stays where it was.
    const qint64 fullAt = it == m_fullAtMs.end() ? now : std::max(*it, now);
    const qint64 tolerance = (m_burst - 1) * m_intervalMs;
    if (fullAt - now > tolerance)
        return false;

    if (it == m_fullAtMs.end()) {
        makeRoom();
        m_fullAtMs.insert(key, fullAt + m_intervalMs);
    } else {
        *it = fullAt + m_intervalMs;
    }
    return true;
}

int RateLimiter::retryAfterSeconds(const QString &key) const
{
    const auto it = m_fullAtMs.constFind(key);
    if (it == m_fullAtMs.constEnd())
        return 0;
    const qint64 now = nowMs();
    const qint64 tolerance = (m_burst - 1) * m_intervalMs;
    const qint64 waitMs = std::max(*it, now) - tolerance - now;
    if (waitMs <= 0)
        return 0;
    const qint64 seconds = (waitMs + 999) / 1000; // round up: never invite an early retry
    return int(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
}

void RateLimiter::evictIdle()
{
    const qint64 now = nowMs();
    m_lastSweepMs = now;
    m_fullAtMs.removeIf([now](const QHash<QString, qint64>::iterator it) { return *it <= now; });
}

void RateLimiter::makeRoom()
{
    if (m_fullAtMs.size() < m_maxKeys)
        return;
    evictIdle();
    while (m_fullAtMs.size() >= m_maxKeys) {
        // The bucket that is fullest (refills soonest) carries the least information.
        auto fullest = std::min_element(m_fullAtMs.begin(), m_fullAtMs.end());
        m_fullAtMs.erase(fullest);
    }
}

} // namespace icc
