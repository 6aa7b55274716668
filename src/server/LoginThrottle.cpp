#include "LoginThrottle.h"

#include <algorithm>

namespace icc {

namespace {

bool lockedAt(const QDateTime &lockedUntil, const QDateTime &now)
{
    return lockedUntil.isValid() && lockedUntil > now;
}

} // namespace

LoginThrottle::LoginThrottle(const Clock &clock, LoginThrottlePolicy policy)
    : m_clock(clock)
    , m_policy(policy)
{
    m_policy.maxFailures = std::max(1, m_policy.maxFailures);
    m_policy.maxTrackedNames = std::max(1, m_policy.maxTrackedNames);
}

QString LoginThrottle::normalized(const QString &userName)
{
    return userName.trimmed().toCaseFolded();
}

int LoginThrottle::retryAfterSeconds(const QString &userName) const
{
    const auto it = m_records.constFind(normalized(userName));
    if (it == m_records.constEnd() || !it->lockedUntil.isValid())
        return 0;
    const qint64 waitMs = m_clock.now().msecsTo(it->lockedUntil);
    if (waitMs <= 0)
        return 0;
    return int((waitMs + 999) / 1000); // round up: never invite an early retry
}

void LoginThrottle::recordFailure(const QString &userName)
{
    const QDateTime now = m_clock.now();
    const QString key = normalized(userName);
    if (!m_records.contains(key))
        makeRoom(now);
    Record &record = m_records[key];

    const bool lockOver = record.lockedUntil.isValid() && record.lockedUntil <= now;
    const bool windowOver = !record.windowStart.isValid() ||
                            record.windowStart.secsTo(now) >= m_policy.window.count() ||
                            now < record.windowStart; // a clock moved back opens a new window
    if (lockOver || windowOver) {
        record.failures = 0;
        record.windowStart = now;
        if (lockOver)
            record.lockedUntil = {};
    }
    ++record.failures;
    if (record.failures >= m_policy.maxFailures) {
        const QDateTime until = now.addSecs(m_policy.lockout.count());
        // Never shorten a running lockout.
        if (!record.lockedUntil.isValid() || until > record.lockedUntil)
            record.lockedUntil = until;
    }
}

void LoginThrottle::recordSuccess(const QString &userName)
{
    m_records.remove(normalized(userName));
}

void LoginThrottle::makeRoom(const QDateTime &now)
{
    if (m_records.size() < m_policy.maxTrackedNames)
        return;
    // First forget what no longer matters: no lockout running, window over.
    const qint64 window = m_policy.window.count();
    m_records.removeIf([&](const QHash<QString, Record>::iterator it) {
        return !lockedAt(it->lockedUntil, now) && it->windowStart.secsTo(now) >= window;
    });
    // Still full: forget the record that blocks least (no lockout, fewest
    // failures), so a flood of made-up names cannot clear a real lockout.
    while (m_records.size() >= m_policy.maxTrackedNames) {
        auto least = std::min_element(m_records.begin(), m_records.end(),
                                      [&](const Record &a, const Record &b) {
                                          const bool aLocked = lockedAt(a.lockedUntil, now);
                                          const bool bLocked = lockedAt(b.lockedUntil, now);
                                          if (aLocked != bLocked)
                                              return !aLocked;
                                          if (aLocked)
                                              return a.lockedUntil < b.lockedUntil;
                                          return a.failures < b.failures;
                                      });
        m_records.erase(least);
    }
}

} // namespace icc
