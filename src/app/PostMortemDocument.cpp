#include "PostMortemDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace icc {

namespace {

// The parse errors reach the facilitator's status line ("the stored
// post-mortem is unreadable: …"), so they are translated; lupdate finds
// QCoreApplication::translate with a literal context.
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

PostMortemIncident PostMortemIncident::fromJson(const QJsonObject &incident)
{
    PostMortemIncident result;
    result.id = incident.value(QStringLiteral("id")).toString();
    result.title = incident.value(QStringLiteral("title")).toString();
    result.severity = incident.value(QStringLiteral("severity")).toString();
    result.status = incident.value(QStringLiteral("status")).toString();
    result.openedAt =
        chainTimestampFromJson(incident.value(QStringLiteral("opened_at")).toString());
    result.resolvedAt =
        chainTimestampFromJson(incident.value(QStringLiteral("resolved_at")).toString());
    result.policyVersion = incident.value(QStringLiteral("policy_version")).toString();
    result.alertCount = incident.value(QStringLiteral("alert_count")).toInt();
    return result;
}

QJsonObject PostMortemDocument::toJson() const
{
    QJsonArray failuresJson;
    for (const PostMortemFailure &failure : failures) {
        failuresJson.append(QJsonObject{{QStringLiteral("action_id"), failure.actionId},
                                        {QStringLiteral("kind"), failure.kind},
                                        {QStringLiteral("layer"), failure.layer},
                                        {QStringLiteral("note"), failure.note}});
    }
    QJsonArray itemsJson;
    for (const PostMortemActionItem &item : actionItems) {
        itemsJson.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("owner"), item.owner},
                                     {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                                     {QStringLiteral("done"), item.done}});
    }
    return QJsonObject{{QStringLiteral("incident_id"), incidentId},
                       {QStringLiteral("revision"), revision},
                       {QStringLiteral("failures"), failuresJson},
                       {QStringLiteral("action_items"), itemsJson}};
}

std::optional<PostMortemDocument> PostMortemDocument::fromJson(const QJsonObject &object,
                                                               QString *error)
{
    PostMortemDocument document;
    document.incidentId = object.value(QStringLiteral("incident_id")).toString();
    if (document.incidentId.isEmpty()) {
        fail(error, QCoreApplication::translate("icc::PostMortemDocument",
                                                "postmortem: field 'incident_id' is missing"));
        return std::nullopt;
    }
    document.revision = object.value(QStringLiteral("revision")).toInt();
    document.updatedAt =
        chainTimestampFromJson(object.value(QStringLiteral("updated_at")).toString());
    document.updatedBy = object.value(QStringLiteral("updated_by")).toString();
    const QJsonArray failures = object.value(QStringLiteral("failures")).toArray();
    for (qsizetype i = 0; i < failures.size(); ++i) {
        const QJsonObject json = failures.at(i).toObject();
        PostMortemFailure failure{json.value(QStringLiteral("action_id")).toString(),
                                  json.value(QStringLiteral("kind")).toString(),
                                  json.value(QStringLiteral("layer")).toString(),
                                  json.value(QStringLiteral("note")).toString()};
        if (!failureKinds().contains(failure.kind)) {
            fail(error,
                 QCoreApplication::translate("icc::PostMortemDocument",
                                             "postmortem: failures[%1].kind '%2' is not primary or "
                                             "secondary")
                     .arg(i)
                     .arg(failure.kind));
            return std::nullopt;
        }
        if (!failureLayers().contains(failure.layer)) {
            fail(error,
                 QCoreApplication::translate("icc::PostMortemDocument",
                                             "postmortem: failures[%1].layer '%2' is not a layer")
                     .arg(i)
                     .arg(failure.layer));
            return std::nullopt;
        }
        document.failures.append(failure);
    }
    const QJsonArray items = object.value(QStringLiteral("action_items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject json = items.at(i).toObject();
        PostMortemActionItem item;
        item.id = json.value(QStringLiteral("id")).toString();
        item.title = json.value(QStringLiteral("title")).toString();
        item.owner = json.value(QStringLiteral("owner")).toString();
        const QString due = json.value(QStringLiteral("due")).toString();
        item.due = QDate::fromString(due, Qt::ISODate);
        if (!due.isEmpty() && !item.due.isValid()) {
            fail(error, QCoreApplication::translate(
                            "icc::PostMortemDocument",
                            "postmortem: action_items[%1].due '%2' is not YYYY-MM-DD")
                            .arg(i)
                            .arg(due));
            return std::nullopt;
        }
        item.done = json.value(QStringLiteral("done")).toBool();
        document.actionItems.append(item);
    }
    return document;
}

QStringList PostMortemDocument::failureKinds()
{
    return {QStringLiteral("primary"), QStringLiteral("secondary")};
}

QStringList PostMortemDocument::failureLayers()
{
    return {QStringLiteral("agent"), QStringLiteral("policy"), QStringLiteral("human"),
            QStringLiteral("execution")};
}

QString PostMortemDocument::displayTime(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return when.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace icc
