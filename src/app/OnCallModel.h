#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace icc {

// "Who is on call now", per chain level, from GET /api/v1/roster/on-call.
class OnCallModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        RotationColumn,
        OnCallColumn,
        TimeoutColumn,
        ColumnCount
    };

    explicit OnCallModel(QObject *parent = nullptr);

    void setOnCall(const QJsonObject &onCall);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QJsonArray m_chain;
};

} // namespace icc
