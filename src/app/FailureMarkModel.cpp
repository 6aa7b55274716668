#include "FailureMarkModel.h"

namespace icc {

FailureMarkModel::FailureMarkModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FailureMarkModel::setFailures(const QList<PostMortemFailure> &failures)
{
    beginResetModel();
    m_failures = failures;
    endResetModel();
}

void FailureMarkModel::addFailure(const PostMortemFailure &failure)
{
    beginInsertRows({}, int(m_failures.size()), int(m_failures.size()));
    m_failures.append(failure);
    endInsertRows();
    emit edited();
}

void FailureMarkModel::removeFailure(int row)
{
    if (row < 0 || row >= m_failures.size())
        return;
    beginRemoveRows({}, row, row);
    m_failures.removeAt(row);
    endRemoveRows();
    emit edited();
}

int FailureMarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int FailureMarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureMarkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_failures.size())
        return {};
    const PostMortemFailure &failure = m_failures.at(index.row());
    if (role == ChoicesRole) {
        if (index.column() == KindColumn)
            return PostMortemDocument::failureKinds();
        if (index.column() == LayerColumn)
            return PostMortemDocument::failureLayers();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ActionColumn:
        return failure.actionId;
    case KindColumn:
        // Primary in capitals so it stands out without relying on colour.
        return role == Qt::DisplayRole && failure.kind == QLatin1String("primary") ? tr("PRIMARY")
                                                                                   : failure.kind;
    case LayerColumn:
        return failure.layer;
    case NoteColumn:
        return failure.note;
    default:
        return {};
    }
}

bool FailureMarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_failures.size())
        return false;
    PostMortemFailure &failure = m_failures[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case KindColumn:
        if (!PostMortemDocument::failureKinds().contains(text))
            return false;
        failure.kind = text;
        break;
    case LayerColumn:
        if (!PostMortemDocument::failureLayers().contains(text))
            return false;
        failure.layer = text;
        break;
    case NoteColumn:
        failure.note = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags FailureMarkModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != ActionColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant FailureMarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case KindColumn:
        return tr("Failure");
    case LayerColumn:
        return tr("Layer");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace icc
