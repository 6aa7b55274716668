#include "PolicyLoader.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <initializer_list>
#include <limits>

namespace icc {

namespace {

QString joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString &path, int index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

int lineOf(const YAML::Node &node, int fallback)
{
    if (!node.IsDefined())
        return fallback;
    const YAML::Mark mark = node.Mark();
    return mark.line >= 0 ? mark.line + 1 : fallback;
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// One key of a mapping: its value and where it is.
struct Entry
{
    YAML::Node value;
    int line = 0;
};

// A YAML mapping whose keys were checked against the schema. A section that
// is absent or empty (`key:` with nothing) is an empty mapping.
struct Section
{
    QString path;
    int line = 0;
    QMap<QString, Entry> entries;

    bool has(const char *key) const { return entries.contains(QLatin1String(key)); }
    Entry entry(const char *key) const { return entries.value(QLatin1String(key)); }
    QString field(const char *key) const { return joinPath(path, QLatin1String(key)); }
};

// Collects every error instead of stopping at the first, so an author fixes a
// document in one pass.
class Reader
{
public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    {}

    QList<ValidationError> errors;

    void fail(int line, const QString &field, const QString &message)
    {
        errors.append(ValidationError{m_fileName, qMax(line, 1), field, message});
    }

    Section open(const YAML::Node &node, const QString &path, int fallbackLine,
                 std::initializer_list<const char *> allowed)
    {
        Section section{path, lineOf(node, fallbackLine), {}};
        if (!node.IsDefined() || node.IsNull())
            return section;
        if (!node.IsMap()) {
            fail(section.line, path.isEmpty() ? QStringLiteral("document") : path,
                 QStringLiteral("must be a mapping of keys to values"));
            return section;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const int keyLine = lineOf(it->first, section.line);
            if (!it->first.IsScalar()) {
                fail(keyLine, path.isEmpty() ? QStringLiteral("document") : path,
                     QStringLiteral("keys must be plain names"));
                continue;
            }
            const QString key = scalarText(it->first);
            const QString field = joinPath(path, key);
            bool known = false;
            for (const char *name : allowed)
                known = known || key == QLatin1String(name);
            if (!known) {
                QStringList names;
                for (const char *name : allowed)
                    names.append(QString::fromLatin1(name));
                fail(keyLine, field,
                     QStringLiteral("unknown key (allowed: %1)")
                         .arg(names.join(QStringLiteral(", "))));
                continue;
            }
            if (section.entries.contains(key)) {
                fail(keyLine, field,
                     QStringLiteral("duplicate key (first at line %1)")
                         .arg(section.entries.value(key).line));
                continue;
            }
            section.entries.insert(key, Entry{it->second, keyLine});
        }
        return section;
    }

    Section child(const Section &parent, const char *key,
                  std::initializer_list<const char *> allowed)
    {
        const Entry entry = parent.entry(key);
        const int keyLine = entry.line ? entry.line : parent.line;
        Section section = open(entry.value, parent.field(key), keyLine, allowed);
        // "is required" errors point at the section's own key, not its first child.
        section.line = keyLine;
        return section;
    }

    bool require(const Section &section, const char *key)
    {
        if (section.has(key))
            return true;
        fail(section.line, section.field(key), QStringLiteral("is required"));
        return false;
    }

    // Scalar value of key, or nullopt (with an error) when it is not a scalar.
    std::optional<YAML::Node> scalar(const Section &section, const char *key)
    {
        if (!section.has(key))
            return std::nullopt;
        const Entry entry = section.entry(key);
        if (!entry.value.IsScalar()) {
            fail(entry.line, section.field(key), QStringLiteral("must be a single value"));
            return std::nullopt;
        }
        return entry.value;
    }

    std::optional<double> number(const Section &section, const char *key, double min, double max)
    {
        const auto node = scalar(section, key);
        if (!node)
            return std::nullopt;
        double value = 0.0;
        // The negated comparison also rejects NaN.
        if (!YAML::convert<double>::decode(*node, value) || !(value >= min && value <= max)) {
            fail(section.entry(key).line, section.field(key),
                 QStringLiteral("must be a number from %1 to %2 (got \"%3\")")
                     .arg(min)
                     .arg(max)
                     .arg(scalarText(*node)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<int> integer(const Section &section, const char *key, int min, int max)
    {
        const auto node = scalar(section, key);
        if (!node)
            return std::nullopt;
        int value = 0;
        if (!YAML::convert<int>::decode(*node, value) || value < min || value > max) {
            fail(section.entry(key).line, section.field(key),
                 QStringLiteral("must be a whole number from %1 to %2 (got \"%3\")")
                     .arg(min)
                     .arg(max)
                     .arg(scalarText(*node)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> boolean(const Section &section, const char *key)
    {
        const auto node = scalar(section, key);
        if (!node)
            return std::nullopt;
        bool value = false;
        if (!YAML::convert<bool>::decode(*node, value)) {
            fail(section.entry(key).line, section.field(key),
                 QStringLiteral("must be true or false (got \"%1\")").arg(scalarText(*node)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QString> text(const Section &section, const char *key)
    {
        const auto node = scalar(section, key);
        if (!node)
            return std::nullopt;
        return scalarText(*node).trimmed();
    }

    std::optional<QDate> date(const Section &section, const char *key)
    {
        const auto value = text(section, key);
        if (!value)
            return std::nullopt;
        static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate parsed = QDate::fromString(*value, Qt::ISODate);
        if (!isoDay.match(*value).hasMatch() || !parsed.isValid()) {
            fail(section.entry(key).line, section.field(key),
                 QStringLiteral("must be a date YYYY-MM-DD (got \"%1\")").arg(*value));
            return std::nullopt;
        }
        return parsed;
    }

    std::optional<RiskTier> risk(const Section &section, const char *key)
    {
        const auto value = text(section, key);
        if (!value)
            return std::nullopt;
        const auto tier = riskTierFromString(*value);
        if (!tier) {
            fail(section.entry(key).line, section.field(key),
                 QStringLiteral("must be low, medium, high or critical (got \"%1\")").arg(*value));
        }
        return tier;
    }

    // A list of non-empty strings, each with its line.
    std::optional<QList<std::pair<QString, int>>> textList(const Section &section, const char *key)
    {
        if (!section.has(key))
            return std::nullopt;
        const Entry entry = section.entry(key);
        if (!entry.value.IsSequence()) {
            fail(entry.line, section.field(key), QStringLiteral("must be a list"));
            return std::nullopt;
        }
        QList<std::pair<QString, int>> items;
        bool valid = true;
        for (std::size_t i = 0; i < entry.value.size(); ++i) {
            const YAML::Node item = entry.value[i];
            const int line = lineOf(item, entry.line);
            const QString field = indexPath(section.field(key), int(i));
            if (!item.IsScalar() || scalarText(item).trimmed().isEmpty()) {
                fail(line, field, QStringLiteral("must be a non-empty text"));
                valid = false;
                continue;
            }
            items.append({scalarText(item).trimmed(), line});
        }
        if (!valid)
            return std::nullopt;
        return items;
    }

private:
    QString m_fileName;
};

void readMetadata(Reader &reader, const Section &top, PolicyDocument &doc)
{
    reader.require(top, "metadata");
    const Section meta = reader.child(
        top, "metadata", {"version", "description", "approved_by", "approved_on", "review_by"});
    if (!top.has("metadata"))
        return;

    if (reader.require(meta, "version")) {
        static const QRegularExpression versionPattern(
            QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        const auto version = reader.text(meta, "version");
        if (version && !versionPattern.match(*version).hasMatch()) {
            reader.fail(meta.entry("version").line, meta.field("version"),
                        QStringLiteral("must be a short identifier such as 2026.11-1 (got \"%1\")")
                            .arg(*version));
        } else if (version) {
            doc.version = *version;
        }
    }
    doc.description = reader.text(meta, "description").value_or(QString());

    if (reader.require(meta, "approved_by")) {
        if (const auto approvers = reader.textList(meta, "approved_by")) {
            if (approvers->isEmpty()) {
                reader.fail(meta.entry("approved_by").line, meta.field("approved_by"),
                            QStringLiteral("must name at least one approver"));
            }
            for (const auto &[name, line] : *approvers)
                doc.approvedBy.append(name);
        }
    }
    if (reader.require(meta, "approved_on"))
        doc.approvedOn = reader.date(meta, "approved_on").value_or(QDate());
    if (reader.require(meta, "review_by"))
        doc.reviewBy = reader.date(meta, "review_by").value_or(QDate());
    if (doc.approvedOn.isValid() && doc.reviewBy.isValid() && doc.reviewBy <= doc.approvedOn) {
        reader.fail(meta.entry("review_by").line, meta.field("review_by"),
                    QStringLiteral("must be after approved_on (%1)")
                        .arg(doc.approvedOn.toString(Qt::ISODate)));
    }
}

void readCatalogConditions(Reader &reader, const Section &entrySection,
                           PolicyCatalogConditions &conditions)
{
    const Section section =
        reader.child(entrySection, "conditions",
                     {"max_risk", "min_confidence", "min_pattern_occurrences", "max_services",
                      "max_traffic_fraction", "max_reversible_minutes", "max_parameters"});
    conditions.maxRisk = reader.risk(section, "max_risk");
    if (conditions.maxRisk == RiskTier::Critical) {
        reader.fail(section.entry("max_risk").line, section.field("max_risk"),
                    QStringLiteral("critical risk never proceeds autonomously; use at most high"));
    }
    conditions.minConfidence = reader.number(section, "min_confidence", 0.0, 1.0);
    conditions.minPatternOccurrences =
        reader.integer(section, "min_pattern_occurrences", 0, 100000);
    conditions.maxServices = reader.integer(section, "max_services", 1, 1000);
    conditions.maxTrafficFraction = reader.number(section, "max_traffic_fraction", 0.0, 1.0);
    conditions.maxReversibleMinutes = reader.integer(section, "max_reversible_minutes", 0, 1440);

    if (!section.has("max_parameters"))
        return;
    const Entry params = section.entry("max_parameters");
    const QString paramsField = section.field("max_parameters");
    if (!params.value.IsMap()) {
        reader.fail(params.line, paramsField,
                    QStringLiteral("must map parameter names to their largest allowed value"));
        return;
    }
    for (auto it = params.value.begin(); it != params.value.end(); ++it) {
        const int line = lineOf(it->first, params.line);
        const QString name = scalarText(it->first);
        double limit = 0.0;
        if (!it->second.IsScalar() || !YAML::convert<double>::decode(it->second, limit) ||
            !(limit >= -1e12 && limit <= 1e12)) {
            reader.fail(line, joinPath(paramsField, name), QStringLiteral("must be a number"));
            continue;
        }
        conditions.maxParameters.insert(name, limit);
    }
}

void readAutonomy(Reader &reader, const Section &top, PolicyDocument &doc)
{
    const Section autonomy =
        reader.child(top, "autonomy", {"requalification_days", "conditional", "catalog"});
    doc.requalificationDays =
        reader.integer(autonomy, "requalification_days", 1, 365).value_or(doc.requalificationDays);

    const Section conditional =
        reader.child(autonomy, "conditional", {"enabled", "abort_window_seconds"});
    doc.conditionalEnabled = reader.boolean(conditional, "enabled").value_or(true);
    doc.conditionalAbortWindowSeconds = reader.integer(conditional, "abort_window_seconds", 0, 3600)
                                            .value_or(doc.conditionalAbortWindowSeconds);

    if (!autonomy.has("catalog"))
        return;
    const Entry catalog = autonomy.entry("catalog");
    const QString catalogField = autonomy.field("catalog");
    if (catalog.value.IsNull())
        return;
    if (!catalog.value.IsSequence()) {
        reader.fail(catalog.line, catalogField, QStringLiteral("must be a list of actions"));
        return;
    }
    static const QRegularExpression actionPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (std::size_t i = 0; i < catalog.value.size(); ++i) {
        const QString path = indexPath(catalogField, int(i));
        const Section item = reader.open(
            catalog.value[i], path, catalog.line,
            {"action", "description", "qualified_on", "requalification_days", "conditions"});
        PolicyCatalogEntry entry;
        entry.line = item.line;
        entry.requalificationDays = doc.requalificationDays;
        if (reader.require(item, "action")) {
            entry.action = reader.text(item, "action").value_or(QString());
            if (!actionPattern.match(entry.action).hasMatch()) {
                reader.fail(item.entry("action").line, item.field("action"),
                            QStringLiteral("must be an action type in snake_case (got \"%1\")")
                                .arg(entry.action));
            }
            for (const PolicyCatalogEntry &earlier : std::as_const(doc.catalog)) {
                if (earlier.action == entry.action) {
                    reader.fail(item.entry("action").line, item.field("action"),
                                QStringLiteral("%1 is already catalogued at line %2")
                                    .arg(entry.action)
                                    .arg(earlier.line));
                }
            }
        }
        entry.description = reader.text(item, "description").value_or(QString());
        if (reader.require(item, "qualified_on")) {
            entry.qualifiedOn = reader.date(item, "qualified_on").value_or(QDate());
            // The approvers can only have signed off qualifications that existed.
            if (entry.qualifiedOn.isValid() && doc.approvedOn.isValid() &&
                entry.qualifiedOn > doc.approvedOn) {
                reader.fail(item.entry("qualified_on").line, item.field("qualified_on"),
                            QStringLiteral("is after metadata.approved_on (%1)")
                                .arg(doc.approvedOn.toString(Qt::ISODate)));
            }
        }
        if (const auto days = reader.integer(item, "requalification_days", 1, 365)) {
            // An entry may shorten the period, never stretch it past the policy's.
            if (*days > doc.requalificationDays) {
                reader.fail(item.entry("requalification_days").line,
                            item.field("requalification_days"),
                            QStringLiteral("may not exceed autonomy.requalification_days (%1)")
                                .arg(doc.requalificationDays));
            }
            entry.requalificationDays = *days;
        }
        readCatalogConditions(reader, item, entry.conditions);
        doc.catalog.append(entry);
    }
}

void readTriggers(Reader &reader, const Section &top, PolicyDocument &doc)
{
    const Section triggers =
        reader.child(top, "triggers", {"confidence", "blast_radius", "novelty", "regulatory"});

    const Section confidence = reader.child(triggers, "confidence", {"propose_min"});
    doc.proposalMinConfidence =
        reader.number(confidence, "propose_min", 0.0, 1.0).value_or(doc.proposalMinConfidence);

    const Section blast =
        reader.child(triggers, "blast_radius",
                     {"max_services", "max_traffic_fraction", "max_reversible_minutes"});
    doc.blastRadius.maxServices =
        reader.integer(blast, "max_services", 1, 1000).value_or(doc.blastRadius.maxServices);
    doc.blastRadius.maxTrafficFraction = reader.number(blast, "max_traffic_fraction", 0.0, 1.0)
                                             .value_or(doc.blastRadius.maxTrafficFraction);
    doc.blastRadius.maxReversibleMinutes = reader.integer(blast, "max_reversible_minutes", 0, 1440)
                                               .value_or(doc.blastRadius.maxReversibleMinutes);

    const Section novelty = reader.child(triggers, "novelty", {"min_pattern_occurrences"});
    doc.minPatternOccurrences = reader.integer(novelty, "min_pattern_occurrences", 0, 100000)
                                    .value_or(doc.minPatternOccurrences);

    const Section regulatory =
        reader.child(triggers, "regulatory", {"change_record_required", "frameworks"});
    if (const auto required = reader.boolean(regulatory, "change_record_required")) {
        if (!*required) {
            reader.fail(regulatory.entry("change_record_required").line,
                        regulatory.field("change_record_required"),
                        QStringLiteral("must be true: a regulated change always needs a change "
                                       "record and a supervised, two-reviewer decision"));
        }
    }
    if (const auto frameworks = reader.textList(regulatory, "frameworks")) {
        for (const auto &[name, line] : *frameworks)
            doc.regulatoryFrameworks.append(name);
    }
}

void readRiskTiers(Reader &reader, const Section &top, PolicyDocument &doc)
{
    reader.require(top, "risk_tiers");
    const Section tiers = reader.child(top, "risk_tiers", {"low", "medium", "high", "critical"});
    if (!top.has("risk_tiers"))
        return;

    // Effective minimum confidence per tier (never = above any number), for
    // the ordering check below.
    std::array<std::optional<double>, 4> minimums{};
    std::array<int, 4> minimumLines{};

    for (RiskTier tier : {RiskTier::Low, RiskTier::Medium, RiskTier::High, RiskTier::Critical}) {
        const QByteArray name = toString(tier).toLatin1();
        if (!reader.require(tiers, name.constData()))
            continue;
        const Section section = reader.child(
            tiers, name.constData(),
            {"min_confidence", "max_autonomous_actions", "max_autonomy_level", "halt_on_failure"});
        PolicyRiskTier &rule = doc.riskTiers[riskRank(tier)];
        const bool critical = tier == RiskTier::Critical;

        if (reader.require(section, "min_confidence")) {
            const Entry entry = section.entry("min_confidence");
            minimumLines[riskRank(tier)] = entry.line;
            if (entry.value.IsScalar() && scalarText(entry.value) == QLatin1String("never")) {
                rule.minConfidence = std::nullopt;
                minimums[riskRank(tier)] = std::numeric_limits<double>::infinity();
            } else if (critical) {
                reader.fail(entry.line, section.field("min_confidence"),
                            QStringLiteral("must be never: critical risk never proceeds "
                                           "autonomously, whatever the confidence"));
            } else if (entry.value.IsScalar() &&
                       scalarText(entry.value) != QLatin1String("never")) {
                rule.minConfidence = reader.number(section, "min_confidence", 0.0, 1.0);
                minimums[riskRank(tier)] = rule.minConfidence;
            } else {
                reader.fail(entry.line, section.field("min_confidence"),
                            QStringLiteral("must be a number from 0 to 1, or never"));
            }
        }

        if (reader.require(section, "max_autonomous_actions")) {
            if (const auto actions = reader.integer(section, "max_autonomous_actions", 0, 1000)) {
                if (critical && *actions != 0) {
                    reader.fail(section.entry("max_autonomous_actions").line,
                                section.field("max_autonomous_actions"),
                                QStringLiteral("must be 0: critical risk never proceeds "
                                               "autonomously"));
                }
                rule.maxAutonomousActions = critical ? 0 : *actions;
            }
        }

        if (const auto level = reader.integer(section, "max_autonomy_level", 2, 4)) {
            if (critical && *level > toInt(AutonomyLevel::Supervised)) {
                reader.fail(section.entry("max_autonomy_level").line,
                            section.field("max_autonomy_level"),
                            QStringLiteral("must be at most 2 (supervised): critical risk never "
                                           "proceeds autonomously"));
            } else {
                rule.maxAutonomyLevel = *autonomyLevelFromInt(*level);
            }
        }
        rule.haltOnFailure =
            reader.boolean(section, "halt_on_failure").value_or(rule.haltOnFailure);
    }

    // A riskier tier may not ask for less confidence than a safer one.
    for (RiskTier tier : {RiskTier::Medium, RiskTier::High, RiskTier::Critical}) {
        const auto current = minimums[riskRank(tier)];
        const auto lower = minimums[riskRank(tier) - 1];
        if (current && lower && *current < *lower) {
            reader.fail(minimumLines[riskRank(tier)],
                        joinPath(tiers.field(toString(tier).toLatin1().constData()),
                                 QStringLiteral("min_confidence")),
                        QStringLiteral("must not be lower than the %1 tier's (%2)")
                            .arg(toString(static_cast<RiskTier>(riskRank(tier) - 1)))
                            .arg(*lower));
        }
    }
}

void readSeverityFloor(Reader &reader, const Section &top, PolicyDocument &doc)
{
    if (!top.has("severity_floor"))
        return;
    const Section floor =
        reader.child(top, "severity_floor", {"critical", "error", "warning", "info"});
    doc.severityFloor.clear();
    for (const char *severity : {"critical", "error", "warning", "info"}) {
        if (const auto tier = reader.risk(floor, severity))
            doc.severityFloor.insert(QString::fromLatin1(severity), *tier);
    }
}

void readErrorBudget(Reader &reader, const Section &top, PolicyDocument &doc)
{
    const Section budget =
        reader.child(top, "error_budget",
                     {"normal_above", "freeze_below", "degraded_max_level", "when_unknown"});
    PolicyErrorBudget &rule = doc.errorBudget;
    rule.normalAbove = reader.number(budget, "normal_above", 0.0, 1.0).value_or(rule.normalAbove);
    rule.freezeBelow = reader.number(budget, "freeze_below", 0.0, 1.0).value_or(rule.freezeBelow);
    if (rule.freezeBelow > rule.normalAbove) {
        reader.fail(budget.entry("freeze_below").line ? budget.entry("freeze_below").line
                                                      : budget.line,
                    budget.field("freeze_below"),
                    QStringLiteral("must not be above normal_above (%1)").arg(rule.normalAbove));
    }
    if (const auto level = reader.integer(budget, "degraded_max_level", 2, 3))
        rule.degradedMaxLevel = *autonomyLevelFromInt(*level);
    if (const auto state = reader.text(budget, "when_unknown")) {
        if (const auto parsed = budgetStateFromString(*state)) {
            rule.whenUnknown = *parsed;
        } else {
            reader.fail(
                budget.entry("when_unknown").line, budget.field("when_unknown"),
                QStringLiteral("must be normal, degraded or freeze (got \"%1\")").arg(*state));
        }
    }
}

void readFriction(Reader &reader, const Section &tierSection, ReviewTier tier, Friction &friction)
{
    const Section section =
        reader.child(tierSection, "friction",
                     {"required_reviewers", "min_dwell_seconds", "confirmation_phrase",
                      "rollback_acknowledgement", "reason_for_reject_or_modify", "reason_always",
                      "hide_other_reviewers_reasoning", "abort_window_seconds"});
    const bool twoReviewer = tier == ReviewTier::TwoReviewer;
    const bool asksReviewers = tier != ReviewTier::PreApproved;
    if (const auto reviewers = reader.integer(section, "required_reviewers", 0, 5)) {
        const int minimum = twoReviewer ? 2 : (asksReviewers ? 1 : 0);
        const int maximum = asksReviewers ? 5 : 0;
        if (*reviewers < minimum || *reviewers > maximum) {
            reader.fail(section.entry("required_reviewers").line,
                        section.field("required_reviewers"),
                        twoReviewer ? QStringLiteral("must be at least 2 for tier3")
                                    : QStringLiteral("must be from %1 to %2 for this tier")
                                          .arg(minimum)
                                          .arg(maximum));
        }
        friction.requiredReviewers = *reviewers;
    }
    friction.minDwellSeconds =
        reader.integer(section, "min_dwell_seconds", 0, 3600).value_or(friction.minDwellSeconds);
    friction.confirmationPhrase =
        reader.boolean(section, "confirmation_phrase").value_or(friction.confirmationPhrase);
    friction.rollbackAcknowledgement = reader.boolean(section, "rollback_acknowledgement")
                                           .value_or(friction.rollbackAcknowledgement);
    friction.reasonForRejectOrModify = reader.boolean(section, "reason_for_reject_or_modify")
                                           .value_or(friction.reasonForRejectOrModify);
    friction.reasonAlways =
        reader.boolean(section, "reason_always").value_or(friction.reasonAlways);
    friction.hideOtherReviewersReasoning = reader.boolean(section, "hide_other_reviewers_reasoning")
                                               .value_or(friction.hideOtherReviewersReasoning);
    friction.abortWindowSeconds = reader.integer(section, "abort_window_seconds", 0, 3600)
                                      .value_or(friction.abortWindowSeconds);
}

std::optional<QList<PolicyReviewCondition>> readConditions(Reader &reader, const Section &section,
                                                           const char *key)
{
    const auto names = reader.textList(section, key);
    if (!names)
        return std::nullopt;
    QList<PolicyReviewCondition> conditions;
    for (int i = 0; i < names->size(); ++i) {
        const auto &[name, line] = names->at(i);
        if (const auto condition = reviewConditionFromString(name)) {
            conditions.append(*condition);
        } else {
            reader.fail(line, indexPath(section.field(key), i),
                        QStringLiteral("unknown condition \"%1\"").arg(name));
        }
    }
    return conditions;
}

void readReview(Reader &reader, const Section &top, PolicyDocument &doc)
{
    const Section review = reader.child(top, "review", {"approval_timeout_seconds", "tiers"});
    doc.approvalTimeoutSeconds = reader.integer(review, "approval_timeout_seconds", 30, 86400)
                                     .value_or(doc.approvalTimeoutSeconds);
    const Section tiers =
        reader.child(review, "tiers", {"pre_approved", "tier1", "tier2", "tier3"});

    const Section preApproved = reader.child(tiers, "pre_approved", {"friction"});
    readFriction(reader, preApproved, ReviewTier::PreApproved,
                 doc.friction[reviewRank(ReviewTier::PreApproved)]);

    const Section tier1 = reader.child(tiers, "tier1", {"when_all", "friction"});
    if (const auto conditions = readConditions(reader, tier1, "when_all")) {
        if (conditions->isEmpty()) {
            reader.fail(tier1.entry("when_all").line, tier1.field("when_all"),
                        QStringLiteral("must list at least one condition"));
        }
        doc.tier1WhenAll = *conditions;
    }
    readFriction(reader, tier1, ReviewTier::Reduced, doc.friction[reviewRank(ReviewTier::Reduced)]);

    const Section tier2 = reader.child(tiers, "tier2", {"friction"});
    readFriction(reader, tier2, ReviewTier::Standard,
                 doc.friction[reviewRank(ReviewTier::Standard)]);

    const Section tier3 = reader.child(tiers, "tier3", {"when_any", "friction"});
    if (const auto conditions = readConditions(reader, tier3, "when_any")) {
        // PRODUCT.md: critical risk and regulated assets always get two reviewers.
        for (PolicyReviewCondition required :
             {PolicyReviewCondition::CriticalRisk, PolicyReviewCondition::Regulated}) {
            if (!conditions->contains(required)) {
                reader.fail(tier3.entry("when_any").line, tier3.field("when_any"),
                            QStringLiteral("must include %1").arg(toString(required)));
            }
        }
        doc.tier3WhenAny = *conditions;
    }
    readFriction(reader, tier3, ReviewTier::TwoReviewer,
                 doc.friction[reviewRank(ReviewTier::TwoReviewer)]);
}

} // namespace

PolicyLoadResult PolicyLoader::load(const QString &text, const QString &fileName)
{
    Reader reader(fileName);
    PolicyDocument doc;
    doc.sourceFile = fileName;

    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsDefined() || root.IsNull()) {
            reader.fail(1, QStringLiteral("document"), QStringLiteral("is empty"));
        } else if (!root.IsMap()) {
            reader.fail(lineOf(root, 1), QStringLiteral("document"),
                        QStringLiteral("must be a mapping with metadata, autonomy, triggers, "
                                       "risk_tiers, severity_floor, error_budget and review"));
        } else {
            const Section top = reader.open(root, QString(), 1,
                                            {"metadata", "autonomy", "triggers", "risk_tiers",
                                             "severity_floor", "error_budget", "review"});
            readMetadata(reader, top, doc);
            readAutonomy(reader, top, doc);
            readTriggers(reader, top, doc);
            readRiskTiers(reader, top, doc);
            readSeverityFloor(reader, top, doc);
            readErrorBudget(reader, top, doc);
            readReview(reader, top, doc);
        }
    } catch (const YAML::Exception &error) {
        reader.fail(error.mark.line >= 0 ? error.mark.line + 1 : 1, QStringLiteral("document"),
                    QStringLiteral("not valid YAML: %1").arg(QString::fromStdString(error.msg)));
    } catch (const std::exception &error) {
        reader.fail(
            1, QStringLiteral("document"),
            QStringLiteral("could not be read: %1").arg(QString::fromLocal8Bit(error.what())));
    }

    PolicyLoadResult result;
    result.errors = reader.errors;
    // Required-field errors are found late but belong where their section is.
    std::stable_sort(
        result.errors.begin(), result.errors.end(),
        [](const ValidationError &a, const ValidationError &b) { return a.line < b.line; });
    if (result.errors.isEmpty())
        result.policy = EscalationPolicy(std::move(doc));
    return result;
}

} // namespace icc
