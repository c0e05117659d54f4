#include "WelcomeDialog.h"

#include "DialogChrome.h"
#include "ProfileForm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace firebreak::ui {

WelcomeDialog::WelcomeDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_form(new ProfileForm(ExaminerProfile::load(settings), this)),
      m_demo(new QCheckBox(tr("Open a &demo incident to explore every screen"), this)),
      m_error(chrome::errorLabel(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Firebreak"));
    setMinimumWidth(560);
    // The window behind must not be opening a store while this is being
    // answered; MainWindow leaves dialogs marked so in place when it does.
    setProperty(chrome::kKeepOnStoreChange, true);

    auto *intro = new QLabel(tr("<b>Before the first incident</b><br>These answers pre-fill every record: the audit "
                                "trail and acquisition logs name the examiner, notices go to the authority below. "
                                "You can change them later in File › Settings…"),
                             this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);

    m_demo->setObjectName(QStringLiteral("demoCheck"));
    m_demo->setToolTip(tr("Opens a throw-away case store with an example ransomware incident. Your own case store "
                          "is not touched and the demo is discarded when Firebreak closes."));

    auto *buttons = chrome::buttonBox(tr("&Start"), this);
    if (QPushButton *later = buttons->button(QDialogButtonBox::Cancel)) {
        later->setText(tr("&Later"));
        later->setToolTip(tr("Skip for now; the login name is used as the examiner until you fill in File › "
                             "Settings…"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_demo);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);
}

ExaminerProfile WelcomeDialog::profile() const
{
    return m_form->profile();
}

bool WelcomeDialog::demoRequested() const
{
    return m_demo->isChecked();
}

void WelcomeDialog::accept()
{
    if (const QString problem = m_form->validationProblem(); !problem.isEmpty()) {
        chrome::showError(m_error, problem);
        m_form->focusProblem();
        return;
    }
    profile().save(m_settings);
    m_settings.sync();
    QDialog::accept();
}

void WelcomeDialog::reject()
{
    // Seen and skipped: mark the welcome done without touching whatever
    // profile is already there, so it does not come back at the next
    // (possibly urgent) start.
    ExaminerProfile::markSeen(m_settings);
    m_settings.sync();
    QDialog::reject();
}

} // namespace firebreak::ui
