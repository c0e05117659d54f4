// Lays a DocumentSource out on pages and paints them: into a PDF or into
// preview images. One layout serves both, so the preview shows the pages
// the PDF will have.

#include "Documents.h"
#include "PagedInternals.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace firebreak::documents {

namespace {

// Layout resolution (device units per inch). QPdfWriter's default; the
// preview paints the same layout scaled down.
constexpr int kDpi = 1200;
constexpr qreal kPt = kDpi / 72.0; // device units per point

// Page margins in points: room for the header band above and the footer
// band below the body.
constexpr qreal kMarginSide = 56, kMarginTop = 72, kMarginBottom = 64;
// A heading needs this much room below it (points) or it moves to the
// next page, so it never sits alone at the foot of a page.
constexpr qreal kKeepWithNext = 80;

const QColor kFurniture(0x5a, 0x63, 0x70);
const QColor kMarking(0x8c, 0x1c, 0x1c);
const QColor kRule(0xc4, 0xca, 0xd3);

QPageSize pageSizeOf(PaperSize p) { return QPageSize(p == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4); }

QString xmlEscaped(const QString &s) { return s.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&apos;")); }

QByteArray xmpMetadata(const DocumentSource &s)
{
    const QString xmp =
        QStringLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "  <rdf:Description rdf:about=\"\"\n"
                       "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                       "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                       "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                       "   <dc:format>application/pdf</dc:format>\n"
                       "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                       "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                       "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
                       "   <dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">%4</rdf:li></rdf:Alt></dc:rights>\n"
                       "   <xmp:CreateDate>%5</xmp:CreateDate>\n"
                       "   <xmp:CreatorTool>Firebreak %6</xmp:CreatorTool>\n"
                       "   <pdf:Producer>Firebreak %6 (Qt %7)</pdf:Producer>\n"
                       "  </rdf:Description>\n"
                       " </rdf:RDF>\n"
                       "</x:xmpmeta>\n"
                       "<?xpacket end=\"w\"?>")
            .arg(xmlEscaped(s.title), xmlEscaped(s.author), xmlEscaped(s.subject.isEmpty() ? s.title : s.subject),
                 xmlEscaped(s.marking), s.generatedAt.toUTC().toString(Qt::ISODate),
                 QStringLiteral(FIREBREAK_VERSION), QLatin1String(qVersion()));
    return xmp.toUtf8();
}

QFont furnitureFont(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

} // namespace

PagedDocument::~PagedDocument() = default;

Result<std::unique_ptr<PagedDocument>> PagedDocument::layout(const DocumentSource &source)
{
    std::unique_ptr<PagedDocument> d(new PagedDocument);
    d->m_source = source;
    const QSizeF points = pageSizeOf(source.paper).size(QPageSize::Point);
    d->m_pageSize = points * kPt;
    d->m_body = QRectF(kMarginSide * kPt, kMarginTop * kPt, (points.width() - 2 * kMarginSide) * kPt,
                       (points.height() - kMarginTop - kMarginBottom) * kPt);

    // A 1×1 image that reports the layout resolution: text is measured
    // once for both the PDF and the preview.
    d->m_metrics = std::make_unique<QImage>(1, 1, QImage::Format_RGB32);
    const int dpm = qRound(kDpi / 0.0254);
    d->m_metrics->setDotsPerMeterX(dpm);
    d->m_metrics->setDotsPerMeterY(dpm);

    d->build(source.html);
    d->keepHeadingsWithNext();
    if (Status s = d->fillContents(); !s)
        return s.error();
    if (d->pageCount() < 1)
        return Error::failed(QStringLiteral("the %1 of %2 laid out to no pages").arg(documentKindLabel(source.kind), source.incidentId));
    return d;
}

void PagedDocument::build(const QString &html)
{
    m_doc = std::make_unique<QTextDocument>();
    m_doc->documentLayout()->setPaintDevice(m_metrics.get());
    m_doc->setUseDesignMetrics(true);
    m_doc->setDocumentMargin(0);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9);
    m_doc->setDefaultFont(base);
    m_doc->setDefaultStyleSheet(m_source.css);
    m_doc->setHtml(html);
    m_doc->setPageSize(m_body.size());
}

