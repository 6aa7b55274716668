#include "AlertParser.h"

#include "AlertFingerprint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace icc {

namespace {

enum class Presence
{
    Optional,
    Required
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isAbsent(const QJsonValue &value)
{
    // Many senders write null for "not set"; treat it like a missing key.
    return value.isUndefined() || value.isNull();
}

// Quotes a short excerpt of a sender's value for an error message, so a huge
// string cannot blow up the message (or the log line it ends up in).
QString quoted(const QString &text)
{
    constexpr qsizetype kMaxShown = 60;
    if (text.size() <= kMaxShown)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kMaxShown) + QStringLiteral("...\"");
}

// Parses RFC 3339 / ISO 8601 date-times as senders write them: fractions of
// any length (Go writes nanoseconds, Qt reads at most milliseconds, so the
// rest is truncated), 'Z' or a numeric offset; without an offset the time is
// taken as UTC. nullopt when malformed. Go's zero time ("0001-01-01T00:00:00Z",
// Alertmanager's "no endsAt") yields an invalid QDateTime, meaning unset.
std::optional<QDateTime> parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})"
                       "(?:[.,]([0-9]+))?(?:([Zz])|([+-])([0-9]{2}):?([0-9]{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) {
        return match.captured(group).toInt();
    };
    const QDate date(number(1), number(2), number(3));
    const QString fraction = match.captured(7).left(3).leftJustified(3, QLatin1Char('0'));
    const QTime time(number(4), number(5), number(6), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (date.year() <= 1)
        return QDateTime();
    int offsetSeconds = 0;
    if (match.hasCaptured(9)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (match.captured(9) == u"-" ? -1 : 1);
    }
    const QTimeZone zone(offsetSeconds);
    if (!zone.isValid())
        return std::nullopt;
    return QDateTime(date, time, zone).toUTC();
}

// Reads "97.5" or "97.5 %" as a number; nullopt for anything else.
std::optional<double> numericReading(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(QLatin1Char('%')))
        trimmed = trimmed.chopped(1).trimmed();
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return QString();
}

// The summary is one line; a multi-line one keeps its first line and, when
// there is no description yet, hands the whole text to the description.
void setSummary(Alert &alert, const QString &text)
{
    alert.summary = firstLine(text);
    if (alert.description.isEmpty() && text.trimmed() != alert.summary)
        alert.description = text.trimmed();
}

void finish(Alert &alert, const QDateTime &firingStart = {})
{
    alert.fingerprint = AlertFingerprint::compute(alert);
    if (alert.id.isEmpty())
        alert.id = AlertFingerprint::derivedId(alert.fingerprint, firingStart);
}

std::optional<Alert::Status> statusFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    static const QStringList firing{QStringLiteral("firing"),    QStringLiteral("trigger"),
                                    QStringLiteral("triggered"), QStringLiteral("problem"),
                                    QStringLiteral("open"),      QStringLiteral("active")};
    static const QStringList acknowledged{QStringLiteral("acknowledged"),
                                          QStringLiteral("acknowledge"), QStringLiteral("ack"),
                                          QStringLiteral("acked")};
    static const QStringList resolved{QStringLiteral("resolved"), QStringLiteral("resolve"),
                                      QStringLiteral("ok"), QStringLiteral("closed"),
                                      QStringLiteral("cleared")};
    if (firing.contains(key))
        return Alert::Status::Firing;
    if (acknowledged.contains(key))
        return Alert::Status::Acknowledged;
    if (resolved.contains(key))
        return Alert::Status::Resolved;
    return std::nullopt;
}

// Reads typed fields out of one JSON object. A wrong type is recorded as an
// error carrying the full path of the field instead of being guessed at;
// absent and null both mean "not given".
class FieldReader final
{
public:
    FieldReader(const QJsonObject &object, QString prefix, int index, QList<ParseError> &errors)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_index(index)
        , m_errors(errors)
    {}

    bool failed() const { return m_failed; }
    const QJsonObject &object() const { return m_object; }

    void fail(const QString &field, const QString &message)
    {
        m_errors.append(ParseError{m_index, m_prefix + field, message});
        m_failed = true;
    }

