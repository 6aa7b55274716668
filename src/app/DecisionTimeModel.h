#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace icc {

// Time to decision per review tier (oversight metrics "time_to_decision.by_tier"):
// decisions, median and p90 in seconds. The reviewed tiers are always rows,
// with no figure while they saw no decision, so the chart's categories stay
// put; other tiers the server reports are added after them.
class DecisionTimeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TierColumn,
        CountColumn,
        MedianColumn,
        P90Column,
        ColumnCount
    };

    explicit DecisionTimeModel(QObject *parent = nullptr);

    void setByTier(const QJsonObject &byTier);
    QStringList tiers() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // DisplayRole: text ("n/a" without data); EditRole: the number (0
    // without data), which the chart's bar mapper reads.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString tier;
        int count = 0;
        std::optional<double> median;
        std::optional<double> p90;
    };
    QList<Row> m_rows;
};

} // namespace icc
