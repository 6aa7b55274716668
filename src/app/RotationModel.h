#pragma once

#include "RosterTableModel.h"
#include "Rotation.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace icc {

// The roster's rotations as the editor shows them: id, members in rotation
// order, shift length and first handoff, editable in place. Text that cannot
// be a value of its column (a shift of "soon", a start that is no date) is
// refused here with editRefused(); whether the roster as a whole holds
// together is checked by the editor and, finally, by the server.
class RotationModel final : public RosterTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        MembersColumn,
        ShiftColumn,
        StartColumn,
        ColumnCount
    };

    explicit RotationModel(QObject *parent = nullptr);

    void setRotations(const QList<Rotation> &rotations);
    const QList<Rotation> &rotations() const { return m_rotations; }
    QStringList rotationIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<Rotation> m_rotations;
};

} // namespace icc
