#include "TableBreaks.h"

#include "PagedInternals.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace firebreak::documents::tables {

namespace {

// Where a row's text is (top of its first line to bottom of its last, over
// all cells) and how tall its tallest cell is without page breaks.
struct RowBox {
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    qreal natural = 0;
    bool valid() const { return top < bottom; }
};

RowBox rowBox(const QTextDocument &doc, const QTextTable *t, int r)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    RowBox box;
    for (int c = 0; c < t->columns(); ++c) {
        const QTextTableCell cell = t->cellAt(r, c);
        if (!cell.isValid() || cell.row() != r || cell.column() != c)
            continue;
        qreal height = 0;
        const QTextBlock last = cell.lastCursorPosition().block();
        for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
            const QTextLayout *tl = b.layout();
            const QRectF r0 = layout->blockBoundingRect(b);
            for (int i = 0; tl && i < tl->lineCount(); ++i) {
                const QTextLine line = tl->lineAt(i);
                box.top = std::min(box.top, r0.top() + line.y());
                box.bottom = std::max(box.bottom, r0.top() + line.y() + line.height());
                height += line.height();
            }
            if (b == last)
                break;
        }
        box.natural = std::max(box.natural, height);
    }
    return box;
}

bool splits(const RowBox &b, qreal pageHeight, qreal point)
{
    return b.valid() && b.natural < pageHeight / 2 &&
           pageOf(b.top, pageHeight) != pageOf(b.bottom - point / 2, pageHeight);
}

void addBottomPadding(QTextTable *t, int row, qreal cssPixels, QList<Edit> &edits)
{
    for (int c = 0; c < t->columns(); ++c) {
        QTextTableCell cell = t->cellAt(row, c);
        if (!cell.isValid() || cell.row() != row || cell.column() != c)
            continue;
        const QTextTableCellFormat before = cell.format().toTableCellFormat();
        QTextTableCellFormat f = before;
        const qreal now =
            f.hasProperty(QTextFormat::TableCellBottomPadding) ? f.bottomPadding() : t->format().cellPadding();
        f.setBottomPadding(now + cssPixels);
        cell.setFormat(f);
        edits << Edit{cell.firstPosition(), [t, row, c, before] {
                          QTextTableCell again = t->cellAt(row, c);
                          again.setFormat(before);
                      }};
    }
}

} // namespace

std::optional<SplitRow> firstSplitRow(const QTextDocument &doc, qreal pageHeight, qreal point)
{
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *t = qobject_cast<QTextTable *>(frame);
        if (!t)
            continue;
        for (int r = t->format().headerRowCount(); r < t->rows(); ++r)
            if (splits(rowBox(doc, t, r), pageHeight, point))
                return SplitRow{t, r, t->cellAt(r, 0).firstPosition()};
    }
    return std::nullopt;
}

RowPlan planRows(const QTextDocument &doc, const SplitRow &split, qreal pageHeight, qreal point)
{
    QTextTable *t = split.table;
    const int header = t->format().headerRowCount();
    const int first = split.row;
    QList<RowBox> boxes(t->rows());
    for (int r = 0; r <= first; ++r)
        boxes[r] = rowBox(doc, t, r);

    // Row overhead (padding, border) from two rows on one page above the split.
    qreal overhead = -1;
    for (int r = first - 2; r >= 0 && overhead < 0; --r)
        if (boxes[r].valid() && boxes[r + 1].valid() &&
            pageOf(boxes[r].top, pageHeight) == pageOf(boxes[r + 1].top, pageHeight))
            overhead = boxes[r + 1].top - boxes[r].top - boxes[r].natural;
    if (overhead < 0)
        overhead = 6 * point;
    // Where a row's text starts on a page the table continues on: below the
    // repeated header. Measured if the table already continues somewhere.
    qreal continued = -1;
    for (int r = header + 1; r < first && continued < 0; ++r)
        if (pageOf(boxes[r].top, pageHeight) > pageOf(boxes[r - 1].bottom, pageHeight))
            continued = boxes[r].top - pageOf(boxes[r].top, pageHeight) * pageHeight;
    if (continued < 0)
        continued = (header > 0 ? boxes[header].top - boxes[0].top : 0) + overhead / 2;

    // Read every row before changing anything: a change makes Qt lay the
    // whole table out again before the next read.
    for (int r = first + 1; r < t->rows(); ++r)
        boxes[r] = rowBox(doc, t, r);

    // Walk the rows from the split as the layout will place them, pushing
    // each row that would straddle a page end to the next page.
    // Qt keeps a table's text above the page's end by the table's bottom
    // margin (CSS pixels; at least a few points, to be safe).
    const qreal cssPixel = point * 72.0 / 96.0;
    const qreal margin = std::max(t->format().bottomMargin() * cssPixel, 4 * point);
    RowPlan paddings;
    qreal y = boxes[first].top;
    for (int r = first; r < t->rows(); ++r) {
        const qreal h = boxes[r].natural;
        const int page = pageOf(y, pageHeight);
        const bool straddles = y + h > (page + 1) * pageHeight - margin;
        const bool atTop = y - page * pageHeight <= continued + point;
        if (straddles && !atTop && h + continued < pageHeight - point && r > 0) {
            // The row before ends just above the page's end, which is past
            // the bottom Qt allows rows to start at (the table's margin).
            // A few points short of the end: padded to within a point, the
            // row before was itself judged to cross the end and Qt split
            // its cells (8 custody rows did so).
            const qreal rowStart = y - overhead / 2;
            const qreal extra = (page + 1) * pageHeight - 3 * point - rowStart;
            if (extra > 0)
                paddings << qMakePair(r - 1, extra);

            y = (page + 1) * pageHeight + continued;
        }
        y += h + overhead;
    }
    return paddings;
}

void applyPlan(QTextTable *table, const RowPlan &plan, qreal point, QList<Edit> &edits)
{
    const qreal cssPixel = point * 72.0 / 96.0;
    for (const auto &[row, extra] : plan)
        addBottomPadding(table, row, extra / cssPixel, edits);
}

} // namespace firebreak::documents::tables
