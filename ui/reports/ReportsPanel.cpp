#include "ReportsPanel.h"

#include "model/ShippedTexts.h"

#include "CustomerTextDialog.h"
#include "model/CaseStore.h"
#include "model/clocks/ClockService.h"
#include "model/response/ResponseService.h"
#include "ui/Palette.h"
#include "ui/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace firebreak::ui {

using namespace documents;

ReportsPanel::ReportsPanel(CaseStore &store, const ResponseService &response, const ClockService &clocks,
                           const QString &incidentId, QWidget *parent)
    : QWidget(parent), m_store(store), m_response(response), m_clocks(clocks),
      m_control(std::make_shared<ReportWorker::Control>())
{
    setObjectName(QStringLiteral("reportsPanel"));
    buildUi();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("reportsWorker"));
    m_worker = new ReportWorker(m_control, this);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    setIncident(incidentId);
}

ReportsPanel::~ReportsPanel()
{
    // A layout in progress finishes (Qt cannot interrupt it); an export
    // stops after its current page. Replies still queued die with `this`.
    m_control->generation = ~quint64(0);
    m_control->cancelExport = true;
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void ReportsPanel::buildUi()
{
    auto *choose = new QFormLayout;
    choose->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("documentKindCombo"));
    for (DocumentKind k : allDocumentKinds())
        m_kind->addItem(documentKindLabel(k), documentKindKey(k));
    m_kind->setCurrentIndex(m_kind->findData(documentKindKey(DocumentKind::Internal)));
    choose->addRow(tr("&Document"), m_kind);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("pageSizeCombo"));
    m_paper->addItem(tr("A4"), paperSizeKey(PaperSize::A4));
    m_paper->addItem(tr("Letter"), paperSizeKey(PaperSize::Letter));
    choose->addRow(tr("&Paper"), m_paper);

    m_marking = new QLineEdit(tr("CONFIDENTIAL"), this);
    m_marking->setObjectName(QStringLiteral("markingEdit"));
    m_marking->setToolTip(tr("Classification marking printed at the top and bottom of every page"));
    choose->addRow(tr("&Marking"), m_marking);

    // The customer RFO is built from approved customer texts (issue #20).
    m_customerTexts = new QPushButton(tr("Customer &texts…"), this);
    m_customerTexts->setObjectName(QStringLiteral("customerTextsButton"));
    m_customerTexts->setToolTip(tr("Write or approve what the customer reads, beside the internal text"));
    choose->addRow(QString(), m_customerTexts);

    m_clock = new QComboBox(this);
    m_clock->setObjectName(QStringLiteral("clockCombo"));
    m_clockLabel = new QLabel(tr("&Clock"), this);
    m_clockLabel->setBuddy(m_clock);
    choose->addRow(m_clockLabel, m_clock);

    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("evidenceCombo"));
    m_itemLabel = new QLabel(tr("&Evidence"), this);
    m_itemLabel->setBuddy(m_item);
    choose->addRow(m_itemLabel, m_item);

    m_export = new QPushButton(tr("E&xport PDF…"), this);
    m_export->setObjectName(QStringLiteral("exportPdfButton"));
    m_export->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    m_export->setToolTip(tr("Write the document as PDF and show its SHA-256 (Ctrl+Shift+E)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancel->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setVisible(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(m_cancel);
    actions->addStretch();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_status->setWordWrap(true);
    m_sha = new QLabel(this);
    m_sha->setObjectName(QStringLiteral("sha256Label"));
    m_sha->setWordWrap(true);
    m_sha->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sha->setVisible(false);

    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(choose);
    left->addLayout(actions);
    left->addWidget(m_progress);
    m_withheld = new QLabel(this);
    m_withheld->setObjectName(QStringLiteral("withheldLabel"));
    m_withheld->setWordWrap(true);
    m_withheld->setTextFormat(Qt::RichText);
    m_withheld->setVisible(false);
    left->addWidget(m_withheld);
    left->addStretch();
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setFixedWidth(340);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewPage"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_preview->setMargin(12);
    m_preview->setBackgroundRole(QPalette::Mid);
    m_preview->setAutoFillBackground(true);
    m_previewArea = new QScrollArea(this);
    m_previewArea->setObjectName(QStringLiteral("previewArea"));
    m_previewArea->setWidget(m_preview);
    m_previewArea->setWidgetResizable(true);
    m_previewArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_previewArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_previewArea->viewport()->installEventFilter(this);
    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_next = new QPushButton(tr("Next ▶"), this);
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    // Nothing to page through until a layout is there.
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addStretch();
    nav->addWidget(m_pageLabel);
    nav->addStretch();
    nav->addWidget(m_next);
    auto *right = new QVBoxLayout;
    right->addWidget(m_previewArea, 1);
    right->addLayout(nav);

    auto *columns = new QHBoxLayout;
    columns->addWidget(leftBox);
    columns->addLayout(right, 1);
    // What happened, full width: the outcome and the file's SHA-256 must
    // be readable and copyable in one piece.
    auto *top = new QVBoxLayout(this);
    top->addLayout(columns, 1);
    top->addWidget(m_status);
    top->addWidget(m_sha);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ReportsPanel::prepare);
    m_resizeDebounce = new QTimer(this);
    m_resizeDebounce->setSingleShot(true);
    m_resizeDebounce->setInterval(120);
    connect(m_resizeDebounce, &QTimer::timeout, this, &ReportsPanel::requestPage);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPanel::optionsChanged);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ReportsPanel::optionsChanged);
    connect(m_clock, &QComboBox::currentIndexChanged, this, &ReportsPanel::optionsChanged);
    connect(m_item, &QComboBox::currentIndexChanged, this, &ReportsPanel::optionsChanged);
    connect(m_marking, &QLineEdit::editingFinished, this, &ReportsPanel::optionsChanged);
    connect(m_export, &QPushButton::clicked, this, &ReportsPanel::exportPdf);
    connect(m_customerTexts, &QPushButton::clicked, this, &ReportsPanel::editCustomerTexts);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_control->cancelExport = true; });
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    auto *pageUp = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    pageUp->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pageUp, &QShortcut::activated, this, [this] { showPage(m_page - 1); });
    auto *pageDown = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    pageDown->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pageDown, &QShortcut::activated, this, [this] { showPage(m_page + 1); });
}

