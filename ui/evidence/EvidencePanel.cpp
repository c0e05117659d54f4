#include "EvidencePanel.h"

#include "ui/Units.h"

#include "model/evidence/AcquisitionService.h"
#include "ui/ReadOnlyGate.h"

#include "AddEvidenceDialog.h"
#include "CustodyDialog.h"
#include "EvidenceDetails.h"
#include "EvidenceListModel.h"
#include "app/services/BackgroundJob.h"
#include "forensics/evidence/EvidenceFiles.h"
#include "forensics/imaging/ByteSize.h"
#include "model/evidence/AcquisitionService.h"
#include "ui/DialogChrome.h"
#include "ui/PlaceholderTableView.h"
#include "ui/TimeText.h"
#include "ui/workspace/WorkspaceStyle.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace firebreak::ui {

EvidencePanel::EvidencePanel(CaseStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_service(store), m_model(new EvidenceListModel(this)),
      m_table(new PlaceholderTableView(this)), m_details(new EvidenceDetails(this)),
      m_detailsArea(new QScrollArea(this)), m_split(new QSplitter(Qt::Horizontal, this)),
      m_add(ws::button(tr("A&dd file…"), QStringLiteral("addEvidenceFileButton"), this,
                       tr("Hash a log file, memory dump, pcap or photo and add it to the register"))),
      m_verify(ws::button(tr("Verify &now"), QStringLiteral("verifyEvidenceButton"), this,
                          tr("Re-hash the selected item and compare with what was registered"))),
      m_transfer(ws::button(tr("Record &transfer…"), QStringLiteral("recordTransferButton"), this,
                            tr("Record that the selected item changed hands"))),
      m_custody(ws::button(tr("Record c&ustody…"), QStringLiteral("recordCustodyButton"), this,
                           tr("Record that the selected item was examined, stored, returned or released"))),
      m_handover(ws::button(tr("Hand &over evidence…"), QStringLiteral("handoverButton"), this,
                            tr("Package evidence with its custody record for law enforcement or a lab"))),
      m_jobStrip(new QWidget(this)), m_progress(new QProgressBar(this)), m_rate(new QLabel(this)),
      m_cancel(ws::button(tr("Cancel"), QStringLiteral("cancelVerifyButton"), this)), m_status(new QLabel(this)),
      m_interrupted(new QLabel(this)), m_error(chrome::errorLabel(this)), m_job(new services::BackgroundJob(this))
{
    readonly::writes({m_add, m_verify, m_transfer, m_custody, m_handover});
    setObjectName(QStringLiteral("evidencePanel"));
    m_error->setObjectName(QStringLiteral("evidenceErrorLabel"));

    m_table->setObjectName(QStringLiteral("evidenceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setPlaceholderText(tr("No evidence yet — Acquire Image… (Ctrl+Shift+I) images a disk; "
                                   "Add file… hashes and registers a log, memory dump, pcap or photo."));
    QHeaderView *header = m_table->horizontalHeader();
    ws::setColumnWidths(header, {56, 50, 200, 80, 150, 110, 120});
    // Sizes and times are read in full (a cut-off zone or unit misleads);
    // the description takes what is left and says the rest in its tooltip.
    header->setSectionResizeMode(EvidenceListModel::DescriptionColumn, QHeaderView::Stretch);
    for (int c : {EvidenceListModel::NumberColumn, EvidenceListModel::SizeColumn, EvidenceListModel::CollectedColumn,
                  EvidenceListModel::Sha256Column, EvidenceListModel::VerificationColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *copy = new QAction(tr("Copy SHA-256"), m_table);
    copy->setObjectName(QStringLiteral("copySha256Action"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    m_linkSystem = new QAction(tr("Taken from system…"), m_table);
    m_linkSystem->setObjectName(QStringLiteral("linkSystemAction"));
    m_linkSystem->setToolTip(tr("Name the incident's system this item was taken from"));
    m_table->addAction(m_linkSystem);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &EvidencePanel::copySha256);
    connect(m_linkSystem, &QAction::triggered, this, &EvidencePanel::linkSystem);

    m_detailsArea->setObjectName(QStringLiteral("evidenceDetailsArea"));
    m_detailsArea->setWidget(m_details);
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setFrameShape(QFrame::StyledPanel);
    m_split->setObjectName(QStringLiteral("evidenceSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_table);
    m_split->addWidget(m_detailsArea);
    // The details need room for a SHA-256 on one line (it is copied whole).
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({640, 620});

    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setRange(0, 1000);
    m_rate->setObjectName(QStringLiteral("verifyRateLabel"));
    auto *strip = new QHBoxLayout(m_jobStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->addWidget(m_progress, 1);
    strip->addWidget(m_rate, 2);
    strip->addWidget(m_cancel);
    m_jobStrip->setObjectName(QStringLiteral("verifyStrip"));
    m_jobStrip->hide();
    m_status->setObjectName(QStringLiteral("evidenceStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    // An acquisition killed mid-run (crash, power cut) is not in the register;
    // the commander must still see that it happened and left a partial image.
    m_interrupted->setObjectName(QStringLiteral("interruptedAcquisitionsNotice"));
    m_interrupted->setWordWrap(true);
    m_interrupted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_interrupted->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_verify, m_transfer, m_custody})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_handover);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(buttons);
    layout->addWidget(m_jobStrip);
    layout->addWidget(m_status);
    layout->addWidget(m_interrupted);
    layout->addWidget(m_error);
    layout->addWidget(m_split, 1);

    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::addFile);
    connect(m_verify, &QPushButton::clicked, this, &EvidencePanel::verifySelected);
    connect(m_cancel, &QPushButton::clicked, this, &EvidencePanel::cancelVerify);
    connect(m_transfer, &QPushButton::clicked, this, &EvidencePanel::recordTransfer);
    connect(m_custody, &QPushButton::clicked, this, &EvidencePanel::recordCustody);
    connect(m_handover, &QPushButton::clicked, this, [this] {
        if (!m_incidentId.isEmpty())
            emit handoverRequested(m_incidentId);
    });
    // The selection, not the current index: a click moves the current index before it selects.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_job, &services::BackgroundJob::progress, this,
            [this](qint64 done, qint64 total, double rate, double left) {
                m_progress->setValue(total > 0 ? int(1000.0 * double(done) / double(total)) : 0);
                m_rate->setText(tr("Verifying %1: %2 of %3 · %4/s · %5 left")
                                    .arg(m_verifying, units::bytes(done), units::bytes(total),
                                         units::bytes(qint64(rate)), units::eta(left)));
            });
    updateButtons();
}

EvidencePanel::~EvidencePanel() = default; // the job cancels and waits; a cancelled check records nothing

void EvidencePanel::setIncident(const QString &incidentId)
{
    if (incidentId != m_incidentId) {
        m_incidentId = incidentId;
        showStatus({}, false);
        chrome::showError(m_error, {});
        m_table->clearSelection();
        m_model->setItems({});
    }
    reload();
}

int EvidencePanel::itemCount() const
{
    return m_model->rowCount();
}
int EvidencePanel::problemCount() const
{
    return m_model->problemCount();
}
bool EvidencePanel::isVerifying() const
{
    return m_job->isRunning();
}
QString EvidencePanel::statusText() const
{
    return m_status->text();
}

QString EvidencePanel::selectedNumber() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(EvidenceListModel::NumberRole).toString();
}

void EvidencePanel::selectEvidence(const QString &evidenceNumber)
{
    const int row = m_model->rowOf(evidenceNumber);
    if (row < 0)
        return;
    selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void EvidencePanel::selectRow(int row)
{
    // Through the selection model: QTableView::selectRow() picks the column
    // from the header's geometry, which a panel not yet shown lacks.
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void EvidencePanel::reload()
{
    const QString keep = selectedNumber();
    if (m_incidentId.isEmpty()) {
        m_model->setItems({});
    } else if (auto items = m_store.evidence(m_incidentId)) {
        m_model->setItems(*items);
    } else {
        chrome::showError(
            m_error, tr("Could not read the evidence register of %1: %2").arg(m_incidentId, items.error().message));
    }
    // Keep the item the commander was looking at; else start at the first.
    const int row = m_model->rowOf(keep);
    if (row >= 0 || m_model->rowCount() > 0) {
        const QSignalBlocker block(m_table->selectionModel());
        selectRow(row >= 0 ? row : 0);
    }
    showSelected();
    showInterrupted();
    updateButtons();
    emit reloaded();
}

void EvidencePanel::showInterrupted()
{
    QStringList lines;
    if (!m_incidentId.isEmpty()) {
        auto interrupted = AcquisitionService(m_store).interrupted(m_incidentId);
        if (!interrupted)
            lines << tr("Could not read the acquisitions of %1: %2").arg(m_incidentId, interrupted.error().message);
        else
            for (const AcquisitionRecord &a : *interrupted)
                lines << interruptedNotice(a) + QLatin1Char(' ') +
                             tr("Image the source again to a new destination; keep the partial files and their log "
                                "as a record.");
    }
    m_interrupted->setText(lines.join(QLatin1Char('\n')));
    m_interrupted->setVisible(!lines.isEmpty());
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, problemTextColor(pal));
    m_interrupted->setPalette(pal);
    QFont f = font();
    f.setBold(true);
    m_interrupted->setFont(f);
}

QString EvidencePanel::interruptedText() const
{
    return m_interrupted->isHidden() ? QString() : m_interrupted->text();
}

void EvidencePanel::showSelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty()) {
        m_shownNumber.clear();
        m_details->showMessage(m_model->rowCount() == 0 ? tr("Hashes, chain of custody and verification history of the "
                                                             "selected item appear here.")
                                                        : tr("Select an item to see its hashes, chain of custody and "
                                                             "verification history."));
        return;
    }
    const EvidenceItem &item = m_model->items().at(m_model->rowOf(number));
    auto custody = m_service.custody(m_incidentId, number);
    auto checks = m_service.verifications(m_incidentId, number);
    if (!custody || !checks) {
        chrome::showError(m_error, tr("Could not read the history of %1: %2")
                                       .arg(number, (!custody ? custody.error() : checks.error()).message));
    }
    // A refresh (another process wrote the store) must not jump the reader back to the top.
    QScrollBar *bar = m_detailsArea->verticalScrollBar();
    const int keep = number == m_shownNumber ? bar->value() : 0;
    m_details->showItem(item, custody ? *custody : QList<CustodyEvent>{},
                        checks ? *checks : QList<VerificationEvent>{});
    m_shownNumber = number;
    bar->setValue(keep); // same item: the range is (nearly) the same, the value sticks
}

void EvidencePanel::updateButtons()
{
    const bool incident = !m_incidentId.isEmpty();
    const bool selected = !selectedNumber().isEmpty();
    m_add->setEnabled(incident);
    m_verify->setEnabled(selected && !isVerifying());
    m_transfer->setEnabled(selected);
    m_custody->setEnabled(selected);
    m_linkSystem->setEnabled(selected && !readonly::isActive());
    m_handover->setEnabled(incident && m_model->rowCount() > 0);
}

void EvidencePanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, problemTextColor(pal));
    m_status->setPalette(pal);
    QFont f = font();
    f.setBold(problem);
    m_status->setFont(f);
}