    std::optional<QString> string(const QString &key, Presence presence = Presence::Optional)
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value)) {
            if (presence == Presence::Required)
                fail(key, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!value.isString()) {
            fail(key, QStringLiteral("expected a string, got %1").arg(typeName(value)));
            return std::nullopt;
        }
        const QString text = value.toString();
        if (presence == Presence::Required && text.trimmed().isEmpty()) {
            fail(key, QStringLiteral("must not be empty"));
            return std::nullopt;
        }
        return text;
    }

    std::optional<QJsonObject> object(const QString &key, Presence presence = Presence::Optional)
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value)) {
            if (presence == Presence::Required)
                fail(key, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!value.isObject()) {
            fail(key, QStringLiteral("expected an object, got %1").arg(typeName(value)));
            return std::nullopt;
        }
        return value.toObject();
    }

    void stringMap(const QString &key, QMap<QString, QString> &out,
                   Presence presence = Presence::Optional)
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value)) {
            if (presence == Presence::Required)
                fail(key, QStringLiteral("is required"));
            return;
        }
        if (!value.isObject()) {
            fail(key, QStringLiteral("expected an object of strings, got %1").arg(typeName(value)));
            return;
        }
        const QJsonObject map = value.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (it.value().isString())
                out.insert(it.key(), it.value().toString());
            else
                fail(key + QLatin1Char('.') + it.key(),
                     QStringLiteral("expected a string, got %1").arg(typeName(it.value())));
        }
    }

    void numberMap(const QString &key, QMap<QString, double> &out)
    {
        const QJsonValue value = m_object.value(key);
        if (isAbsent(value))
            return;
        if (!value.isObject()) {
            fail(key, QStringLiteral("expected an object of numbers, got %1").arg(typeName(value)));
            return;
        }
        const QJsonObject map = value.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (it.value().isDouble() && std::isfinite(it.value().toDouble()))
                out.insert(it.key(), it.value().toDouble());
            else
                fail(key + QLatin1Char('.') + it.key(),
                     QStringLiteral("expected a number, got %1").arg(typeName(it.value())));
        }
    }

    // An RFC 3339 date-time; invalid QDateTime when absent or unset.
    QDateTime timestamp(const QString &key)
    {
        const std::optional<QString> text = string(key);
        if (!text)
            return QDateTime();
        const std::optional<QDateTime> when = parseRfc3339(*text);
        if (!when) {
            fail(key, QStringLiteral("expected an RFC 3339 date-time, got %1").arg(quoted(*text)));
            return QDateTime();
        }
        return *when;
    }

    // A normalised severity, or nullopt (with an error) when unrecognised.
    std::optional<QString> severity(const QString &key, Presence presence)
    {
        const std::optional<QString> text = string(key, presence);
        if (!text)
            return std::nullopt;
        const std::optional<QString> severity = AlertParser::normaliseSeverity(*text);
        if (!severity)
            fail(key, QStringLiteral("unrecognised severity %1; expected critical, error, "
                                     "warning or info")
                          .arg(quoted(*text)));
        return severity;
    }

private:
    const QJsonObject &m_object;
    QString m_prefix;
    int m_index;
    QList<ParseError> &m_errors;
    bool m_failed = false;
};

struct AlertmanagerGroup
{
    QMap<QString, QString> fallbackLabels;
    QMap<QString, QString> commonAnnotations;
    Alert::Status status = Alert::Status::Firing;
};

