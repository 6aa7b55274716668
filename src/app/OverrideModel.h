#pragma once

#include "RosterOverride.h"
#include "RosterTableModel.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace icc {

// The roster's overrides ("bob covers primary from ... to ..."): added,
// removed and edited in place. List order is precedence order: where two
// overrides of a rotation overlap, the later one wins. New rows carry id 0
// until the server has saved them.
class OverrideModel final : public RosterTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RotationColumn,
        UserColumn,
        FromColumn,
        ToColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit OverrideModel(QObject *parent = nullptr);

    void setOverrides(const QList<RosterOverride> &overrides);
    const QList<RosterOverride> &overrides() const { return m_overrides; }

    // Appends an override and returns its row.
    int addOverride(const RosterOverride &entry);
    bool removeOverride(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<RosterOverride> m_overrides;
};

} // namespace icc
