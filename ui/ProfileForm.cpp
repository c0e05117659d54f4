#include "ProfileForm.h"

#include "model/CaseStore.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeZone>

namespace firebreak::ui {

ProfileForm::ProfileForm(const ExaminerProfile &known, QWidget *parent)
    : QWidget(parent), m_known(known), m_form(new QFormLayout), m_examiner(new QLineEdit(this)),
      m_organisation(new QLineEdit(this)), m_timeZone(new QComboBox(this)), m_folder(new QLineEdit(this)),
      m_authority(new QComboBox(this))
{
    setObjectName(QStringLiteral("profileForm"));
    // Pre-filled from what is already known, so Enter alone is a sane answer.
    m_examiner->setObjectName(QStringLiteral("examinerEdit"));
    m_examiner->setText(known.examiner.isEmpty() ? defaultActor() : known.examiner);
    m_examiner->setPlaceholderText(tr("Full name, as it should appear in custody records"));
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_organisation->setText(known.organisation);
    m_organisation->setPlaceholderText(tr("e.g. Acme SA — CSIRT"));

    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(known.timeZone.isEmpty() ? QString::fromLatin1(QTimeZone::systemTimeZoneId())
                                                        : known.timeZone);

    m_folder->setObjectName(QStringLiteral("evidenceFolderEdit"));
    m_folder->setText(known.evidenceFolder.isEmpty()
                          ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                .filePath(QStringLiteral("Evidence"))
                          : known.evidenceFolder);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseFolderButton"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_authority->setObjectName(QStringLiteral("authorityCombo"));
    m_authority->setEditable(true);
    m_authority->addItems(supervisoryAuthorities());
    m_authority->setCurrentText(known.authority.isEmpty() ? supervisoryAuthorities().constFirst() : known.authority);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Examiner:"), m_examiner);
    m_form->addRow(tr("&Organisation:"), m_organisation);
    m_form->addRow(tr("&Time zone:"), m_timeZone);
    // A row holding a layout gets no buddy from addRow: without one the
    // mnemonic would show as a literal "&".
    auto *folderLabel = new QLabel(tr("Evidence &folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_form->addRow(folderLabel, folderRow);
    m_form->addRow(tr("Supervisory &authority:"), m_authority);
    setLayout(m_form);

    connect(browse, &QPushButton::clicked, this, &ProfileForm::browseFolder);
}

ExaminerProfile ProfileForm::profile() const
{
    ExaminerProfile p = m_known;
    p.examiner = m_examiner->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.timeZone = m_timeZone->currentText().trimmed();
    p.evidenceFolder = m_folder->text().trimmed();
    p.authority = m_authority->currentText().trimmed();
    return p;
}

QString ProfileForm::validationProblem() const
{
    const ExaminerProfile p = profile();
    if (p.examiner.isEmpty())
        return tr("Enter the examiner's name: the audit trail and every acquisition record name them.");
    if (!QTimeZone(p.timeZone.toLatin1()).isValid())
        return tr("“%1” is not a time zone this computer knows. Choose one from the list, e.g. Europe/Paris.")
            .arg(p.timeZone);
    if (p.evidenceFolder.isEmpty())
        return tr("Enter the evidence folder: images are written there by default.");
    return {};
}

void ProfileForm::focusProblem()
{
    const ExaminerProfile p = profile();
    if (p.examiner.isEmpty())
        m_examiner->setFocus();
    else if (!QTimeZone(p.timeZone.toLatin1()).isValid())
        m_timeZone->setFocus();
    else if (p.evidenceFolder.isEmpty())
        m_folder->setFocus();
}

void ProfileForm::browseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Default evidence folder"), m_folder->text());
    dialog->setObjectName(QStringLiteral("evidenceFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
    dialog->open();
}

} // namespace firebreak::ui