void ReportsPanel::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    m_lastSha256.clear();
    m_sha->setVisible(false);
    reload();
}

void ReportsPanel::setExportPathProvider(std::function<QString(const QString &)> provider)
{
    m_pathProvider = std::move(provider);
}

void ReportsPanel::reload()
{
    m_facts.reset();
    if (m_incidentId.isEmpty()) {
        showStatus(tr("Open an incident to prepare its reports."), false);
        fillChoices();
        m_preview->clear();
        m_pages = 0;
        optionsChanged();
        return;
    }
    // On this thread: the store's connection belongs to it.
    auto facts = gatherFacts(m_store, m_response, m_clocks, m_incidentId);
    if (!facts) {
        showStatus(facts.error().message, true);
    } else {
        m_facts = std::move(facts).value();
    }
    fillChoices();
    optionsChanged();
}

void ReportsPanel::fillChoices()
{
    const QSignalBlocker blockClock(m_clock), blockItem(m_item);
    const QString clock = m_clock->currentData().toString(), item = m_item->currentData().toString();
    m_clock->clear();
    m_item->clear();
    m_item->addItem(tr("Every item (one form each)"), QString());
    if (m_facts) {
        for (const ClockStatus &c : m_facts->clocks)
            m_clock->addItem(shipped::text(c.rule.title), c.rule.id);
        for (const EvidenceItem &e : m_facts->evidence)
            m_item->addItem(QStringLiteral("%1 · %2").arg(e.evidenceNumber, e.description), e.evidenceNumber);
    }
    if (const int i = m_clock->findData(clock); i >= 0)
        m_clock->setCurrentIndex(i);
    if (const int i = m_item->findData(item); i >= 0)
        m_item->setCurrentIndex(i);
}

