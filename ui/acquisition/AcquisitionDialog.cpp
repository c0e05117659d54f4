#include "AcquisitionDialog.h"

#include "app/services/AcquisitionSession.h"
#include "app/services/BackgroundJob.h"
#include "ui/Units.h"

#include "forensics/imaging/ByteSize.h"
#include "forensics/imaging/DeviceProbe.h"
#include "forensics/imaging/Preflight.h"
#include "ui/workspace/Confirm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStorageInfo>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
QString hmsText(double seconds)
{
    return units::eta(seconds);
}

// "1.50 GiB (1,610,612,736 bytes)": the unit a person reads, and the exact
// count a record needs.
QString sizeText(qint64 bytes)
{
    return units::bytesExact(bytes);
}
} // namespace

AcquisitionDialog::AcquisitionDialog(CaseStore &store, const QString &incidentId, QWidget *parent)
    : QDialog(parent), m_store(store), m_incidentId(incidentId), m_job(new services::BackgroundJob(this))
{
    // A destination hitting a file-size limit must be an error naming the
    // file, not a SIGXFSZ that kills the commander's window.
    ignoreFileSizeSignal();
    setObjectName(QStringLiteral("acquisitionDialog"));
    setWindowTitle(tr("Acquire image — %1").arg(incidentId));
    buildForm();
    fillDevices();
}

// The job goes first, while the dialog is whole: its destructor cancels and
// waits, and the session on its thread records how the acquisition ended
// (cancelled, the partial image marked incomplete) before the thread ends,
// so closing the window never leaves it "running".
AcquisitionDialog::~AcquisitionDialog()
{
    delete m_job;
}

