#include "TimeLeftBar.h"

#include "ui/Palette.h"

#include <QPainter>

namespace firebreak::ui {

TimeLeftBar::TimeLeftBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimeLeftBar::setFraction(double fractionLeft, const QColor &fill)
{
    const double f = qBound(0.0, fractionLeft, 1.0);
    if (qFuzzyCompare(f + 1.0, m_fraction + 1.0) && fill == m_fill)
        return;
    m_fraction = f;
    m_fill = fill;
    update();
}

QSize TimeLeftBar::sizeHint() const { return {120, 6}; }
QSize TimeLeftBar::minimumSizeHint() const { return {24, 6}; }

void TimeLeftBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = r.height() / 2.0;
    const QPalette &pal = palette();
    p.setPen(QPen(palette::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.25), 1.0));
    p.setBrush(palette::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.06));
    p.drawRoundedRect(r, radius, radius);
    if (m_fraction <= 0.0) {
        // Nothing left: the whole track takes the overdue colour.
        p.setPen(Qt::NoPen);
        p.setBrush(m_fill);
        p.drawRoundedRect(r, radius, radius);
        return;
    }
    QRectF filled = r;
    filled.setWidth(qMax(r.height(), r.width() * m_fraction));
    p.setPen(Qt::NoPen);
    p.setBrush(m_fill.isValid() ? m_fill : pal.color(QPalette::Text));
    p.drawRoundedRect(filled, radius, radius);
}

} // namespace firebreak::ui
