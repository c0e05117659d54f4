#include "PhaseDelegate.h"

#include "IncidentListModel.h"
#include "Palette.h"

#include <QApplication>
#include <QPainter>

namespace firebreak::ui {

namespace {
int barWidth(int segments) { return segments * PhaseDelegate::kSegmentWidth + (segments - 1) * PhaseDelegate::kSegmentGap; }
} // namespace

void PhaseDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QList<Phase> phases = allPhases();
    const int segments = int(phases.size());
    const bool closed = index.data(IncidentListModel::ClosedRole).toBool();
    const int current = closed ? segments - 1 : int(phases.indexOf(Phase(index.data(IncidentListModel::PhaseRole).toInt())));

    const QRect cell = option.rect.adjusted(6, 0, -6, 0);
    const int bw = barWidth(segments);
    const QRect bar(cell.right() - bw + 1, cell.center().y() - kBarHeight / 2, bw, kBarHeight);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &pal = option.palette;
    const QColor done = closed ? palette::muted(pal)
                               : (selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight));
    const QColor todo = palette::mix(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base),
                                     pal.color(QPalette::Text), 0.16);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    for (int s = 0; s < segments; ++s) {
        const QRectF seg(bar.left() + s * (kSegmentWidth + kSegmentGap), bar.top(), kSegmentWidth, kBarHeight);
        painter->setBrush(s <= current ? done : todo);
        painter->drawRoundedRect(seg, 1.5, 1.5);
    }
    const QRect textRect(cell.left(), cell.top(), bar.left() - cell.left() - 8, cell.height());
    painter->setPen(selected ? pal.color(QPalette::HighlightedText)
                             : (closed ? palette::muted(pal) : pal.color(QPalette::Text)));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(label, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize PhaseDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const int labelWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("Root-cause analysis"));
    s.setWidth(labelWidth + barWidth(int(allPhases().size())) + 28);
    return s;
}

} // namespace firebreak::ui
