#include "NumericCondition.h"

#include "TextAnalyzer.h"

#include <QRegularExpression>

#include <cmath>

namespace icc {

namespace {

struct UnitInfo
{
    QString canonical;
    QuantityDimension dimension = QuantityDimension::Unitless;
    double toBase = 1.0;
};

// Units as written after a number (lower case). Count nouns make "1000
// messages" a count; anything else leaves the number unitless.
std::optional<UnitInfo> unitInfo(const QString &lowerUnit)
{
    struct Entry
    {
        const char *names;
        const char *canonical;
        QuantityDimension dimension;
        double toBase;
    };
    static const Entry entries[] = {
        {"%|percent|pct|percentage", "%", QuantityDimension::Percent, 1.0},
        {"ms|msec|msecs|millisecond|milliseconds|millis", "ms", QuantityDimension::Duration, 0.001},
        {"s|sec|secs|second|seconds", "s", QuantityDimension::Duration, 1.0},
        {"m|min|mins|minute|minutes", "min", QuantityDimension::Duration, 60.0},
        {"h|hr|hrs|hour|hours", "h", QuantityDimension::Duration, 3600.0},
        {"d|day|days", "days", QuantityDimension::Duration, 86400.0},
        {"w|week|weeks", "weeks", QuantityDimension::Duration, 604800.0},
        {"b|byte|bytes", "B", QuantityDimension::Size, 1.0},
        {"kb|kib", "KB", QuantityDimension::Size, 1024.0},
        {"mb|mib", "MB", QuantityDimension::Size, 1024.0 * 1024.0},
        {"gb|gib", "GB", QuantityDimension::Size, 1024.0 * 1024.0 * 1024.0},
        {"tb|tib", "TB", QuantityDimension::Size, 1024.0 * 1024.0 * 1024.0 * 1024.0},
        {"x", "x", QuantityDimension::Multiple, 1.0},
        {"count|message|messages|msg|msgs|request|requests|req|reqs|error|errors|event|events|"
         "item|items|job|jobs|connection|connections|conn|conns|restart|restarts|retry|retries|"
         "pod|pods|replica|replicas|time|times|task|tasks|file|files|thread|threads",
         "count", QuantityDimension::Count, 1.0},
    };
    // Split once: this runs for every number and value name of every alert.
    static const QList<std::pair<QStringList, UnitInfo>> units = [] {
        QList<std::pair<QStringList, UnitInfo>> list;
        for (const Entry &entry : entries) {
            list.append(
                {QString::fromLatin1(entry.names).split(QLatin1Char('|')),
                 UnitInfo{QString::fromLatin1(entry.canonical), entry.dimension, entry.toBase}});
        }
        return list;
    }();
    for (const auto &[names, info] : units) {
        if (names.contains(lowerUnit))
            return info;
    }
    return std::nullopt;
}

const QString &numberPattern()
{
    static const QString pattern =
        QStringLiteral("(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");
    return pattern;
}

const QString &unitPattern()
{
    // Longer spellings first: the alternation takes the first that fits.
    static const QString pattern = QStringLiteral(
        "(%|percent(?:age)?|pct|milliseconds?|millis|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|"
        "hours?|hrs?|h|days?|d|weeks?|w|[kmgt]i?b|bytes?|b|count|messages?|msgs?|requests?|reqs?|"
        "errors?|events?|items?|jobs?|connections?|conns?|restarts?|retry|retries|pods?|"
        "replicas?|times?|tasks?|files?|threads?|x)");
    return pattern;
}

// Comparison words (case-insensitive) before a threshold.
const QRegularExpression &conditionRegex()
{
    static const QRegularExpression regex(
        QStringLiteral("(>=|=>|\\x{2265}|<=|=<|\\x{2264}|>|<|"
                       "\\b(?:above|over|exceed(?:s|ing|ed)?|greater than|more than|higher than|"
                       "larger than|longer than|at least|below|under|less than|lower than|"
                       "fewer than|smaller than|shorter than|at most|within|up to)\\b)"
                       "\\s*(?:(?:of|by)\\s+)?") +
            numberPattern() + QStringLiteral("(?:\\s?") + unitPattern() +
            QStringLiteral(")?(?![\\w%])"),
        QRegularExpression::CaseInsensitiveOption);
    return regex;
}

const QRegularExpression &quantityRegex()
{
    static const QRegularExpression regex(QStringLiteral("(?<![\\w.,])") + numberPattern() +
                                              QStringLiteral("\\s?") + unitPattern() +
                                              QStringLiteral("(?![\\w%])"),
                                          QRegularExpression::CaseInsensitiveOption);
    return regex;
}

NumericCondition::Comparison comparisonOf(const QString &word)
{
    using C = NumericCondition::Comparison;
    const QString w = word.toLower().simplified();
    if (w == QLatin1String(">=") || w == QLatin1String("=>") || w == QString(QChar(0x2265)) ||
        w == QLatin1String("at least"))
        return C::GreaterOrEqual;
    if (w == QLatin1String("<=") || w == QLatin1String("=<") || w == QString(QChar(0x2264)) ||
        w == QLatin1String("at most") || w == QLatin1String("within") ||
        w == QLatin1String("up to"))
        return C::LessOrEqual;
    const bool lessThan =
        w.endsWith(QLatin1String(" than")) &&
        (w.startsWith(QLatin1String("less")) || w.startsWith(QLatin1String("lower")) ||
         w.startsWith(QLatin1String("fewer")) || w.startsWith(QLatin1String("smaller")) ||
         w.startsWith(QLatin1String("shorter")));
    if (w == QLatin1String("<") || w == QLatin1String("below") || w == QLatin1String("under") ||
        lessThan)
        return C::Less;
    return C::Greater;
}

double parseNumber(const QString &text)
{
    QString digits = text;
    digits.remove(QLatin1Char(','));
    return digits.toDouble();
}

Quantity makeQuantity(const QString &number, const QString &unit, const QString &text)
{
    Quantity quantity;
    quantity.value = parseNumber(number);
    quantity.baseValue = quantity.value;
    quantity.text = text.trimmed();
    if (!unit.isEmpty()) {
        if (const std::optional<UnitInfo> info = unitInfo(unit.toLower())) {
            quantity.unit = info->canonical;
            quantity.dimension = info->dimension;
            quantity.baseValue = quantity.value * info->toBase;
        }
    }
    return quantity;
}

// Where the clause holding position `at` starts.
qsizetype clauseStart(const QString &text, qsizetype at)
{
    for (qsizetype i = at - 1; i >= 0; --i) {
        if (TextAnalyzer::endsClause(text, i))
            return i + 1;
    }
    return 0;
}

qsizetype clauseEnd(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (TextAnalyzer::endsClause(text, i))
            return i;
    }
    return text.size();
}

// Words that name a measure without saying of what: they never tie a reading
// to a condition on their own ("memory usage" is not "CPU usage").
bool isGenericMeasureWord(const QString &stem)
{
    static const QStringList generic = {
        QStringLiteral("usag"),        QStringLiteral("usage"),       QStringLiteral("use"),
        QStringLiteral("utilization"), QStringLiteral("utilisation"), QStringLiteral("level"),
        QStringLiteral("value"),       QStringLiteral("valu"),        QStringLiteral("current"),
        QStringLiteral("total"),       QStringLiteral("percent"),     QStringLiteral("percentag"),
        QStringLiteral("ratio"),       QStringLiteral("count"),       QStringLiteral("number"),
        QStringLiteral("size"),        QStringLiteral("siz"),         QStringLiteral("rate"),
        QStringLiteral("rat"),         QStringLiteral("high"),        QStringLiteral("low"),
        QStringLiteral("time"),        QStringLiteral("tim"),         QStringLiteral("avg"),
        QStringLiteral("average"),     QStringLiteral("averag"),      QStringLiteral("max"),
        QStringLiteral("min"),         QStringLiteral("reading"),     QStringLiteral("metric"),
        QStringLiteral("sustain"),     QStringLiteral("sustained")};
    return generic.contains(stem);
}

// Informative stems of a piece of text, in order.
QStringList informativeStems(const QString &text)
{
    QStringList result;
    for (const TextSegment &segment : TextAnalyzer::analyze(text)) {
        if (segment.weight < 1.0)
            continue; // camel-case parts restate a word already counted
        for (const AnalyzedWord &word : segment.words) {
            if (!word.isStopWord && !word.isNumber && !isGenericMeasureWord(word.stem))
                result << word.stem;
        }
    }
    return result;
}

// Up to `count` informative words of text, taken from its end.
QString lastWords(const QString &text, int count)
{
    static const QRegularExpression wordRegex(QStringLiteral("[\\w./-]+"));
    QStringList words;
    auto it = wordRegex.globalMatch(text);
    while (it.hasNext())
        words << it.next().captured(0);
    QStringList kept;
    for (qsizetype i = words.size() - 1; i >= 0 && kept.size() < count; --i) {
        const QString lower = words.at(i).toLower();
        if (lower == QLatin1String("and") || lower == QLatin1String("or") ||
            lower == QLatin1String("when") || lower == QLatin1String("if") ||
            lower == QLatin1String("while") || lower == QLatin1String("with"))
            break; // a new condition starts after a conjunction
        kept.prepend(words.at(i));
    }
    return kept.join(QLatin1Char(' '));
}

} // namespace

