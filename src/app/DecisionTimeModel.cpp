#include "DecisionTimeModel.h"

#include "HitlTypes.h"

namespace icc {

namespace {

std::optional<double> number(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

DecisionTimeModel::DecisionTimeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setByTier(QJsonObject());
}

void DecisionTimeModel::setByTier(const QJsonObject &byTier)
{
    beginResetModel();
    m_rows.clear();
    QStringList order;
    for (ReviewTier tier : {ReviewTier::Reduced, ReviewTier::Standard, ReviewTier::TwoReviewer})
        order.append(toString(tier));
    for (auto it = byTier.constBegin(); it != byTier.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    for (const QString &tier : order) {
        const QJsonObject stats = byTier.value(tier).toObject();
        m_rows.append(Row{tier, stats.value(QStringLiteral("count")).toInt(),
                          number(stats.value(QStringLiteral("median_seconds"))),
                          number(stats.value(QStringLiteral("p90_seconds")))});
    }
    endResetModel();
}

QStringList DecisionTimeModel::tiers() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names.append(row.tier);
    return names;
}

int DecisionTimeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionTimeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionTimeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const auto figure = [role](const std::optional<double> &seconds) -> QVariant {
        if (role == Qt::EditRole)
            return seconds.value_or(0.0);
        return seconds ? QVariant(tr("%1 s").arg(*seconds, 0, 'f', 1)) : QVariant(tr("n/a"));
    };
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TierColumn:
        return row.tier;
    case CountColumn:
        return row.count;
    case MedianColumn:
        return figure(row.median);
    case P90Column:
        return figure(row.p90);
    default:
        return {};
    }
}

QVariant DecisionTimeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case TierColumn:
        return tr("Review tier");
    case CountColumn:
        return tr("Decisions");
    case MedianColumn:
        return tr("Median");
    case P90Column:
        return tr("90th percentile");
    default:
        return {};
    }
}

} // namespace icc
