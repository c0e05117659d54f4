#include "HandoverDialog.h"

#include "app/services/BackgroundJob.h"
#include "app/services/HandoverExport.h"
#include "forensics/archive/ExaminerKey.h"
#include "forensics/imaging/ByteSize.h"
#include "ui/DialogChrome.h"
#include "ui/Units.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {

enum Column { ColItem, ColMode, ColDescription, ColSize };

QString timeLeft(double seconds)
{
    if (seconds < 0 || seconds > 1e6)
        return QStringLiteral("--:--");
    const auto s = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QLineEdit *lineEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

HandoverDialog::HandoverDialog(CaseStore &store, const QString &incidentId, QWidget *parent)
    : QDialog(parent), m_store(store), m_incidentId(incidentId), m_job(new services::BackgroundJob(this))
{
    connect(m_job, &services::BackgroundJob::progress, this, &HandoverDialog::onProgress);
    setObjectName(QStringLiteral("handoverDialog"));
    setWindowTitle(tr("Hand over evidence — %1").arg(incidentId));
    buildForm();
    fillItems();
}

// The job's destructor cancels and waits: nothing is recorded for a cancelled package.
HandoverDialog::~HandoverDialog() = default;

bool HandoverDialog::isRunning() const
{
    return m_job->isRunning();
}

void HandoverDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);

    m_items = new QTableWidget(0, 4, this);
    m_items->setObjectName(QStringLiteral("handoverItems"));
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("In the package"), tr("Description"), tr("Size")});
    m_items->horizontalHeader()->setSectionResizeMode(ColDescription, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(new QLabel(tr("Evidence to hand over (tick each item; \"hash record only\" when its data "
                                    "travels on separate media):"),
                                 this));
    layout->addWidget(m_items, 1);

    auto *form = new QFormLayout;
    m_recipient = lineEdit(QStringLiteral("handoverRecipient"), tr("agency, officer, case reference"), this);
    m_purpose = lineEdit(QStringLiteral("handoverPurpose"), {}, this);
    m_purpose->setText(QString(archive::kDefaultPurpose));
    m_method = lineEdit(QStringLiteral("handoverMethod"), tr("in person / courier and shipping number"), this);
    form->addRow(tr("Recipient:"), m_recipient);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("Method:"), m_method);

    auto *outRow = new QHBoxLayout;
    m_output = lineEdit(QStringLiteral("handoverOutput"), tr("new folder or .tar file to create"), this);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("handoverFormat"));
    m_format->addItem(tr("Folder"), QStringLiteral("dir"));
    m_format->addItem(tr("Single tar file"), QStringLiteral("tar"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("handoverBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getSaveFileName(this, tr("Package to create"), m_output->text());
        if (!p.isEmpty())
            m_output->setText(p);
    });
    outRow->addWidget(m_output, 1);
    outRow->addWidget(m_format);
    outRow->addWidget(browse);
    form->addRow(tr("Write to:"), outRow);

    m_signKey = lineEdit(QStringLiteral("handoverSignKey"), tr("examiner key (PEM); empty: unsigned"), this);
    m_signCert = lineEdit(QStringLiteral("handoverSignCert"), tr("examiner certificate (PEM)"), this);
    m_passphrase = lineEdit(QStringLiteral("handoverPassphrase"), tr("passphrase of the key"), this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_newKey = new QPushButton(tr("New examiner key…"), this);
    m_newKey->setObjectName(QStringLiteral("handoverNewKey"));
    m_newKey->setToolTip(tr("Create a key (protected by the passphrase) and a self-signed certificate at the paths "
                            "above, in your name."));
    connect(m_newKey, &QPushButton::clicked, this, &HandoverDialog::generateKey);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_signKey, 1);
    keyRow->addWidget(m_newKey);
    form->addRow(tr("Signing key:"), keyRow);
    form->addRow(tr("Certificate:"), m_signCert);
    form->addRow(tr("Passphrase:"), m_passphrase);
    m_encryptTo = lineEdit(QStringLiteral("handoverEncryptTo"),
                           tr("recipient certificate (PEM) to encrypt to; empty: not encrypted"), this);
    form->addRow(tr("Encrypt to:"), m_encryptTo);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("handoverProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("handoverRate"));
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    m_error = chrome::errorLabel(this);
    m_error->setObjectName(QStringLiteral("handoverError"));
    layout->addWidget(m_error);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("handoverResult"));
    m_result->setReadOnly(true);
    m_result->setFont(QFont(QStringLiteral("monospace")));
    m_result->setPlaceholderText(tr("The manifest's SHA-256 and the recipient's commands appear here."));
    layout->addWidget(m_result, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_start = new QPushButton(tr("Create package"), this);
    m_start->setObjectName(QStringLiteral("handoverStart"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("handoverCancel"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_start, &QPushButton::clicked, this, &HandoverDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &HandoverDialog::cancelOrClose);
    resize(800, 760);
}

void HandoverDialog::fillItems()
{
    auto items = m_store.evidence(m_incidentId);
    if (!items) {
        setError(items.error().message);
        return;
    }
    m_items->setRowCount(static_cast<int>(items->size()));
    int row = 0;
    for (const EvidenceItem &e : *items) {
        auto *check = new QTableWidgetItem(e.evidenceNumber);
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        check->setCheckState(Qt::Checked);
        m_items->setItem(row, ColItem, check);
        auto *mode = new QComboBox(m_items);
        mode->setObjectName(QStringLiteral("handoverMode-%1").arg(e.evidenceNumber));
        mode->addItem(tr("Ship the files"), QStringLiteral("ship"));
        mode->addItem(tr("Hash record only"), QStringLiteral("hash"));
        m_items->setCellWidget(row, ColMode, mode);
        m_items->setItem(row, ColDescription, new QTableWidgetItem(e.description));
        m_items->setItem(row, ColSize, new QTableWidgetItem(units::bytes(e.sizeBytes)));
        ++row;
    }
    m_items->resizeColumnsToContents();
}

void HandoverDialog::setError(const QString &text)
{
    chrome::showError(m_error, text);
}

QString HandoverDialog::validationProblem() const
{
    bool any = false;
    for (int r = 0; r < m_items->rowCount(); ++r)
        any = any || m_items->item(r, ColItem)->checkState() == Qt::Checked;
    if (!any)
        return tr("Tick at least one evidence item.");
    if (m_recipient->text().trimmed().isEmpty())
        return tr("Name the recipient (agency, officer, reference).");
    if (m_output->text().trimmed().isEmpty())
        return tr("Choose where to write the package.");
    if (QFileInfo::exists(m_output->text().trimmed()))
        return tr("%1 already exists; a package never replaces anything.").arg(m_output->text().trimmed());
    if (m_signKey->text().trimmed().isEmpty() != m_signCert->text().trimmed().isEmpty())
        return tr("Give both the signing key and its certificate, or neither.");
    if (!m_signKey->text().trimmed().isEmpty() && m_passphrase->text().isEmpty())
        return tr("Enter the passphrase of the signing key.");
    if (!m_encryptTo->text().trimmed().isEmpty() && m_format->currentData().toString() != QLatin1String("tar"))
        return tr("Encryption needs the single tar file format.");
    return {};
}

void HandoverDialog::setFormEnabled(bool enabled)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_items, m_recipient, m_purpose, m_method, m_output, m_format, m_signKey,
                                          m_signCert, m_passphrase, m_encryptTo, m_newKey, m_start})
        w->setEnabled(enabled);
}

