#include "AlertFilterProxyModel.h"

#include "AlertTableModel.h"

namespace icc {

AlertFilterProxyModel::AlertFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // In the grouped tree an incident shows when one of its alerts passes.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void AlertFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_table = qobject_cast<AlertTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

// A full recount instead of invalidateFilter(): at 100k sorted rows, Qt's
// incremental path removes scattered rows range by range (a second for
// "error and above" in bench_dashboard), a recount costs a filter pass and
// a sort.
void AlertFilterProxyModel::refilter()
{
    invalidate();
}

void AlertFilterProxyModel::setMinimumSeverity(int rank)
{
    if (rank == m_minimumSeverity)
        return;
    m_minimumSeverity = rank;
    refilter();
}

void AlertFilterProxyModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void AlertFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

bool AlertFilterProxyModel::isFiltering() const
{
    return m_minimumSeverity >= 0 || !m_status.isEmpty() || !m_words.isEmpty();
}

bool AlertFilterProxyModel::accepts(int severityRank, const QString &status,
                                    const QString &searchText) const
{
    if (severityRank < m_minimumSeverity)
        return false;
    if (!m_status.isEmpty() && status != m_status)
        return false;
    for (const QString &word : m_words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

bool AlertFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_table) {
        const DashboardAlert &alert = m_table->alertAt(sourceRow);
        return accepts(alert.severityRank, alert.status, alert.searchText);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(AlertTableModel::IsIncidentRole).toBool()) {
        // Incidents pass on their own only when nothing filters; otherwise
        // they show because an alert under them passed (recursive filtering).
        return !isFiltering();
    }
    return accepts(index.data(AlertTableModel::SeverityRankRole).toInt(),
                   index.data(AlertTableModel::StatusRole).toString(),
                   index.data(AlertTableModel::SearchTextRole).toString());
}

bool AlertFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_table && !left.parent().isValid()) {
        return AlertTableModel::lessThan(m_table->alertAt(left.row()),
                                         m_table->alertAt(right.row()), left.column());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace icc