int PagedDocument::pageCount() const { return m_doc->pageCount(); }

QSizeF PagedDocument::pageSizePoints() const { return m_pageSize / kPt; }

void PagedDocument::keepHeadingsWithNext()
{
    const qreal pageH = m_body.height();
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level < 2 || level > 4 || b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF r = layout->blockBoundingRect(b);
        if (r.isEmpty())
            continue;
        const qreal onPage = std::fmod(r.top(), pageH);
        const qreal left = pageH - std::fmod(r.bottom(), pageH);
        if (onPage < kPt || left >= kKeepWithNext * kPt || int(r.top() / pageH) != int(r.bottom() / pageH))
            continue;
        QTextBlockFormat f;
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(b).mergeBlockFormat(f);
    }
}

QList<TocEntry> PagedDocument::headingPages() const
{
    const qreal pageH = m_body.height();
    QAbstractTextDocumentLayout *layout = m_doc->documentLayout();
    QList<TocEntry> out;
    for (QTextBlock b = m_doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2)
            continue;
        // Where the first line's text is, not the block's top margin.
        qreal y = layout->blockBoundingRect(b).top();
        if (b.layout() && b.layout()->lineCount() > 0)
            y = b.layout()->position().y() + b.layout()->lineAt(0).y();
        out << TocEntry{b.text().simplified(), int(y / pageH) + 1};
    }
    return out;
}

Status PagedDocument::fillContents()
{
    m_contents = headingPages();
    if (m_doc->find(tocMarker(0)).isNull())
        return {};
    auto samePages = [](const QList<TocEntry> &a, const QList<TocEntry> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const TocEntry &x, const TocEntry &y) { return x.page == y.page; });
    };
    for (int round = 0; round < 3; ++round) {
        // Page numbers are narrower than the markers, so filling them in
        // should not move a heading: checked rather than assumed.
        for (qsizetype i = 0; i < m_contents.size(); ++i) {
            QTextCursor c = m_doc->find(tocMarker(int(i)));
            if (!c.isNull())
                c.insertText(QString::number(m_contents.at(i).page));
        }
        const QList<TocEntry> settled = headingPages();
        if (samePages(settled, m_contents))
            return {};
        // A heading moved: lay out again with the markers back in place.
        build(m_source.html);
        keepHeadingsWithNext();
        m_contents = settled;
    }
    return Error::failed(QStringLiteral("the table of contents of %1 did not settle on stable page numbers").arg(m_source.incidentId));
}

