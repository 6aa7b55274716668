#pragma once

#include "PostMortemDocument.h"

#include <QAbstractTableModel>

namespace icc {

// The post-mortem's action items: title, owner, due date (edited with a
// QDateEdit, the default editor for a QDate) and done (a check box).
class ActionItemModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        OwnerColumn,
        DueColumn,
        DoneColumn,
        ColumnCount
    };

    explicit ActionItemModel(QObject *parent = nullptr);

    void setItems(const QList<PostMortemActionItem> &items);
    const QList<PostMortemActionItem> &items() const { return m_items; }
    // Gives the item a fresh id ("ai-N") when it has none.
    void addItem(PostMortemActionItem item);
    void removeItem(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    QString nextId() const;

    QList<PostMortemActionItem> m_items;
};

} // namespace icc
