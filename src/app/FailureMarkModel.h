#pragma once

#include "PostMortemDocument.h"

#include <QAbstractTableModel>

namespace icc {

// The facilitator's failure marks: which action failed, primary or
// secondary, at which layer, and why. Kind, layer and note are editable in
// place (kind and layer only to one of their fixed values).
class FailureMarkModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ActionColumn,
        KindColumn,
        LayerColumn,
        NoteColumn,
        ColumnCount
    };
    // The allowed values of an editable column (QStringList), for the delegate.
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    explicit FailureMarkModel(QObject *parent = nullptr);

    void setFailures(const QList<PostMortemFailure> &failures);
    const QList<PostMortemFailure> &failures() const { return m_failures; }
    void addFailure(const PostMortemFailure &failure);
    void removeFailure(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void edited(); // any change the user made

private:
    QList<PostMortemFailure> m_failures;
};

} // namespace icc
