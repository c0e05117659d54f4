#include "Palette.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QRect>

namespace firebreak::ui::palette {

QColor accent() { return QColor(0xE0, 0x60, 0x10); }

QColor mix(const QColor &a, const QColor &b, qreal towardsB)
{
    const qreal t = qBound(0.0, towardsB, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor muted(const QPalette &pal) { return mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.62); }

Chip severityChip(Severity s, const QPalette &pal)
{
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    switch (s) {
    case Severity::Critical:
        return {accent(), QColor(), QColor(Qt::white), true};
    case Severity::High:
        return {mix(base, accent(), 0.18), accent(), text, true};
    case Severity::Medium:
        return {mix(base, text, 0.10), QColor(), text, false};
    case Severity::Low:
        return {QColor(), mix(base, text, 0.30), muted(pal), false};
    }
    return {};
}

namespace {
QFont chipFont(const QFont &font, bool bold)
{
    QFont f = font;
    f.setBold(bold);
    return f;
}
} // namespace

int severityChipWidth(const QFont &font)
{
    const QFontMetrics fm(chipFont(font, true));
    return fm.horizontalAdvance(QStringLiteral("Critical")) + 2 * 8;
}

void paintSeverityChip(QPainter *p, const QRect &cell, Severity s, const QPalette &pal, const QFont &font)
{
    const Chip chip = severityChip(s, pal);
    const QFont f = chipFont(font, chip.bold);
    const QFontMetrics fm(f);
    const int h = fm.height() + 4;
    const QRect r(cell.left() + 6, cell.top() + (cell.height() - h) / 2, severityChipWidth(font), h);

    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(chip.border.isValid() ? QPen(chip.border, 1.2) : QPen(Qt::NoPen));
    p->setBrush(chip.fill.isValid() ? QBrush(chip.fill) : QBrush(Qt::NoBrush));
    p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    p->setFont(f);
    p->setPen(chip.text);
    p->drawText(r, Qt::AlignCenter, severityLabel(s));
    p->restore();
}

} // namespace firebreak::ui::palette
