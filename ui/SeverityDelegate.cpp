#include "SeverityDelegate.h"

#include "IncidentListModel.h"
#include "Palette.h"

#include <QApplication>
#include <QPainter>

namespace firebreak::ui {

void SeverityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto severity = Severity(index.data(IncidentListModel::SeverityRole).toInt());
    palette::paintSeverityChip(painter, option.rect, severity, option.palette, option.font);
}

QSize SeverityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(palette::severityChipWidth(option.font) + 16);
    return s;
}

} // namespace firebreak::ui
