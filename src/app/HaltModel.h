#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace icc {

// The action types a commander halted (GET /api/v1/controls "halts"): what
// is stopped, why, by whom and since when.
class HaltModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActionTypeColumn,
        ReasonColumn,
        ByColumn,
        SinceColumn,
        ColumnCount
    };

    explicit HaltModel(QObject *parent = nullptr);

    void setHalts(const QJsonArray &halts);
    QString actionTypeAt(int row) const;
    bool isHalted(const QString &actionType) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_halts;
};

} // namespace icc
