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

// Pads rows of `split.table` from `split.row` on so that no row is split,
// predicting where rows land from the current layout; each padding is
// appended to `edits`. Returns false when nothing could be done (e.g. a
// row taller than a page).
bool keepRowsWhole(QTextDocument &doc, const SplitRow &split, qreal pageHeight, qreal point, QList<Edit> &edits);

} // namespace firebreak::documents::tables
