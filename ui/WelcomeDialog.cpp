#include "WelcomeDialog.h"

#include "DialogChrome.h"
#include "model/CaseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

namespace firebreak::ui {

WelcomeDialog::WelcomeDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_examiner(new QLineEdit(this)), m_organisation(new QLineEdit(this)),
      m_timeZone(new QComboBox(this)), m_folder(new QLineEdit(this)), m_authority(new QComboBox(this)),
      m_demo(new QCheckBox(tr("Open a &demo incident to explore every screen"), this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Firebreak"));
    setMinimumWidth(560);

    // Pre-fill from what is already known, so Enter alone is a sane answer.
    const ExaminerProfile known = ExaminerProfile::load(settings);
    auto *intro = new QLabel(tr("<b>Before the first incident</b><br>These answers pre-fill every record: the audit "
                                "trail and acquisition logs name the examiner, notices go to the authority below. "
                                "You can change them later in the settings file."),
                             this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);

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
    const QString zone = known.timeZone.isEmpty() ? QString::fromLatin1(QTimeZone::systemTimeZoneId()) : known.timeZone;
    m_timeZone->setCurrentText(zone);

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

    m_demo->setObjectName(QStringLiteral("demoCheck"));
    m_demo->setToolTip(tr("Opens a throw-away case store with an example ransomware incident. Your own case store "
                          "is not touched and the demo is discarded when Firebreak closes."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Examiner:"), m_examiner);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Time zone:"), m_timeZone);
    // A row holding a layout gets no buddy from addRow: without one the
    // mnemonic would show as a literal "&".
    auto *folderLabel = new QLabel(tr("Evidence &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Supervisory &authority:"), m_authority);

    auto *buttons = chrome::buttonBox(tr("&Start"), this);
    if (QPushButton *later = buttons->button(QDialogButtonBox::Cancel)) {
        later->setText(tr("&Later"));
        later->setToolTip(tr("Skip for now; the login name is used as the examiner."));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_demo);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
    connect(browse, &QPushButton::clicked, this, &WelcomeDialog::browseFolder);
}

ExaminerProfile WelcomeDialog::profile() const
{
    ExaminerProfile p;
    p.examiner = m_examiner->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.timeZone = m_timeZone->currentText().trimmed();
    p.evidenceFolder = m_folder->text().trimmed();
    p.authority = m_authority->currentText().trimmed();
    return p;
}

bool WelcomeDialog::demoRequested() const
{
    return m_demo->isChecked();
}

void WelcomeDialog::accept()
{
    profile().save(m_settings);
    m_settings.sync();
    QDialog::accept();
}

void WelcomeDialog::reject()
{
    // Seen and skipped: store an empty profile so the welcome does not
    // come back at the next (possibly urgent) start.
    ExaminerProfile{}.save(m_settings);
    m_settings.sync();
    QDialog::reject();
}

void WelcomeDialog::browseFolder()
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
