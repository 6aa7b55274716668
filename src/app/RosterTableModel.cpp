#include "RosterTableModel.h"

#include <QBrush>
#include <QColor>

namespace icc {

void RosterTableModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RosterTableModel::setProblems(const QHash<int, QStringList> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::ToolTipRole, Qt::BackgroundRole, Qt::DisplayRole});
}

std::optional<QVariant> RosterTableModel::problemDecoration(int row, int role) const
{
    if (!m_problems.contains(row))
        return std::nullopt;
    if (role == Qt::ToolTipRole)
        return QVariant(m_problems.value(row).join(QLatin1Char('\n')));
    if (role == Qt::BackgroundRole)
        return QVariant(QBrush(QColor(0xff, 0xe0, 0xe0)));
    return std::nullopt;
}

} // namespace icc
