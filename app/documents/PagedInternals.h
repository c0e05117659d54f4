#pragma once

// Shared by the composer and the page layout (not part of the public API).

#include "Documents.h"

#include <QChar>
#include <QColor>
#include <QPageSize>
#include <QString>

namespace firebreak::documents {

// Stands in for a table-of-contents page number until layout knows it:
// no-break spaces (the HTML import keeps them; other spaces collapse), over
// which the number is painted.
inline QString tocPlaceholder()
{
    return QString(5, QChar(QChar::Nbsp));
}

// Where a template starts a new page and a separately laid-out part.
inline QLatin1String partBreak()
{
    return QLatin1String("<!--firebreak:newpage-->");
}

// Layout resolution (device units per inch): QPdfWriter's default. The
// preview paints the same layout scaled down.
inline constexpr int kDpi = 1200;
inline constexpr qreal kPt = kDpi / 72.0; // device units per point

// Page margins in points: room for the header band above and the footer
// band below the body.
inline constexpr qreal kMarginSide = 56, kMarginTop = 72, kMarginBottom = 64;

QPageSize pageSizeOf(PaperSize p);
// 0-based page of a layout position (robust at page boundaries).
int pageOf(qreal y, qreal pageHeight);
// DejaVu Sans with ligatures off (see PagedDocument.cpp).
QFont documentFont(qreal points, bool bold = false);

} // namespace firebreak::documents
