#include "IncidentRecord.h"

#include "AuditEvent.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace icc {

namespace {

bool isType(const AuditEntry &entry, const char *type)
{
    return entry.type == QLatin1String(type);
}

QString payloadString(const AuditEntry &entry, const char *key)
{
    const QJsonValue value = entry.payload.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c") + text + QStringLiteral("\u201d");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString itemLabel(const ActionItem &item, qsizetype position)
{
    const QString id = item.id.isEmpty() ? QStringLiteral("#%1").arg(position + 1) : item.id;
    return item.description.isEmpty()
               ? QStringLiteral("action item %1").arg(id)
               : QStringLiteral("action item %1 (%2)").arg(id, quoted(item.description));
}

QJsonObject toJson(const FailureMark &mark)
{
    return QJsonObject{{QStringLiteral("layer"), toString(mark.layer)},
                       {QStringLiteral("note"), mark.note}};
}

std::optional<FailureMark> failureMarkFromJson(const QJsonValue &value, const QString &field,
                                               QString *error)
{
    const QJsonObject object = value.toObject();
    const QString layerName = object.value(QStringLiteral("layer")).toString();
    const std::optional<ChainLayerKind> layer = chainLayerKindFromString(layerName);
    if (!value.isObject() || !layer) {
        if (error)
            *error = QStringLiteral("%1.layer: unknown layer '%2' (human_review, "
                                    "policy_classification or agent_reasoning)")
                         .arg(field, layerName);
        return std::nullopt;
    }
    return FailureMark{*layer, object.value(QStringLiteral("note")).toString()};
}

QString alertSummary(const AuditEntry &entry)
{
    const QJsonObject alert = entry.payload.value(QStringLiteral("alert")).toObject();
    const QString status = alert.value(QStringLiteral("status")).toString();
    const QString severity = alert.value(QStringLiteral("severity")).toString();
    const QString what = alert.value(QStringLiteral("summary")).toString();
    const QString verb = status == QLatin1String("resolved")       ? QStringLiteral("resolved")
                         : status == QLatin1String("acknowledged") ? QStringLiteral("acknowledged")
                                                                   : QStringLiteral("received");
    return QStringLiteral("Alert %1 %2%3: %4")
        .arg(entry.subject, verb,
             severity.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(severity), what);
}

QString matchSummary(const AuditEntry &entry)
{
    const QJsonObject match = entry.payload.value(QStringLiteral("match")).toObject();
    const QString runbook = match.value(QStringLiteral("runbook")).toString();
    const double confidence = match.value(QStringLiteral("confidence")).toDouble();
    if (match.value(QStringLiteral("informational")).toBool())
        return QStringLiteral("Alert %1 is informational: nothing to do").arg(entry.subject);
    if (runbook.isEmpty())
        return QStringLiteral("No runbook matched alert %1 (novel or below threshold)")
            .arg(entry.subject);
    return QStringLiteral("Alert %1 matched runbook %2 (confidence %3%4)")
        .arg(entry.subject, runbook, QString::number(confidence, 'f', 2),
             match.value(QStringLiteral("ambiguous")).toBool() ? QStringLiteral(", ambiguous")
                                                               : QString());
}

QString policySummary(const AuditEntry &entry)
{
    const QJsonObject decision = entry.payload.value(QStringLiteral("decision")).toObject();
    QStringList rules;
    for (const QJsonValue &reason : decision.value(QStringLiteral("reasons")).toArray())
        rules.append(reason.toObject().value(QStringLiteral("rule")).toString());
    return QStringLiteral("Policy %1: %2 for %3 (%4), autonomy level %5, %6; rules: %7")
        .arg(decision.value(QStringLiteral("policy_version")).toString(),
             decision.value(QStringLiteral("outcome")).toString(), payloadString(entry, "action"),
             entry.subject)
        .arg(decision.value(QStringLiteral("autonomy_level")).toInt())
        .arg(decision.value(QStringLiteral("review_tier")).toString(),
             rules.isEmpty() ? QStringLiteral("none fired") : rules.join(QStringLiteral(", ")));
}

QString executionSummary(const AuditEntry &entry)
{
    const QJsonObject &payload = entry.payload;
    const bool dryRun = payloadString(entry, "mode") == QLatin1String("dry_run");
    const QString blockedBy = payloadString(entry, "blocked_by");
    QString result;
    if (!blockedBy.isEmpty())
        result = QStringLiteral("blocked by %1").arg(blockedBy);
    else if (payload.value(QStringLiteral("success")).toBool())
        result = QStringLiteral("succeeded");
    else
        result = QStringLiteral("failed (exit %1)")
                     .arg(payload.value(QStringLiteral("exit_code")).toInt());
    if (payload.value(QStringLiteral("rolled_back")).toBool())
        result += QStringLiteral(", rolled back");
    return QStringLiteral("%1 %2 of %3 %4")
        .arg(dryRun ? QStringLiteral("Dry run") : QStringLiteral("Live run"),
             payloadString(entry, "action"), entry.subject, result);
}

} // namespace

QString IncidentRecord::summarize(const AuditEntry &entry)
{
    using namespace AuditEvent;
    const QString reviewer = payloadString(entry, "reviewer");
    const QString actionId = payloadString(entry, "action_id");
    if (isType(entry, kAlertReceived))
        return alertSummary(entry);
    if (isType(entry, kIncidentOpened))
        return QStringLiteral("Incident %1 opened under policy %2, roster %3")
            .arg(entry.subject, orDash(payloadString(entry, "policy_version")),
                 orDash(payloadString(entry, "roster_version")));
    if (isType(entry, kMatchCompleted))
        return matchSummary(entry);
    if (isType(entry, kPolicyDecided))
        return policySummary(entry);
    if (isType(entry, kReviewOpened))
        return QStringLiteral("%1 opened review %2 of %3 (queue depth %4)")
            .arg(reviewer, entry.subject, actionId, orDash(payloadString(entry, "queue_depth")));
    if (isType(entry, kReviewDecided)) {
        const QString reason = payloadString(entry, "reason");
        return QStringLiteral("%1 decided %2 on %3 after %4 s%5")
            .arg(reviewer, payloadString(entry, "decision"), actionId,
                 orDash(payloadString(entry, "dwell_seconds")),
                 reason.isEmpty() ? QStringLiteral(" (no reason stated)")
                                  : QStringLiteral(": ") + quoted(reason));
    }
    if (isType(entry, kReviewRefused))
        return QStringLiteral("Decision of %1 on %2 refused: %3")
            .arg(reviewer, actionId, payloadString(entry, "error"));
    if (isType(entry, kReviewTimedOut)) {
        QStringList next;
        for (const QJsonValue &name : entry.payload.value(QStringLiteral("escalated_to")).toArray())
            next.append(name.toString());
        return QStringLiteral("Review %1 timed out at level %2; %3")
            .arg(entry.subject, payloadString(entry, "level"),
                 next.isEmpty()
                     ? QStringLiteral("held, escalation chain exhausted")
                     : QStringLiteral("escalated to ") + next.join(QStringLiteral(", ")));
    }
    if (isType(entry, kReviewResolved))
        return QStringLiteral("Review %1 of %2 resolved: %3")
            .arg(entry.subject, actionId, payloadString(entry, "state"));
    if (isType(entry, kExecutionCompleted))
        return executionSummary(entry);
    if (isType(entry, kKillSwitchEngaged) || isType(entry, kKillSwitchReleased))
        return QStringLiteral("Kill switch %1 by %2: %3")
            .arg(isType(entry, kKillSwitchEngaged) ? QStringLiteral("engaged")
                                                   : QStringLiteral("released"),
                 payloadString(entry, "by"), payloadString(entry, "reason"));
    if (isType(entry, kActionTypeHalted) || isType(entry, kActionTypeResumed))
        return QStringLiteral("Action type %1 %2 by %3: %4")
            .arg(entry.subject,
                 isType(entry, kActionTypeHalted) ? QStringLiteral("halted")
                                                  : QStringLiteral("resumed"),
                 payloadString(entry, "by"), payloadString(entry, "reason"));
    if (isType(entry, kClassApprovalGranted))
        return QStringLiteral("Class approval %1 for %2 granted by %3 until %4")
            .arg(entry.subject, payloadString(entry, "action"), payloadString(entry, "granted_by"),
                 payloadString(entry, "expires_at"));
    if (isType(entry, kOutcomeMarked)) {
        const QString note = payloadString(entry, "note");
        return QStringLiteral("Outcome of %1 marked %2 by %3%4")
            .arg(entry.subject, payloadString(entry, "quality"), payloadString(entry, "by"),
                 note.isEmpty() ? QString() : QStringLiteral(": ") + note);
    }
    return entry.subject.isEmpty() ? entry.type
                                   : QStringLiteral("%1 %2").arg(entry.type, entry.subject);
}

QList<TimelineEvent> IncidentRecord::timelineFromAudit(const QList<AuditEntry> &entries,
                                                       const QString &incidentId)
{
    QList<AuditEntry> log = entries;
    std::stable_sort(log.begin(), log.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.sequence < b.sequence;
    });
    QDateTime first;
    QDateTime last;
    for (const AuditEntry &entry : log) {
        if (entry.incidentId != incidentId)
            continue;
        if (!first.isValid() || entry.timestamp < first)
            first = entry.timestamp;
        if (!last.isValid() || entry.timestamp > last)
            last = entry.timestamp;
    }
    QList<TimelineEvent> timeline;
    if (!first.isValid())
        return timeline;
    for (const AuditEntry &entry : log) {
        const bool ours = entry.incidentId == incidentId;
        // Global switches while the incident was open shaped what could run.
        const bool globalDuring =
            entry.incidentId.isEmpty() && entry.timestamp >= first && entry.timestamp <= last;
        if (!ours && !globalDuring)
            continue;
        timeline.append(TimelineEvent{entry.sequence, entry.timestamp, entry.type, entry.actor,
                                      entry.subject, summarize(entry)});
    }
    return timeline;
}