QString toString(NumericCondition::Comparison comparison)
{
    switch (comparison) {
    case NumericCondition::Comparison::Greater:
        return QStringLiteral(">");
    case NumericCondition::Comparison::GreaterOrEqual:
        return QStringLiteral(">=");
    case NumericCondition::Comparison::Less:
        return QStringLiteral("<");
    case NumericCondition::Comparison::LessOrEqual:
        break;
    }
    return QStringLiteral("<=");
}

QString Quantity::describe() const
{
    return contextText.isEmpty() ? text : contextText + QLatin1Char(' ') + text;
}

QList<NumericCondition> NumericCondition::parse(const QString &text)
{
    QList<NumericCondition> conditions;
    qsizetype previousEnd = 0;
    auto it = conditionRegex().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        NumericCondition condition;
        condition.comparison = comparisonOf(match.captured(1));
        condition.threshold = makeQuantity(
            match.captured(2), match.captured(3),
            text.mid(match.capturedStart(2), match.capturedEnd() - match.capturedStart(2)));

        const qsizetype from = std::max(previousEnd, clauseStart(text, match.capturedStart()));
        const QString before = text.mid(from, match.capturedStart() - from);
        const QString beforeTrimmed = before.trimmed().toLower();
        condition.sustain = beforeTrimmed == QLatin1String("for") ||
                            beforeTrimmed.endsWith(QLatin1String(" for")) ||
                            beforeTrimmed.endsWith(QLatin1String(" lasting"));
        condition.subjectText = lastWords(before, 4);
        condition.subject = informativeStems(condition.subjectText);
        if (condition.subject.isEmpty() && !condition.sustain) {
            // "above 90% memory usage": the subject follows the threshold.
            const qsizetype end = clauseEnd(text, match.capturedEnd());
            const QString after = text.mid(match.capturedEnd(), end - match.capturedEnd());
            condition.subjectText = after.simplified().section(QLatin1Char(' '), 0, 2);
            condition.subject = informativeStems(condition.subjectText);
        }
        const QString phrase = match.captured(0).simplified();
        const bool subjectFirst = !informativeStems(lastWords(before, 4)).isEmpty();
        condition.text = (subjectFirst ? condition.subjectText + QLatin1Char(' ') + phrase
                                       : phrase + QLatin1Char(' ') + condition.subjectText)
                             .simplified();
        conditions << condition;
        previousEnd = match.capturedEnd();
    }
    return conditions;
}

