#pragma once

#include "HitlTypes.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// How far a step reaches (PRODUCT.md, trigger "blast radius").
struct BlastRadius
{
    int services = 1;
    double trafficFraction = 0.0; // 0..1 of user traffic served by what the step touches
    int reversibleMinutes = -1;   // minutes to undo; -1 = not reversible

    bool isReversible() const { return reversibleMinutes >= 0; }
    QJsonObject toJson() const;
    static BlastRadius fromJson(const QJsonObject &object);
};

// A declared parameter of a step. Only declared parameters can be filled or
// modified by a reviewer; values come from an alert label or a default.
struct StepParameter
{
    QString name;
    QString fromLabel;    // alert label that supplies the value
    QString defaultValue; // used when the label is absent
    QStringList allowed;  // when non-empty, the only values a modify may choose
    QString pattern;      // when non-empty, a regular expression a value must match in full
    std::optional<double> minimum; // numeric bounds for numeric parameters
    std::optional<double> maximum;

    QJsonObject toJson() const;
    // The inverse of toJson(); `name` falls back to `key` when absent.
    static StepParameter fromJson(const QJsonObject &object, const QString &key = {});
};

// One step of a runbook: the only kind of action the agent can propose.
struct RunbookStep
{
    QString action; // action type; halts apply per type
    QString description;
    RiskTier risk = RiskTier::Low;
    bool requiresApproval = false;
    QString command;  // template with {{param}} placeholders, run only in live mode
    QString rollback; // template, same placeholders
    BlastRadius blastRadius;
    bool regulated = false;
    bool irreversible = false; // declared irreversible: no rollback exists (reason in description)
    QMap<QString, StepParameter> params;
    int sourceLine = 0; // line of the step in the runbook file (for error messages)

    // A step changes state when it has a command to run.
    bool changesState() const { return !command.isEmpty(); }
    QJsonObject toJson() const;
    // The inverse of toJson() (sourceLine is not part of it), so a step can be
    // kept as a snapshot and used later exactly as it was. nullopt and *error
    // naming the field when the object is not a step (no action, unknown risk).
    static std::optional<RunbookStep> fromJson(const QJsonObject &object, QString *error = nullptr);
};

} // namespace icc
