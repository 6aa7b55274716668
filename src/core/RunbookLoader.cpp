#include "RunbookLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <exception>

namespace icc {
namespace {

// The front matter starts on the line after the opening `---`; yaml-cpp counts from 0.
constexpr int kFrontMatterFirstLine = 2;

const QStringList &runbookKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"),    QStringLiteral("title"),    QStringLiteral("risk"),
        QStringLiteral("tags"),  QStringLiteral("symptoms"), QStringLiteral("examples"),
        QStringLiteral("match"), QStringLiteral("steps"),
    };
    return keys;
}

const QStringList &stepKeys()
{
    static const QStringList keys = {
        QStringLiteral("action"),       QStringLiteral("description"),
        QStringLiteral("risk"),         QStringLiteral("requires_approval"),
        QStringLiteral("command"),      QStringLiteral("rollback"),
        QStringLiteral("blast_radius"), QStringLiteral("regulated"),
        QStringLiteral("irreversible"), QStringLiteral("params"),
    };
    return keys;
}

const QStringList &blastRadiusKeys()
{
    static const QStringList keys = {QStringLiteral("services"), QStringLiteral("traffic_fraction"),
                                     QStringLiteral("reversible_minutes")};
    return keys;
}

const QStringList &parameterKeys()
{
    static const QStringList keys = {
        QStringLiteral("from_label"), QStringLiteral("default"), QStringLiteral("allowed"),
        QStringLiteral("pattern"),    QStringLiteral("min"),     QStringLiteral("max"),
    };
    return keys;
}

bool matchesInFull(const QString &pattern, const QString &value)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(value).hasMatch();
}

bool isRunbookId(const QString &id)
{
    return matchesInFull(QStringLiteral("[a-z0-9-]+"), id);
}
bool isActionType(const QString &action)
{
    return matchesInFull(QStringLiteral("[a-z0-9_]+"), action);
}
bool isParamName(const QString &name)
{
    return matchesInFull(QStringLiteral("[a-z_][a-z0-9_]*"), name);
}

// Levenshtein distance, to suggest the intended key for a typo such as `stpes`.
int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
        return QStringLiteral("nothing");
    case YAML::NodeType::Scalar:
        return QStringLiteral("'%1'").arg(QString::fromStdString(node.Scalar()));
    case YAML::NodeType::Sequence:
        return QStringLiteral("a list");
    case YAML::NodeType::Map:
        return QStringLiteral("a map");
    case YAML::NodeType::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// A plain scalar written in quotes is text, even when it reads "true" or "5".
bool isQuoted(const YAML::Node &node)
{
    return node.Tag() == "!";
}

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

struct Entry
{
    YAML::Node key;
    YAML::Node value;
};
using Entries = QMap<QString, Entry>;

// Walks one front matter and records every problem; a value is produced only for
// well-formed input, so the caller knows from the error count whether to accept it.
class FrontMatterParser final
{
public:
    FrontMatterParser(const QString &fileName, QList<ValidationError> *errors)
        : m_fileName(fileName)
        , m_errors(errors)
    {}
    Q_DISABLE_COPY_MOVE(FrontMatterParser)

    std::optional<Runbook> parseRunbook(const YAML::Node &root);

private:
    int lineOf(const YAML::Node &node) const
    {
        const int line = node.Mark().line;
        return line >= 0 ? line + kFrontMatterFirstLine : m_fallbackLine;
    }
    void fail(int line, const QString &field, const QString &message)
    {
        m_errors->append(ValidationError{m_fileName, line, field, message});
    }
    void fail(const YAML::Node &node, const QString &field, const QString &message)
    {
        // yaml-cpp places an empty value at the next token; the key's line is the one to fix.
        if (node.IsNull() && m_keyLines.contains(field))
            fail(m_keyLines.value(field), field, message);
        else
            fail(lineOf(node), field, message);
    }