DocumentOptions ReportsPanel::options() const
{
    DocumentOptions o;
    o.kind = documentKindFromKey(m_kind->currentData().toString()).value_or(DocumentKind::Internal);
    o.paper = paperSizeFromKey(m_paper->currentData().toString()).value_or(PaperSize::A4);
    o.marking = m_marking->text().trimmed();
    o.clockId = o.kind == DocumentKind::Notice ? m_clock->currentData().toString() : QString();
    o.evidenceNumber = o.kind == DocumentKind::Custody ? m_item->currentData().toString() : QString();
    o.author = m_store.actor();
    o.generatedAt = m_store.clock().nowUtc();
    // Whose documents these are (the welcome's profile), with the logo when one is set.
    const ExaminerProfile profile = ExaminerProfile::current();
    o.organisation = profile.organisation;
    if (const QTimeZone zone(profile.timeZone.toUtf8()); !profile.timeZone.isEmpty() && zone.isValid())
        o.zone = zone;
    if (const QString logo = QSettings().value(QStringLiteral("profile/logo")).toString(); !logo.isEmpty())
        o.logo = QImage(logo);
    return o;
}

void ReportsPanel::optionsChanged()
{
    const DocumentKind kind = documentKindFromKey(m_kind->currentData().toString()).value_or(DocumentKind::Internal);
    m_clock->setVisible(kind == DocumentKind::Notice);
    m_clockLabel->setVisible(kind == DocumentKind::Notice);
    m_item->setVisible(kind == DocumentKind::Custody);
    m_itemLabel->setVisible(kind == DocumentKind::Custody);
    m_customerTexts->setVisible(kind == DocumentKind::Rfo);
    m_withheld->setVisible(false);
    // Anything laid out for the old choices is stale from now on.
    m_control->generation = ++m_generation;
    m_export->setEnabled(false);
    if (!m_facts) {
        m_preparing = false;
        updateBusy();
        return;
    }
    m_preparing = true;
    updateBusy();
    m_debounce->start();
}

void ReportsPanel::prepare()
{
    if (!m_facts)
        return;
    const quint64 generation = ++m_generation;
    m_control->generation = generation;
    m_preparing = true;
    updateBusy();
    showStatus(tr("Laying out the %1…").arg(documentKindLabel(options().kind).toLower()), false);
    QPointer<ReportsPanel> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, facts = *m_facts, o = options(), self] {
            worker->prepare(generation, facts, o, [self](const ReportWorker::Prepared &r) {
                if (self)
                    self->onPrepared(r);
            });
        },
        Qt::QueuedConnection);
}

void ReportsPanel::onPrepared(const ReportWorker::Prepared &result)
{
    if (result.generation != m_generation)
        return; // the choices changed meanwhile; a newer layout is coming
    m_preparing = false;
    updateBusy();
    if (!result.error.isEmpty()) {
        m_pages = 0;
        m_preview->clear();
        m_pageLabel->clear();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        showStatus(result.error, true);
        m_export->setEnabled(false);
        return;
    }
    m_pages = result.pages;
    m_pagePoints = result.pagePoints;
    showStatus(tr("%1 · %n page(s)", nullptr, m_pages).arg(result.source.title), false);
    showWithheld(result.source);
    m_export->setEnabled(!m_exporting);
    showPage(std::clamp(m_page, 0, m_pages - 1));
    emit previewReady(m_pages);
}

void ReportsPanel::showPage(int index)
{
    if (m_pages <= 0)
        return;
    m_page = std::clamp(index, 0, m_pages - 1);
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pages));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page < m_pages - 1);
    requestPage();
}

qreal ReportsPanel::previewDpi() const
{
    if (m_pagePoints.isEmpty())
        return 72;
    const qreal width = m_previewArea->viewport()->width() - 2 * m_preview->margin() - 2;
    return std::clamp(width / (m_pagePoints.width() / 72.0), 30.0, 200.0) * devicePixelRatioF();
}

void ReportsPanel::requestPage()
{
    if (m_pages <= 0)
        return;
    const quint64 generation = m_generation;
    QPointer<ReportsPanel> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, page = m_page, dpi = previewDpi(), self] {
            worker->render(generation, page, dpi, [self](quint64 g, int p, const QImage &image) {
                if (self)
                    self->onRendered(g, p, image);
            });
        },
        Qt::QueuedConnection);
}

void ReportsPanel::onRendered(quint64 generation, int page, const QImage &image)
{
    if (generation != m_generation || page != m_page)
        return;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_preview->setPixmap(pixmap);
}

bool ReportsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The preview follows the width it is shown at.
    if (watched == m_previewArea->viewport() && event->type() == QEvent::Resize && m_pages > 0)
        m_resizeDebounce->start();
    return QWidget::eventFilter(watched, event);
}

