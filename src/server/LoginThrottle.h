#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>

namespace icc {

struct LoginThrottlePolicy
{
    int maxFailures = 5;                   // failed logins for one name ...
    std::chrono::seconds window{15 * 60};  // ... within this window ...
    std::chrono::seconds lockout{15 * 60}; // ... block that name this long
    int maxTrackedNames = 10000;
};

// Failed logins per user name, against password guessing: after maxFailures
// failures within the window the name is locked out (429 with Retry-After)
// until the lockout ends; a successful login clears its record. The server
// asks retryAfterSeconds() BEFORE checking the password, so a locked-out
// name gets no answer about its password at all. Names are compared case-
// folded and trimmed, so "Alice " and "alice" share one count. Unknown names
// are counted like real ones (no hint which names exist).
class LoginThrottle final
{
public:
    explicit LoginThrottle(const Clock &clock, LoginThrottlePolicy policy = {});
    Q_DISABLE_COPY_MOVE(LoginThrottle)

    // 0 when a login for this name may be tried now; otherwise whole seconds.
    int retryAfterSeconds(const QString &userName) const;
    bool isLockedOut(const QString &userName) const { return retryAfterSeconds(userName) > 0; }

    void recordFailure(const QString &userName);
    void recordSuccess(const QString &userName);

    int trackedNames() const { return int(m_records.size()); }

private:
    struct Record
    {
        int failures = 0;
        QDateTime windowStart;
        QDateTime lockedUntil; // invalid when not locked
    };

    static QString normalized(const QString &userName);
    void makeRoom(const QDateTime &now);

    const Clock &m_clock;
    LoginThrottlePolicy m_policy;
    QHash<QString, Record> m_records;
};

} // namespace icc
