#include "IncidentTreeModel.h"

#include "AlertTableModel.h"
#include "SeverityStyle.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace icc {

namespace {

// internalId 0 marks an incident row; n > 0 an alert under incident row n - 1.
constexpr quintptr kIncidentRow = 0;

QString displayTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

IncidentTreeModel::IncidentTreeModel(AlertTableModel &alerts, QObject *parent)
    : QAbstractItemModel(parent)
    , m_alerts(alerts)
{
    connect(&m_alerts, &QAbstractItemModel::rowsInserted, this,
            &IncidentTreeModel::onAlertsInserted);
    connect(&m_alerts, &QAbstractItemModel::dataChanged, this, &IncidentTreeModel::onAlertsChanged);
    connect(&m_alerts, &QAbstractItemModel::modelReset, this, &IncidentTreeModel::rebuild);
    rebuild();
}

QModelIndex IncidentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= AlertTableModel::ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kIncidentRow) : QModelIndex();
    if (parent.internalId() != kIncidentRow || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).alertRows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex IncidentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kIncidentRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kIncidentRow);
}

int IncidentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kIncidentRow || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).alertRows.size());
}

int IncidentTreeModel::columnCount(const QModelIndex &) const
{
    return AlertTableModel::ColumnCount;
}

QVariant IncidentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kIncidentRow)
        return incidentData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return AlertTableModel::alertData(m_alerts.alertAt(group.alertRows.at(index.row())),
                                      index.column(), role);
}

QVariant IncidentTreeModel::incidentData(const Group &group, int column, int role) const
{
    const DashboardIncident &incident = group.incident;
    // The server's count includes alerts older than the loaded pages.
    const int alertCount = std::max(incident.alertCount, int(group.alertRows.size()));
    switch (role) {
    case AlertTableModel::IncidentIdRole:
        return incident.id;
    case AlertTableModel::SeverityRankRole:
        return incident.severityRank;
    case AlertTableModel::StatusRole:
        return incident.status;
    case AlertTableModel::SearchTextRole:
        return QString(incident.title + QLatin1Char(' ') + incident.id).toLower();
    case AlertTableModel::IsIncidentRole:
        return true;
    default:
        break;
    }
    switch (column) {
    case AlertTableModel::SeverityColumn:
        if (role == Qt::DisplayRole)
            return SeverityStyle::text(incident.severity);
        if (role == Qt::BackgroundRole)
            return SeverityStyle::background(incident.severity);
        if (role == Qt::ForegroundRole)
            return SeverityStyle::foreground(incident.severity);
        if (role == AlertTableModel::SortRole)
            return incident.severityRank;
        break;
    case AlertTableModel::StatusColumn:
        if (role == Qt::DisplayRole) {
            if (incident.status == QLatin1String("open"))
                return tr("Open");
            if (incident.status == QLatin1String("resolved"))
                return tr("Resolved");
            return incident.status;
        }
        if (role == AlertTableModel::SortRole)
            return incident.status;
        break;
    case AlertTableModel::SummaryColumn:
        if (role == Qt::DisplayRole || role == AlertTableModel::SortRole ||
            role == Qt::ToolTipRole) {
            if (incident.id.isEmpty())
                return tr("Not grouped yet");
            return incident.title.isEmpty() ? tr("Incident %1").arg(incident.id) : incident.title;
        }
        break;
    case AlertTableModel::IncidentColumn:
        if (role == Qt::DisplayRole || role == AlertTableModel::SortRole)
            return incident.id;
        break;
    case AlertTableModel::ReceivedColumn:
        if (role == Qt::DisplayRole)
            return displayTime(incident.openedAt);
        if (role == AlertTableModel::SortRole)
            return incident.openedAt.toMSecsSinceEpoch();
        break;
    case AlertTableModel::LastSeenColumn:
        if (role == Qt::DisplayRole)
            return displayTime(incident.updatedAt);
        if (role == AlertTableModel::SortRole)
            return incident.updatedAt.toMSecsSinceEpoch();
        break;
    case AlertTableModel::OccurrencesColumn:
        if (role == Qt::DisplayRole)
            return alertCount == 1 ? tr("1 alert") : tr("%1 alerts").arg(alertCount);
        if (role == AlertTableModel::SortRole)
            return alertCount;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant IncidentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AlertTableModel::SummaryColumn:
        return tr("Incident / summary");
    case AlertTableModel::ReceivedColumn:
        return tr("Opened / received");
    case AlertTableModel::LastSeenColumn:
        return tr("Updated / last seen");
    case AlertTableModel::OccurrencesColumn:
        return tr("Alerts / occurrences");
    default:
        return AlertTableModel::headerText(section);
    }
}

void IncidentTreeModel::upsertIncidents(const QList<QJsonObject> &incidents,
                                        const QDateTime &seenAt)
{
    // New incidents are appended in one insert; known ones change in place.
    QList<QJsonObject> fresh;
    for (const QJsonObject &json : incidents) {
        const QString id = json.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        const auto found = m_groupById.constFind(id);
        if (found == m_groupById.constEnd()) {
            fresh.append(json);
            continue;
        }
        m_groups[*found].incident.merge(json, seenAt);
        emit dataChanged(index(*found, 0), index(*found, AlertTableModel::ColumnCount - 1));
    }
    if (fresh.isEmpty())
        return;
    QList<DashboardIncident> added;
    QHash<QString, int> addedIndex;
    for (const QJsonObject &json : fresh) {
        const QString id = json.value(QLatin1String("id")).toString();
        const auto staged = addedIndex.constFind(id);
        if (staged != addedIndex.constEnd()) {
            added[*staged].merge(json, seenAt);
            continue;
        }
        DashboardIncident incident;
        incident.merge(json, seenAt);
        addedIndex.insert(id, int(added.size()));
        added.append(incident);
    }
    const int first = int(m_groups.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const DashboardIncident &incident : added) {
        m_groupById.insert(incident.id, int(m_groups.size()));
        m_groups.append(Group{incident, {}});
    }
    endInsertRows();
}