IncidentRecord IncidentRecord::draftFromAudit(const QList<AuditEntry> &entries,
                                              const QString &incidentId)
{
    IncidentRecord record;
    record.incidentId = incidentId;
    record.title = QStringLiteral("Incident %1").arg(incidentId);
    record.timeline = timelineFromAudit(entries, incidentId);
    for (const AuditEntry &entry : entries) {
        if (isType(entry, AuditEvent::kIncidentOpened) && entry.subject == incidentId) {
            record.openedAt = entry.timestamp;
            record.policyVersion = payloadString(entry, "policy_version");
            break;
        }
    }
    if (!record.openedAt.isValid() && !record.timeline.isEmpty())
        record.openedAt = record.timeline.first().at;
    return record;
}

QStringList IncidentRecord::validate() const
{
    QStringList errors;
    if (incidentId.trimmed().isEmpty())
        errors.append(QStringLiteral("incident_id is empty"));
    if (title.trimmed().isEmpty())
        errors.append(QStringLiteral("title is empty"));

    if (primaryFailure && primaryFailure->note.trimmed().isEmpty())
        errors.append(QStringLiteral("primary failure (%1) has no note")
                          .arg(toString(primaryFailure->layer)));
    QSet<ChainLayerKind> secondaryLayers;
    for (const FailureMark &mark : secondaryFailures) {
        if (mark.note.trimmed().isEmpty())
            errors.append(
                QStringLiteral("secondary failure (%1) has no note").arg(toString(mark.layer)));
        if (primaryFailure && mark.layer == primaryFailure->layer)
            errors.append(QStringLiteral("%1 is marked both primary and secondary failure")
                              .arg(toString(mark.layer)));
        if (secondaryLayers.contains(mark.layer))
            errors.append(
                QStringLiteral("%1 is marked secondary failure twice").arg(toString(mark.layer)));
        secondaryLayers.insert(mark.layer);
    }

    QSet<QString> ids;
    for (qsizetype i = 0; i < actionItems.size(); ++i) {
        const ActionItem &item = actionItems.at(i);
        const QString label = itemLabel(item, i);
        if (item.description.trimmed().isEmpty())
            errors.append(label + QStringLiteral(" has no description"));
        if (item.owner.trimmed().isEmpty())
            errors.append(label + QStringLiteral(" has no owner"));
        if (!item.due.isValid())
            errors.append(label + QStringLiteral(" has no due date"));
        if (!item.id.isEmpty()) {
            if (ids.contains(item.id))
                errors.append(QStringLiteral("action item id %1 is used twice").arg(item.id));
            ids.insert(item.id);
        }
    }
    return errors;
}