QList<Quantity> NumericCondition::readings(const QString &text)
{
    // Spans of condition thresholds: "above 90%" is a claim, not a reading.
    QList<QPair<qsizetype, qsizetype>> conditionSpans;
    auto conditionIt = conditionRegex().globalMatch(text);
    while (conditionIt.hasNext()) {
        const QRegularExpressionMatch match = conditionIt.next();
        conditionSpans.append({match.capturedStart(), match.capturedEnd()});
    }

    QList<Quantity> result;
    qsizetype previousEnd = 0;
    auto it = quantityRegex().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        bool insideCondition = false;
        for (const auto &span : conditionSpans) {
            if (match.capturedStart() >= span.first && match.capturedEnd() <= span.second)
                insideCondition = true;
        }
        if (insideCondition) {
            previousEnd = match.capturedEnd();
            continue;
        }
        Quantity quantity = makeQuantity(match.captured(1), match.captured(2), match.captured(0));
        if (quantity.dimension == QuantityDimension::Unitless)
            continue;

        const qsizetype from = std::max(previousEnd, clauseStart(text, match.capturedStart()));
        quantity.contextText = lastWords(text.mid(from, match.capturedStart() - from), 3);
        quantity.context = informativeStems(quantity.contextText);
        if (quantity.context.isEmpty()) {
            // "95% disk used": the measure follows the number.
            const qsizetype end = clauseEnd(text, match.capturedEnd());
            const QString after = text.mid(match.capturedEnd(), end - match.capturedEnd());
            quantity.contextText = after.simplified().section(QLatin1Char(' '), 0, 1);
            quantity.context = informativeStems(quantity.contextText);
        }
        result << quantity;
        previousEnd = match.capturedEnd();
    }
    return result;
}