    Entries entries(const YAML::Node &map, const QString &path, const QStringList &allowedKeys,
                    bool anyKey = false);
    std::optional<QString> text(const YAML::Node &node, const QString &field);
    std::optional<QStringList> textList(const YAML::Node &node, const QString &field,
                                        bool acceptSingle);
    std::optional<bool> boolean(const YAML::Node &node, const QString &field);
    std::optional<qint64> integer(const YAML::Node &node, const QString &field);
    std::optional<double> number(const YAML::Node &node, const QString &field);
    std::optional<RiskTier> risk(const YAML::Node &node, const QString &field);

    std::optional<RunbookStep> parseStep(const YAML::Node &node, const QString &path,
                                         std::optional<RiskTier> runbookRisk);
    void parseBlastRadius(const Entry &entry, const QString &path, bool changesState,
                          bool irreversible, BlastRadius *radius);
    std::optional<StepParameter> parseParameter(const Entry &entry, const QString &path);
    QSet<QString> checkPlaceholders(const Entry &entry, const QString &field,
                                    const QMap<QString, StepParameter> &params,
                                    const QSet<QString> &declared);

    QString m_fileName;
    QList<ValidationError> *m_errors;
    int m_fallbackLine = 1;
    QHash<QString, int> m_keyLines; // field path -> line of its key
};

Entries FrontMatterParser::entries(const YAML::Node &map, const QString &path,
                                   const QStringList &allowedKeys, bool anyKey)
{
    Entries result;
    if (!map.IsMap()) {
        fail(map, path, QStringLiteral("expected a map, got %1").arg(describe(map)));
        return result;
    }
    for (const auto &pair : map) {
        const YAML::Node keyNode = pair.first;
        if (!keyNode.IsScalar()) {
            fail(keyNode, path,
                 QStringLiteral("keys must be plain names, got %1").arg(describe(keyNode)));
            continue;
        }
        const QString key = QString::fromStdString(keyNode.Scalar());
        const QString field = child(path, key);
        if (result.contains(key)) {
            fail(keyNode, field,
                 QStringLiteral("duplicate key (first given on line %1)")
                     .arg(lineOf(result.value(key).key)));
            continue;
        }
        if (!anyKey && !allowedKeys.contains(key)) {
            QString message = QStringLiteral("unknown key '%1'").arg(key);
            const auto closest =
                std::min_element(allowedKeys.cbegin(), allowedKeys.cend(),
                                 [&key](const QString &a, const QString &b) {
                                     return editDistance(key, a) < editDistance(key, b);
                                 });
            if (closest != allowedKeys.cend() && editDistance(key, *closest) <= 2)
                message += QStringLiteral(" (did you mean '%1'?)").arg(*closest);
            else
                message +=
                    QStringLiteral(" (allowed: %1)").arg(allowedKeys.join(QStringLiteral(", ")));
            fail(keyNode, field, message);
            continue;
        }
        m_keyLines.insert(field, lineOf(keyNode));
        result.insert(key, Entry{keyNode, pair.second});
    }
    return result;
}

