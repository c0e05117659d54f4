// Paints laid-out pages: the body from the document, the header and footer
// around it, into a PDF or a preview image.

#include "PagedInternals.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace firebreak::documents {

namespace {

const QColor kFurniture(0x5a, 0x63, 0x70);
const QColor kMarking(0x8c, 0x1c, 0x1c);
const QColor kRule(0xc4, 0xca, 0xd3);

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&apos;"));
}

// Qt 6.4's QPdfWriter writes /Title and /Creator but has no /Author; the
// author goes into the XMP packet as dc:creator, which replaces the packet
// Qt would write, so title and dates are repeated here.
QByteArray xmpMetadata(const DocumentSource &s)
{
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
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
                 xmlEscaped(s.marking), s.generatedAt.toUTC().toString(Qt::ISODate), QStringLiteral(FIREBREAK_VERSION),
                 QLatin1String(qVersion()));
    return xmp.toUtf8();
}

} // namespace

void PagedDocument::paintPage(QPainter &p, int index) const
{
    const qreal w = m_pageSize.width(), h = m_pageSize.height();
    const qreal side = kMarginSide * kPt;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // Body: page `index` of the part that holds it, clipped to the body.
    auto part = std::find_if(m_parts.cbegin(), m_parts.cend(),
                             [&](const Part &x) { return index >= x.firstPage && index < x.firstPage + x.pages; });
    if (part != m_parts.cend()) {
        const int local = index - part->firstPage;
        p.save();
        p.translate(m_body.left(), m_body.top() - local * m_body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        // A hair short of the next page: a line that starts exactly on the
        // next page's first unit is that page's, and Qt draws lines that
        // touch the clip (as invisible, but extractable, text).
        ctx.clip = QRectF(0, local * m_body.height(), m_body.width(), m_body.height() - kPt / 8);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        p.setClipRect(ctx.clip);
        part->doc->documentLayout()->draw(&p, ctx);
        p.restore();
    }
    for (const TocNumber &n : m_tocNumbers) {
        if (n.page != index)
            continue;
        p.save();
        p.setFont(n.font);
        p.setPen(QColor(0x1d, 0x24, 0x30));
        const QFontMetricsF fm(n.font, p.device());
        p.drawText(QPointF(m_body.left() + n.at.x() - fm.horizontalAdvance(n.text), m_body.top() + n.at.y()), n.text);
        p.restore();
    }

    // Header: what the document is, and its classification marking.
    const QRectF headerBand(side, 30 * kPt, w - 2 * side, 14 * kPt);
    const QFont small = documentFont(7.5);
    const QFont smallBold = documentFont(7.5, true);
    const QFontMetricsF fm(small, p.device());
    p.setFont(small);
    p.setPen(kFurniture);
    qreal markingWidth = 0;
    if (!m_source.marking.isEmpty()) {
        markingWidth = QFontMetricsF(smallBold, p.device()).horizontalAdvance(m_source.marking) + 12 * kPt;
        const QRectF box(headerBand.right() - markingWidth, headerBand.top() - 1 * kPt, markingWidth,
                         headerBand.height());
        p.save();
        p.setPen(QPen(kMarking, 0.8 * kPt));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        p.setFont(smallBold);
        p.drawText(box, Qt::AlignCenter, m_source.marking);
        p.restore();
    }
    // Whose document: the logo (scaled to the band's height) and the organisation's name, then what it is.
    qreal x = headerBand.left();
    if (!m_source.logo.isNull()) {
        const qreal lh = headerBand.height() + 2 * kPt;
        const qreal lw = std::min(lh * m_source.logo.width() / std::max(1, m_source.logo.height()), 90 * kPt);
        p.drawImage(QRectF(x, headerBand.top() - 2 * kPt, lw, lh), m_source.logo);
        x += lw + 6 * kPt;
    }
    const qreal headerRight = headerBand.right() - markingWidth - 8 * kPt;
    if (!m_source.organisation.isEmpty()) {
        p.save();
        p.setFont(smallBold);
        const QFontMetricsF bold(smallBold, p.device());
        const QString org = bold.elidedText(m_source.organisation, Qt::ElideRight, (headerRight - x) / 2);
        p.drawText(QRectF(x, headerBand.top(), headerRight - x, headerBand.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   org);
        x += bold.horizontalAdvance(org) + 4 * kPt;
        p.restore();
        p.drawText(QRectF(x, headerBand.top(), 8 * kPt, headerBand.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("·"));
        x += 8 * kPt;
    }
    const qreal headerWidth = std::max<qreal>(0, headerRight - x);
    p.drawText(QRectF(QPointF(x, headerBand.top()), QSizeF(headerWidth, headerBand.height())),
               Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(m_source.headerText, Qt::ElideRight, headerWidth));
    p.setPen(QPen(kRule, 0.5 * kPt));
    p.drawLine(QPointF(side, 50 * kPt), QPointF(w - side, 50 * kPt));

    // Footer: where it comes from, the marking again, page N of M.
    const qreal footTop = h - 44 * kPt;
    p.drawLine(QPointF(side, footTop), QPointF(w - side, footTop));
    const QRectF footerBand(side, footTop + 6 * kPt, w - 2 * side, 12 * kPt);
    QString pages = m_source.pageText;
    pages.replace(QLatin1String("{page}"), QString::number(index + 1));
    pages.replace(QLatin1String("{pages}"), QString::number(pageCount()));
    p.setPen(kFurniture);
    p.drawText(footerBand, Qt::AlignRight | Qt::AlignVCenter, pages);
    qreal leftWidth = footerBand.width() - fm.horizontalAdvance(pages) - 12 * kPt;
    if (!m_source.marking.isEmpty()) {
        p.save();
        p.setPen(kMarking);
        p.setFont(smallBold);
        p.drawText(footerBand, Qt::AlignHCenter | Qt::AlignVCenter, m_source.marking);
        p.restore();
        leftWidth = footerBand.width() / 2 -
                    QFontMetricsF(smallBold, p.device()).horizontalAdvance(m_source.marking) / 2 - 12 * kPt;
    }
    // The issue time names both zones; across midnight it carries two dates and no longer fits one line. It wraps
    // onto a second line rather than being cut, because "when was this generated" is what a reader checks.
    if (fm.horizontalAdvance(m_source.footerText) <= leftWidth) {
        p.drawText(QRectF(footerBand.topLeft(), QSizeF(leftWidth, footerBand.height())),
                   Qt::AlignLeft | Qt::AlignVCenter, m_source.footerText);
    } else {
        // Break before the bracketed UTC time when that fits, so that neither time is split.
        QString text = m_source.footerText;
        const qsizetype bracket = text.indexOf(QLatin1String(" ("));
        if (bracket > 0 && fm.horizontalAdvance(text.left(bracket)) <= leftWidth &&
            fm.horizontalAdvance(text.mid(bracket + 1)) <= leftWidth)
            text[bracket] = QLatin1Char('\n');
        const QRectF twoLines(footerBand.left(), footerBand.center().y() - fm.lineSpacing(), leftWidth,
                              2 * fm.lineSpacing());
        p.drawText(twoLines, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
    }
    p.restore();
}

QImage PagedDocument::pageImage(int index, qreal dpi) const
{
    const QSize size = (m_pageSize * (dpi / kDpi)).toSize();
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    // The layout's resolution, so fonts resolve to the sizes the layout
    // measured; the painter scales the page down.
    const int dpm = qRound(kDpi / 0.0254);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    QPainter p(&img);
    p.scale(dpi / kDpi, dpi / kDpi);
    paintPage(p, std::clamp(index, 0, std::max(0, pageCount() - 1)));
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
                return Error::failed(
                    QStringLiteral("cannot add page %1 to the PDF of %2").arg(i + 1).arg(m_source.incidentId));
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
