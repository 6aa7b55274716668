#pragma once

#include <QStyledItemDelegate>

namespace icc {

// Edits a cell whose model offers its allowed values under choicesRole
// (a QStringList) with a combo box, so a table cell can only take one of
// them; any other cell gets the default editor.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChoiceDelegate(int choicesRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    int m_choicesRole;
};

} // namespace icc
