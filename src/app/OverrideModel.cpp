#include "OverrideModel.h"

#include "RosterLoader.h"
#include "RosterYamlWriter.h"

namespace icc {

OverrideModel::OverrideModel(QObject *parent)
    : RosterTableModel(parent)
{}

void OverrideModel::setOverrides(const QList<RosterOverride> &overrides)
{
    beginResetModel();
    m_overrides = overrides;
    clearProblems();
    endResetModel();
}

int OverrideModel::addOverride(const RosterOverride &entry)
{
    const int row = int(m_overrides.size());
    beginInsertRows({}, row, row);
    RosterOverride added = entry;
    added.id = 0; // the roster numbers it when saved
    m_overrides.append(added);
    endInsertRows();
    return row;
}

bool OverrideModel::removeOverride(int row)
{
    if (!isEditable() || row < 0 || row >= m_overrides.size())
        return false;
    beginRemoveRows({}, row, row);
    m_overrides.removeAt(row);
    clearProblems();
    endRemoveRows();
    return true;
}

int OverrideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_overrides.size());
}

int OverrideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverrideModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_overrides.size())
        return {};
    const RosterOverride &entry = m_overrides.at(index.row());
    const bool broken = hasProblem(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case RotationColumn:
            return broken && role == Qt::DisplayRole ? tr("⚠ %1").arg(entry.rotation)
                                                     : entry.rotation;
        case UserColumn:
            return entry.user;
        case FromColumn:
            return RosterYamlWriter::timeText(entry.from);
        case ToColumn:
            return RosterYamlWriter::timeText(entry.to);
        case ReasonColumn:
            return entry.reason;
        default:
            return {};
        }
    }
    if (const auto decoration = problemDecoration(index.row(), role))
        return *decoration;
    if (role == Qt::ToolTipRole) {
        if (index.column() == FromColumn || index.column() == ToColumn)
            return tr("UTC, e.g. 2026-01-09T18:00:00Z; the override holds from 'from' up to "
                      "(not including) 'to'.");
    }
    // Sorting by time through a proxy compares instants, not text.
    if (role == Qt::UserRole) {
        if (index.column() == FromColumn)
            return entry.from;
        if (index.column() == ToColumn)
            return entry.to;
        return data(index, Qt::EditRole);
    }
    return {};
}

QVariant OverrideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case RotationColumn:
        return tr("Rotation");
    case UserColumn:
        return tr("Covered by");
    case FromColumn:
        return tr("From (UTC)");
    case ToColumn:
        return tr("To (UTC)");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

Qt::ItemFlags OverrideModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (isEditable() && index.isValid())
        result |= Qt::ItemIsEditable;
    return result;
}

bool OverrideModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isEditable() || role != Qt::EditRole || !index.isValid() ||
        index.row() >= m_overrides.size())
        return false;
    RosterOverride &entry = m_overrides[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case RotationColumn:
    case UserColumn:
        if (text.isEmpty()) {
            emit editRefused(index.column() == RotationColumn
                                 ? tr("An override needs the rotation it covers.")
                                 : tr("An override needs the user who covers the shift."));
            return false;
        }
        (index.column() == RotationColumn ? entry.rotation : entry.user) = text;
        break;
    case FromColumn:
    case ToColumn: {
        const auto when = RosterLoader::parseUtcDateTime(text);
        if (!when) {
            emit editRefused(
                tr("'%1' is not a date or date-time (2026-01-09T18:00:00Z).").arg(text));
            return false;
        }
        (index.column() == FromColumn ? entry.from : entry.to) = *when;
        break;
    }
    case ReasonColumn:
        entry.reason = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace icc
