#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace icc {

// The oversight report's key figures as "measure / value" rows, in words:
// decisions, rejection and modification rates, queue depth, MTTA and MTTR.
// A figure the window has no data for reads "n/a", never 0.
class OversightFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MeasureColumn,
        ValueColumn,
        ColumnCount
    };

    explicit OversightFiguresModel(QObject *parent = nullptr);

    void setReport(const QJsonObject &report);
    // The value text of the row whose key is key ("queue_depth.max", ...).
    QString valueOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString percent(const QJsonValue &rate);
    static QString seconds(const QJsonValue &seconds);

private:
    struct Row
    {
        QString key;
        QString measure;
        QString value;
    };
    QList<Row> m_rows;
};

} // namespace icc
