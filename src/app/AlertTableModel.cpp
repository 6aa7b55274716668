#include "AlertTableModel.h"

#include "SeverityStyle.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace icc {

namespace {

QString displayTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("firing"))
        return AlertTableModel::tr("Firing");
    if (status == QLatin1String("acknowledged"))
        return AlertTableModel::tr("Acknowledged");
    if (status == QLatin1String("resolved"))
        return AlertTableModel::tr("Resolved");
    return status;
}

} // namespace

AlertTableModel::AlertTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    return alertData(m_alerts.at(index.row()), index.column(), role);
}

QVariant AlertTableModel::alertData(const DashboardAlert &alert, int column, int role)
{
    switch (role) {
    case AlertIdRole:
        return alert.id;
    case IncidentIdRole:
        return alert.incidentId;
    case SeverityRankRole:
        return alert.severityRank;
    case StatusRole:
        return alert.status;
    case SearchTextRole:
        return alert.searchText;
    case IsIncidentRole:
        return false;
    default:
        break;
    }
    switch (column) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return SeverityStyle::text(alert.severity);
        if (role == Qt::BackgroundRole)
            return SeverityStyle::background(alert.severity);
        if (role == Qt::ForegroundRole)
            return SeverityStyle::foreground(alert.severity);
        if (role == SortRole)
            return alert.severityRank;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(alert.status);
        if (role == SortRole)
            return alert.status;
        break;
    case SummaryColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return alert.summary;
        if (role == Qt::ToolTipRole)
            return alert.summary;
        break;
    case OriginColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return alert.origin();
        break;
    case IncidentColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return alert.incidentId;
        break;
    case ReceivedColumn:
        if (role == Qt::DisplayRole)
            return displayTime(alert.receivedAt);
        if (role == SortRole)
            return alert.receivedAt.toMSecsSinceEpoch();
        break;
    case LastSeenColumn:
        if (role == Qt::DisplayRole)
            return displayTime(alert.lastSeenAt);
        if (role == SortRole)
            return alert.lastSeenAt.toMSecsSinceEpoch();
        break;
    case OccurrencesColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return alert.occurrences;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    // Resolved alerts fade so the firing ones stand out; the status column
    // says it in words as well.
    if (role == Qt::ForegroundRole && alert.status == QLatin1String("resolved"))
        return QColor(Qt::gray);
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return headerText(section);
}

QVariant AlertTableModel::headerText(int section)
{
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case SummaryColumn:
        return tr("Summary");
    case OriginColumn:
        return tr("Service / source");
    case IncidentColumn:
        return tr("Incident");
    case ReceivedColumn:
        return tr("Received");
    case LastSeenColumn:
        return tr("Last seen");
    case OccurrencesColumn:
        return tr("Occurrences");
    default:
        return {};
    }
}

bool AlertTableModel::lessThan(const DashboardAlert &left, const DashboardAlert &right, int column)
{
    switch (column) {
    case SeverityColumn:
        if (left.severityRank != right.severityRank)
            return left.severityRank < right.severityRank;
        break;
    case StatusColumn:
        if (left.status != right.status)
            return left.status < right.status;
        break;
    case SummaryColumn: {
        const int order = left.summary.compare(right.summary, Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
        break;
    }
    case OriginColumn: {
        const int order = left.origin().compare(right.origin(), Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
        break;
    }
    case IncidentColumn:
        // inc-9 before inc-10: compare the numbers when both have the same prefix.
        if (left.incidentId.size() != right.incidentId.size())
            return left.incidentId.size() < right.incidentId.size();
        if (left.incidentId != right.incidentId)
            return left.incidentId < right.incidentId;
        break;
    case ReceivedColumn:
        if (left.receivedAt != right.receivedAt)
            return left.receivedAt < right.receivedAt;
        break;
    case LastSeenColumn:
        if (left.lastSeenAt != right.lastSeenAt)
            return left.lastSeenAt < right.lastSeenAt;
        break;
    case OccurrencesColumn:
        if (left.occurrences != right.occurrences)
            return left.occurrences < right.occurrences;
        break;
    default:
        break;
    }
    // Ties fall back to arrival (the id): a stable, predictable order.
    return left.id < right.id;
}

void AlertTableModel::upsert(const QList<QJsonObject> &alerts, const QDateTime &seenAt)
{
    QList<Pending> batch;
    batch.reserve(alerts.size());
    for (const QJsonObject &alert : alerts)
        batch.append(Pending{alert, seenAt});
    m_pending.append(batch);
    flush();
}

void AlertTableModel::enqueue(const QJsonObject &alert, const QDateTime &seenAt)
{
    m_pending.append(Pending{alert, seenAt});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &AlertTableModel::flush);
    }
}

void AlertTableModel::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_pending, {});

    // Known ids change in place; new ids (merged if one arrives twice in the
    // batch) are appended together afterwards.
    QVector<DashboardAlert> fresh;
    QHash<qint64, int> freshIndex;
    QVector<int> changedRows;
    for (const Pending &item : batch) {
        const qint64 id = item.json.value(QLatin1String("id")).toInteger(-1);
        if (id < 0)
            continue;
        const int row = m_rowById.value(id, -1);
        if (row >= 0) {
            m_alerts[row].merge(item.json, item.seenAt);
            changedRows.append(row);
            continue;
        }
        const auto staged = freshIndex.constFind(id);
        if (staged != freshIndex.constEnd()) {
            fresh[*staged].merge(item.json, item.seenAt);
            continue;
        }
        DashboardAlert alert;
        alert.merge(item.json, item.seenAt);
        freshIndex.insert(id, int(fresh.size()));
        fresh.append(std::move(alert));
    }

    std::sort(changedRows.begin(), changedRows.end());
    changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
    for (int i = 0; i < changedRows.size();) {
        int last = i;
        while (last + 1 < changedRows.size() &&
               changedRows.at(last + 1) == changedRows.at(last) + 1)
            ++last;
        emit dataChanged(index(changedRows.at(i), 0), index(changedRows.at(last), ColumnCount - 1));
        i = last + 1;
    }

    if (fresh.isEmpty())
        return;
    const int first = int(m_alerts.size());
    const int last = first + int(fresh.size()) - 1;
    beginInsertRows({}, first, last);
    for (DashboardAlert &alert : fresh) {
        m_rowById.insert(alert.id, int(m_alerts.size()));
        m_alerts.append(std::move(alert));
    }
    endInsertRows();
    emit alertsAppended(first, last);
}

void AlertTableModel::clear()
{
    beginResetModel();
    m_alerts.clear();
    m_rowById.clear();
    m_pending.clear();
    endResetModel();
}

} // namespace icc