QJsonObject IncidentRecord::toJson() const
{
    QJsonArray timelineJson;
    for (const TimelineEvent &event : timeline) {
        timelineJson.append(QJsonObject{
            {QStringLiteral("sequence"), static_cast<double>(event.sequence)},
            {QStringLiteral("at"), chainTimestampToJson(event.at)},
            {QStringLiteral("type"), event.type},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("subject"), event.subject},
            {QStringLiteral("summary"), event.summary},
        });
    }
    QJsonArray chainsJson;
    for (const ChainRecord &chain : chains)
        chainsJson.append(chain.toJson());
    QJsonArray secondaryJson;
    for (const FailureMark &mark : secondaryFailures)
        secondaryJson.append(icc::toJson(mark));
    QJsonArray itemsJson;
    for (const ActionItem &item : actionItems) {
        itemsJson.append(QJsonObject{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("description"), item.description},
            {QStringLiteral("owner"), item.owner},
            {QStringLiteral("due"),
             item.due.isValid() ? item.due.toString(Qt::ISODate) : QString()},
            {QStringLiteral("done"), item.done},
        });
    }
    return QJsonObject{
        {QStringLiteral("incident_id"), incidentId},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("impact"), impact},
        {QStringLiteral("facilitator"), facilitator},
        {QStringLiteral("opened_at"), chainTimestampToJson(openedAt)},
        {QStringLiteral("policy_version"), policyVersion},
        {QStringLiteral("timeline"), timelineJson},
        {QStringLiteral("chains"), chainsJson},
        {QStringLiteral("primary_failure"),
         primaryFailure ? QJsonValue(icc::toJson(*primaryFailure)) : QJsonValue()},
        {QStringLiteral("secondary_failures"), secondaryJson},
        {QStringLiteral("contributing_factors"), QJsonArray::fromStringList(contributingFactors)},
        {QStringLiteral("what_went_well"), QJsonArray::fromStringList(whatWentWell)},
        {QStringLiteral("action_items"), itemsJson},
    };
}

