// Lays a DocumentSource out on pages. One layout serves the PDF and the
// preview, so the preview shows the pages the PDF will have.
//
// Table-of-contents numbers are painted over placeholders rather than typed
// into the document, so filling them in cannot move anything.

#include "PagedInternals.h"
#include "TableBreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QHash>
#include <QPageSize>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace firebreak::documents {

namespace {

// A heading needs this much room below it (points) or it moves to the
// next page, so it never sits alone at the foot of a page.
constexpr qreal kKeepWithNext = 80;
constexpr int kRounds = 16;

// Qt takes CSS lengths in CSS pixels (1/96 inch, scaled to the device) and
// ignores "pt" outside font sizes; templates are written in points, so
// lengths are converted. Font sizes stay in points.
QString pointsToCssPixels(const QString &css)
{
    static const QRegularExpression decl(QStringLiteral("([\\w-]+)(\\s*:\\s*)([^;}\"]*)"));
    static const QRegularExpression pt(QStringLiteral("(-?\\d+(?:\\.\\d+)?)pt\\b"));
    QString out;
    qsizetype last = 0;
    for (auto it = decl.globalMatch(css); it.hasNext();) {
        const auto m = it.next();
        out += css.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QString value = m.captured(3);
        if (!m.captured(1).startsWith(QLatin1String("font"))) {
            QString converted;
            qsizetype from = 0;
            for (auto p = pt.globalMatch(value); p.hasNext();) {
                const auto n = p.next();
                converted += value.mid(from, n.capturedStart() - from);
                converted += QString::number(n.captured(1).toDouble() * 96.0 / 72.0, 'f', 2) + QStringLiteral("px");
                from = n.capturedEnd();
            }
            value = converted + value.mid(from);
        }
        out += m.captured(1) + m.captured(2) + value;
    }
    return out + css.mid(last);
}

// Style attributes are template-authored: incident text is escaped and
// cannot contain a quote, so it cannot open one.
QString convertStyleAttributes(const QString &html)
{
    static const QRegularExpression style(QStringLiteral("style=\"([^\"]*)\""));
    QString out;
    qsizetype last = 0;
    for (auto it = style.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += html.mid(last, m.capturedStart() - last) +
               QStringLiteral("style=\"%1\"").arg(pointsToCssPixels(m.captured(1)));
        last = m.capturedEnd();
    }
    return out + html.mid(last);
}

} // namespace

// A line Qt moved to the top of a page belongs to that page: Qt keeps
// positions in 1/64 units, so "the top" can be a hair above the exact page
// boundary.
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor((y + kPt / 8) / pageHeight));
}

