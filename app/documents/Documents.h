#pragma once

// Printed documents of an incident (PDF): Reason-for-Outage, internal
// post-incident report, notice draft, chain-of-custody form.
//
//   facts   = gatherFacts(store, response, clocks, id)      thread owning the store
//   source  = compose(facts, options)                        any thread; HTML from templates
//   paged   = PagedDocument::layout(source)                  any thread (no widgets)
//   written = writePdf(*paged, path)                         same thread as layout
//   recordExport(store, source, written)                     thread owning the store
//
// Qt Gui only: the CLI links this library, the GUI wraps it in ReportsPanel.

#include "ReportFacts.h"

#include <QByteArray>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPainter;
class QTextDocument;

namespace firebreak::documents {

namespace tables {
struct Edit;
}

enum class DocumentKind { Rfo, Internal, Notice, Custody };
QString documentKindKey(DocumentKind k); // rfo, internal, notice, custody
std::optional<DocumentKind> documentKindFromKey(const QString &key);
QString documentKindLabel(DocumentKind k); // "Reason for Outage", ...
QList<DocumentKind> allDocumentKinds();

enum class PaperSize { A4, Letter };
QString paperSizeKey(PaperSize p); // a4, letter
std::optional<PaperSize> paperSizeFromKey(const QString &key);

struct DocumentOptions {
    DocumentKind kind = DocumentKind::Internal;
    PaperSize paper = PaperSize::A4;
    QString marking = QStringLiteral("CONFIDENTIAL"); // classification, on every page
    QString clockId;                                  // Notice: which clock's draft (empty: the most urgent)
    QString evidenceNumber;                           // Custody: which item (empty: every item, one form each)
    // Custody: the handover this form is printed for, recorded in the case
    // file only once the package is complete; printed as its own row.
    std::optional<CustodyEvent> handover;
    QTimeZone zone = QTimeZone::systemTimeZone(); // the reader's zone; UTC is shown next to it
    QString author;                               // who issues it: XMP dc:creator and the document header
    QString organisation;                         // whose document it is: top of every page
    QImage logo;                                  // the organisation's logo beside its name (null: none)
    QDateTime generatedAt;                        // UTC; invalid = the facts' read time
    QString templateDir;                          // overrides for resources/templates (default: the user's folder)
};

// What the customer RFO left out or replaced (its preview lists these before
// export): a description, and the customer-visible field that would carry it
// once someone approves a text for it (empty when nothing can).
struct WithheldItem {
    QString what;
    QString field;
};
class Withheld {
public:
    void add(const QString &what, const QString &field);
    const QList<WithheldItem> &items() const { return m_items; }

private:
    QList<WithheldItem> m_items;
};

// Laid-out input: HTML (every value escaped) and the page furniture.
// Plain values, safe to copy to a worker thread.
struct DocumentSource {
    DocumentKind kind = DocumentKind::Internal;
    QString incidentId;
    QString title; // PDF title
    QString html;
    QString css;
    PaperSize paper = PaperSize::A4;
    QString marking;
    QString organisation; // first in the page header, after the logo
    QImage logo;
    QString headerText; // left of the page header
    QString footerText; // left of the page footer
    QString pageText;   // "Page {page} of {pages}"
    QString author;
    QDateTime generatedAt; // UTC
    QString subject;       // one line, for the export record
    // RFO: what was left out, and the approved customer texts it carries
    // (recorded with the export, so the audit trail says who approved what).
    QList<WithheldItem> withheld;
    QList<CustomerText> approvals;
};

// Builds the document's HTML from its template. Fails with NotFound for
// an unknown clock or evidence item, naming it and the incident.
Result<DocumentSource> compose(const IncidentFacts &facts, const DocumentOptions &options);

// The customer RFO's allow-list: a field's label ("Summary") and the
// internal text it would be written from, shown beside the customer text
// as its source (GUI) or printed by `report customer-text --show` (CLI).
QString customerFieldLabel(const QString &field);
QString customerTextSource(const IncidentFacts &facts, const QString &field);

// Called after each page is painted; returning false cancels.
using PageProgress = std::function<bool(int done, int total)>;

struct TocEntry {
    QString heading;
    int page = 0; // 1-based
};

// A document laid out on pages of the chosen paper: A4 or Letter, page
// header with the incident id and marking, footer "Page N of M", table
// header rows repeated across page breaks, a filled-in table of contents.
// Lay out, paint and write on one thread (fonts are cached per thread).
class PagedDocument {
public:
    static Result<std::unique_ptr<PagedDocument>> layout(const DocumentSource &source);
    ~PagedDocument();
    PagedDocument(const PagedDocument &) = delete;
    PagedDocument &operator=(const PagedDocument &) = delete;

    const DocumentSource &source() const { return m_source; }
    int pageCount() const;
    QSizeF pageSizePoints() const;
    QList<TocEntry> contents() const { return m_contents; }

    // Paints page `index` (0-based) at `dpi` into a white image.
    QImage pageImage(int index, qreal dpi) const;
    // The whole document as PDF bytes: fonts embedded (subsets), title,
    // creator, creation date; the author goes into the XMP metadata
    // (dc:creator) because Qt 6.4's QPdfWriter has no /Author entry.
    Result<QByteArray> pdf(const PageProgress &progress = {}) const;

private:
    // A stretch of the document that starts on a new page; templates mark
    // part boundaries with <!--firebreak:newpage-->. Parts are laid out on
    // their own, so a long timeline is parsed and laid out once.
    struct Part {
        std::unique_ptr<QTextDocument> doc;
        int firstPage = 0; // 0-based, in the whole document
        int pages = 0;
    };
    struct Heading {
        int level = 2;
        QString text;
        qreal top = 0, bottom = 0; // layout units: first line's top to last line's bottom
        int page = 1;              // 1-based, within its part
        int position = 0;          // of its block in the document
    };
    // A table-of-contents page number, painted over its placeholder.
    struct TocNumber {
        int page = 0; // 0-based page it is painted on
        QPointF at;   // right end of the placeholder's baseline, body coordinates of that page
        QFont font;
        QString text;
    };
    PagedDocument() = default;
    Status layoutPart(Part &part, const QString &html);
    std::unique_ptr<QTextDocument> build(const QString &html) const;
    QList<Heading> headings(const QTextDocument &doc) const;
    bool strandedAtPageFoot(const Heading &h) const;
    int firstBlockAcrossPageEnd(const QTextDocument &doc) const; // its position, or -1
    void pushToNextPage(QTextDocument &doc, int position, QList<tables::Edit> &edits, bool marginFirst) const;
    void placeContents();
    void paintPage(QPainter &p, int index) const;

    DocumentSource m_source;
    QString m_css;                     // the template's, lengths converted for Qt
    std::unique_ptr<QImage> m_metrics; // the layout's paint device
    std::vector<Part> m_parts;
    QSizeF m_pageSize; // device units
    QRectF m_body;     // device units, within the page
    QList<TocEntry> m_contents;
    QList<TocNumber> m_tocNumbers;
};

struct WrittenPdf {
    QString path;
    QString sha256; // lowercase hex of the file as written
    qint64 bytes = 0;
    int pages = 0;
};

// Writes atomically (QSaveFile): a failure leaves no file behind and the
// error names the path.
Result<WrittenPdf> writePdf(const PagedDocument &doc, const QString &path, const PageProgress &progress = {});

// Records the export in the audit trail (action "report.export") with
// the file's SHA-256, so the chain shows what left the workbench.
Status recordExport(CaseStore &store, const DocumentSource &source, const WrittenPdf &written);

} // namespace firebreak::documents