void IncidentTreeModel::upsertIncident(const QJsonObject &incident, const QDateTime &seenAt)
{
    upsertIncidents({incident}, seenAt);
}

void IncidentTreeModel::clearIncidents()
{
    for (Group &group : m_groups)
        group.incident.status.clear();
    rebuild();
}

const DashboardIncident *IncidentTreeModel::incident(const QString &incidentId) const
{
    const auto found = m_groupById.constFind(incidentId);
    return found == m_groupById.constEnd() ? nullptr : &m_groups.at(*found).incident;
}

QModelIndex IncidentTreeModel::indexOfIncident(const QString &incidentId) const
{
    const auto found = m_groupById.constFind(incidentId);
    return found == m_groupById.constEnd() ? QModelIndex() : index(*found, 0);
}

QModelIndex IncidentTreeModel::indexOfAlertRow(int alertRow) const
{
    if (alertRow < 0 || alertRow >= m_positionOfAlertRow.size())
        return {};
    const Position position = m_positionOfAlertRow.at(alertRow);
    return createIndex(position.child, 0, quintptr(position.group) + 1);
}

int IncidentTreeModel::groupFor(const QString &incidentId)
{
    const auto found = m_groupById.constFind(incidentId);
    if (found != m_groupById.constEnd())
        return *found;
    Group group;
    group.incident.id = incidentId;
    m_groupById.insert(incidentId, int(m_groups.size()));
    m_groups.append(group);
    return int(m_groups.size()) - 1;
}

void IncidentTreeModel::onAlertsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Parents for incidents not seen yet first, in one insert...
    QStringList missing;
    QSet<QString> missingSet;
    for (int row = first; row <= last; ++row) {
        const QString &id = m_alerts.alertAt(row).incidentId;
        if (!m_groupById.contains(id) && !missingSet.contains(id)) {
            missingSet.insert(id);
            missing.append(id);
        }
    }
    if (!missing.isEmpty()) {
        const int firstGroup = int(m_groups.size());
        beginInsertRows({}, firstGroup, firstGroup + int(missing.size()) - 1);
        for (const QString &id : std::as_const(missing))
            groupFor(id);
        endInsertRows();
    }
    // ...then each incident's new children in one insert per incident.
    QHash<int, QVector<int>> rowsByGroup;
    QVector<int> groupOrder;
    for (int row = first; row <= last; ++row) {
        const int group = m_groupById.value(m_alerts.alertAt(row).incidentId);
        auto &rows = rowsByGroup[group];
        if (rows.isEmpty())
            groupOrder.append(group);
        rows.append(row);
    }
    m_positionOfAlertRow.resize(last + 1);
    for (const int group : std::as_const(groupOrder)) {
        const QVector<int> &rows = rowsByGroup.value(group);
        QVector<int> &children = m_groups[group].alertRows;
        const int firstChild = int(children.size());
        beginInsertRows(index(group, 0), firstChild, firstChild + int(rows.size()) - 1);
        for (const int row : rows) {
            m_positionOfAlertRow[row] = Position{group, int(children.size())};
            children.append(row);
        }
        endInsertRows();
    }
}

void IncidentTreeModel::onAlertsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row >= m_positionOfAlertRow.size())
            return;
        const Position position = m_positionOfAlertRow.at(row);
        if (m_groups.at(position.group).incident.id != m_alerts.alertAt(row).incidentId) {
            // An alert moved to another incident (rare: it was ingested
            // before the grouping decided): regroup everything.
            rebuild();
            return;
        }
        const QModelIndex parentIndex = index(position.group, 0);
        emit dataChanged(index(position.child, 0, parentIndex),
                         index(position.child, AlertTableModel::ColumnCount - 1, parentIndex));
    }
}

void IncidentTreeModel::rebuild()
{
    beginResetModel();
    // Keep the incidents the server described; placeholders come back only
    // if an alert still needs them.
    QVector<Group> known;
    for (Group &group : m_groups) {
        if (!group.incident.status.isEmpty())
            known.append(Group{group.incident, {}});
    }
    m_groups = std::move(known);
    m_groupById.clear();
    for (int i = 0; i < m_groups.size(); ++i)
        m_groupById.insert(m_groups.at(i).incident.id, i);
    m_positionOfAlertRow.clear();
    m_positionOfAlertRow.reserve(m_alerts.rowCount());
    for (int row = 0; row < m_alerts.rowCount(); ++row) {
        const int group = groupFor(m_alerts.alertAt(row).incidentId);
        m_positionOfAlertRow.append(Position{group, int(m_groups[group].alertRows.size())});
        m_groups[group].alertRows.append(row);
    }
    endResetModel();
}

} // namespace icc
