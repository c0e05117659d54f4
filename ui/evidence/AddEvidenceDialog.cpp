#include "AddEvidenceDialog.h"

#include "ui/Units.h"

#include "ZonedTimeEdit.h"
#include "app/services/BackgroundJob.h"
#include "forensics/evidence/EvidenceFiles.h"
#include "forensics/imaging/ByteSize.h"
#include "ui/DialogChrome.h"
#include "ui/Palette.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

QString volatilityText(const QString &key)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("registers-cache"), QCoreApplication::translate("AddEvidenceDialog", "1 · registers, cache")},
        {QStringLiteral("memory-network-processes"),
         QCoreApplication::translate("AddEvidenceDialog",
                                     "2 · memory: routing/ARP tables, process table, kernel statistics")},
        {QStringLiteral("temporary-filesystems"),
         QCoreApplication::translate("AddEvidenceDialog", "3 · temporary file systems")},
        {QStringLiteral("disk"), QCoreApplication::translate("AddEvidenceDialog", "4 · disk")},
        {QStringLiteral("remote-logs"),
         QCoreApplication::translate("AddEvidenceDialog", "5 · remote logging and monitoring data")},
        {QStringLiteral("physical-configuration"),
         QCoreApplication::translate("AddEvidenceDialog", "6 · physical configuration, network topology")},
        {QStringLiteral("archival-media"), QCoreApplication::translate("AddEvidenceDialog", "7 · archival media")}};
    return words.value(key, key);
}

AddEvidenceDialog::AddEvidenceDialog(CaseStore &store, const QString &incidentId, QWidget *parent)
    : QDialog(parent), m_store(store), m_incidentId(incidentId), m_job(new services::BackgroundJob(this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)), m_number(new QLineEdit(this)),
      m_description(new QLineEdit(this)), m_source(new QLineEdit(this)), m_collectedBy(new QLineEdit(this)),
      m_collectedAt(new ZonedTimeEdit(store.clock().nowUtc(), this)), m_storage(new QLineEdit(this)),
      m_volatility(new QComboBox(this)), m_form(new QWidget(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(chrome::buttonBox(tr("Hash and add"), this))
{
    setObjectName(QStringLiteral("addEvidenceDialog"));
    setWindowTitle(tr("Add file as evidence — %1").arg(incidentId));
    setMinimumWidth(600);

    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setPlaceholderText(tr("Required: the file to hash and register (it is not copied)"));
    m_browse->setObjectName(QStringLiteral("browseFileButton"));
    m_browse->setAutoDefault(false);
    m_number->setObjectName(QStringLiteral("evidenceNumberEdit"));
    m_number->setPlaceholderText(tr("next free E-NNN"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("Required: e.g. auth.log from fs01, photo of the disk label"));
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("Host and original location, e.g. fs01:/var/log/auth.log"));
    m_collectedBy->setObjectName(QStringLiteral("collectedByEdit"));
    m_collectedBy->setText(store.actor());
    m_collectedAt->setObjectNames(QStringLiteral("collectedAt"));
    m_storage->setObjectName(QStringLiteral("storageLocationEdit"));
    m_storage->setPlaceholderText(tr("Where the item is kept, e.g. evidence safe 2, shelf B"));
    m_volatility->setObjectName(QStringLiteral("volatilityCombo"));
    for (const QString &key : volatilityClasses())
        m_volatility->addItem(volatilityText(key), key);
    m_volatility->setCurrentIndex(m_volatility->findData(QStringLiteral("disk")));
    m_volatility->setToolTip(tr("RFC 3227 order of volatility, most volatile first"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File:"), this); // a row of two widgets needs its buddy named
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Collected &by:"), m_collectedBy);
    form->addRow(tr("Collected &at:"), m_collectedAt);
    form->addRow(tr("S&torage location:"), m_storage);
    form->addRow(tr("&Volatility:"), m_volatility);
    form->addRow(tr("Evidence &number:"), m_number);

    // Tab follows the form top to bottom (the optional number comes last).
    QWidget *order[] = {m_path,
                        m_browse,
                        m_description,
                        m_source,
                        m_collectedBy,
                        m_collectedAt->editor(),
                        m_collectedAt->zoneCombo(),
                        m_storage,
                        m_volatility,
                        m_number};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    m_progress->setObjectName(QStringLiteral("addProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("addStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddEvidenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddEvidenceDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &AddEvidenceDialog::revalidate);
    connect(m_description, &QLineEdit::textChanged, this, &AddEvidenceDialog::revalidate);
    connect(m_collectedBy, &QLineEdit::textChanged, this, &AddEvidenceDialog::revalidate);
    connect(m_collectedAt, &ZonedTimeEdit::changed, this, &AddEvidenceDialog::revalidate);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Add a file as evidence"));
        if (!f.isEmpty())
            setPath(f);
    });
    connect(
        m_job, &services::BackgroundJob::progress, this, [this](qint64 done, qint64 total, double rate, double left) {
            m_progress->setValue(total > 0 ? int(1000.0 * double(done) / double(total)) : 0);
            showStatus(tr("Hashing: %1 of %2 · %3/s · %4 left")
                           .arg(units::bytes(done), units::bytes(total), units::bytes(qint64(rate)), units::eta(left)));
        });
    revalidate();
    m_path->setFocus();
}

AddEvidenceDialog::~AddEvidenceDialog() = default; // the job cancels and waits: nothing half-registered

void AddEvidenceDialog::setPath(const QString &path)
{
    m_path->setText(path);
    if (m_source->text().trimmed().isEmpty())
        m_source->setPlaceholderText(tr("e.g. %1").arg(QFileInfo(path).absoluteFilePath()));
}

bool AddEvidenceDialog::isRunning() const
{
    return m_job->isRunning();
}

QString AddEvidenceDialog::statusText() const
{
    return m_status->text();
}

QString AddEvidenceDialog::validationProblem() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return tr("Choose the file to add.");
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(path);
    if (!info.isFile())
        return tr("%1 is not a regular file.").arg(path);
    if (!info.isReadable())
        return tr("%1 cannot be read (permissions?).").arg(path);
    if (m_description->text().trimmed().isEmpty())
        return tr("A description is required: what is this file and why does it matter?");
    if (m_collectedBy->text().trimmed().isEmpty())
        return tr("Name who collected it.");
    if (!m_collectedAt->zoneValid())
        return tr("Time zone \"%1\" is not known; pick one from the list (e.g. Europe/Paris).")
            .arg(m_collectedAt->zone());
    return {};
}

void AddEvidenceDialog::revalidate()
{
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty() && !isRunning());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty() && !isRunning());
}

void AddEvidenceDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void AddEvidenceDialog::setRunning(bool running)
{
    m_form->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
    auto *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(running ? tr("&Cancel hashing") : tr("Cancel"));
    revalidate();
}

void AddEvidenceDialog::accept()
{
    if (isRunning())
        return;
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        chrome::showError(m_error, problem);
        return;
    }
    chrome::showError(m_error, {});
    FileEvidenceRequest r;
    r.incidentId = m_incidentId;
    r.path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    r.evidenceNumber = m_number->text().trimmed();
    r.description = m_description->text().trimmed();
    r.source = m_source->text().trimmed().isEmpty() ? r.path : m_source->text().trimmed();
    r.collectedBy = m_collectedBy->text().trimmed();
    r.collectedAt = m_collectedAt->value();
    r.collectedZone = m_collectedAt->zone();
    r.storageLocation = m_storage->text().trimmed();
    r.volatility = m_volatility->currentData().toString();

    auto outcome = std::make_shared<Result<EvidenceItem>>(Error::failed(tr("not run")));
    const bool started = m_job->start(
        m_store,
        [this, r, outcome](CaseStore &store, const services::BackgroundJob::Progress &progress,
                           const CancelToken &cancel) {
            *outcome = addFileEvidence(store, r, progress, cancel);
            return [this, outcome] {
                setRunning(false);
                if (*outcome) {
                    m_progress->setValue(1000);
                    showStatus(tr("Registered as %1.").arg((*outcome)->evidenceNumber));
                    emit evidenceAdded(m_incidentId, (*outcome)->evidenceNumber);
                    emit addFinished(true);
                    QDialog::accept();
                    return;
                }
                if (m_job->cancelRequested()) {
                    showStatus(tr("Cancelled — nothing was registered."));
                } else {
                    showStatus({});
                    chrome::showError(m_error, tr("Nothing was registered: %1").arg(outcome->error().message));
                }
                m_progress->setValue(0);
                m_progress->hide();
                emit addFinished(false);
            };
        },
        [this](const Error &e) {
            setRunning(false);
            chrome::showError(m_error, tr("Nothing was registered: %1").arg(e.message));
            emit addFinished(false);
        });
    if (!started)
        return;
    m_progress->setValue(0);
    setRunning(true);
    showStatus(tr("Hashing %1 (MD5, SHA-1, SHA-256)…").arg(QFileInfo(r.path).fileName()));
}

void AddEvidenceDialog::reject()
{
    // Esc or Cancel while hashing stops the hash first; nothing is left running unseen.
    if (isRunning()) {
        showStatus(tr("Cancelling… nothing will be registered."));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace firebreak::ui
