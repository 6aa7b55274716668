#include "OnCallModel.h"

#include <QStringList>

namespace icc {

OnCallModel::OnCallModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OnCallModel::setOnCall(const QJsonObject &onCall)
{
    beginResetModel();
    m_chain = onCall.value(QStringLiteral("chain")).toArray();
    endResetModel();
}

int OnCallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chain.size());
}

int OnCallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OnCallModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_chain.size())
        return {};
    const QJsonObject level = m_chain.at(index.row()).toObject();
    switch (index.column()) {
    case LevelColumn:
        return level.value(QStringLiteral("level")).toInt();
    case RotationColumn:
        return level.value(QStringLiteral("rotation")).toString();
    case OnCallColumn: {
        QStringList names;
        for (const QJsonValue &name : level.value(QStringLiteral("recipients")).toArray())
            names.append(name.toString());
        return names.isEmpty() ? tr("NOBODY (dead link)") : names.join(QStringLiteral(", "));
    }
    case TimeoutColumn:
        return tr("%1 s").arg(level.value(QStringLiteral("timeout_seconds")).toInt());
    default:
        return {};
    }
}

QVariant OnCallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case RotationColumn:
        return tr("Rotation");
    case OnCallColumn:
        return tr("On call now");
    case TimeoutColumn:
        return tr("Timeout");
    default:
        return {};
    }
}

} // namespace icc
