#pragma once

#include "Roster.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace icc {

// Reads a roster from YAML (the file an admin curates, see
// resources/roster/demo.yaml) or from the JSON the server and the desktop
// editor sync. Both go through Roster's edit API, so a loaded roster obeys
// exactly the rules an edit does. YAML errors read "file:line: field: message".
//
// YAML layout:
//   name: payments-platform        # optional
//   version: 7                     # optional, default 1
//   default_timeout: 10m           # optional per-level timeout, default 600 s
//   rotations:                     # required: id, members, start; shift defaults to 7d
//     - {id: primary, members: [alice, bob], start: 2026-01-05T09:00:00Z, shift: 7d}
//     - {id: manager, members: [ivan], start: 2026-01-05, handoff_time: "09:00", shift: 14d}
//   overrides:                     # optional; later entries win where they overlap
//     - {rotation: primary, user: bob, from: ..., to: ..., reason: ...}
//   chain:                         # required; position = level
//     - {rotation: primary, timeout: 10m}
// Times without an offset are read as UTC (the roster is UTC throughout).
// Durations: "90s", "10m", "12h", "7d", "2w" or plain seconds.
class RosterLoader final
{
public:
    static RosterLoadResult fromYaml(const QString &text, const QString &fileName);
    static RosterLoadResult fromYamlFile(const QString &path);
    static RosterLoadResult fromJson(const QJsonObject &json);

    // Positive durations only; nullopt for anything else.
    static std::optional<qint64> parseDuration(QStringView text);
    // ISO 8601 date-time (offset optional, UTC assumed) or a date (midnight UTC).
    static std::optional<QDateTime> parseUtcDateTime(QStringView text);

    struct Draft;

private:
    static RosterLoadResult assemble(const Draft &draft);
};

} // namespace icc
