#include "ReviewQueueProxy.h"

#include "ReviewQueueModel.h"

#include <QDateTime>

namespace icc {

ReviewQueueProxy::ReviewQueueProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

// "Less" means "more urgent": sorted ascending, the most urgent is on top.
bool ReviewQueueProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto value = [](const QModelIndex &index, int role) {
        return index.data(role);
    };
    const int leftRank = value(left, ReviewQueueModel::TierRankRole).toInt();
    const int rightRank = value(right, ReviewQueueModel::TierRankRole).toInt();
    if (leftRank != rightRank)
        return leftRank > rightRank;
    const bool leftHeld =
        value(left, ReviewQueueModel::StateRole).toString() == QLatin1String("held");
    const bool rightHeld =
        value(right, ReviewQueueModel::StateRole).toString() == QLatin1String("held");
    if (leftHeld != rightHeld)
        return leftHeld;
    const QDateTime leftDeadline = value(left, ReviewQueueModel::DeadlineRole).toDateTime();
    const QDateTime rightDeadline = value(right, ReviewQueueModel::DeadlineRole).toDateTime();
    if (leftDeadline.isValid() != rightDeadline.isValid())
        return leftDeadline.isValid(); // a deadline is more pressing than none
    if (leftDeadline.isValid() && leftDeadline != rightDeadline)
        return leftDeadline < rightDeadline;
    const QDateTime leftCreated = value(left, ReviewQueueModel::CreatedRole).toDateTime();
    const QDateTime rightCreated = value(right, ReviewQueueModel::CreatedRole).toDateTime();
    if (leftCreated != rightCreated)
        return leftCreated < rightCreated;
    return value(left, ReviewQueueModel::ReviewIdRole).toString() <
           value(right, ReviewQueueModel::ReviewIdRole).toString();
}

bool ReviewQueueProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString state = sourceModel()
                              ->index(sourceRow, 0, sourceParent)
                              .data(ReviewQueueModel::StateRole)
                              .toString();
    return state == QLatin1String("pending") || state == QLatin1String("held");
}

} // namespace icc
