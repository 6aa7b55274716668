#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace icc {

// What a number measures. Values of one dimension compare after conversion to
// its base unit: percent, seconds, bytes, items, multiples ("3x normal").
enum class QuantityDimension
{
    Unitless,
    Percent,
    Duration,
    Size,
    Count,
    Multiple
};

// A number with its unit, found in an alert ("CPU at 97%") or a condition.
struct Quantity
{
    double value = 0.0;     // as written (2.4 for "2.4s")
    double baseValue = 0.0; // in the dimension's base unit (2.4 s, 2400 ms -> 2.4)
    QString unit;           // canonical: "%", "ms", "s", "min", "h", "days", "weeks", "B",
                            // "KB", "MB", "GB", "TB", "count", "x", or empty when unitless
    QuantityDimension dimension = QuantityDimension::Unitless;
    QString text;        // as found: "97%", "2.4s", "cpu_percent=97"
    QString contextText; // the words naming what was measured ("CPU", "p99")
    QStringList context; // their stems, stop words and numbers dropped

    // "CPU 97%": what and how much, for explanations.
    QString describe() const;
};

enum class ConditionVerdict
{
    Unknown,
    Met,
    Failed
};

// A numeric condition written in a runbook symptom: "CPU usage above 90%",
// "p99 latency greater than 500 ms", "certificate expires within 7 days".
// Plain value struct; parse() finds every condition of a text.
struct NumericCondition
{
    enum class Comparison
    {
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual
    };

    Comparison comparison = Comparison::Greater;
    Quantity threshold;
    QString subjectText; // what the condition is about: "CPU usage"
    QStringList subject; // its stems, stop words and numbers dropped
    QString text;        // the condition as written: "CPU usage above 90%"
    // "sustained for more than 5 minutes" says how long a state lasts, not
    // what a reading is; such conditions are parsed but never checked.
    bool sustain = false;

    // Every condition in text, in order.
    static QList<NumericCondition> parse(const QString &text);

    // Numbers with a unit in text that are readings, i.e. not the threshold of
    // a condition: "CPU at 97%", "p99 2.4s", "expires in 5 days".
    static QList<Quantity> readings(const QString &text);

    // A reading from Alert::values. The unit comes from the name when it says
    // one ("latency_ms", "cpu_percent", "disk_free_ratio" -> percent);
    // otherwise the value is unitless and compared as written.
    static Quantity fromValue(const QString &name, double value);

    // Whether a reading satisfies the condition. Unknown when the units are
    // incompatible or the condition is a sustain duration. A unitless side is
    // compared as written.
    ConditionVerdict check(const Quantity &reading) const;

    // Whether a condition stated by the alert itself ("CPU above 95%") implies
    // this one (Met), contradicts it (Failed) or neither (Unknown).
    ConditionVerdict checkClaim(const NumericCondition &claim) const;

    bool holds(double value) const;
};

QString toString(NumericCondition::Comparison comparison);

} // namespace icc
