#pragma once

#include "Clock.h"

namespace icc {

// Wall-clock time in UTC; the production implementation of Clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace icc