// One alert of a webhook (fieldPrefix "alerts[i].") or one postable alert of
// the v2 API (no prefix, empty group).
std::optional<Alert> readAlertmanagerAlert(const QJsonObject &object, int index,
                                           const QString &fieldPrefix,
                                           const AlertmanagerGroup &group,
                                           QList<ParseError> &errors)
{
    FieldReader in(object, fieldPrefix, index, errors);
    Alert alert;
    alert.source = Alert::Source::Alertmanager;
    alert.status = group.status;

    in.stringMap(QStringLiteral("labels"), alert.labels, Presence::Required);
    in.stringMap(QStringLiteral("annotations"), alert.annotations);
    if (const auto status = in.string(QStringLiteral("status"))) {
        if (*status == u"firing")
            alert.status = Alert::Status::Firing;
        else if (*status == u"resolved")
            alert.status = Alert::Status::Resolved;
        else
            in.fail(
                QStringLiteral("status"),
                QStringLiteral("expected \"firing\" or \"resolved\", got %1").arg(quoted(*status)));
    }
    alert.startsAt = in.timestamp(QStringLiteral("startsAt"));
    alert.endsAt = in.timestamp(QStringLiteral("endsAt"));
    alert.generatorUrl = in.string(QStringLiteral("generatorURL")).value_or(QString());
    alert.dedupKey = in.string(QStringLiteral("fingerprint")).value_or(QString());
    if (in.failed())
        return std::nullopt;

    // The alert's own labels and annotations win over the group's.
    for (auto it = group.fallbackLabels.cbegin(); it != group.fallbackLabels.cend(); ++it) {
        if (!alert.labels.contains(it.key()))
            alert.labels.insert(it.key(), it.value());
    }
    for (auto it = group.commonAnnotations.cbegin(); it != group.commonAnnotations.cend(); ++it) {
        if (!alert.annotations.contains(it.key()))
            alert.annotations.insert(it.key(), it.value());
    }

    // summary and description move into their own fields; what is left in
    // annotations (runbook_url, dashboards, ...) stays there.
    const QString summary = alert.annotations.value(QStringLiteral("summary")).trimmed();
    if (!summary.isEmpty())
        alert.annotations.remove(QStringLiteral("summary"));
    for (const QString &key : {QStringLiteral("description"), QStringLiteral("message")}) {
        const QString text = alert.annotations.value(key).trimmed();
        if (!text.isEmpty()) {
            alert.description = text;
            alert.annotations.remove(key);
            break;
        }
    }
    if (!summary.isEmpty()) {
        setSummary(alert, summary);
    } else if (const QString name = alert.labels.value(QStringLiteral("alertname")).trimmed();
               !name.isEmpty()) {
        const QString instance = alert.labels.value(QStringLiteral("instance")).trimmed();
        alert.summary = instance.isEmpty() ? name : name + QStringLiteral(" on ") + instance;
    } else {
        alert.summary = firstLine(alert.description);
    }
    if (alert.summary.isEmpty()) {
        in.fail(QStringLiteral("annotations.summary"),
                QStringLiteral("no summary: needs annotations.summary, labels.alertname or "
                               "annotations.description"));
        return std::nullopt;
    }

    alert.severity = AlertParser::normaliseSeverity(alert.labels.value(QStringLiteral("severity")))
                         .value_or(QStringLiteral("warning"));
    for (const QString &key :
         {QStringLiteral("instance"), QStringLiteral("service"), QStringLiteral("job")}) {
        if (!alert.labels.value(key).isEmpty()) {
            alert.origin = alert.labels.value(key);
            break;
        }
    }
    for (const QString &key : {QStringLiteral("value"), QStringLiteral("current_value")}) {
        if (const auto reading = numericReading(alert.annotations.value(key)))
            alert.values.insert(key, *reading);
    }
    finish(alert, alert.startsAt);
    return alert;
}

bool looksLikeAlertmanager(const QJsonObject &object)
{
    return object.contains(QStringLiteral("alerts")) &&
           (object.contains(QStringLiteral("version")) ||
            object.contains(QStringLiteral("receiver")) ||
            object.contains(QStringLiteral("groupKey")));
}

// What Prometheus posts to Alertmanager: labels with an alertname and no
// generic "summary" of its own.
bool looksLikePostableAlert(const QJsonObject &object)
{
    return !object.contains(QStringLiteral("summary")) &&
           object.value(QStringLiteral("labels")).toObject().contains(QStringLiteral("alertname"));
}

bool looksLikePagerDuty(const QJsonObject &object)
{
    return object.contains(QStringLiteral("event_action")) ||
           object.contains(QStringLiteral("routing_key"));
}

AlertParseResult parseObject(const QJsonObject &object)
{
    if (looksLikeAlertmanager(object))
        return AlertParser::parseAlertmanager(object);
    if (looksLikePagerDuty(object))
        return AlertParser::parsePagerDuty(object);
    if (looksLikePostableAlert(object))
        return AlertParser::parsePostableAlert(object);
    return AlertParser::parseGeneric(object);
}

void append(AlertParseResult &into, AlertParseResult &&from, int index)
{
    into.alerts.append(std::move(from.alerts));
    for (ParseError &error : from.errors) {
        error.index = index;
        into.errors.append(std::move(error));
    }
}

QByteArray withoutByteOrderMark(const QByteArray &data)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    return data.startsWith(bom) ? data.mid(bom.size()) : data;
}

} // namespace

