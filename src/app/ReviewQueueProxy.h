#pragma once

#include <QSortFilterProxyModel>

namespace icc {

// The review queue in the order a reviewer should work it: held reviews
// (escalated to someone, or stopped) and higher tiers first, then the
// nearest deadline, then the oldest. Only reviews still open are shown.
class ReviewQueueProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewQueueProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace icc
