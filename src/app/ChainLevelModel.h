#pragma once

#include "EscalationLevel.h"
#include "RosterTableModel.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace icc {

// The escalation chain: which rotation is paged at each level and how long
// it has to acknowledge. The row is the level, so adding, removing and
// moving rows renumbers the levels 1..n, as the roster does.
class ChainLevelModel final : public RosterTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        RotationColumn,
        TimeoutColumn,
        ColumnCount
    };

    explicit ChainLevelModel(QObject *parent = nullptr);

    void setLevels(const QList<EscalationLevel> &levels);
    // The levels numbered by position.
    QList<EscalationLevel> levels() const;

    int addLevel(const QString &rotation, int timeoutSeconds);
    bool removeLevel(int row);
    // Swaps the level with its neighbour above (-1) or below (+1).
    bool moveLevel(int row, int direction);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<EscalationLevel> m_levels;
};

} // namespace icc
