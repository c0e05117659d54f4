#include "AddStepDialog.h"

#include "RecordKinds.h"
#include "ui/DialogChrome.h"

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

AddStepDialog::AddStepDialog(const WorkspaceContext &ctx, Phase phase, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_phase(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_guidance(new QPlainTextEdit(this)), m_checklist(new QPlainTextEdit(this)), m_owner(new QLineEdit(this)),
      m_mandatory(new QCheckBox(tr("&Mandatory: blocks closing until done or skipped"), this)),
      m_records(new QComboBox(this)), m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)),
      m_error(chrome::errorLabel(this)), m_buttons(chrome::buttonBox(tr("Add step"), this))
{
    setObjectName(QStringLiteral("addStepDialog"));
    setWindowTitle(tr("Add step — %1").arg(ctx.incidentId));
    setMinimumWidth(520);
    m_phase->setObjectName(QStringLiteral("addStepPhaseCombo"));
    for (Phase p : allPhases())
        m_phase->addItem(phaseLabel(p), int(p));
    m_phase->setCurrentIndex(m_phase->findData(int(phase)));
    m_title->setObjectName(QStringLiteral("addStepTitleEdit"));
    m_title->setPlaceholderText(tr("What needs doing"));
    m_guidance->setObjectName(QStringLiteral("addStepGuidanceEdit"));
    m_guidance->setTabChangesFocus(true);
    m_guidance->setFixedHeight(m_guidance->fontMetrics().height() * 3 + 12);
    m_checklist->setObjectName(QStringLiteral("addStepChecklistEdit"));
    m_checklist->setPlaceholderText(tr("One item per line"));
    m_checklist->setTabChangesFocus(true);
    m_checklist->setFixedHeight(m_checklist->fontMetrics().height() * 3 + 12);
    m_owner->setObjectName(QStringLiteral("addStepOwnerEdit"));
    m_owner->setPlaceholderText(tr("Person or role"));
    m_mandatory->setObjectName(QStringLiteral("addStepMandatoryCheck"));
    m_records->setObjectName(QStringLiteral("addStepRecordsCombo"));
    m_records->addItem(tr("Nothing in particular"), QString());
    for (const QString &kind : knownRecordKinds())
        m_records->addItem(records::need(kind), kind);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Phase:"), m_phase);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Guidance:"), m_guidance);
    form->addRow(tr("&Checklist:"), m_checklist);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(QString(), m_mandatory);
    form->addRow(tr("&Records:"), m_records);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddStepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddStepDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &AddStepDialog::revalidate);
    revalidate();
    m_title->setFocus();
}

void AddStepDialog::revalidate()
{
    const bool empty = m_title->text().trimmed().isEmpty();
    m_hint->setText(tr("A title is required."));
    m_hint->setVisible(empty);
    chrome::okButton(m_buttons)->setEnabled(!empty);
}

void AddStepDialog::accept()
{
    if (m_title->text().trimmed().isEmpty())
        return;
    StepTemplate t;
    t.phase = Phase(m_phase->currentData().toInt());
    t.title = m_title->text().trimmed();
    t.guidance = m_guidance->toPlainText().trimmed();
    for (const QString &line : m_checklist->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            t.checklist << line.trimmed();
    t.owner = m_owner->text().trimmed();
    t.mandatory = m_mandatory->isChecked();
    t.records = m_records->currentData().toString();
    auto step = m_ctx.response.addStep(m_ctx.incidentId, t);
    if (!step) {
        chrome::showError(m_error, tr("The step was not added: %1").arg(step.error().message));
        return;
    }
    emit added(step->stepId);
    QDialog::accept();
}

} // namespace firebreak::ui