void HandoverDialog::generateKey()
{
    archive::ExaminerIdentity who;
    who.name = m_store.actor();
    auto info = archive::generateExaminerKey(who, archive::KeyAlgorithm::Rsa3072, m_passphrase->text().toUtf8(),
                                             m_signKey->text().trimmed(), m_signCert->text().trimmed());
    if (!info) {
        setError(info.error().message);
        return;
    }
    m_error->hide();
    m_result->setPlainText(tr("New examiner key %1\ncertificate %2\nsubject %3\nSHA-256 fingerprint %4\nGive this "
                              "fingerprint to recipients by another channel.")
                               .arg(info->keyPath, info->certPath, info->subject, info->fingerprint));
}

void HandoverDialog::start()
{
    if (isRunning())
        return;
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    m_error->hide();
    archive::HandoverRequest req;
    req.incidentId = m_incidentId;
    for (int r = 0; r < m_items->rowCount(); ++r) {
        if (m_items->item(r, ColItem)->checkState() != Qt::Checked)
            continue;
        const QString number = m_items->item(r, ColItem)->text();
        const auto *mode = qobject_cast<QComboBox *>(m_items->cellWidget(r, ColMode));
        (mode->currentData().toString() == QLatin1String("hash") ? req.hashOnly : req.items) << number;
    }
    req.recipient = m_recipient->text().trimmed();
    req.purpose = m_purpose->text().trimmed();
    req.method = m_method->text().trimmed();
    req.examiner = m_store.actor();

    std::shared_ptr<archive::SigningIdentity> signer;
    if (!m_signKey->text().trimmed().isEmpty()) {
        auto id = archive::SigningIdentity::load(m_signKey->text().trimmed(), m_signCert->text().trimmed(),
                                                 m_passphrase->text().toUtf8());
        if (!id) {
            setError(id.error().message);
            return;
        }
        signer = std::make_shared<archive::SigningIdentity>(std::move(id).value());
    }
    auto handover = services::HandoverExport::prepare(m_store, req);
    if (!handover) {
        setError(handover.error().message);
        return;
    }
    archive::ExportOptions o;
    o.outPath = m_output->text().trimmed();
    o.format = m_format->currentData().toString() == QLatin1String("tar") ? archive::ContainerFormat::Tar
                                                                          : archive::ContainerFormat::Directory;
    o.encryptTo = m_encryptTo->text().trimmed();

    m_result->clear();
    m_progress->setValue(0);
    m_rate->setText(tr("Preparing the custody forms and the report…"));
    setFormEnabled(false);
    m_cancel->setText(tr("Cancel"));

    // The package is made, and its transfer recorded, on the job's thread with a store of its own.
    auto shared = std::make_shared<services::HandoverExport>(std::move(handover).value());
    m_job->start(
        m_store,
        [this, shared, signer, o](CaseStore &store, const services::BackgroundJob::Progress &progress,
                                  const CancelToken &cancel) mutable -> std::function<void()> {
            o.signer = signer.get();
            auto outcome = shared->run(store, o, progress, cancel);
            if (!outcome)
                return [this, error = outcome.error().message] { onFinished(error, {}); };
            return [this, result = *outcome] { onFinished(result.recordError, result.result); };
        },
        [this](const Error &e) { onFinished(e.message, {}); });
}

