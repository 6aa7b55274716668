#include "ChainLevelModel.h"

#include "RosterLoader.h"
#include "RosterYamlWriter.h"

namespace icc {

ChainLevelModel::ChainLevelModel(QObject *parent)
    : RosterTableModel(parent)
{}

void ChainLevelModel::setLevels(const QList<EscalationLevel> &levels)
{
    beginResetModel();
    m_levels = levels;
    clearProblems();
    endResetModel();
}

QList<EscalationLevel> ChainLevelModel::levels() const
{
    QList<EscalationLevel> numbered = m_levels;
    for (qsizetype i = 0; i < numbered.size(); ++i)
        numbered[i].level = int(i + 1);
    return numbered;
}

int ChainLevelModel::addLevel(const QString &rotation, int timeoutSeconds)
{
    const int row = int(m_levels.size());
    beginInsertRows({}, row, row);
    m_levels.append(EscalationLevel{row + 1, rotation, timeoutSeconds});
    endInsertRows();
    return row;
}

bool ChainLevelModel::removeLevel(int row)
{
    if (!isEditable() || row < 0 || row >= m_levels.size())
        return false;
    beginRemoveRows({}, row, row);
    m_levels.removeAt(row);
    clearProblems();
    endRemoveRows();
    // Every level below moved up one.
    if (row < m_levels.size())
        emit dataChanged(index(row, LevelColumn), index(rowCount() - 1, LevelColumn));
    return true;
}

bool ChainLevelModel::moveLevel(int row, int direction)
{
    const int target = row + direction;
    if (!isEditable() || (direction != -1 && direction != 1) || row < 0 || row >= m_levels.size() ||
        target < 0 || target >= m_levels.size())
        return false;
    // beginMoveRows wants the destination "before which" row.
    const int destination = direction > 0 ? target + 1 : target;
    beginMoveRows({}, row, row, {}, destination);
    m_levels.swapItemsAt(row, target);
    clearProblems();
    endMoveRows();
    emit dataChanged(index(std::min(row, target), LevelColumn),
                     index(std::max(row, target), LevelColumn));
    return true;
}

int ChainLevelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

int ChainLevelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChainLevelModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_levels.size())
        return {};
    const EscalationLevel &level = m_levels.at(index.row());
    const bool broken = hasProblem(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LevelColumn:
            return broken ? tr("⚠ %1").arg(index.row() + 1) : QString::number(index.row() + 1);
        case RotationColumn:
            return level.rotation;
        case TimeoutColumn:
            return tr("%1 s (%2)")
                .arg(level.timeoutSeconds)
                .arg(RosterYamlWriter::durationText(level.timeoutSeconds));
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case LevelColumn:
            return index.row() + 1;
        case RotationColumn:
            return level.rotation;
        case TimeoutColumn:
            return level.timeoutSeconds;
        default:
            return {};
        }
    }
    if (const auto decoration = problemDecoration(index.row(), role))
        return *decoration;
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeoutColumn)
            return tr("Seconds this level has to acknowledge before the next level is paged.");
    }
    return {};
}

QVariant ChainLevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case RotationColumn:
        return tr("Rotation paged");
    case TimeoutColumn:
        return tr("Timeout (seconds)");
    default:
        return {};
    }
}

Qt::ItemFlags ChainLevelModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (isEditable() && index.isValid() && index.column() != LevelColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool ChainLevelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isEditable() || role != Qt::EditRole || !index.isValid() || index.row() >= m_levels.size())
        return false;
    EscalationLevel &level = m_levels[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case RotationColumn:
        if (text.isEmpty()) {
            emit editRefused(tr("Level %1 needs a rotation to page.").arg(index.row() + 1));
            return false;
        }
        level.rotation = text;
        break;
    case TimeoutColumn: {
        // Plain seconds or a duration with unit ("10m").
        const auto seconds = RosterLoader::parseDuration(text);
        if (!seconds || *seconds > std::numeric_limits<int>::max()) {
            emit editRefused(tr("Level %1: timeout '%2' must be a positive number of seconds "
                                "(or 10m, 1h).")
                                 .arg(index.row() + 1)
                                 .arg(text));
            return false;
        }
        level.timeoutSeconds = int(*seconds);
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace icc
