#pragma once

#include <QStyledItemDelegate>

namespace icc {

// Draws a confidence cell as a progress bar with its percentage as text, so
// the size of the number is seen at a glance and read exactly.
class ConfidenceBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConfidenceBarDelegate(int fractionRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    int m_fractionRole;
};

} // namespace icc