std::optional<QString> FrontMatterParser::text(const YAML::Node &node, const QString &field)
{
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    if (node.IsNull())
        fail(node, field, QStringLiteral("is empty"));
    else
        fail(node, field, QStringLiteral("expected text, got %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<QStringList> FrontMatterParser::textList(const YAML::Node &node, const QString &field,
                                                       bool acceptSingle)
{
    if (acceptSingle && node.IsScalar())
        return QStringList{QString::fromStdString(node.Scalar())};
    if (!node.IsSequence()) {
        fail(node, field,
             QStringLiteral("expected %1, got %2")
                 .arg(acceptSingle ? QStringLiteral("text or a list of texts")
                                   : QStringLiteral("a list of texts"),
                      describe(node)));
        return std::nullopt;
    }
    QStringList result;
    bool valid = true;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const YAML::Node item = node[i];
        const QString itemField = indexed(field, qsizetype(i));
        const std::optional<QString> value = text(item, itemField);
        if (!value) {
            valid = false;
        } else if (value->trimmed().isEmpty()) {
            fail(item, itemField, QStringLiteral("is empty"));
            valid = false;
        } else {
            result.append(value->trimmed());
        }
    }
    if (!valid)
        return std::nullopt;
    return result;
}

std::optional<bool> FrontMatterParser::boolean(const YAML::Node &node, const QString &field)
{
    if (node.IsScalar() && !isQuoted(node)) {
        const QString value = QString::fromStdString(node.Scalar()).toLower();
        if (value == QLatin1String("true"))
            return true;
        if (value == QLatin1String("false"))
            return false;
    }
    fail(node, field, QStringLiteral("expected true or false, got %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<qint64> FrontMatterParser::integer(const YAML::Node &node, const QString &field)
{
    if (node.IsScalar() && !isQuoted(node)) {
        bool ok = false;
        const qint64 value = QString::fromStdString(node.Scalar()).toLongLong(&ok);
        if (ok)
            return value;
    }
    fail(node, field, QStringLiteral("expected a whole number, got %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<double> FrontMatterParser::number(const YAML::Node &node, const QString &field)
{
    if (node.IsScalar() && !isQuoted(node)) {
        bool ok = false;
        const double value = QString::fromStdString(node.Scalar()).toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
    }
    fail(node, field, QStringLiteral("expected a number, got %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<RiskTier> FrontMatterParser::risk(const YAML::Node &node, const QString &field)
{
    if (node.IsScalar()) {
        if (const auto tier = riskTierFromString(QString::fromStdString(node.Scalar())))
            return tier;
    }
    fail(node, field,
         QStringLiteral("expected one of low, medium, high, critical, got %1").arg(describe(node)));
    return std::nullopt;
}

std::optional<Runbook> FrontMatterParser::parseRunbook(const YAML::Node &root)
{
    const qsizetype errorsBefore = m_errors->size();
    if (!root.IsMap()) {
        fail(root, QStringLiteral("front matter"),
             QStringLiteral("expected a map of fields (id, title, risk, ...), got %1")
                 .arg(describe(root)));
        return std::nullopt;
    }
    m_fallbackLine = lineOf(root);
    const int rootLine = m_fallbackLine;
    const Entries fields = entries(root, QString(), runbookKeys());
    Runbook runbook;

    const auto required = [&](const char *key) -> const Entry * {
        const QString name = QString::fromLatin1(key);
        const auto it = fields.constFind(name);
        if (it == fields.cend()) {
            fail(rootLine, name, QStringLiteral("required field is missing"));
            return nullptr;
        }
        return &it.value();
    };
    const auto optional = [&](const char *key) -> const Entry * {
        const auto it = fields.constFind(QString::fromLatin1(key));
        return it == fields.cend() ? nullptr : &it.value();
    };

    if (const Entry *entry = required("id")) {
        runbook.sourceLine = lineOf(entry->key);
        if (const auto id = text(entry->value, QStringLiteral("id"))) {
            if (!isRunbookId(*id))
                fail(entry->value, QStringLiteral("id"),
                     QStringLiteral("expected lower-case letters, digits and '-', got '%1'")
                         .arg(*id));
            runbook.id = *id;
        }
    }
    if (const Entry *entry = required("title")) {
        if (const auto title = text(entry->value, QStringLiteral("title"))) {
            if (title->trimmed().isEmpty())
                fail(entry->value, QStringLiteral("title"), QStringLiteral("is empty"));
            runbook.title = title->trimmed();
        }
    }
    std::optional<RiskTier> runbookRisk;
    if (const Entry *entry = required("risk")) {
        runbookRisk = risk(entry->value, QStringLiteral("risk"));
        runbook.risk = runbookRisk.value_or(RiskTier::Low);
    }
    if (const Entry *entry = optional("tags")) {
        if (const auto tags = textList(entry->value, QStringLiteral("tags"), false))
            runbook.tags = *tags;
    }
    if (const Entry *entry = required("symptoms")) {
        if (const auto symptoms = textList(entry->value, QStringLiteral("symptoms"), true)) {
            if (symptoms->isEmpty())
                fail(entry->value, QStringLiteral("symptoms"),
                     QStringLiteral("at least one symptom is required"));
            runbook.symptoms = *symptoms;
        }
    }
    if (const Entry *entry = optional("examples")) {
        if (const auto examples = textList(entry->value, QStringLiteral("examples"), false))
            runbook.examples = *examples;
    }
    if (const Entry *entry = optional("match")) {
        const Entries match =
            entries(entry->value, QStringLiteral("match"), {QStringLiteral("labels")});
        if (match.contains(QStringLiteral("labels"))) {
            const QString labelsPath = QStringLiteral("match.labels");
            const Entries labels =
                entries(match.value(QStringLiteral("labels")).value, labelsPath, {}, true);
            for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
                if (const auto value = text(it.value().value, child(labelsPath, it.key())))
                    runbook.matchLabels.insert(it.key(), *value);
            }
        }
    }
    if (const Entry *entry = required("steps")) {
        const YAML::Node &steps = entry->value;
        if (!steps.IsSequence()) {
            fail(steps, QStringLiteral("steps"),
                 QStringLiteral("expected a list of steps, got %1").arg(describe(steps)));
        } else if (steps.size() == 0) {
            fail(steps, QStringLiteral("steps"), QStringLiteral("at least one step is required"));
        } else {
            for (std::size_t i = 0; i < steps.size(); ++i) {
                const auto step = parseStep(
                    steps[i], indexed(QStringLiteral("steps"), qsizetype(i)), runbookRisk);
                if (step)
                    runbook.steps.append(*step);
            }
        }
    }

    // The runbook risk is what the matcher and the triage view show: it must not understate
    // the riskiest thing the runbook can do.
    if (runbookRisk) {
        for (qsizetype i = 0; i < runbook.steps.size(); ++i) {
            if (riskRank(runbook.steps[i].risk) > riskRank(*runbookRisk)) {
                fail(lineOf(fields.value(QStringLiteral("risk")).value), QStringLiteral("risk"),
                     QStringLiteral(
                         "runbook risk '%1' is below its riskiest step: steps[%2] is '%3'")
                         .arg(toString(*runbookRisk))
                         .arg(i)
                         .arg(toString(runbook.steps[i].risk)));
                break;
            }
        }
    }

    if (m_errors->size() != errorsBefore)
        return std::nullopt;
    return runbook;
}

std::optional<RunbookStep> FrontMatterParser::parseStep(const YAML::Node &node, const QString &path,
                                                        std::optional<RiskTier> runbookRisk)
{
    const qsizetype errorsBefore = m_errors->size();
    RunbookStep step;
    step.sourceLine = lineOf(node);
    if (!node.IsMap()) {
        fail(
            node, path,
            QStringLiteral("expected a step (a map with action, ...), got %1").arg(describe(node)));
        return std::nullopt;
    }
    const Entries fields = entries(node, path, stepKeys());
    const auto find = [&fields](const char *key) -> const Entry * {
        const auto it = fields.constFind(QString::fromLatin1(key));
        return it == fields.cend() ? nullptr : &it.value();
    };
    const auto field = [&path](const char *key) {
        return child(path, QString::fromLatin1(key));
    };

    if (const Entry *entry = find("action")) {
        if (const auto action = text(entry->value, field("action"))) {
            if (!isActionType(*action))
                fail(entry->value, field("action"),
                     QStringLiteral("expected lower-case letters, digits and '_', got '%1'")
                         .arg(*action));
            step.action = *action;
        }
    } else {
        fail(step.sourceLine, field("action"), QStringLiteral("required field is missing"));
    }
    if (const Entry *entry = find("description")) {
        if (const auto description = text(entry->value, field("description")))
            step.description = description->trimmed();
    }
    bool riskDeclared = false;
    if (const Entry *entry = find("risk")) {
        riskDeclared = true;
        if (const auto tier = risk(entry->value, field("risk")))
            step.risk = *tier;
    }
    if (const Entry *entry = find("requires_approval")) {
        if (const auto value = boolean(entry->value, field("requires_approval")))
            step.requiresApproval = *value;
    }
    if (const Entry *entry = find("regulated")) {
        if (const auto value = boolean(entry->value, field("regulated")))
            step.regulated = *value;
    }
    if (const Entry *entry = find("irreversible")) {
        if (const auto value = boolean(entry->value, field("irreversible")))
            step.irreversible = *value;
    }
    const Entry *commandEntry = find("command");
    if (commandEntry) {
        if (const auto command = text(commandEntry->value, field("command"))) {
            if (command->trimmed().isEmpty())
                fail(commandEntry->value, field("command"),
                     QStringLiteral("is empty (leave it out for a read-only step)"));
            step.command = command->trimmed();
        }
    }
    const Entry *rollbackEntry = find("rollback");
    if (rollbackEntry) {
        if (const auto rollback = text(rollbackEntry->value, field("rollback"))) {
            if (rollback->trimmed().isEmpty())
                fail(rollbackEntry->value, field("rollback"), QStringLiteral("is empty"));
            step.rollback = rollback->trimmed();
        }
    }
    QSet<QString> declaredParams; // including invalid ones, reported already
    if (const Entry *entry = find("params")) {
        const QString paramsPath = field("params");
        const Entries params = entries(entry->value, paramsPath, {}, true);
        for (auto it = params.cbegin(); it != params.cend(); ++it) {
            const QString paramPath = child(paramsPath, it.key());
            if (!isParamName(it.key())) {
                fail(it.value().key, paramPath,
                     QStringLiteral("a param name is lower-case letters, digits and '_'"));
                continue;
            }
            declaredParams.insert(it.key());
            if (auto parameter = parseParameter(it.value(), paramPath)) {
                parameter->name = it.key();
                step.params.insert(it.key(), *parameter);
            }
        }
    }

    // Without a command the step only informs the responder; with one it changes state.
    const bool changesState = commandEntry != nullptr;
    if (!riskDeclared)
        step.risk = changesState ? runbookRisk.value_or(RiskTier::Low) : RiskTier::Low;

    if (rollbackEntry && !changesState)
        fail(rollbackEntry->key, field("rollback"),
             QStringLiteral("a rollback without a command: a read-only step has nothing to undo"));
    if (changesState && !rollbackEntry && !step.irreversible)
        fail(commandEntry->key, field("rollback"),
             QStringLiteral("a state-changing step needs a rollback, or 'irreversible: true' with "
                            "the reason in its description"));
    if (step.irreversible) {
        const Entry *entry = find("irreversible");
        if (rollbackEntry)
            fail(entry->key, field("irreversible"),
                 QStringLiteral("contradicts the rollback the step declares"));
        if (!changesState)
            fail(entry->key, field("irreversible"),
                 QStringLiteral("a read-only step (no command) cannot be irreversible"));
        if (step.description.isEmpty())
            fail(entry->key, field("description"),
                 QStringLiteral("an irreversible step must say in its description why no rollback "
                                "exists"));
    }

    if (changesState) {
        step.blastRadius = BlastRadius{}; // 1 service, no traffic, irreversible until declared
    } else {
        step.blastRadius = BlastRadius{0, 0.0, 0}; // touches nothing, nothing to undo
    }
    if (const Entry *entry = find("blast_radius"))
        parseBlastRadius(*entry, field("blast_radius"), changesState, step.irreversible,
                         &step.blastRadius);
    else if (changesState)
        fail(commandEntry->key, field("blast_radius"),
             QStringLiteral("a state-changing step must declare its blast_radius "
                            "{services, traffic_fraction, reversible_minutes}"));
    if (step.irreversible)
        step.blastRadius.reversibleMinutes = -1;

    if (commandEntry)
        checkPlaceholders(*commandEntry, field("command"), step.params, declaredParams);
    if (rollbackEntry)
        checkPlaceholders(*rollbackEntry, field("rollback"), step.params, declaredParams);

    if (m_errors->size() != errorsBefore)
        return std::nullopt;
    return step;
}

void FrontMatterParser::parseBlastRadius(const Entry &entry, const QString &path, bool changesState,
                                         bool irreversible, BlastRadius *radius)
{
    const Entries fields = entries(entry.value, path, blastRadiusKeys());
    if (!entry.value.IsMap())
        return;
    const auto requireForStateChange = [&](const QString &key, bool needed) {
        if (changesState && needed && !fields.contains(key))
            fail(entry.value, child(path, key),
                 QStringLiteral("required for a state-changing step"));
    };
    const QString servicesKey = QStringLiteral("services");
    const QString trafficKey = QStringLiteral("traffic_fraction");
    const QString minutesKey = QStringLiteral("reversible_minutes");
    requireForStateChange(servicesKey, true);
    requireForStateChange(trafficKey, true);
    requireForStateChange(minutesKey, !irreversible);

    if (fields.contains(servicesKey)) {
        const YAML::Node node = fields.value(servicesKey).value;
        if (const auto services = integer(node, child(path, servicesKey))) {
            if (*services < 0 || *services > 100000)
                fail(node, child(path, servicesKey),
                     QStringLiteral("expected a service count >= 0, got %1").arg(*services));
            else
                radius->services = int(*services);
        }
    }
    if (fields.contains(trafficKey)) {
        const YAML::Node node = fields.value(trafficKey).value;
        if (const auto fraction = number(node, child(path, trafficKey))) {
            if (*fraction < 0.0 || *fraction > 1.0)
                fail(node, child(path, trafficKey),
                     QStringLiteral("expected a fraction between 0 and 1, got %1").arg(*fraction));
            else
                radius->trafficFraction = *fraction;
        }
    }
    if (fields.contains(minutesKey)) {
        const YAML::Node node = fields.value(minutesKey).value;
        if (const auto minutes = integer(node, child(path, minutesKey))) {
            if (*minutes < -1 || *minutes > 525600)
                fail(node, child(path, minutesKey),
                     QStringLiteral("expected minutes >= 0, or -1 for irreversible, got %1")
                         .arg(*minutes));
            else if (irreversible && *minutes >= 0)
                fail(node, child(path, minutesKey),
                     QStringLiteral("the step is declared irreversible but reversible in %1 "
                                    "minutes")
                         .arg(*minutes));
            else
                radius->reversibleMinutes = int(*minutes);
        }
    }
}

std::optional<StepParameter> FrontMatterParser::parseParameter(const Entry &entry,
                                                               const QString &path)
{
    const qsizetype errorsBefore = m_errors->size();
    StepParameter parameter;
    if (!entry.value.IsMap()) {
        fail(entry.value, path,
             QStringLiteral("expected a map (from_label, default, allowed, pattern, min, max), "
                            "got %1")
                 .arg(describe(entry.value)));
        return std::nullopt;
    }
    const Entries fields = entries(entry.value, path, parameterKeys());
    const auto find = [&fields](const char *key) -> const Entry * {
        const auto it = fields.constFind(QString::fromLatin1(key));
        return it == fields.cend() ? nullptr : &it.value();
    };
    const auto field = [&path](const char *key) {
        return child(path, QString::fromLatin1(key));
    };

    if (const Entry *e = find("from_label")) {
        if (const auto label = text(e->value, field("from_label"))) {
            if (label->trimmed().isEmpty())
                fail(e->value, field("from_label"), QStringLiteral("is empty"));
            parameter.fromLabel = label->trimmed();
        }
    }
    const Entry *defaultEntry = find("default");
    if (defaultEntry) {
        if (const auto value = text(defaultEntry->value, field("default")))
            parameter.defaultValue = *value;
    }
    if (const Entry *e = find("allowed")) {
        if (const auto allowed = textList(e->value, field("allowed"), false)) {
            if (allowed->isEmpty())
                fail(e->value, field("allowed"), QStringLiteral("an empty list allows nothing"));
            parameter.allowed = *allowed;
        }
    }
    if (const Entry *e = find("pattern")) {
        if (const auto pattern = text(e->value, field("pattern"))) {
            const QRegularExpression expression(*pattern);
            if (pattern->isEmpty())
                fail(e->value, field("pattern"), QStringLiteral("is empty"));
            else if (!expression.isValid())
                fail(e->value, field("pattern"),
                     QStringLiteral("invalid regular expression '%1': %2 at offset %3")
                         .arg(*pattern, expression.errorString())
                         .arg(expression.patternErrorOffset()));
            else
                parameter.pattern = *pattern;
        }
    }
    if (const Entry *e = find("min")) {
        if (const auto minimum = number(e->value, field("min")))
            parameter.minimum = *minimum;
    }
    if (const Entry *e = find("max")) {
        if (const auto maximum = number(e->value, field("max")))
            parameter.maximum = *maximum;
    }
    if (parameter.minimum && parameter.maximum && *parameter.minimum > *parameter.maximum)
        fail(entry.value, field("min"),
             QStringLiteral("min %1 is above max %2")
                 .arg(*parameter.minimum)
                 .arg(*parameter.maximum));
    if (!find("from_label") && !defaultEntry)
        fail(entry.key, path, QStringLiteral("a param needs from_label or default to get a value"));

    // A default that breaks its own restrictions would be refused at run time: catch it now.
    if (defaultEntry && m_errors->size() == errorsBefore) {
        const QString value = parameter.defaultValue;
        const QString defaultField = field("default");
        if (!parameter.allowed.isEmpty() && !parameter.allowed.contains(value))
            fail(defaultEntry->value, defaultField,
                 QStringLiteral("'%1' is not one of the allowed values").arg(value));
        if (!parameter.pattern.isEmpty() && !matchesInFull(parameter.pattern, value))
            fail(defaultEntry->value, defaultField,
                 QStringLiteral("'%1' does not match the pattern").arg(value));
        if (parameter.minimum || parameter.maximum) {
            bool ok = false;
            const double numeric = value.toDouble(&ok);
            if (!ok || (parameter.minimum && numeric < *parameter.minimum) ||
                (parameter.maximum && numeric > *parameter.maximum))
                fail(defaultEntry->value, defaultField,
                     QStringLiteral("'%1' is not a number within min/max").arg(value));
        }
    }

    if (m_errors->size() != errorsBefore)
        return std::nullopt;
    return parameter;
}

QSet<QString> FrontMatterParser::checkPlaceholders(const Entry &entry, const QString &field,
                                                   const QMap<QString, StepParameter> &params,
                                                   const QSet<QString> &declared)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^{}]*?)\s*\}\})"));
    QSet<QString> used;
    if (!entry.value.IsScalar())
        return used;
    const QString templateText = QString::fromStdString(entry.value.Scalar());
    QString rest = templateText;
    rest.remove(placeholder);
    // A lone "}}" is ordinary JSON in a command (kubectl patch -p '{"a":{"b":1}}'); a lone "{{"
    // is a placeholder typo that would otherwise run verbatim.
    if (rest.contains(QLatin1String("{{")))
        fail(entry.value, field, QStringLiteral("unclosed '{{' (placeholders are {{name}})"));

    for (auto it = placeholder.globalMatch(templateText); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!isParamName(name)) {
            fail(entry.value, field,
                 QStringLiteral("malformed placeholder '%1'").arg(match.captured(0)));
            continue;
        }
        if (!params.contains(name)) {
            if (declared.contains(name))
                continue; // declared but invalid: its own error says why
            fail(entry.value, field,
                 QStringLiteral("placeholder {{%1}} is not a declared param (declared: %2)")
                     .arg(name, params.isEmpty() ? QStringLiteral("none")
                                                 : params.keys().join(QStringLiteral(", "))));
            continue;
        }
        if (used.contains(name))
            continue;
        used.insert(name);
        const StepParameter &parameter = params.value(name);
        // Alert labels are attacker-reachable text; an unrestricted one would reach a shell.
        if (parameter.pattern.isEmpty() && parameter.allowed.isEmpty() && !parameter.minimum &&
            !parameter.maximum)
            fail(entry.value, field,
                 QStringLiteral("param '%1' restricts nothing: declare pattern, allowed or min/max "
                                "(alert labels are untrusted input)")
                     .arg(name));
    }
    return used;
}

QString dirLabel(const QString &dir)
{
    const QString name = QFileInfo(QDir(dir).absolutePath()).fileName();
    return name.isEmpty() ? dir : name;
}

} // namespace

RunbookLoadResult RunbookLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RunbookLoadResult result;
        result.errors.append(
            ValidationError{path, 0, QStringLiteral("file"),
                            QStringLiteral("cannot read: %1").arg(file.errorString())});
        return result;
    }
    return loadText(QString::fromUtf8(file.readAll()), path);
}

