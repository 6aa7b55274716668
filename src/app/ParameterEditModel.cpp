#include "ParameterEditModel.h"

namespace icc {

ParameterEditModel::ParameterEditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ParameterEditModel::setParameters(const QMap<QString, QString> &current)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        m_rows.append({it.key(), it.value(), it.value()});
    endResetModel();
}

void ParameterEditModel::refresh(const QMap<QString, QString> &current)
{
    QStringList names;
    for (const Row &row : m_rows)
        names.append(row.name);
    if (names != current.keys()) {
        // Another set of parameters: keep the edits of those still there.
        QMap<QString, Row> before;
        for (const Row &row : m_rows)
            before.insert(row.name, row);
        beginResetModel();
        m_rows.clear();
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            const Row old = before.value(it.key(), Row{it.key(), it.value(), it.value()});
            const bool edited = old.typed != old.current;
            m_rows.append({it.key(), it.value(), edited ? old.typed : it.value()});
        }
        endResetModel();
        return;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString now = current.value(row.name);
        if (now == row.current)
            continue;
        if (row.typed == row.current)
            row.typed = now; // untouched: follow the current value
        row.current = now;
        emit dataChanged(index(i, CurrentColumn), index(i, NewColumn));
    }
}

void ParameterEditModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QMap<QString, QString> ParameterEditModel::newValues() const
{
    QMap<QString, QString> values;
    for (const Row &row : m_rows)
        values.insert(row.name, row.typed);
    return values;
}

int ParameterEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParameterEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterEditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case CurrentColumn:
        return row.current;
    case NewColumn:
        return row.typed;
    default:
        return {};
    }
}

bool ParameterEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() != NewColumn ||
        role != Qt::EditRole)
        return false;
    Row &row = m_rows[index.row()];
    const QString typed = value.toString();
    if (typed == row.typed)
        return true;
    row.typed = typed;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ParameterEditModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NewColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant ParameterEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Parameter");
    case CurrentColumn:
        return tr("Current value");
    case NewColumn:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace icc
