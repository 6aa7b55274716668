#pragma once

#include "ValidationError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace icc {

// One rotation of the on-call roster (primary, secondary, manager, executive,
// or any other id): an ordered list of members taking turns in fixed-length
// shifts, round robin from handoffStart.
//
// Time is UTC throughout. handoffStart carries both the first handoff date
// and the handoff time of day; shifts of whole days keep that UTC time of day
// for every handoff. A team that wants "09:00 local" across daylight saving
// changes sees the handoff move by an hour twice a year: deliberately, because
// a roster that answers the same instant the same way on every server and
// desktop is worth more than local wall-clock handoffs.
struct Rotation
{
    static constexpr qint64 kDefaultShiftSeconds = 7 * 24 * 3600; // weekly

    QString id;
    QStringList members;    // in rotation order; members[0] takes the first shift
    QDateTime handoffStart; // UTC instant of the first handoff
    qint64 shiftSeconds = kDefaultShiftSeconds;

    // Who the rotation itself puts on call at `at` (overrides are the
    // roster's business). Before handoffStart the first member is on call:
    // a rotation created today that starts next Monday must still page
    // someone now, and the first member is who the team expects. Empty only
    // when there are no members or `at` is invalid.
    QString onCallAt(const QDateTime &at) const;

    // 0 for the shift starting at handoffStart (and for any time before it).
    qint64 shiftIndexAt(const QDateTime &at) const;
    QDateTime shiftStartAt(const QDateTime &at) const;
    // The first handoff strictly after `at`.
    QDateTime nextHandoffAfter(const QDateTime &at) const;
    QTime handoffTime() const { return handoffStart.toUTC().time(); }

    // Problems with this rotation on its own, fields relative to it
    // ("id", "members[2]", "start", "shift"). Empty when valid.
    QList<ValidationError> validate() const;

    QJsonObject toJson() const;

    friend bool operator==(const Rotation &, const Rotation &) = default;
};

} // namespace icc