RunbookLoadResult RunbookLoader::loadText(const QString &text, const QString &fileName)
{
    RunbookLoadResult result;
    const QString frontMatterField = QStringLiteral("front matter");
    const auto fail = [&](int line, const QString &message) {
        result.errors.append(ValidationError{fileName, line, frontMatterField, message});
    };

    QString normalized = text;
    if (normalized.startsWith(QChar(0xFEFF)))
        normalized.remove(0, 1);
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    const auto isDelimiter = [](const QString &line) {
        QString trimmedEnd = line;
        while (!trimmedEnd.isEmpty() && trimmedEnd.back().isSpace())
            trimmedEnd.chop(1);
        return trimmedEnd == QLatin1String("---");
    };

    if (lines.isEmpty() || !isDelimiter(lines.first())) {
        fail(1, QStringLiteral("missing: the file must start with a '---' line opening the YAML "
                               "front matter"));
        return result;
    }
    qsizetype closing = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (isDelimiter(lines[i])) {
            closing = i;
            break;
        }
    }
    if (closing < 0) {
        fail(1, QStringLiteral("not closed: no '---' line ends the front matter"));
        return result;
    }
    const QString yaml = lines.mid(1, closing - 1).join(QLatin1Char('\n'));
    if (yaml.trimmed().isEmpty()) {
        fail(1, QStringLiteral("is empty"));
        return result;
    }

    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        FrontMatterParser parser(fileName, &result.errors);
        std::optional<Runbook> runbook = parser.parseRunbook(root);
        if (runbook && result.errors.isEmpty()) {
            runbook->body = lines.mid(closing + 1).join(QLatin1Char('\n')).trimmed();
            runbook->sourceFile = fileName;
            result.runbook = std::move(runbook);
        }
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line >= 0 ? e.mark.line + kFrontMatterFirstLine : 1;
        fail(line, QStringLiteral("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        fail(1, QStringLiteral("cannot be read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!result.errors.isEmpty())
        result.runbook.reset();
    return result;
}

RunbookSetLoadResult RunbookLoader::loadDirectory(const QString &dir)
{
    RunbookSetLoadResult result;
    const QDir directory(dir);
    if (!directory.exists()) {
        result.errors.append(
            ValidationError{dir, 0, QStringLiteral("directory"), QStringLiteral("does not exist")});
        return result;
    }
    const QString label = dirLabel(dir);
    const QStringList names =
        directory.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(directory.filePath(name));
        const QString fileName = label + QLatin1Char('/') + name;
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors.append(
                ValidationError{fileName, 0, QStringLiteral("file"),
                                QStringLiteral("cannot read: %1").arg(file.errorString())});
            continue;
        }
        RunbookLoadResult loaded = loadText(QString::fromUtf8(file.readAll()), fileName);
        result.errors.append(loaded.errors);
        if (loaded.runbook)
            result.runbooks.append(std::move(*loaded.runbook));
    }
    return result;
}

} // namespace icc