std::optional<QString> AlertParser::normaliseSeverity(QStringView text)
{
    struct Alias
    {
        const char *alias;
        const char *severity;
    };
    static constexpr Alias kAliases[] = {
        {"critical", "critical"},
        {"crit", "critical"},
        {"fatal", "critical"},
        {"emergency", "critical"},
        {"emerg", "critical"},
        {"alert", "critical"},
        {"page", "critical"},
        {"disaster", "critical"},
        {"urgent", "critical"},
        {"blocker", "critical"},
        {"high", "critical"},
        {"p0", "critical"},
        {"p1", "critical"},
        {"sev0", "critical"},
        {"sev1", "critical"},
        {"error", "error"},
        {"err", "error"},
        {"major", "error"},
        {"severe", "error"},
        {"p2", "error"},
        {"sev2", "error"},
        {"warning", "warning"},
        {"warn", "warning"},
        {"minor", "warning"},
        {"medium", "warning"},
        {"moderate", "warning"},
        {"average", "warning"},
        {"p3", "warning"},
        {"sev3", "warning"},
        {"info", "info"},
        {"informational", "info"},
        {"information", "info"},
        {"notice", "info"},
        {"low", "info"},
        {"ok", "info"},
        {"none", "info"},
        {"debug", "info"},
        {"ticket", "info"},
        {"p4", "info"},
        {"p5", "info"},
        {"sev4", "info"},
        {"sev5", "info"},
    };
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            key += c.toCaseFolded();
    }
    for (const Alias &alias : kAliases) {
        if (key == QLatin1String(alias.alias))
            return QString::fromLatin1(alias.severity);
    }
    return std::nullopt;
}

AlertParseResult AlertParser::parseAlertmanager(const QJsonObject &payload)
{
    AlertParseResult result;
    FieldReader in(payload, QString(), -1, result.errors);

    const QJsonValue version = payload.value(QStringLiteral("version"));
    if (isAbsent(version))
        in.fail(QStringLiteral("version"), QStringLiteral("is required (expected \"4\")"));
    else if (!version.isString())
        in.fail(QStringLiteral("version"),
                QStringLiteral("expected the string \"4\", got %1").arg(typeName(version)));
    else if (version.toString() != u"4")
        in.fail(QStringLiteral("version"), QStringLiteral("unsupported version %1, expected \"4\"")
                                               .arg(quoted(version.toString())));

    AlertmanagerGroup group;
    // groupLabels is a subset of commonLabels in practice; both only fill in
    // labels the alert itself lacks.
    in.stringMap(QStringLiteral("commonLabels"), group.fallbackLabels);
    QMap<QString, QString> groupLabels;
    in.stringMap(QStringLiteral("groupLabels"), groupLabels);
    for (auto it = groupLabels.cbegin(); it != groupLabels.cend(); ++it) {
        if (!group.fallbackLabels.contains(it.key()))
            group.fallbackLabels.insert(it.key(), it.value());
    }
    in.stringMap(QStringLiteral("commonAnnotations"), group.commonAnnotations);
    if (const auto status = in.string(QStringLiteral("status"))) {
        if (*status == u"resolved")
            group.status = Alert::Status::Resolved;
        else if (*status != u"firing")
            in.fail(
                QStringLiteral("status"),
                QStringLiteral("expected \"firing\" or \"resolved\", got %1").arg(quoted(*status)));
    }
    const QJsonValue alerts = payload.value(QStringLiteral("alerts"));
    if (isAbsent(alerts))
        in.fail(QStringLiteral("alerts"), QStringLiteral("is required"));
    else if (!alerts.isArray())
        in.fail(QStringLiteral("alerts"),
                QStringLiteral("expected an array, got %1").arg(typeName(alerts)));
    // A payload whose envelope is wrong is not one we understand: reject it
    // whole rather than guess which of its alerts are trustworthy.
    if (in.failed())
        return result;

    const QJsonArray array = alerts.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int index = int(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            result.errors.append(
                ParseError{index, QStringLiteral("alerts[%1]").arg(index),
                           QStringLiteral("expected an object, got %1").arg(typeName(item))});
            continue;
        }
        if (auto alert = readAlertmanagerAlert(item.toObject(), index,
                                               QStringLiteral("alerts[%1].").arg(index), group,
                                               result.errors))
            result.alerts.append(std::move(*alert));
    }
    return result;
}

AlertParseResult AlertParser::parsePostableAlert(const QJsonObject &object)
{
    AlertParseResult result;
    if (auto alert =
            readAlertmanagerAlert(object, 0, QString(), AlertmanagerGroup{}, result.errors))
        result.alerts.append(std::move(*alert));
    return result;
}

