#include "ActionItemModel.h"

namespace icc {

ActionItemModel::ActionItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ActionItemModel::setItems(const QList<PostMortemActionItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QString ActionItemModel::nextId() const
{
    int highest = 0;
    for (const PostMortemActionItem &item : m_items) {
        if (item.id.startsWith(QLatin1String("ai-")))
            highest = std::max(highest, item.id.mid(3).toInt());
    }
    return QStringLiteral("ai-%1").arg(highest + 1);
}

void ActionItemModel::addItem(PostMortemActionItem item)
{
    if (item.id.isEmpty())
        item.id = nextId();
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
    emit edited();
}

void ActionItemModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit edited();
}

int ActionItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PostMortemActionItem &item = m_items.at(index.row());
    if (index.column() == DoneColumn) {
        if (role == Qt::CheckStateRole)
            return item.done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return item.done ? tr("done") : tr("open");
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return item.title;
    case OwnerColumn:
        return item.owner;
    case DueColumn:
        if (role == Qt::EditRole)
            return item.due;
        return item.due.isValid() ? item.due.toString(Qt::ISODate) : tr("no date");
    default:
        return {};
    }
}

bool ActionItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size())
        return false;
    PostMortemActionItem &item = m_items[index.row()];
    if (index.column() == DoneColumn && role == Qt::CheckStateRole) {
        item.done = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (index.column() == TitleColumn) {
        item.title = value.toString();
    } else if (index.column() == OwnerColumn) {
        item.owner = value.toString().trimmed();
    } else if (index.column() == DueColumn) {
        const QDate due = value.toDate();
        if (!due.isValid())
            return false;
        item.due = due;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return result;
    if (index.column() == DoneColumn)
        return result | Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Action item");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case DoneColumn:
        return tr("Done");
    default:
        return {};
    }
}

} // namespace icc
