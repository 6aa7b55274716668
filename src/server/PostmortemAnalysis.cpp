#include "PostmortemAnalysis.h"

#include "JsonConversions.h"
#include "JsonFields.h"
#include "RecordJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace icc {

namespace {

const QStringList kKinds{QStringLiteral("primary"), QStringLiteral("secondary")};
const QStringList kLayers{QStringLiteral("agent"), QStringLiteral("policy"),
                          QStringLiteral("human"), QStringLiteral("execution")};
const QString kItemPrefix = QStringLiteral("ai-");

QString element(const char *array, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(array)).arg(index);
}

ApiError invalid(const QString &field, const QString &problem)
{
    return ApiError::unprocessable(QStringLiteral("field %1 %2").arg(field, problem), field);
}

// Exactly YYYY-MM-DD: QDate's ISO parser alone also takes other lengths.
QDate parseDueDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

// n of "ai-<n>", or 0 for any other id.
qint64 itemNumber(const QString &id)
{
    if (!id.startsWith(kItemPrefix))
        return 0;
    bool ok = false;
    const qint64 number = id.mid(kItemPrefix.size()).toLongLong(&ok);
    return ok && number > 0 ? number : 0;
}

ApiResult<PostmortemFailure> failureFrom(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return invalid(field, QStringLiteral("must be an object"));
    JsonFields fields(value.toObject(), field);
    PostmortemFailure failure;
    failure.actionId = fields.requiredString(QStringLiteral("action_id"));
    failure.kind = fields.requiredString(QStringLiteral("kind"));
    failure.layer = fields.requiredString(QStringLiteral("layer"));
    failure.note = fields.optionalString(QStringLiteral("note"));
    if (!fields.ok())
        return *fields.error();
    if (!kKinds.contains(failure.kind))
        return invalid(field + QStringLiteral(".kind"),
                       QStringLiteral("must be primary or secondary"));
    if (!kLayers.contains(failure.layer))
        return invalid(field + QStringLiteral(".layer"),
                       QStringLiteral("must be agent, policy, human or execution"));
    return failure;
}

ApiResult<PostmortemActionItem> actionItemFrom(const QJsonValue &value, const QString &field)
{
    if (!value.isObject())
        return invalid(field, QStringLiteral("must be an object"));
    JsonFields fields(value.toObject(), field);
    PostmortemActionItem item;
    item.id = fields.optionalString(QStringLiteral("id")).trimmed();
    item.title = fields.requiredString(QStringLiteral("title"));
    // Ownerless or undated items do not get done: both are required.
    item.owner = fields.requiredString(QStringLiteral("owner"));
    const QString due = fields.requiredString(QStringLiteral("due"));
    item.done = fields.optionalBool(QStringLiteral("done"), false);
    if (!fields.ok())
        return *fields.error();
    item.due = parseDueDate(due);
    if (!item.due.isValid())
        return invalid(field + QStringLiteral(".due"),
                       QStringLiteral("must be a date as YYYY-MM-DD"));
    return item;
}

} // namespace

QString PostmortemAnalysis::documentKey(const QString &incidentId)
{
    return QStringLiteral("postmortem/") + incidentId;
}