AlertParseResult AlertParser::parsePagerDuty(const QJsonObject &event)
{
    AlertParseResult result;
    FieldReader in(event, QString(), 0, result.errors);
    Alert alert;
    alert.source = Alert::Source::PagerDuty;

    in.string(QStringLiteral("routing_key"), Presence::Required); // checked, never stored
    QString action;
    if (const auto text = in.string(QStringLiteral("event_action"), Presence::Required)) {
        action = *text;
        if (action == u"trigger")
            alert.status = Alert::Status::Firing;
        else if (action == u"acknowledge")
            alert.status = Alert::Status::Acknowledged;
        else if (action == u"resolve")
            alert.status = Alert::Status::Resolved;
        else
            in.fail(QStringLiteral("event_action"),
                    QStringLiteral("expected trigger, acknowledge or resolve, got %1")
                        .arg(quoted(action)));
    }
    const bool trigger = action == u"trigger";
    const Presence triggerOnly = trigger ? Presence::Required : Presence::Optional;

    const QJsonValue dedupValue = event.value(QStringLiteral("dedup_key"));
    alert.dedupKey = in.string(QStringLiteral("dedup_key")).value_or(QString()).trimmed();
    // A wrong type has already been reported; only a missing or blank key is left.
    const bool dedupKeyMissing =
        alert.dedupKey.isEmpty() && (isAbsent(dedupValue) || dedupValue.isString());
    if (alert.status != Alert::Status::Firing && dedupKeyMissing)
        in.fail(QStringLiteral("dedup_key"), QStringLiteral("is required for %1").arg(action));
    if (const auto client = in.string(QStringLiteral("client")); client && !client->isEmpty())
        alert.annotations.insert(QStringLiteral("client"), *client);
    alert.generatorUrl = in.string(QStringLiteral("client_url")).value_or(QString());

    QString summary;
    if (const auto payload = in.object(QStringLiteral("payload"), triggerOnly)) {
        FieldReader p(*payload, QStringLiteral("payload."), 0, result.errors);
        summary = p.string(QStringLiteral("summary"), triggerOnly).value_or(QString());
        alert.origin =
            p.string(QStringLiteral("source"), triggerOnly).value_or(QString()).trimmed();
        alert.severity = p.severity(QStringLiteral("severity"), triggerOnly).value_or(QString());
        alert.startsAt = p.timestamp(QStringLiteral("timestamp"));
        for (const QString &key :
             {QStringLiteral("component"), QStringLiteral("group"), QStringLiteral("class")}) {
            if (const auto text = p.string(key); text && !text->isEmpty())
                alert.annotations.insert(key, *text);
        }
        const QJsonValue details = payload->value(QStringLiteral("custom_details"));
        if (details.isString()) {
            alert.annotations.insert(QStringLiteral("details"), details.toString());
        } else if (details.isObject()) {
            const QJsonObject map = details.toObject();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                // The event's own fields win over a custom detail of the same name.
                if (alert.annotations.contains(it.key()) || alert.values.contains(it.key()))
                    continue;
                const QJsonValue value = it.value();
                if (value.isDouble())
                    alert.values.insert(it.key(), value.toDouble());
                else if (value.isString())
                    alert.annotations.insert(it.key(), value.toString());
                else if (value.isBool())
                    alert.annotations.insert(it.key(), value.toBool() ? QStringLiteral("true")
                                                                      : QStringLiteral("false"));
                else if (value.isObject())
                    alert.annotations.insert(
                        it.key(),
                        QString::fromUtf8(
                            QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
                else if (value.isArray())
                    alert.annotations.insert(
                        it.key(),
                        QString::fromUtf8(
                            QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
            }
        } else if (!isAbsent(details)) {
            p.fail(QStringLiteral("custom_details"),
                   QStringLiteral("expected an object or a string, got %1").arg(typeName(details)));
        }
        if (p.failed())
            return result;
    }
    if (in.failed())
        return result;

    if (summary.trimmed().isEmpty())
        summary = QStringLiteral("PagerDuty %1 for %2").arg(action, alert.dedupKey);
    setSummary(alert, summary);
    if (alert.severity.isEmpty())
        alert.severity = QStringLiteral("info"); // acknowledge/resolve without a payload
    finish(alert);
    result.alerts.append(std::move(alert));
    return result;
}

AlertParseResult AlertParser::parseGeneric(const QJsonObject &object)
{
    AlertParseResult result;
    FieldReader in(object, QString(), 0, result.errors);
    Alert alert;
    alert.source = Alert::Source::Generic;

    const QString summary =
        in.string(QStringLiteral("summary"), Presence::Required).value_or(QString());
    alert.severity = in.severity(QStringLiteral("severity"), Presence::Optional)
                         .value_or(QStringLiteral("warning"));
    alert.origin = in.string(QStringLiteral("source")).value_or(QString()).trimmed();
    alert.description = in.string(QStringLiteral("description")).value_or(QString()).trimmed();
    alert.id = in.string(QStringLiteral("id")).value_or(QString()).trimmed();
    in.stringMap(QStringLiteral("labels"), alert.labels);
    in.stringMap(QStringLiteral("annotations"), alert.annotations);
    in.numberMap(QStringLiteral("values"), alert.values);
    if (const auto status = in.string(QStringLiteral("status"))) {
        if (const auto parsed = statusFromString(*status))
            alert.status = *parsed;
        else
            in.fail(QStringLiteral("status"),
                    QStringLiteral("expected firing, acknowledged or resolved, got %1")
                        .arg(quoted(*status)));
    }

    const QJsonValue timestamp = object.value(QStringLiteral("timestamp"));
    if (timestamp.isDouble()) {
        // Epoch seconds; values beyond 1e11 (year 5138) can only be milliseconds.
        double seconds = timestamp.toDouble();
        if (std::abs(seconds) > 1e11)
            seconds /= 1000.0;
        constexpr double kYear9999 = 253402300799.0;
        if (!std::isfinite(seconds) || seconds < 0 || seconds > kYear9999)
            in.fail(QStringLiteral("timestamp"),
                    QStringLiteral("epoch time out of range: %1").arg(timestamp.toDouble()));
        else
            alert.startsAt =
                QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000.0)), Qt::UTC);
    } else if (isAbsent(timestamp) || timestamp.isString()) {
        alert.startsAt = in.timestamp(QStringLiteral("timestamp"));
    } else {
        in.fail(QStringLiteral("timestamp"),
                QStringLiteral("expected an RFC 3339 string or Unix epoch seconds, got %1")
                    .arg(typeName(timestamp)));
    }
    if (in.failed())
        return result;

    setSummary(alert, summary);
    finish(alert);
    result.alerts.append(std::move(alert));
    return result;
}

