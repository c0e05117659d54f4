// Lays a DocumentSource out on pages. One layout serves the PDF and the
// preview, so the preview shows the pages the PDF will have.
//
// Qt's rich-text engine does not re-apply page breaks reliably when a laid
// out document is edited, so nothing is edited after layout: page breaks
// go into the HTML before it is parsed, and table-of-contents numbers are
// painted over placeholders instead of being typed into the document.

#include "PagedInternals.h"

#include <QAbstractTextDocumentLayout>
#include <QPageSize>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace firebreak::documents {

namespace {

// A heading needs this much room below it (points) or it moves to the
// next page, so it never sits alone at the foot of a page.
constexpr qreal kKeepWithNext = 80;
constexpr int kKeepRounds = 8;

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
        out += html.mid(last, m.capturedStart() - last) + QStringLiteral("style=\"%1\"").arg(pointsToCssPixels(m.captured(1)));
        last = m.capturedEnd();
    }
    return out + html.mid(last);
}

const QRegularExpression &headingTag()
{
    static const QRegularExpression re(QStringLiteral("<h([234])(\\s[^>]*)?>"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Adds a page break before the given headings (h2–h4, counted in order).
QString withBreaks(const QString &html, const QSet<int> &breaks)
{
    if (breaks.isEmpty())
        return html;
    QString out;
    qsizetype last = 0;
    int index = 0;
    for (auto it = headingTag().globalMatch(html); it.hasNext(); ++index) {
        const auto m = it.next();
        if (!breaks.contains(index))
            continue;
        QString attrs = m.captured(2);
        if (attrs.contains(QLatin1String("style=\"")))
            attrs.replace(QLatin1String("style=\""), QLatin1String("style=\"page-break-before: always; "));
        else
            attrs += QStringLiteral(" style=\"page-break-before: always\"");
        out += html.mid(last, m.capturedStart() - last) + QStringLiteral("<h%1%2>").arg(m.captured(1), attrs);
        last = m.capturedEnd();
    }
    return out + html.mid(last);
}

} // namespace

QPageSize pageSizeOf(PaperSize p) { return QPageSize(p == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4); }

// A letter spacing that is not zero makes Qt's shaper leave ligatures out,
// so "fi" stays two letters that pdftotext and a reader's search find.
QFont documentFont(qreal points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
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
        return Error::failed(QStringLiteral("the %1 of %2 laid out to no pages").arg(documentKindLabel(source.kind), source.incidentId));
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
    // Keep each heading with what follows it: the first one left at the
    // foot of a page moves to the next, then the part is measured again
    // (moving it shifts the rest). Only the layout up to that heading is
    // computed, so a long table after the last heading costs nothing here.
    qsizetype tags = 0;
    for (auto it = headingTag().globalMatch(html); it.hasNext(); it.next())
        ++tags;
    QSet<int> breaks;
    for (int round = 0;; ++round) {
        part.doc = build(withBreaks(html, breaks));
        if (round == kKeepRounds)
            break;
        const QList<Heading> hs = headings(*part.doc);
        if (hs.size() != tags) // headings Qt made that the HTML count does not know: leave them
            break;
        int low = -1;
        for (qsizetype k = 0; k < hs.size() && low < 0; ++k)
            if (!breaks.contains(int(k)) && strandedAtPageFoot(hs.at(k)))
                low = int(k);
        if (low < 0)
            break;
        breaks.insert(low);
    }
    part.pages = part.doc->pageCount();
    return {};
}

int PagedDocument::pageCount() const { return m_parts.empty() ? 0 : m_parts.back().firstPage + m_parts.back().pages; }

QSizeF PagedDocument::pageSizePoints() const { return m_pageSize / kPt; }

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
        out << Heading{level, b.text().simplified(), top, bottom, int(top / pageH) + 1};
    }
    return out;
}

bool PagedDocument::strandedAtPageFoot(const Heading &h) const
{
    const qreal pageH = m_body.height();
    const qreal pageTop = (h.page - 1) * pageH;
    const qreal left = pageTop + pageH - h.bottom;
    return h.top - pageTop > 2 * kPt && left >= 0 && left < kKeepWithNext * kPt;
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
            const int local = int(at.y() / pageH);
            const QFont font = c.charFormat().font().resolve(doc.defaultFont());
            m_tocNumbers << TocNumber{part.firstPage + local, QPointF(at.x(), at.y() - local * pageH), font,
                                      QString::number(m_contents.at(next).page)};
            ++next;
        }
    }
}

} // namespace firebreak::documents
