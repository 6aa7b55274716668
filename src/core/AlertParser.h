#pragma once

#include "Alert.h"
#include "ParseError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringView>

#include <optional>

namespace icc {

// What a parse produced. An item with any error is left out of `alerts`
// entirely (never half-filled); every other item is still returned, so one bad
// alert in a batch never hides the good ones.
struct AlertParseResult
{
    QList<Alert> alerts;
    QList<ParseError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Turns what monitoring systems send into normalised Alerts. Every function is
// total: any input (wrong types, nulls, garbage) yields errors, never a crash
// or an exception. Unknown fields are ignored so newer senders keep working.
// Each alert gets `fingerprint` (AlertFingerprint::compute) and, when the
// sender gave none, an `id` (AlertFingerprint::derivedId). A missing
// timestamp stays invalid: the ingesting server stamps the receive time from
// its Clock, the parser has none.
class AlertParser final
{
public:
    AlertParser() = delete;

    // Alertmanager webhook payload, version "4". Alert labels win over
    // groupLabels/commonLabels, alert annotations over commonAnnotations.
    // summary: annotations.summary, else "<alertname> on <instance>", else the
    // first line of annotations.description. description: annotations
    // description, else message. severity: labels.severity, normalised;
    // missing or unrecognised -> "warning" (the raw label is kept). origin:
    // labels instance, else service, else job. Numeric annotations "value" /
    // "current_value" ("97.5", "97.5%") also go into values. The Alertmanager
    // fingerprint becomes dedupKey; id is derived from the fingerprint and
    // startsAt (see AlertFingerprint::derivedId). Errors about one
    // alert have index = its position and a field like "alerts[2].labels";
    // payload-level errors (version, alerts, group fields) have index -1 and
    // reject the whole payload.
    static AlertParseResult parseAlertmanager(const QJsonObject &payload);

    // One alert as Prometheus posts it to Alertmanager's `POST /api/v2/alerts`
    // (a "postable alert": labels, annotations, startsAt, endsAt,
    // generatorURL), read like one alert of a webhook without its group. It
    // carries no status: it is firing unless a "status" field says otherwise;
    // the server, which has a clock, treats an endsAt in the past as resolved.
    static AlertParseResult parsePostableAlert(const QJsonObject &object);

    // PagerDuty Events API v2 event. event_action trigger | acknowledge |
    // resolve -> Firing | Acknowledged | Resolved. routing_key is required but
    // not copied into the alert (it is a credential). trigger requires
    // payload.summary, payload.source and payload.severity; acknowledge and
    // resolve require dedup_key and may omit the payload (summary then names
    // the action and key, severity "info"). component/group/class/client go to
    // annotations, client_url to generatorUrl; custom_details strings and
    // booleans -> annotations, numbers -> values, nested JSON -> annotations as
    // compact JSON. links and images are ignored.
    static AlertParseResult parsePagerDuty(const QJsonObject &event);

    // Generic JSON: {"summary" (required), "severity", "source", "description",
    // "labels": {str: str}, "annotations": {str: str}, "values": {str: number},
    // "status": firing|acknowledged|resolved, "id", "timestamp": RFC 3339 or
    // Unix epoch seconds (milliseconds above 1e11)}. Wrong types, an
    // unrecognised severity or status are errors naming the field.
    static AlertParseResult parseGeneric(const QJsonObject &object);

    // Auto-detects the format of an object: "alerts" with "version" (or
    // "receiver"/"groupKey") -> Alertmanager; "event_action" or "routing_key"
    // -> PagerDuty; labels with an alertname and no "summary" -> a postable
    // alert (Prometheus); anything else -> generic. A top-level array is a batch of
    // such objects; error indexes are then positions in the array.
    static AlertParseResult parse(const QJsonValue &value);
    // parse() over a JSON document (a UTF-8 byte order mark is tolerated).
    static AlertParseResult parseDocument(const QByteArray &json);
    // JSON Lines: one object (or array) per line; blank lines skipped. Error
    // indexes are 1-based line numbers; a line that is not JSON is reported
    // with its parser message and column, and the other lines still parse.
    static AlertParseResult parseJsonLines(const QByteArray &jsonLines);

    // Maps the many spellings of severity onto critical | error | warning |
    // info (case, spaces, '-' and '_' ignored); nullopt when unrecognised.
    //   critical: critical crit fatal emergency emerg alert page disaster
    //             urgent blocker high p0 p1 sev0 sev1
    //   error:    error err major severe p2 sev2
    //   warning:  warning warn minor medium moderate average p3 sev3
    //   info:     info informational information notice low ok none debug
    //             ticket p4 p5 sev4 sev5
    static std::optional<QString> normaliseSeverity(QStringView text);
};

} // namespace icc
