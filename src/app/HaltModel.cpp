#include "HaltModel.h"

#include <QJsonObject>

namespace icc {

HaltModel::HaltModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HaltModel::setHalts(const QJsonArray &halts)
{
    beginResetModel();
    m_halts = halts;
    endResetModel();
}

QString HaltModel::actionTypeAt(int row) const
{
    return m_halts.at(row).toObject().value(QStringLiteral("action_type")).toString();
}

bool HaltModel::isHalted(const QString &actionType) const
{
    for (qsizetype row = 0; row < m_halts.size(); ++row) {
        if (actionTypeAt(int(row)) == actionType)
            return true;
    }
    return false;
}

int HaltModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_halts.size());
}

int HaltModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HaltModel::data(const QModelIndex &index, int role) const
{
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || !index.isValid() ||
        index.row() >= m_halts.size())
        return {};
    const QJsonObject halt = m_halts.at(index.row()).toObject();
    switch (index.column()) {
    case ActionTypeColumn:
        return tr("HALTED: %1").arg(halt.value(QStringLiteral("action_type")).toString());
    case ReasonColumn:
        return halt.value(QStringLiteral("reason")).toString();
    case ByColumn:
        return halt.value(QStringLiteral("by")).toString();
    case SinceColumn:
        return halt.value(QStringLiteral("since")).toString();
    default:
        return {};
    }
}

QVariant HaltModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case ActionTypeColumn:
        return tr("Action type");
    case ReasonColumn:
        return tr("Reason");
    case ByColumn:
        return tr("Halted by");
    case SinceColumn:
        return tr("Since (UTC)");
    default:
        return {};
    }
}

} // namespace icc