Quantity NumericCondition::fromValue(const QString &name, double value)
{
    Quantity quantity;
    quantity.value = value;
    quantity.baseValue = value;
    quantity.text = QStringLiteral("%1=%2").arg(name).arg(value);

    static const QRegularExpression separators(QStringLiteral("[_\\-.\\s]+"));
    QStringList words;
    for (const QString &part : name.split(separators, Qt::SkipEmptyParts))
        for (const QString &camelPart : TextAnalyzer::splitCamelCase(part))
            words << camelPart.toLower();

    QStringList contextWords;
    for (const QString &word : words) {
        if (word == QLatin1String("ratio") && quantity.dimension == QuantityDimension::Unitless) {
            // A 0..1 ratio compares with percentages.
            quantity.dimension = QuantityDimension::Percent;
            quantity.unit = QStringLiteral("%");
            quantity.baseValue = value <= 1.0 ? value * 100.0 : value;
            quantity.value = quantity.baseValue;
            continue;
        }
        // Single letters ("s", "d") only count as units at the end of a name.
        const bool last = &word == &words.constLast();
        const std::optional<UnitInfo> info =
            word.size() > 1 || last ? unitInfo(word) : std::optional<UnitInfo>();
        if (info && info->dimension != QuantityDimension::Count &&
            quantity.dimension == QuantityDimension::Unitless) {
            quantity.dimension = info->dimension;
            quantity.unit = info->canonical;
            quantity.baseValue = value * info->toBase;
            continue;
        }
        contextWords << word;
    }
    quantity.contextText = contextWords.join(QLatin1Char(' '));
    quantity.context = informativeStems(quantity.contextText);
    return quantity;
}

bool NumericCondition::holds(double value) const
{
    // A small tolerance keeps "above 90%" from failing on 90.0000001 noise.
    const double t =
        threshold.dimension == QuantityDimension::Unitless ? threshold.value : threshold.baseValue;
    const double epsilon = 1e-9 * std::max(1.0, std::fabs(t));
    switch (comparison) {
    case Comparison::Greater:
        return value > t + epsilon;
    case Comparison::GreaterOrEqual:
        return value >= t - epsilon;
    case Comparison::Less:
        return value < t - epsilon;
    case Comparison::LessOrEqual:
        break;
    }
    return value <= t + epsilon;
}

ConditionVerdict NumericCondition::check(const Quantity &reading) const
{
    if (sustain)
        return ConditionVerdict::Unknown;
    double value = reading.baseValue;
    if (reading.dimension == QuantityDimension::Unitless ||
        threshold.dimension == QuantityDimension::Unitless) {
        // Without a unit on one side, compare numbers as written.
        value = reading.value;
        NumericCondition asWritten = *this;
        asWritten.threshold.dimension = QuantityDimension::Unitless;
        return asWritten.holds(value) ? ConditionVerdict::Met : ConditionVerdict::Failed;
    }
    if (reading.dimension != threshold.dimension)
        return ConditionVerdict::Unknown;
    return holds(value) ? ConditionVerdict::Met : ConditionVerdict::Failed;
}

ConditionVerdict NumericCondition::checkClaim(const NumericCondition &claim) const
{
    if (sustain || claim.sustain)
        return ConditionVerdict::Unknown;
    const bool unitless = claim.threshold.dimension == QuantityDimension::Unitless ||
                          threshold.dimension == QuantityDimension::Unitless;
    if (!unitless && claim.threshold.dimension != threshold.dimension)
        return ConditionVerdict::Unknown;
    const double mine = unitless ? threshold.value : threshold.baseValue;
    const double theirs = unitless ? claim.threshold.value : claim.threshold.baseValue;
    const bool iWantMore =
        comparison == Comparison::Greater || comparison == Comparison::GreaterOrEqual;
    const bool theySayMore =
        claim.comparison == Comparison::Greater || claim.comparison == Comparison::GreaterOrEqual;
    if (iWantMore && theySayMore)
        return theirs >= mine ? ConditionVerdict::Met : ConditionVerdict::Unknown;
    if (!iWantMore && !theySayMore)
        return theirs <= mine ? ConditionVerdict::Met : ConditionVerdict::Unknown;
    if (iWantMore) // they say below
        return theirs <= mine ? ConditionVerdict::Failed : ConditionVerdict::Unknown;
    return theirs >= mine ? ConditionVerdict::Failed : ConditionVerdict::Unknown;
}

} // namespace icc