void AcquisitionDialog::buildForm()
{
    auto field = [this](QLineEdit *&edit, const char *name, const QString &placeholder = {}) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_devices = new QComboBox(this);
    m_devices->setObjectName(QStringLiteral("deviceCombo"));
    field(m_source, "sourceEdit", tr("/dev/sdX or a file"));
    auto *browseSource = new QPushButton(tr("File…"), this);
    browseSource->setObjectName(QStringLiteral("browseSourceButton"));
    field(m_destination, "destinationEdit", QStringLiteral("/media/evidence/INC-…/E-001.dd"));
    auto *browseDest = new QPushButton(tr("Save as…"), this);
    browseDest->setObjectName(QStringLiteral("browseDestinationButton"));
    m_freeSpace = new QLabel(this);
    m_freeSpace->setObjectName(QStringLiteral("freeSpaceLabel"));
    auto box = [this](const char *name, const QString &text, bool on) {
        auto *c = new QCheckBox(text, this);
        c->setObjectName(QLatin1String(name));
        c->setChecked(on);
        return c;
    };
    m_md5 = box("md5Check", QStringLiteral("MD5"), true);
    m_sha1 = box("sha1Check", QStringLiteral("SHA-1"), true);
    m_sha256 = box("sha256Check", QStringLiteral("SHA-256"), true);
    m_sha512 = box("sha512Check", QStringLiteral("SHA-512"), false);
    m_verify = box("verifyCheck", tr("Re-read the image and verify every hash"), true);
    field(m_split, "splitEdit", tr("no split (e.g. 2G, 650M)"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Raw (dd)"), QStringLiteral("raw"));
    m_format->addItem(tr("E01 (Expert Witness)"), QStringLiteral("e01"));
    m_compression = new QComboBox(this);
    m_compression->setObjectName(QStringLiteral("compressionCombo"));
    m_compression->addItem(tr("None"), QStringLiteral("none"));
    m_compression->addItem(tr("Fast"), QStringLiteral("fast"));
    m_compression->addItem(tr("Best (slower)"), QStringLiteral("best"));
    m_compression->setCurrentIndex(1);
    field(m_segmentSize, "segmentSizeEdit", tr("1500M, as ewfacquire (e.g. 640M, 2G)"));
    field(m_examiner, "examinerEdit")->setText(m_store.actor());
    field(m_evidenceId, "evidenceIdEdit", tr("next free E-NNN"));
    field(m_description, "descriptionEdit", tr("e.g. fs01 system disk"));
    field(m_mediaLocation, "mediaLocationEdit", tr("where the original media is kept"));
    // The incident's listed systems: a disk image that names its system is
    // what the customer report counts as a forensic copy of it.
    m_system = new QComboBox(this);
    m_system->setObjectName(QStringLiteral("systemCombo"));
    m_system->addItem(tr("None of the listed systems"), QString());
    if (auto systems = m_store.systems(m_incidentId))
        for (const AffectedSystem &sys : *systems)
            m_system->addItem(sys.ipAddress.isEmpty() ? sys.hostname
                                                      : QStringLiteral("%1 (%2)").arg(sys.hostname, sys.ipAddress),
                              sys.hostname);
    m_system->setToolTip(tr("The incident's system this source belongs to (add systems on the Systems tab)."));

    auto *hashes = new QHBoxLayout;
    for (QCheckBox *c : {m_md5, m_sha1, m_sha256, m_sha512})
        hashes->addWidget(c);
    hashes->addStretch(1);
    auto row = [](QWidget *a, QWidget *b) {
        auto *l = new QHBoxLayout;
        l->addWidget(a, 1);
        l->addWidget(b);
        return l;
    };
    // A row that holds a layout gets no buddy from QFormLayout, and a label
    // without a buddy shows its '&' instead of underlining the mnemonic.
    auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Device:"), m_devices);
    form->addRow(buddyLabel(tr("&Source:"), m_source), row(m_source, browseSource));
    form->addRow(buddyLabel(tr("D&estination:"), m_destination), row(m_destination, browseDest));
    form->addRow(QString(), m_freeSpace);
    form->addRow(tr("Hashes:"), hashes);
    form->addRow(QString(), m_verify);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(buddyLabel(tr("Co&mpression:"), m_compression));
    formatRow->addWidget(m_compression);
    formatRow->addStretch(1);
    form->addRow(buddyLabel(tr("&Format:"), m_format), formatRow);
    form->addRow(tr("S&plit into:"), m_split);
    form->addRow(tr("E01 se&gments:"), m_segmentSize);
    form->addRow(tr("E&xaminer:"), m_examiner);
    form->addRow(tr("Evidence &id:"), m_evidenceId);
    form->addRow(tr("Desc&ription:"), m_description);
    form->addRow(tr("S&ystem:"), m_system);
    form->addRow(tr("Original &kept at:"), m_mediaLocation);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("acquisitionProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("acquisitionPhaseLabel"));
    QFont bold = m_phase->font();
    bold.setBold(true);
    m_phase->setFont(bold);
    m_phase->hide();
    m_rate = new QLabel(tr("Not started."), this);
    m_rate->setObjectName(QStringLiteral("acquisitionRateLabel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("acquisitionErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_error->hide();
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("acquisitionResult"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setPlaceholderText(tr("Hashes and the verification verdict appear here."));
    m_result->setMinimumHeight(130);
    m_start = new QPushButton(tr("&Start acquisition"), this);
    m_start->setObjectName(QStringLiteral("startAcquisitionButton"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAcquisitionButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addWidget(m_error);
    layout->addWidget(m_result, 1);
    layout->addLayout(buttons);
    resize(720, 620);

    connect(m_start, &QPushButton::clicked, this, &AcquisitionDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &AcquisitionDialog::cancelOrClose);
    connect(m_destination, &QLineEdit::textChanged, this, &AcquisitionDialog::updateFreeSpace);
    connect(m_format, &QComboBox::currentIndexChanged, this, &AcquisitionDialog::updateFormatFields);
    updateFormatFields();
    connect(m_devices, &QComboBox::activated, this, [this](int i) {
        if (!m_devices->itemData(i).toString().isEmpty())
            m_source->setText(m_devices->itemData(i).toString());
    });
    connect(browseSource, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Image a file"));
        if (!f.isEmpty())
            m_source->setText(f);
    });
    connect(browseDest, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Write the image to"));
        if (!f.isEmpty())
            m_destination->setText(f);
    });
    updateFreeSpace();
}

void AcquisitionDialog::fillDevices()
{
    m_devices->addItem(tr("— choose a block device, or type a file path below —"), QString());
    for (const BlockDeviceInfo &d : listBlockDevices()) {
        const QString text = QStringLiteral("%1  %2  %3 %4  %5%6")
                                 .arg(d.path, units::bytes(d.sizeBytes), d.model, d.serial, d.stateText(),
                                      d.inUse() ? tr("  ⚠ IN USE") : QString());
        m_devices->addItem(text, d.path);
        if (d.inUse())
            m_devices->setItemData(m_devices->count() - 1, QColor(0xb3, 0x26, 0x1e), Qt::ForegroundRole);
    }
}

void AcquisitionDialog::setSource(const QString &path)
{
    m_source->setText(path);
}
void AcquisitionDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}
bool AcquisitionDialog::isRunning() const
{
    return m_job->isRunning();
}
QString AcquisitionDialog::resultText() const
{
    return m_result->toPlainText();
}

// Raw images split by size; E01 sets by segment size, with compression.
void AcquisitionDialog::updateFormatFields()
{
    const bool e01 = m_format->currentData().toString() == QLatin1String("e01");
    m_compression->setEnabled(e01);
    m_segmentSize->setEnabled(e01);
    m_split->setEnabled(!e01);
    m_destination->setPlaceholderText(e01 ? tr("/media/evidence/INC-…/E-001 (written as E-001.E01, …)")
                                          : QStringLiteral("/media/evidence/INC-…/E-001.dd"));
}

void AcquisitionDialog::updateFreeSpace()
{
    const QString dir = QFileInfo(m_destination->text()).absolutePath();
    const QStorageInfo storage(dir);
    m_freeSpace->setText(m_destination->text().isEmpty() || !storage.isValid()
                             ? QString()
                             : tr("%1 free on %2").arg(units::bytes(storage.bytesAvailable()), storage.rootPath()));
}

QString AcquisitionDialog::validationProblem() const
{
    if (m_source->text().trimmed().isEmpty())
        return tr("Choose a source device or file.");
    if (m_destination->text().trimmed().isEmpty())
        return tr("Choose where the image is written.");
    if (!(m_md5->isChecked() || m_sha1->isChecked() || m_sha256->isChecked() || m_sha512->isChecked()))
        return tr("Choose at least one hash (SHA-256 is the one to rely on).");
    if (m_format->currentData().toString() == QLatin1String("e01") && !m_segmentSize->text().trimmed().isEmpty() &&
        !parseByteSize(m_segmentSize->text().trimmed()))
        return tr("E01 segment size \"%1\" is not a size like 2G or 640M.").arg(m_segmentSize->text());
    if (!m_split->text().trimmed().isEmpty() && !parseByteSize(m_split->text().trimmed()))
        return tr("Split size \"%1\" is not a size like 2G or 650M.").arg(m_split->text());
    if (m_examiner->text().trimmed().isEmpty())
        return tr("The acquisition record needs the examiner's name.");
    return {};
}

void AcquisitionDialog::start()
{
    if (isRunning())
        return;
    m_error->hide();
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    ImagingOptions o;
    o.source = m_source->text().trimmed();
    o.destination = m_destination->text().trimmed();
    o.hashes.clear();
    if (m_md5->isChecked())
        o.hashes << HashAlgorithm::Md5;
    if (m_sha1->isChecked())
        o.hashes << HashAlgorithm::Sha1;
    if (m_sha256->isChecked())
        o.hashes << HashAlgorithm::Sha256;
    if (m_sha512->isChecked())
        o.hashes << HashAlgorithm::Sha512;
    o.verifyImage = m_verify->isChecked();
    o.format = imageFormatFromKey(m_format->currentData().toString()).value_or(ImageFormat::Raw);
    if (o.format == ImageFormat::E01) {
        o.compression = ewfCompressionFromKey(m_compression->currentData().toString()).value_or(EwfCompression::Fast);
        if (!m_segmentSize->text().trimmed().isEmpty())
            o.ewfSegmentSize = *parseByteSize(m_segmentSize->text().trimmed());
    } else {
        o.splitSize = m_split->text().trimmed().isEmpty() ? 0 : *parseByteSize(m_split->text().trimmed());
    }
    o.caseInfo.examiner = m_examiner->text().trimmed();
    o.caseInfo.incidentId = m_incidentId;
    o.caseInfo.evidenceId = m_evidenceId->text().trimmed();
    o.caseInfo.description = m_description->text().trimmed();
    o.caseInfo.mediaLocation = m_mediaLocation->text().trimmed();
    o.caseInfo.system = m_system->currentData().toString();
    o.commandLine = QStringLiteral("firebreak (GUI acquisition dialog)");
    o.clock = &m_store.clock();
    // Checked before a byte is read: the incident, a free evidence number, the system.
    if (Status st = services::AcquisitionSession::prepare(m_store, o); !st) {
        m_error->setText(st.error().message);
        m_error->show();
        return;
    }
    // The whole session (start recorded, imaging, registration or end
    // recorded) runs on the job's thread with a store of its own; progress
    // and the outcome come back to this thread.
    const bool started = m_job->start(
        m_store,
        [this, job = m_job, o](CaseStore &store, const services::BackgroundJob::Progress &,
                               const CancelToken &cancel) -> std::function<void()> {
            services::AcquisitionSession session(&store, o);
            session.followCancel(&cancel);
            session.setProgressHandler(
                [this, job](const ImagingProgress &p) { job->post([this, p] { onProgress(p); }); });
            const services::AcquisitionOutcome outcome = session.run();
            return [this, outcome] { onFinished(outcome); };
        },
        [this](const Error &e) {
            m_error->setText(e.message);
            m_error->show();
            m_start->setEnabled(true);
            m_cancel->setText(tr("Close"));
        });
    if (!started)
        return;
    m_result->clear();
    m_start->setEnabled(false);
    m_cancel->setText(tr("&Cancel acquisition"));
    m_rate->setText(tr("Starting…"));
    m_progress->setValue(0);
    m_verifyRequested = o.verifyImage || o.verifySource;
    m_elapsed.start();
    showPhase(ImagingPhase::Acquire);
}

void AcquisitionDialog::showPhase(ImagingPhase phase)
{
    m_shownPhase = phase;
    const int steps = m_verifyRequested ? 2 : 1;
    QString text;
    switch (phase) {
    case ImagingPhase::Acquire:
        text = tr("Step 1 of %1: reading the source, hashing and writing the image").arg(steps);
        break;
    case ImagingPhase::VerifyImage: text = tr("Step 2 of 2: re-reading the image to verify every hash"); break;
    case ImagingPhase::VerifySource: text = tr("Step 2 of 2: re-reading the source to verify it did not change"); break;
    }
    m_phase->setText(text);
    m_phase->show();
}

void AcquisitionDialog::onProgress(const ImagingProgress &p)
{
    if (p.phase != m_shownPhase)
        showPhase(p.phase); // the verify pass is a phase of its own: its bar starts again from zero
    m_progress->setValue(p.bytesTotal > 0 ? static_cast<int>(1000.0 * double(p.bytesDone) / double(p.bytesTotal)) : 0);
    m_rate->setText(tr("%1 of %2 · %3/s · elapsed %4 · %5 left · %n bad sector(s)", nullptr, int(p.badSectors))
                        .arg(units::bytes(p.bytesDone), units::bytes(p.bytesTotal),
                             units::bytes(static_cast<qint64>(p.bytesPerSecond)),
                             hmsText(double(m_elapsed.elapsed()) / 1000.0), hmsText(p.secondsLeft)));
}

void AcquisitionDialog::onFinished(const services::AcquisitionOutcome &outcome)
{
    const AcquisitionReport &r = outcome.report;
    m_start->setEnabled(true);
    m_cancel->setText(tr("Close"));
    QString text;
    const bool verified = r.imageVerification.requested && r.imageVerification.performed && r.imageVerification.matched;
    QString verdict =
        r.success() ? (r.imageVerification.requested ? tr("COMPLETE — image verified: every hash matches")
                                                     : tr("COMPLETE — not verified (verification was not requested)"))
                    : tr("NOT COMPLETE (%1): %2").arg(imagingOutcomeKey(r.outcome), r.error);
    text += verdict + QStringLiteral("\n\n");
    for (auto it = r.hashes.constBegin(); it != r.hashes.constEnd(); ++it)
        text += QStringLiteral("%1  %2\n").arg(hashAlgorithmKey(it.key()).toUpper(), -7).arg(it.value());
    text += tr("\nAcquired: %1 of %2 · bad sectors: %3 · took %4\n")
                .arg(sizeText(r.bytesAcquired), sizeText(r.bytesExpected))
                .arg(r.badSectorCount())
                .arg(hmsText(double(m_elapsed.elapsed()) / 1000.0));
    for (const ImageSegment &s : r.segments)
        text += tr("Image: %1\n").arg(s.path);
    if (!r.infoPath.isEmpty())
        text += tr("Log:   %1\n").arg(r.infoPath);
    if (!outcome.endRecordError.isEmpty())
        text += tr("\nThe end of this acquisition could not be recorded (it will be listed as interrupted): %1\n")
                    .arg(outcome.endRecordError);
    if (outcome.registered) {
        m_registered = outcome.registered->evidenceNumber;
        text += tr("\nRegistered as evidence %1 of %2.\n").arg(m_registered, m_incidentId);
        emit evidenceRegistered(m_incidentId, m_registered);
    } else if (!outcome.registrationError.isEmpty()) {
        text += tr("\nThe image is complete but was NOT registered: %1\n").arg(outcome.registrationError);
    }
    if (!r.imageComplete()) {
        // Try again without touching what this attempt left: its files keep
        // their .incomplete names and log; the next one gets a name of its own.
        const QString next = freeDestinationLike(m_destination->text().trimmed());
        text += tr("\nThe files of this attempt stay, marked .incomplete, with their log. Start again to write a "
                   "new image to %1.\n")
                    .arg(next);
        m_destination->setText(next);
    }
    m_result->setPlainText(text);
    m_progress->setValue(r.success() ? 1000 : m_progress->value());
    m_rate->setText(verdict.section(QLatin1Char(':'), 0, 0));
    emit finishedAcquisition(r.success() && (verified || !r.imageVerification.requested));
}

void AcquisitionDialog::cancelOrClose()
{
    if (!isRunning()) {
        QDialog::reject();
        return;
    }
    // Hours of imaging can hang on one click or a stray Esc: ask first.
    confirm::ask(this,
                 {QStringLiteral("confirmCancelAcquisition"), tr("Cancel the acquisition?"),
                  tr("Stop imaging %1 now?").arg(m_source->text().trimmed()),
                  tr("The image written so far stays, marked .incomplete, with its log; it is not evidence and is not "
                     "registered. You can start a new acquisition afterwards."),
                  tr("Cancel acquisition"), tr("Keep imaging")},
                 [this] {
                     if (!isRunning())
                         return;
                     m_rate->setText(tr("Cancelling… the partial image will be marked incomplete."));
                     m_job->cancel();
                 });
}

void AcquisitionDialog::reject()
{
    // Esc while imaging cancels the job first; it never leaves it running unseen.
    cancelOrClose();
}

} // namespace firebreak::ui