ApiResult<PostmortemAnalysis> PostmortemAnalysis::fromRequest(const QJsonObject &body,
                                                              const QString &incidentId)
{
    JsonFields fields(body);
    PostmortemAnalysis analysis;
    analysis.incidentId = incidentId;
    const QString namedIncident = fields.optionalString(QStringLiteral("incident_id"));
    analysis.revision = fields.requiredInteger(QStringLiteral("revision"));
    const QJsonArray failures = fields.requiredArray(QStringLiteral("failures"));
    const QJsonArray items = fields.requiredArray(QStringLiteral("action_items"));
    if (!fields.ok())
        return *fields.error();
    if (!namedIncident.isEmpty() && namedIncident != incidentId)
        return invalid(QStringLiteral("incident_id"),
                       QStringLiteral("names %1, not the incident of the path (%2)")
                           .arg(namedIncident, incidentId));
    if (analysis.revision < 0)
        return invalid(QStringLiteral("revision"), QStringLiteral("must not be negative"));

    bool primarySeen = false;
    QSet<QString> markedLayers; // action id + layer
    for (qsizetype i = 0; i < failures.size(); ++i) {
        const QString field = element("failures", i);
        const auto failure = failureFrom(failures.at(i), field);
        if (!failure)
            return failure.error();
        // One failure started it; the others failed to catch it.
        if (failure->kind == QLatin1String("primary")) {
            if (primarySeen)
                return invalid(field + QStringLiteral(".kind"),
                               QStringLiteral("is a second primary failure: an incident has one"));
            primarySeen = true;
        }
        const QString key = failure->actionId + QLatin1Char('\n') + failure->layer;
        if (markedLayers.contains(key))
            return invalid(field + QStringLiteral(".layer"),
                           QStringLiteral("marks the %1 layer of %2 a second time")
                               .arg(failure->layer, failure->actionId));
        markedLayers.insert(key);
        analysis.failures.append(*failure);
    }

    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = element("action_items", i);
        const auto item = actionItemFrom(items.at(i), field);
        if (!item)
            return item.error();
        if (!item->id.isEmpty()) {
            if (ids.contains(item->id))
                return invalid(
                    field + QStringLiteral(".id"),
                    QStringLiteral("%1 is used by an earlier action item").arg(item->id));
            ids.insert(item->id);
        }
        analysis.actionItems.append(*item);
    }
    return analysis;
}

PostmortemAnalysis PostmortemAnalysis::fromStoredJson(const QJsonObject &stored)
{
    PostmortemAnalysis analysis;
    analysis.incidentId = stored.value(QStringLiteral("incident_id")).toString();
    analysis.revision = stored.value(QStringLiteral("revision")).toInteger();
    analysis.updatedAt = json::timestampFrom(stored.value(QStringLiteral("updated_at")));
    analysis.updatedBy = stored.value(QStringLiteral("updated_by")).toString();
    analysis.nextActionItem =
        std::max<qint64>(1, stored.value(QStringLiteral("next_action_item")).toInteger());
    for (const QJsonValue &value : stored.value(QStringLiteral("failures")).toArray()) {
        const QJsonObject object = value.toObject();
        analysis.failures.append({object.value(QStringLiteral("action_id")).toString(),
                                  object.value(QStringLiteral("kind")).toString(),
                                  object.value(QStringLiteral("layer")).toString(),
                                  object.value(QStringLiteral("note")).toString()});
    }
    for (const QJsonValue &value : stored.value(QStringLiteral("action_items")).toArray()) {
        const QJsonObject object = value.toObject();
        analysis.actionItems.append(
            {object.value(QStringLiteral("id")).toString(),
             object.value(QStringLiteral("title")).toString(),
             object.value(QStringLiteral("owner")).toString(),
             QDate::fromString(object.value(QStringLiteral("due")).toString(), Qt::ISODate),
             object.value(QStringLiteral("done")).toBool()});
    }
    return analysis;
}

void PostmortemAnalysis::assignActionItemIds()
{
    for (const PostmortemActionItem &item : std::as_const(actionItems))
        nextActionItem = std::max(nextActionItem, itemNumber(item.id) + 1);
    for (PostmortemActionItem &item : actionItems) {
        if (item.id.isEmpty())
            item.id = kItemPrefix + QString::number(nextActionItem++);
    }
}

QJsonObject PostmortemAnalysis::toJson() const
{
    QJsonArray failuresJson;
    for (const PostmortemFailure &failure : failures)
        failuresJson.append(QJsonObject{{QStringLiteral("action_id"), failure.actionId},
                                        {QStringLiteral("kind"), failure.kind},
                                        {QStringLiteral("layer"), failure.layer},
                                        {QStringLiteral("note"), failure.note}});
    QJsonArray itemsJson;
    for (const PostmortemActionItem &item : actionItems)
        itemsJson.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("owner"), item.owner},
                                     {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                                     {QStringLiteral("done"), item.done}});
    return QJsonObject{{QStringLiteral("incident_id"), incidentId},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("updated_at"), RecordJson::timestamp(updatedAt)},
                       {QStringLiteral("updated_by"), RecordJson::text(updatedBy)},
                       {QStringLiteral("failures"), failuresJson},
                       {QStringLiteral("action_items"), itemsJson}};
}

QJsonObject PostmortemAnalysis::toStoredJson() const
{
    QJsonObject stored = toJson();
    stored.insert(QStringLiteral("next_action_item"), nextActionItem);
    return stored;
}

} // namespace icc