void EvidencePanel::copySha256()
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    const QString sha = m_model->items().at(m_model->rowOf(number)).sha256;
    QGuiApplication::clipboard()->setText(sha);
    showStatus(tr("SHA-256 of %1 copied: %2").arg(number, sha), false);
}

void EvidencePanel::addFile()
{
    if (m_incidentId.isEmpty())
        return;
    // Modeless: hashing a memory dump takes minutes, the commander keeps working meanwhile.
    auto *dialog = new AddEvidenceDialog(m_store, m_incidentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddEvidenceDialog::evidenceAdded, this, [this](const QString &incident, const QString &number) {
        if (incident == m_incidentId) {
            reload();
            selectEvidence(number);
            showStatus(tr("%1 added to the register of %2.").arg(number, incident), false);
        }
        emit evidenceChanged(incident);
    });
    dialog->show();
}

void EvidencePanel::verifySelected()
{
    const QString number = selectedNumber();
    if (number.isEmpty() || isVerifying())
        return;
    const QString incident = m_incidentId;
    chrome::showError(m_error, {});
    showStatus({}, false);
    auto outcome = std::make_shared<Result<EvidenceCheck>>(Error::failed(tr("not run")));
    auto delivered = [this, outcome, incident, number] {
        m_verifying.clear();
        m_jobStrip->hide();
        if (!*outcome) {
            if (m_job->cancelRequested())
                showStatus(tr("Verification of %1 cancelled — nothing was recorded.").arg(number), false);
            else
                chrome::showError(m_error, tr("%1 could not be verified: %2").arg(number, outcome->error().message));
            updateButtons();
            return;
        }
        const EvidenceCheck &check = **outcome;
        if (incident == m_incidentId)
            reload();
        if (check.event.result == Verification::Verified) {
            showStatus(tr("✓ %1 verified %2: MD5, SHA-1 and SHA-256 match what was registered.")
                           .arg(number, timetext::local(check.event.at)),
                       false);
        } else {
            QStringList lines;
            for (const EvidenceFinding &f : check.findings)
                lines << QStringLiteral("• ") + f.text();
            if (lines.isEmpty() && !check.event.details.isEmpty())
                lines << check.event.details;
            showStatus(tr("⚠ %1 of %2: %3 does NOT match what was registered. See its verification "
                          "history.")
                           .arg(ui::verificationText(check.event.result), incident, number),
                       true);
            auto *box = new QMessageBox(QMessageBox::Critical, tr("%1 does not match — %2").arg(number, incident),
                                        tr("<b>%1: evidence %2 no longer matches what was "
                                           "registered.</b><br>The result is recorded in its "
                                           "verification history and in the audit trail.")
                                            .arg(ui::verificationText(check.event.result), number),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("verifyMismatchBox"));
            box->setInformativeText(lines.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit evidenceChanged(incident);
        emit verificationFinished(number, check.event.result);
        updateButtons();
    };
    const bool started = m_job->start(
        m_store,
        [outcome, incident, number, delivered](CaseStore &store, const services::BackgroundJob::Progress &progress,
                                               const CancelToken &cancel) -> std::function<void()> {
            *outcome = verifyEvidence(store, incident, number, progress, cancel);
            return delivered;
        },
        [this, number](const Error &e) {
            m_verifying.clear();
            m_jobStrip->hide();
            chrome::showError(m_error, tr("%1 could not be verified: %2").arg(number, e.message));
            updateButtons();
        });
    if (!started)
        return;
    m_verifying = number;
    m_progress->setValue(0);
    m_rate->setText(tr("Verifying %1: re-reading and hashing…").arg(number));
    m_jobStrip->show();
    updateButtons();
}

void EvidencePanel::cancelVerify()
{
    if (!isVerifying())
        return;
    m_rate->setText(tr("Cancelling… nothing will be recorded."));
    m_job->cancel();
}

void EvidencePanel::openCustodyDialog(const QString &action)
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    auto *dialog = new CustodyDialog(m_store, m_incidentId, number, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustodyDialog::recorded, this, [this](const QString &incident, const QString &evidenceNumber) {
        if (incident == m_incidentId) {
            reload();
            selectEvidence(evidenceNumber);
        }
        emit evidenceChanged(incident);
    });
    dialog->open();
}

// Which listed system an item comes from: what makes a disk image count as
// a forensic copy of an affected system in the customer report.
void EvidencePanel::linkSystem()
{
    const QString number = selectedNumber();
    auto item = m_service.item(m_incidentId, number);
    auto systems = m_store.systems(m_incidentId);
    if (number.isEmpty() || !item || !systems)
        return;
    const QString none = tr("None of the listed systems");
    QStringList names{none};
    for (const AffectedSystem &sys : *systems)
        names << sys.hostname;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("linkSystemDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 — taken from system").arg(number));
    dialog->setLabelText(systems->isEmpty()
                             ? tr("%1 lists no system yet: add them on the Systems tab first.").arg(m_incidentId)
                             : tr("Which of %1's systems was %2 taken from?").arg(m_incidentId, number));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(item->system.isEmpty() ? none : item->system);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, number, none](const QString &choice) {
        auto linked = m_service.linkSystem(m_incidentId, number, choice == none ? QString() : choice);
        if (!linked) {
            showStatus(tr("Nothing was changed: %1").arg(linked.error().message), true);
            return;
        }
        reload();
        selectEvidence(number);
        emit evidenceChanged(m_incidentId);
    });
    dialog->open();
}

void EvidencePanel::recordTransfer()
{
    openCustodyDialog(QStringLiteral("transferred"));
}
void EvidencePanel::recordCustody()
{
    openCustodyDialog(QStringLiteral("examined"));
}

} // namespace firebreak::ui
