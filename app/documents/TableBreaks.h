#pragma once

// Keeps table rows whole across page breaks (internal to PagedDocument).
//
// Qt's rich-text layout moves a table row to the next page only when none
// of its cells' first lines fits; otherwise each cell's lines break on their
// own and a row ends up in two pieces. Qt does move a row whose position is
// already past the page's bottom, so a row that would be split is pushed
// there by extra bottom padding on the row before it: the row then starts
// on the next page, below the repeated header.

#include <QList>
#include <QPair>

#include <functional>
#include <optional>

class QTextDocument;
class QTextTable;

namespace firebreak::documents::tables {

// A format change made to mend a page break, with how to take it back.
struct Edit {
    int position = 0;
    std::function<void()> undo;
};

struct SplitRow {
    QTextTable *table = nullptr;
    int row = 0;
    int position = 0; // document position of the row's first cell
};

// The first body row (document order) whose text lies on two pages.
std::optional<SplitRow> firstSplitRow(const QTextDocument &doc, qreal pageHeight, qreal point);

// Extra bottom padding (layout units) for rows of a table.
using RowPlan = QList<QPair<int, qreal>>;

// Plans paddings for rows of `split.table` from `split.row` on so that no
// row is split, predicting where rows land from the current layout. Empty
// when nothing can be done (e.g. a row taller than a page).
RowPlan planRows(const QTextDocument &doc, const SplitRow &split, qreal pageHeight, qreal point);
// Applies a plan; each change is appended to `edits`.
void applyPlan(QTextTable *table, const RowPlan &plan, qreal point, QList<Edit> &edits);

} // namespace firebreak::documents::tables
