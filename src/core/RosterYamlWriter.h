#pragma once

#include "EscalationLevel.h"
#include "Roster.h"
#include "RosterOverride.h"
#include "Rotation.h"

#include <QList>
#include <QString>

namespace icc {

// Writes a roster in the YAML layout RosterLoader reads (see RosterLoader.h),
// so the desktop editor can send PUT /api/v1/roster {"yaml"} from what the
// user edited. Comments of a hand-written file are not kept.
//
// The parts overload writes whatever it is given, invalid values included
// (a timeout of 0, an unknown rotation, an empty date): the server is the
// judge of a roster, and its refusal names the field and line to fix.
class RosterYamlWriter final
{
public:
    static QString toYaml(const Roster &roster);
    static QString toYaml(const QString &name, int version, const QList<Rotation> &rotations,
                          const QList<RosterOverride> &overrides,
                          const QList<EscalationLevel> &chain);

    // The largest whole unit RosterLoader::parseDuration reads back exactly:
    // 604800 -> "1w", 600 -> "10m", 90 -> "90s"; anything not positive as
    // plain seconds ("0", "-5"), which the loader refuses.
    static QString durationText(qint64 seconds);
    // "2026-01-05T09:00:00Z"; empty for an invalid time.
    static QString timeText(const QDateTime &when);
};

} // namespace icc
