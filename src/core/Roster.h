#pragma once

#include "EscalationLevel.h"
#include "RosterOverride.h"
#include "Rotation.h"
#include "ValidationError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// What an edit did: nothing (errors set) or everything (errors empty).
struct [[nodiscard]] RosterEditResult
{
    QList<ValidationError> errors;
    int overrideId = 0; // the id addOverride assigned

    bool ok() const { return errors.isEmpty(); }
};

class Roster;

// A roster read from YAML or JSON: either a roster or the reasons it is not one.
struct RosterLoadResult;

// The on-call roster: rotations, overrides and the escalation chain, and the
// answer to "who is paged at level N at time T".
//
// Every successful edit bumps version(): the server pins an open incident to
// the roster version in force when it opened, so a mid-incident edit never
// silently changes who an open incident escalates to. A rejected edit changes
// nothing, not even the version. Invariants the edits keep: rotation ids are
// unique, every rotation has members, every chain level names an existing
// rotation and has a positive timeout, overrides name existing rotations.
class Roster final
{
public:
    static constexpr int kDefaultLevelTimeoutSeconds = 600; // PRODUCT.md: 10 minutes

    Roster() = default;

    QString name() const { return m_name; }
    int version() const { return m_version; }
    const QList<Rotation> &rotations() const { return m_rotations; }
    std::optional<Rotation> rotation(const QString &id) const;
    const QList<RosterOverride> &overrides() const { return m_overrides; }
    const QList<EscalationLevel> &chain() const { return m_chain; }

    // --- who is on call -------------------------------------------------
    // The user on call for a rotation at `at`: the latest-created override
    // covering `at`, else the rotation's round robin. Empty for an unknown
    // rotation.
    QString onCall(const QString &rotationId, const QDateTime &at) const;
    // The override that decides onCall(rotationId, at), if one does.
    std::optional<RosterOverride> activeOverride(const QString &rotationId,
                                                 const QDateTime &at) const;
    // rotation id -> user, for every rotation.
    QMap<QString, QString> whoIsOnCall(const QDateTime &at) const;

    // --- the escalation chain (levels are 1-based) -----------------------
    std::optional<EscalationLevel> levelAt(int level) const;
    // The level after `current` (nextLevel(0) is level 1), or nullopt when the
    // chain is exhausted: the review then stays held and the commander is
    // alerted (PRODUCT.md "Hold on timeout") -- never auto-approved.
    std::optional<EscalationLevel> nextLevel(int current) const;
    // Who to page for `level` at `at`; empty for an unknown level or when its
    // rotation has nobody on call.
    QStringList recipientsForLevel(int level, const QDateTime &at) const;

    // --- editing (each success bumps version()) --------------------------
    RosterEditResult setName(const QString &name);
    RosterEditResult addRotation(const Rotation &rotation);
    // Fails while the chain still pages the rotation. Drops its overrides.
    RosterEditResult removeRotation(const QString &rotationId);
    RosterEditResult setMembers(const QString &rotationId, const QStringList &members);
    RosterEditResult setSchedule(const QString &rotationId, const QDateTime &handoffStart,
                                 qint64 shiftSeconds);
    // Assigns the next creation-order id (returned in overrideId); the
    // override's own id is ignored. The user need not be a rotation member
    // (a manager may cover a shift).
    RosterEditResult addOverride(const RosterOverride &entry);
    RosterEditResult removeOverride(int overrideId);
    // The position in the list is the level: levels are renumbered 1..n.
    RosterEditResult setChain(const QList<EscalationLevel> &chain);

    // --- persistence -----------------------------------------------------
    // The server and the desktop roster editor sync this form; fromJson
    // restores the version and the override ids exactly.
    QJsonObject toJson() const;
    static RosterLoadResult fromJson(const QJsonObject &json);
    // YAML as in resources/roster/demo.yaml; errors name fileName:line: field.
    static RosterLoadResult fromYaml(const QString &text, const QString &fileName);
    static RosterLoadResult fromYamlFile(const QString &path);

    friend bool operator==(const Roster &a, const Roster &b);

private:
    friend class RosterLoader;

    qsizetype indexOfRotation(const QString &id) const;
    RosterEditResult applied();

    QString m_name;
    int m_version = 1;
    QList<Rotation> m_rotations;
    QList<RosterOverride> m_overrides;
    QList<EscalationLevel> m_chain;
    int m_nextOverrideId = 1;
};

struct RosterLoadResult
{
    std::optional<Roster> roster;
    QList<ValidationError> errors;

    bool ok() const { return roster.has_value() && errors.isEmpty(); }
};

} // namespace icc