std::optional<IncidentRecord> IncidentRecord::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<IncidentRecord> {
        if (error)
            *error = QStringLiteral("incident record: ") + message;
        return std::nullopt;
    };
    const auto str = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    const auto strings = [&object](const char *key) {
        QStringList values;
        for (const QJsonValue &item : object.value(QLatin1String(key)).toArray())
            values.append(item.toString());
        return values;
    };
    if (!object.value(QStringLiteral("incident_id")).isString())
        return fail(QStringLiteral("field 'incident_id' is missing or not a string"));

    IncidentRecord record;
    record.incidentId = str("incident_id");
    record.title = str("title");
    record.summary = str("summary");
    record.impact = str("impact");
    record.facilitator = str("facilitator");
    record.openedAt = chainTimestampFromJson(str("opened_at"));
    record.policyVersion = str("policy_version");
    for (const QJsonValue &item : object.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject event = item.toObject();
        record.timeline.append(
            TimelineEvent{static_cast<qint64>(event.value(QStringLiteral("sequence")).toDouble()),
                          chainTimestampFromJson(event.value(QStringLiteral("at")).toString()),
                          event.value(QStringLiteral("type")).toString(),
                          event.value(QStringLiteral("actor")).toString(),
                          event.value(QStringLiteral("subject")).toString(),
                          event.value(QStringLiteral("summary")).toString()});
    }
    const QJsonArray chainsJson = object.value(QStringLiteral("chains")).toArray();
    for (qsizetype i = 0; i < chainsJson.size(); ++i) {
        QString chainError;
        const std::optional<ChainRecord> chain =
            ChainRecord::fromJson(chainsJson.at(i).toObject(), &chainError);
        if (!chain)
            return fail(QStringLiteral("chains[%1]: %2").arg(i).arg(chainError));
        record.chains.append(*chain);
    }
    const QJsonValue primary = object.value(QStringLiteral("primary_failure"));
    if (!primary.isNull() && !primary.isUndefined()) {
        QString markError;
        const std::optional<FailureMark> mark =
            failureMarkFromJson(primary, QStringLiteral("primary_failure"), &markError);
        if (!mark)
            return fail(markError);
        record.primaryFailure = mark;
    }
    const QJsonArray secondaryJson = object.value(QStringLiteral("secondary_failures")).toArray();
    for (qsizetype i = 0; i < secondaryJson.size(); ++i) {
        QString markError;
        const std::optional<FailureMark> mark = failureMarkFromJson(
            secondaryJson.at(i), QStringLiteral("secondary_failures[%1]").arg(i), &markError);
        if (!mark)
            return fail(markError);
        record.secondaryFailures.append(*mark);
    }
    record.contributingFactors = strings("contributing_factors");
    record.whatWentWell = strings("what_went_well");
    const QJsonArray itemsJson = object.value(QStringLiteral("action_items")).toArray();
    for (qsizetype i = 0; i < itemsJson.size(); ++i) {
        const QJsonObject itemJson = itemsJson.at(i).toObject();
        ActionItem item;
        item.id = itemJson.value(QStringLiteral("id")).toString();
        item.description = itemJson.value(QStringLiteral("description")).toString();
        item.owner = itemJson.value(QStringLiteral("owner")).toString();
        const QString due = itemJson.value(QStringLiteral("due")).toString();
        if (!due.isEmpty()) {
            item.due = QDate::fromString(due, Qt::ISODate);
            if (!item.due.isValid())
                return fail(QStringLiteral("action_items[%1].due: '%2' is not a date (YYYY-MM-DD)")
                                .arg(i)
                                .arg(due));
        }
        item.done = itemJson.value(QStringLiteral("done")).toBool();
        record.actionItems.append(item);
    }
    return record;
}

} // namespace icc
