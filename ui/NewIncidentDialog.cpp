#include "NewIncidentDialog.h"

#include "model/ShippedTexts.h"

#include "DialogChrome.h"
#include "OptionalDateTimeEdit.h"
#include "TimeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
// Entered times may run slightly ahead of the store's clock (a wall clock
// read a minute early); anything further is a typo.
constexpr qint64 kFutureSlackSecs = 5 * 60;
} // namespace

NewIncidentDialog::NewIncidentDialog(CaseStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_title(new QLineEdit(this)), m_severity(new QComboBox(this)),
      m_playbook(new QComboBox(this)), m_playbooks(playbooks::load({playbooks::userDir()})),
      m_commander(new QLineEdit(this)), m_detected(new OptionalDateTimeEdit(tr("Recorded"), this)),
      m_aware(new OptionalDateTimeEdit(tr("Recorded"), this)), m_description(new QPlainTextEdit(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Open incident"), this))
{
    setObjectName(QStringLiteral("newIncidentDialog"));
    setWindowTitle(tr("New incident"));
    setMinimumWidth(560);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What is happening, e.g. “Ransomware on file server FS01”"));
    m_title->setMaxLength(200);

    m_severity->setObjectName(QStringLiteral("severityCombo"));
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_severity->addItem(severityLabel(s), int(s));
    m_severity->setCurrentIndex(m_severity->findData(int(Severity::Medium)));
    // Every incident is guided by a playbook; the generic one fits when the
    // nature of the incident is not known yet.
    m_playbook->setObjectName(QStringLiteral("playbookCombo"));
    for (const Playbook &pb : m_playbooks.playbooks) {
        m_playbook->addItem(shipped::text(pb.title), pb.id);
        m_playbook->setItemData(m_playbook->count() - 1, pb.description, Qt::ToolTipRole);
    }
    m_playbook->setCurrentIndex(std::max(0, m_playbook->findData(playbooks::defaultId())));

    m_commander->setObjectName(QStringLiteral("commanderEdit"));
    m_commander->setPlaceholderText(tr("Who leads the response"));

    const QDateTime now = store.clock().nowUtc();
    m_detected->setObjectNames(QStringLiteral("detectedAt"));
    m_detected->setDefaultTime(now);
    m_aware->setObjectNames(QStringLiteral("awareAt"));
    m_aware->setDefaultTime(now);

    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("How it was detected, what is known so far"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Playbook:"), m_playbook);
    form->addRow(tr("&Commander:"), m_commander);
    form->addRow(tr("&Detected at:"), m_detected);
    form->addRow(tr("&Aware at:"), m_aware);
    form->addRow(QString(), chrome::hintLabel(tr("Awareness: reasonable certainty that a security incident "
                                                 "compromised personal data (EDPB 9/2022). Notification "
                                                 "clocks run from this instant, not from detection."),
                                              QStringLiteral("awareHint"), this));
    form->addRow(tr("D&escription:"), m_description);
    for (OptionalDateTimeEdit *edit : {m_detected, m_aware})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(edit)))
            label->setBuddy(edit->checkBox());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewIncidentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewIncidentDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewIncidentDialog::revalidate);
    connect(m_detected, &OptionalDateTimeEdit::changed, this, &NewIncidentDialog::revalidate);
    connect(m_aware, &OptionalDateTimeEdit::changed, this, &NewIncidentDialog::revalidate);
    revalidate();
    m_title->setFocus();
}

QString NewIncidentDialog::validationProblem() const
{
    if (m_title->text().simplified().isEmpty())
        return tr("A title is required: a few words that say what is happening.");
    const QDateTime limit = m_store.clock().nowUtc().addSecs(kFutureSlackSecs);
    const QDateTime detected = m_detected->value();
    const QDateTime aware = m_aware->value();
    if (detected.isValid() && detected > limit)
        return tr("Detected at is in the future (%1).").arg(timetext::local(detected));
    if (aware.isValid() && aware > limit)
        return tr("Aware at is in the future (%1).").arg(timetext::local(aware));
    if (detected.isValid() && aware.isValid() && aware < detected)
        return tr("Aware at (%1) is before detected at (%2); awareness follows discovery.")
            .arg(timetext::local(aware), timetext::local(detected));
    return {};
}

void NewIncidentDialog::revalidate()
{
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

NewIncident NewIncidentDialog::spec() const
{
    NewIncident s;
    s.title = m_title->text().simplified();
    s.severity = Severity(m_severity->currentData().toInt());
    s.commander = m_commander->text().trimmed();
    s.description = m_description->toPlainText().trimmed();
    s.detectedAt = m_detected->value();
    s.awareAt = m_aware->value();
    s.playbookId = m_playbook->currentData().toString();
    return s;
}

void NewIncidentDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    const NewIncident wanted = spec();
    const Playbook *book = m_playbooks.find(wanted.playbookId);
    auto created = m_store.createIncident(wanted, book ? book->steps : QList<StepTemplate>());
    if (!created) {
        chrome::showError(m_error, tr("The incident was not created: %1\nEverything you typed is still "
                                      "here; press Open incident to try again.")
                                       .arg(created.error().message));
        return;
    }
    m_createdId = created->id;
    emit incidentCreated(m_createdId);
    QDialog::accept();
}

} // namespace firebreak::ui
