#include "PlaceholderTableView.h"

#include "Palette.h"

#include <QHeaderView>
#include <QPainter>

namespace firebreak::ui {

PlaceholderTableView::PlaceholderTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 4);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
}

void PlaceholderTableView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

QString PlaceholderTableView::visiblePlaceholder() const
{
    if (model() && model()->rowCount(rootIndex()) > 0)
        return {};
    return m_placeholder;
}

void PlaceholderTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QString text = visiblePlaceholder();
    if (text.isEmpty())
        return;
    QPainter p(viewport());
    p.setPen(palette::muted(palette()));
    const QRect r = viewport()->rect().adjusted(24, 16, -24, -16);
    p.drawText(r, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

} // namespace firebreak::ui