AlertParseResult AlertParser::parse(const QJsonValue &value)
{
    if (value.isObject())
        return parseObject(value.toObject());
    AlertParseResult result;
    if (!value.isArray()) {
        result.errors.append(ParseError{
            -1, QString(),
            QStringLiteral("expected a JSON object or array, got %1").arg(typeName(value))});
        return result;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int index = int(i);
        const QJsonValue item = array.at(i);
        // Batches are flat: a nested array is an error, not another batch.
        if (!item.isObject()) {
            result.errors.append(
                ParseError{index, QString(),
                           QStringLiteral("expected an object, got %1").arg(typeName(item))});
            continue;
        }
        append(result, parseObject(item.toObject()), index);
    }
    return result;
}

AlertParseResult AlertParser::parseDocument(const QByteArray &json)
{
    const QByteArray data = withoutByteOrderMark(json);
    AlertParseResult result;
    if (data.trimmed().isEmpty()) {
        result.errors.append(ParseError{-1, QString(), QStringLiteral("empty document")});
        return result;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        result.errors.append(ParseError{-1, QString(),
                                        QStringLiteral("invalid JSON at offset %1: %2")
                                            .arg(error.offset)
                                            .arg(error.errorString())});
        return result;
    }
    if (document.isArray())
        return parse(document.array());
    return parse(document.object());
}

AlertParseResult AlertParser::parseJsonLines(const QByteArray &jsonLines)
{
    AlertParseResult result;
    const QList<QByteArray> lines = withoutByteOrderMark(jsonLines).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QByteArray line = lines.at(i).trimmed(); // also drops a CR of CRLF
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError) {
            result.errors.append(ParseError{lineNumber, QString(),
                                            QStringLiteral("invalid JSON at column %1: %2")
                                                .arg(error.offset + 1)
                                                .arg(error.errorString())});
            continue;
        }
        append(result, document.isArray() ? parse(document.array()) : parse(document.object()),
               lineNumber);
    }
    return result;
}

} // namespace icc