QPageSize pageSizeOf(PaperSize p)
{
    return QPageSize(p == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

// Without shaping there are no ligatures, so "fi" stays two letters that
// pdftotext and a reader's search find ("notification", not "noti\uFB01cation").
// (A non-zero letter spacing would also drop them, but then Qt 6.4 stops
// moving lines that cross a page's end to the next page.)
QFont documentFont(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

PagedDocument::~PagedDocument() = default;

Result<std::unique_ptr<PagedDocument>> PagedDocument::layout(const DocumentSource &source)
{
    std::unique_ptr<PagedDocument> d(new PagedDocument);
    d->m_source = source;
    const QSizeF points = pageSizeOf(source.paper).size(QPageSize::Point);
    d->m_pageSize = points * kPt;
    d->m_body = QRectF(kMarginSide * kPt, kMarginTop * kPt, (points.width() - 2 * kMarginSide) * kPt,
                       (points.height() - kMarginTop - kMarginBottom) * kPt);
    d->m_css = pointsToCssPixels(source.css);

    // A 1×1 image that reports the layout resolution: text is measured
    // once for both the PDF and the preview.
    d->m_metrics = std::make_unique<QImage>(1, 1, QImage::Format_RGB32);
    const int dpm = qRound(kDpi / 0.0254);
    d->m_metrics->setDotsPerMeterX(dpm);
    d->m_metrics->setDotsPerMeterY(dpm);

    const QStringList parts = convertStyleAttributes(source.html).split(partBreak());
    int page = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        Part part;
        const QString html = i == 0 ? parts.at(i) : QStringLiteral("<html><body>") + parts.at(i);
        if (Status s = d->layoutPart(part, html); !s)
            return s.error();
        part.firstPage = page;
        page += part.pages;
        d->m_parts.push_back(std::move(part));
    }
    d->placeContents();
    if (d->pageCount() < 1)
        return Error::failed(QCoreApplication::translate("PagedDocument", "the %1 of %2 laid out to no pages")
                                 .arg(documentKindLabel(source.kind), source.incidentId));
    return d;
}

std::unique_ptr<QTextDocument> PagedDocument::build(const QString &html) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(m_metrics.get());
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(documentFont(9));
    doc->setDefaultStyleSheet(m_css);
    doc->setPageSize(m_body.size());
    doc->setHtml(html);
    return doc;
}

Status PagedDocument::layoutPart(Part &part, const QString &html)
{
    // Each round finds the first thing (in reading order) that breaks
    // badly across a page end, mends it, and lays the part out again from
    // the top: a heading left at the foot of a page moves to the next; a
    // table row split in two is pushed whole to the next page. Qt lays out
    // lazily, so only the layout up to the problem is computed until the
    // last round checks everything.
    part.doc = build(html);
    QTextDocument &doc = *part.doc;

    const qreal pageH = m_body.height();
    QSet<QPair<int, int>> tried; // table rows that could not be mended
    // Every mend can be undone: mending a problem re-decides everything
    // after it, so breaks placed for an earlier layout do not linger.
    QList<tables::Edit> edits;
    auto undoFrom = [&](int position) {
        // One edit block: Qt re-lays out a changed table whole, once per
        // notification, so the changes must arrive together.
        QTextCursor block(&doc);
        block.beginEditBlock();
        for (qsizetype i = edits.size() - 1; i >= 0; --i)
            if (edits.at(i).position >= position) {
                edits.at(i).undo();
                edits.removeAt(i);
            }
        block.endEditBlock();
    };
    // How often each block was pushed: the first push only takes away the
    // margin of a table above it; if the block is still stranded after that,
    // the next push moves it for certain (else the two would take turns
    // until the rounds ran out, leaving a heading at the foot of a page).
    QHash<int, int> pushes;
    QHash<QPair<int, int>, int> planned; // how often a split row was planned
    for (int round = 0; round < kRounds; ++round) {
        int blockPos = -1;
        for (const Heading &h : headings(doc))
            if (strandedAtPageFoot(h)) {
                blockPos = h.position;
                break;
            }
        // Qt sometimes leaves the first line of a block after a table
        // across the page end; such a block starts on the next page.
        if (const int pos = firstBlockAcrossPageEnd(doc); pos >= 0 && (blockPos < 0 || pos < blockPos))
            blockPos = pos;
        std::optional<tables::SplitRow> split = tables::firstSplitRow(doc, pageH, kPt);
        // A row still split after two plans will not be mended by a third:
        // give up on it so the rounds left go to what follows (a heading
        // after the table would otherwise stay at the foot of its page).
        if (split && ++planned[{split->position, split->row}] > 2)
            tried.insert({split->position, split->row});
        if (split && tried.contains({split->position, split->row}))
            split.reset();
        if (blockPos < 0 && !split)
            break;
        if (blockPos >= 0 && (!split || blockPos < split->position)) {
            undoFrom(blockPos);
            const int pushed = pushes[blockPos]++;
            if (pushed < 2) {
                pushToNextPage(doc, blockPos, edits, pushed == 0);
            } else {
                // Neither took: Qt keeps a block right after a table where it
                // is. A page break before it is the last resort.
                const QTextBlock b = doc.findBlock(blockPos);
                const QTextFormat::PageBreakFlags before = b.blockFormat().pageBreakPolicy();
                QTextBlockFormat f;
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(b).mergeBlockFormat(f);
                edits << tables::Edit{blockPos, [&doc, blockPos, before] {
                                          QTextBlockFormat g;
                                          g.setPageBreakPolicy(before);
                                          QTextCursor(doc.findBlock(blockPos)).mergeBlockFormat(g);
                                      }};
            }
        } else {
            // Planned on the current layout (rows' own heights do not depend
            // on where they are), then the old paddings after the split go
            // and the new ones come in one edit block: one relayout.
            const tables::RowPlan plan = tables::planRows(doc, *split, pageH, kPt);
            if (plan.isEmpty()) {
                tried.insert({split->position, split->row});
                continue;
            }
            QTextCursor block(&doc);
            block.beginEditBlock();
            undoFrom(split->position);
            tables::applyPlan(split->table, plan, kPt, edits);
            block.endEditBlock();
        }
        // Edits re-lay out only from where they are, which in Qt 6.4 can
        // misplace what follows a page break: lay the part out again from
        // the top.
        doc.markContentsDirty(0, doc.characterCount());
    }
    part.pages = doc.pageCount();
    return {};
}

int PagedDocument::pageCount() const
{
    return m_parts.empty() ? 0 : m_parts.back().firstPage + m_parts.back().pages;
}

QSizeF PagedDocument::pageSizePoints() const
{
    return m_pageSize / kPt;
}

QList<PagedDocument::Heading> PagedDocument::headings(const QTextDocument &doc) const
{
    const qreal pageH = m_body.height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QList<Heading> out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level < 2 || level > 4)
            continue;
        const QRectF r = layout->blockBoundingRect(b); // lays out only up to this block
        qreal top = r.top(), bottom = r.bottom();
        if (const QTextLayout *tl = b.layout(); tl && tl->lineCount() > 0) {
            // Where the text is, not where the block's top margin starts.
            const QTextLine first = tl->lineAt(0), last = tl->lineAt(tl->lineCount() - 1);
            top = r.top() + first.y();
            bottom = r.top() + last.y() + last.height();
        }
        out << Heading{level, b.text().simplified(), top, bottom, pageOf(top, pageH) + 1, b.position()};
    }
    return out;
}

