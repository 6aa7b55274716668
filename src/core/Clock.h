#pragma once

#include <QDateTime>

namespace icc {

// Source of "now" for every time-dependent rule (dwell, timeouts, expiry,
// rotations). Injected so tests can move time without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

} // namespace icc
