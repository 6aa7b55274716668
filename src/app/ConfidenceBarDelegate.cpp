#include "ConfidenceBarDelegate.h"

#include <QApplication>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace icc {

ConfidenceBarDelegate::ConfidenceBarDelegate(int fractionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole)
{}

void ConfidenceBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QVariant fraction = index.data(m_fractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qBound(0, qRound(fraction.toDouble() * 100.0), 100);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    // Qt 6 reads the orientation from the state.
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace icc