QString ReportsPanel::suggestedFileName() const
{
    const DocumentOptions o = options();
    QString name = QStringLiteral("%1-%2").arg(m_incidentId, documentKindKey(o.kind));
    if (!o.clockId.isEmpty())
        name += QLatin1Char('-') + o.clockId;
    if (!o.evidenceNumber.isEmpty())
        name += QLatin1Char('-') + o.evidenceNumber;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(name + QStringLiteral(".pdf"));
}

void ReportsPanel::exportPdf()
{
    if (m_pages <= 0 || m_exporting)
        return;
    if (m_pathProvider) {
        const QString path = m_pathProvider(suggestedFileName());
        if (!path.isEmpty())
            startExport(path);
        return;
    }
    // Window-modal and asynchronous: no nested event loop (DESIGN.md).
    auto *dialog = new QFileDialog(this, tr("Export PDF"), suggestedFileName(), tr("PDF documents (*.pdf)"));
    dialog->setObjectName(QStringLiteral("exportPdfDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ReportsPanel::startExport);
    dialog->open();
}

void ReportsPanel::startExport(const QString &path)
{
    m_exporting = true;
    m_export->setEnabled(false);
    m_cancel->setVisible(true);
    m_sha->setVisible(false);
    updateBusy();
    m_progress->setRange(0, m_pages);
    m_progress->setValue(0);
    showStatus(tr("Writing %1…").arg(path), false);
    QPointer<ReportsPanel> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_generation, path, self] {
            worker->exportTo(
                generation, path,
                [self](int done, int total) {
                    if (self) {
                        self->m_progress->setRange(0, total);
                        self->m_progress->setValue(done);
                    }
                },
                [self](const ReportWorker::Exported &r) {
                    if (self)
                        self->onExported(r);
                });
        },
        Qt::QueuedConnection);
}

void ReportsPanel::onExported(const ReportWorker::Exported &result)
{
    m_exporting = false;
    m_cancel->setVisible(false);
    updateBusy();
    m_export->setEnabled(m_pages > 0);
    if (!result.error.isEmpty()) {
        showStatus(result.error, true);
        emit exportFailed(result.error);
        return;
    }
    const WrittenPdf &w = result.written;
    m_lastSha256 = w.sha256;
    m_sha->setText(tr("Wrote <b>%1</b> (%n page(s), %2 bytes)<br/>SHA-256 <tt>%3</tt>", nullptr, w.pages)
                       .arg(w.path.toHtmlEscaped())
                       .arg(w.bytes)
                       .arg(w.sha256));
    m_sha->setVisible(true);
    if (Status s = recordExport(m_store, result.source, w); !s) {
        const QString message = tr("%1 was written, but its export could not be recorded in the audit trail: %2")
                                    .arg(w.path, s.error().message);
        showStatus(message, true);
        emit exportFailed(message);
        return;
    }
    showStatus(tr("Exported; the export and its SHA-256 are recorded in the audit trail."), false);
    emit exported(w.path, w.sha256);
}

void ReportsPanel::updateBusy()
{
    m_progress->setVisible(m_preparing || m_exporting);
    if (!m_exporting)
        m_progress->setRange(0, 0); // indeterminate while laying out
}

void ReportsPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    // UX.md keeps red for overdue; problems use the accent.
    pal.setColor(QPalette::WindowText, problem ? palette::accent() : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

// The preview before export: what the customer's copy leaves out, and how
// many approved texts it carries.
void ReportsPanel::showWithheld(const DocumentSource &source)
{
    if (source.kind != DocumentKind::Rfo) {
        m_withheld->setVisible(false);
        return;
    }
    QString html = tr("<b>Left out of the customer's copy</b>");
    if (source.withheld.isEmpty()) {
        html += tr("<br/>Nothing.");
    } else {
        html += QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const WithheldItem &w : source.withheld)
            html += QStringLiteral("<li>%1</li>").arg(w.what.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += tr("%n approved customer text(s); write or approve more with Customer texts…", nullptr,
               int(source.approvals.size()));
    m_withheld->setText(html);
    m_withheld->setVisible(true);
}

void ReportsPanel::editCustomerTexts()
{
    if (!m_facts)
        return;
    // Window-modal, no nested event loop: the preview follows once it is accepted.
    auto *dialog = new CustomerTextDialog(m_store, *m_facts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ReportsPanel::reload);
    dialog->open();
}

} // namespace firebreak::ui