bool PagedDocument::strandedAtPageFoot(const Heading &h) const
{
    const qreal pageH = m_body.height();
    const qreal pageTop = (h.page - 1) * pageH;
    const qreal left = pageTop + pageH - h.bottom;
    // Left too little room below, or even crossing the page's end.
    return h.top - pageTop > 2 * kPt && left < kKeepWithNext * kPt;
}

// Moves a block's first line to the top of the next page by growing its
// top margin: exact, where a page-break flag right after a table that ends
// near the page's end can make Qt skip a whole page.
//
// Right after a table whose bottom margin reaches past the page's end, Qt
// 6.4 places the next block at the foot of the page, across its end, and
// ignores that block's own margin; without the table's margin it moves the
// block to the next page itself. So that margin goes first.
void PagedDocument::pushToNextPage(QTextDocument &doc, int position, QList<tables::Edit> &edits, bool marginFirst) const
{
    const qreal pageH = m_body.height();
    const QTextBlock b = doc.findBlock(position);
    if (const QTextBlock prev = b.previous(); prev.isValid()) {
        if (auto *table = qobject_cast<QTextTable *>(doc.frameAt(prev.position()));
            table && table->format().bottomMargin() > 0) {
            QTextTableFormat f = table->format();
            const qreal before = f.bottomMargin();
            f.setBottomMargin(0);
            table->setFormat(f);
            edits << tables::Edit{position, [table, before] {
                                      QTextTableFormat g = table->format();
                                      g.setBottomMargin(before);
                                      table->setFormat(g);
                                  }};
            if (marginFirst)
                return;
            // Tried before: lay out without the margin, then move the block itself.
            doc.markContentsDirty(0, doc.characterCount());
        }
    }
    const QTextLayout *tl = b.layout();
    if (!tl || tl->lineCount() == 0)
        return;
    const qreal top = doc.documentLayout()->blockBoundingRect(b).top() + tl->lineAt(0).y();
    const qreal extra = (pageOf(top, pageH) + 1) * pageH - top + kPt / 4;
    const qreal before = b.blockFormat().topMargin();
    QTextBlockFormat f;
    // Block margins are in CSS pixels, scaled to the device by the layout.
    f.setTopMargin(before + extra / (kPt * 72.0 / 96.0));
    QTextCursor(b).mergeBlockFormat(f);
    edits << tables::Edit{position, [&doc, position, before] {
                              QTextBlockFormat g;
                              g.setTopMargin(before);
                              QTextCursor(doc.findBlock(position)).mergeBlockFormat(g);
                          }};
}

int PagedDocument::firstBlockAcrossPageEnd(const QTextDocument &doc) const
{
    const qreal pageH = m_body.height();
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock b = it.currentBlock();
        const QTextLayout *tl = b.isValid() ? b.layout() : nullptr;
        // Empty blocks (Qt puts one after each table) have nothing to move.
        if (!tl || tl->lineCount() == 0 || b.text().trimmed().isEmpty())
            continue;
        const QTextLine first = tl->lineAt(0);
        const qreal top = layout->blockBoundingRect(b).top() + first.y();
        if (pageOf(top, pageH) != pageOf(top + first.height() - kPt / 2, pageH))
            return b.position();
    }
    return -1;
}

void PagedDocument::placeContents()
{

    m_contents.clear();
    m_tocNumbers.clear();
    for (const Part &part : m_parts)
        for (const Heading &h : headings(*part.doc))
            if (h.level == 2)
                m_contents << TocEntry{h.text, part.firstPage + h.page};

    // The i-th placeholder takes the i-th <h2>'s page (Compose lists them in
    // that order). QTextDocument::find() reads no-break spaces as spaces,
    // and the HTML import collapses runs of ordinary spaces, so a run of
    // spaces can only be a placeholder.
    const QString placeholder(tocPlaceholder().size(), QLatin1Char(' '));
    const qreal pageH = m_body.height();
    qsizetype next = 0;
    for (const Part &part : m_parts) {
        QTextDocument &doc = *part.doc;
        for (QTextCursor c = doc.find(placeholder); !c.isNull() && next < m_contents.size();
             c = doc.find(placeholder, c.selectionEnd())) {
            const QTextBlock block = c.block();
            const QTextLayout *tl = block.layout();
            const int end = c.selectionEnd() - block.position();
            const QTextLine line = tl ? tl->lineForTextPosition(end) : QTextLine();
            if (!line.isValid())
                continue;
            // blockBoundingRect places the block's layout in the document,
            // table cells included; line positions are relative to it.
            const QRectF r = doc.documentLayout()->blockBoundingRect(block);
            const QPointF at(r.left() + line.cursorToX(end), r.top() + line.y() + line.ascent());
            const int local = pageOf(at.y() - line.ascent(), pageH);
            const QFont font = c.charFormat().font().resolve(doc.defaultFont());
            m_tocNumbers << TocNumber{part.firstPage + local, QPointF(at.x(), at.y() - local * pageH), font,
                                      QString::number(m_contents.at(next).page)};
            ++next;
        }
    }
}

} // namespace firebreak::documents