void PagedDocument::paintPage(QPainter &p, int index) const
{
    const qreal w = m_pageSize.width(), h = m_pageSize.height();
    const qreal side = kMarginSide * kPt;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // Body: the document's page `index`, clipped to the body area.
    p.save();
    p.translate(m_body.left(), m_body.top() - index * m_body.height());
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, index * m_body.height(), m_body.width(), m_body.height());
    ctx.palette.setColor(QPalette::Text, Qt::black);
    p.setClipRect(ctx.clip);
    m_doc->documentLayout()->draw(&p, ctx);
    p.restore();

    // Header: what the document is, and its classification marking.
    const QRectF headerBand(side, 30 * kPt, w - 2 * side, 14 * kPt);
    p.setPen(kFurniture);
    p.setFont(furnitureFont(7.5));
    const QFontMetricsF fm(p.font(), p.device());
    qreal markingWidth = 0;
    if (!m_source.marking.isEmpty()) {
        QFont mf = furnitureFont(7.5, true);
        mf.setLetterSpacing(QFont::AbsoluteSpacing, 0.8 * kPt);
        const QFontMetricsF mfm(mf, p.device());
        markingWidth = mfm.horizontalAdvance(m_source.marking) + 12 * kPt;
        const QRectF box(headerBand.right() - markingWidth, headerBand.top() - 1 * kPt, markingWidth, headerBand.height());
        p.save();
        p.setPen(QPen(kMarking, 0.8 * kPt));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        p.setFont(mf);
        p.drawText(box, Qt::AlignCenter, m_source.marking);
        p.restore();
    }
    p.drawText(headerBand.adjusted(0, 0, -markingWidth - 8 * kPt, 0), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_source.headerText, Qt::ElideRight, headerBand.width() - markingWidth - 8 * kPt));
    p.setPen(QPen(kRule, 0.5 * kPt));
    p.drawLine(QPointF(side, 50 * kPt), QPointF(w - side, 50 * kPt));

    // Footer: origin, marking again, page N of M.
    const qreal footTop = h - 44 * kPt;
    p.drawLine(QPointF(side, footTop), QPointF(w - side, footTop));
    const QRectF footerBand(side, footTop + 6 * kPt, w - 2 * side, 12 * kPt);
    p.setPen(kFurniture);
    QString pages = m_source.pageText;
    pages.replace(QLatin1String("{page}"), QString::number(index + 1));
    pages.replace(QLatin1String("{pages}"), QString::number(pageCount()));
    p.drawText(footerBand, Qt::AlignRight | Qt::AlignVCenter, pages);
    const qreal pagesWidth = fm.horizontalAdvance(pages) + 12 * kPt;
    if (!m_source.marking.isEmpty()) {
        p.save();
        p.setPen(kMarking);
        p.setFont(furnitureFont(7.5, true));
        p.drawText(footerBand, Qt::AlignHCenter | Qt::AlignVCenter, m_source.marking);
        p.restore();
    }
    const qreal leftWidth = footerBand.width() / 2 - fm.horizontalAdvance(m_source.marking) / 2 - 12 * kPt;
    p.drawText(QRectF(footerBand.left(), footerBand.top(), std::min(leftWidth, footerBand.width() - pagesWidth), footerBand.height()),
               Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(m_source.footerText, Qt::ElideRight, leftWidth));
    p.restore();
}

QImage PagedDocument::pageImage(int index, qreal dpi) const
{
    const QSize size = (m_pageSize * (dpi / kDpi)).toSize();
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    // Same resolution as the layout so fonts resolve to the same sizes;
    // the painter scales the page down.
    const int dpm = qRound(kDpi / 0.0254);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    QPainter p(&img);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.scale(dpi / kDpi, dpi / kDpi);
    paintPage(p, std::clamp(index, 0, pageCount() - 1));
    p.end();
    const int screenDpm = qRound(dpi / 0.0254);
    img.setDotsPerMeterX(screenDpm);
    img.setDotsPerMeterY(screenDpm);
    return img;
}

Result<QByteArray> PagedDocument::pdf(const PageProgress &progress) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(pageSizeOf(m_source.paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(m_source.title);
        writer.setCreator(QStringLiteral("Firebreak %1").arg(QStringLiteral(FIREBREAK_VERSION)));
        writer.setDocumentXmpMetadata(xmpMetadata(m_source));
        QPainter p;
        if (!p.begin(&writer))
            return Error::failed(QStringLiteral("cannot start the PDF of %1").arg(m_source.incidentId));
        const int pages = pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0 && !writer.newPage())
                return Error::failed(QStringLiteral("cannot add page %1 to the PDF of %2").arg(i + 1).arg(m_source.incidentId));
            paintPage(p, i);
            if (progress && !progress(i + 1, pages)) {
                p.end();
                return Error::failed(QStringLiteral("cancelled after page %1 of %2").arg(i + 1).arg(pages));
            }
        }
        if (!p.end())
            return Error::failed(QStringLiteral("cannot finish the PDF of %1").arg(m_source.incidentId));
    }
    return bytes;
}

} // namespace firebreak::documents
