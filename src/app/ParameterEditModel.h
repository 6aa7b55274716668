#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QString>

namespace icc {

// The parameters a modify may change: name, the review's current value and
// the reviewer's new value (the only editable column). refresh() takes the
// current values of a later view of the same review (another reviewer's
// modify changes them) and keeps what this reviewer typed; a new value the
// reviewer left untouched follows the current one.
class ParameterEditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CurrentColumn,
        NewColumn,
        ColumnCount
    };

    explicit ParameterEditModel(QObject *parent = nullptr);

    // A freshly opened review: every new value starts as the current one.
    void setParameters(const QMap<QString, QString> &current);
    // A later view of the same review: current values move on, edits stay.
    void refresh(const QMap<QString, QString> &current);
    void clear();

    // name → new value, for every row.
    QMap<QString, QString> newValues() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString current;
        QString typed;
    };
    QList<Row> m_rows;
};

} // namespace icc