void HandoverDialog::onProgress(qint64 done, qint64 total, double rate, double left)
{
    if (total > 0)
        m_progress->setValue(static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
    m_rate->setText(tr("%1 of %2 — %3 MB/s — %4 left")
                        .arg(units::bytes(done), units::bytes(total))
                        .arg(rate / 1e6, 0, 'f', 1)
                        .arg(timeLeft(left)));
}

void HandoverDialog::onFinished(const QString &error, const archive::ExportResult &r)
{
    setFormEnabled(true);
    m_cancel->setText(tr("Close"));
    if (!error.isEmpty() && r.path.isEmpty()) {
        m_progress->setValue(0);
        m_rate->clear();
        setError(error);
        emit finishedHandover(false);
        return;
    }
    m_progress->setValue(1000);
    m_manifestSha256 = r.manifestSha256;
    m_packagePath = r.path;
    QString text = tr("Package: %1\nManifest SHA-256: %2\n").arg(r.path, r.manifestSha256);
    if (!r.containerSha256.isEmpty()) // what is sent: recorded in the custody event, shown on its form
        text += tr("SHA-256 of %1 (as sent): %2\n").arg(QFileInfo(r.path).fileName(), r.containerSha256);
    if (r.isSigned)
        text += tr("Signed by: %1\nCertificate sha256 Fingerprint=%2\n")
                    .arg(r.signerSubject, archive::colonFingerprint(r.signerFingerprint));
    else
        text += tr("NOT signed.\n");
    if (r.encrypted)
        text += tr("Encrypted to: %1\n").arg(r.recipientSubject);
    text += tr("\nThe recipient runs:\n");
    for (const QString &c : r.recipientCommands)
        text += QStringLiteral("  %1\n").arg(c);
    m_result->setPlainText(text);
    const double rate = r.seconds > 0 ? static_cast<double>(r.payloadBytes) / r.seconds / 1e6 : 0;
    m_rate->setText(tr("%1 packed in %2 s (%3 MB/s)")
                        .arg(units::bytes(r.payloadBytes))
                        .arg(r.seconds, 0, 'f', 1)
                        .arg(rate, 0, 'f', 1));
    if (!error.isEmpty()) {
        setError(error); // complete, but the custody record failed: say so
        emit finishedHandover(false);
        return;
    }
    emit finishedHandover(true);
}

void HandoverDialog::cancelOrClose()
{
    if (isRunning()) {
        m_job->cancel();
        m_rate->setText(tr("Cancelling…"));
        return;
    }
    accept();
}

void HandoverDialog::reject()
{
    if (isRunning()) {
        cancelOrClose(); // Esc cancels the run first; the window stays until it has stopped
        return;
    }
    QDialog::reject();
}

} // namespace firebreak::ui
