#include "CorrectiveActionDialog.h"

#include "ui/DialogChrome.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

CorrectiveActionDialog::CorrectiveActionDialog(const WorkspaceContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_action(new QLineEdit(this)), m_owner(new QLineEdit(this)),
      m_hasDue(new QCheckBox(tr("Due &by"), this)), m_due(new QDateEdit(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Add action"), this))
{
    setObjectName(QStringLiteral("correctiveDialog"));
    setWindowTitle(tr("Add corrective action — %1").arg(ctx.incidentId));
    setMinimumWidth(480);
    m_action->setObjectName(QStringLiteral("correctiveActionEdit"));
    m_action->setPlaceholderText(tr("What will be changed so it does not happen again"));
    m_owner->setObjectName(QStringLiteral("correctiveOwnerEdit"));
    m_owner->setPlaceholderText(tr("Person or team"));
    m_hasDue->setObjectName(QStringLiteral("correctiveDueCheck"));
    m_hasDue->setChecked(true);
    m_due->setObjectName(QStringLiteral("correctiveDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(ctx.now().toLocalTime().date().addDays(30));

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Due:"), dueRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CorrectiveActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CorrectiveActionDialog::reject);
    connect(m_action, &QLineEdit::textChanged, this, &CorrectiveActionDialog::revalidate);
    connect(m_owner, &QLineEdit::textChanged, this, &CorrectiveActionDialog::revalidate);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    revalidate();
    m_action->setFocus();
}

QString CorrectiveActionDialog::validationProblem() const
{
    if (m_action->text().trimmed().isEmpty())
        return tr("Describe the corrective action.");
    if (m_owner->text().trimmed().isEmpty())
        return tr("Every corrective action needs an owner.");
    return {};
}

void CorrectiveActionDialog::revalidate()
{
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void CorrectiveActionDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    CorrectiveAction a;
    a.incidentId = m_ctx.incidentId;
    a.action = m_action->text().trimmed();
    a.owner = m_owner->text().trimmed();
    if (m_hasDue->isChecked())
        a.due = m_due->date();
    if (auto r = m_ctx.response.addCorrectiveAction(a); !r) {
        chrome::showError(m_error, tr("The corrective action was not added: %1").arg(r.error().message));
        return;
    }
    emit added();
    QDialog::accept();
}

} // namespace firebreak::ui
