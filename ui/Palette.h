#pragma once

#include "model/Incident.h"

#include <QColor>
#include <QPalette>

class QPainter;
class QRect;
class QFont;

namespace firebreak::ui::palette {

// UX.md: system palette, one accent colour, red reserved for overdue.
// Critical severity and warnings therefore use a strong orange; every
// other tone is derived from the active palette so light and dark themes
// both stay readable.
QColor accent();  // strong orange: critical severity, chain warnings
QColor mix(const QColor &a, const QColor &b, qreal towardsB);
QColor muted(const QPalette &pal); // secondary text

struct Chip {
    QColor fill;   // invalid = no fill
    QColor border; // invalid = no border
    QColor text;
    bool bold = false;
};
Chip severityChip(Severity s, const QPalette &pal);

// Paints a severity chip left-aligned and vertically centred in `cell`.
void paintSeverityChip(QPainter *p, const QRect &cell, Severity s, const QPalette &pal, const QFont &font);
int severityChipWidth(const QFont &font);

} // namespace firebreak::ui::palette
