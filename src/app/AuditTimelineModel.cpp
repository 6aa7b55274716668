#include "AuditTimelineModel.h"

#include "AuditEntry.h"
#include "PostMortemDocument.h"

#include <QJsonObject>

namespace icc {

AuditTimelineModel::AuditTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditTimelineModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_actionIds.clear();
    endResetModel();
}

int AuditTimelineModel::appendEntries(const QJsonArray &entries)
{
    QList<TimelineEvent> events;
    QStringList actionIds;
    for (const QJsonValue &value : entries) {
        QJsonObject json = value.toObject();
        // A redacted entry is marked by the server; the mark is not part of
        // the hashed entry itself.
        const bool redacted = json.take(QStringLiteral("redacted")).toBool();
        const std::optional<AuditEntry> entry = AuditEntry::fromJson(json);
        if (!entry)
            continue;
        TimelineEvent event{entry->sequence, entry->timestamp, entry->type,
                            entry->actor,    entry->subject,   IncidentRecord::summarize(*entry)};
        if (redacted)
            event.summary += tr(" (reasoning hidden until you decide)");
        QString actionId = entry->payload.value(QStringLiteral("action_id")).toString();
        if (actionId.isEmpty() && entry->subject.startsWith(QLatin1String("act-")))
            actionId = entry->subject;
        events.append(event);
        actionIds.append(actionId);
    }
    if (events.isEmpty())
        return 0;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + events.size() - 1));
    m_events.append(events);
    m_actionIds.append(actionIds);
    endInsertRows();
    return int(events.size());
}

QString AuditTimelineModel::actionIdAt(int row) const
{
    return row >= 0 && row < m_actionIds.size() ? m_actionIds.at(row) : QString();
}

QStringList AuditTimelineModel::actionIds() const
{
    QStringList ids;
    for (const QString &id : m_actionIds) {
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

int AuditTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const TimelineEvent &event = m_events.at(index.row());
    if (role == ActionIdRole)
        return m_actionIds.at(index.row());
    if (role == SequenceRole)
        return event.sequence;
    if (role == Qt::ToolTipRole)
        return event.summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return PostMortemDocument::displayTime(event.at);
    case ActorColumn:
        return event.actor;
    case EventColumn:
        return event.type;
    case SummaryColumn:
        return event.summary;
    default:
        return {};
    }
}

QVariant AuditTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case ActorColumn:
        return tr("Actor");
    case EventColumn:
        return tr("Event");
    case SummaryColumn:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace icc
