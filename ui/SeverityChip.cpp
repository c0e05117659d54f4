#include "SeverityChip.h"

#include "Palette.h"

#include <QPainter>

namespace firebreak::ui {

SeverityChip::SeverityChip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setSeverity(Severity::Medium);
}

void SeverityChip::setSeverity(Severity s)
{
    m_severity = s;
    setAccessibleName(tr("Severity: %1").arg(severityLabel(s)));
    setToolTip(accessibleName());
    update();
}

QSize SeverityChip::sizeHint() const
{
    return {palette::severityChipWidth(font()) + 12, fontMetrics().height() + 8};
}

void SeverityChip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    palette::paintSeverityChip(&p, rect().adjusted(-6, 0, 0, 0), m_severity, palette(), font());
}

} // namespace firebreak::ui
