#include "ContainmentDialog.h"

#include "InstantEdit.h"
#include "ui/DialogChrome.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

ContainmentDialog::ContainmentDialog(const WorkspaceContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_system(new QComboBox(this)), m_action(new QComboBox(this)),
      m_by(new QLineEdit(ctx.store.actor(), this)), m_at(new InstantEdit(ctx.now(), this)),
      m_verification(new QLineEdit(this)), m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)),
      m_error(chrome::errorLabel(this)), m_buttons(chrome::buttonBox(tr("Record isolation"), this))
{
    setObjectName(QStringLiteral("containmentDialog"));
    setWindowTitle(tr("Record isolation — %1").arg(ctx.incidentId));
    setMinimumWidth(520);

    m_system->setObjectName(QStringLiteral("containmentSystemCombo"));
    m_system->setEditable(true);
    m_system->setInsertPolicy(QComboBox::NoInsert);
    m_system->addItem(QString());
    if (auto systems = ctx.store.systems(ctx.incidentId))
        for (const AffectedSystem &s : *systems)
            m_system->addItem(s.hostname);
    m_system->lineEdit()->setPlaceholderText(tr("Host name or asset"));
    m_action->setObjectName(QStringLiteral("containmentActionCombo"));
    m_action->setEditable(true);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->addItems({QString(), tr("network cut (switch port shut)"), tr("firewall rule"), tr("VLAN quarantine"),
                        tr("EDR network isolation"), tr("account disabled"), tr("credentials revoked"),
                        tr("VM paused")});
    m_action->lineEdit()->setPlaceholderText(tr("What was done to contain it"));
    m_by->setObjectName(QStringLiteral("containmentByEdit"));
    m_at->setEditorObjectName(QStringLiteral("containmentAtEdit"));
    m_verification->setObjectName(QStringLiteral("containmentVerificationEdit"));
    m_verification->setPlaceholderText(tr("How it was checked, e.g. ping from outside fails"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&System:"), m_system);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&By:"), m_by);
    form->addRow(tr("&When:"), m_at);
    form->addRow(tr("&Verified by:"), m_verification);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContainmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContainmentDialog::reject);
    connect(m_system, &QComboBox::currentTextChanged, this, &ContainmentDialog::revalidate);
    connect(m_action, &QComboBox::currentTextChanged, this, &ContainmentDialog::revalidate);
    connect(m_verification, &QLineEdit::textChanged, this, &ContainmentDialog::revalidate);
    revalidate();
    m_system->setFocus();
}

QString ContainmentDialog::validationProblem() const
{
    if (m_system->currentText().trimmed().isEmpty())
        return tr("Name the system that was contained.");
    if (m_action->currentText().trimmed().isEmpty())
        return tr("Say what was done to contain it.");
    return {};
}

void ContainmentDialog::revalidate()
{
    QString problem = validationProblem();
    const bool ok = problem.isEmpty();
    if (ok && m_verification->text().trimmed().isEmpty())
        problem = tr("Not verified yet: you can record it now and verify later, but say how once you have.");
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(ok);
}

void ContainmentDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    ContainmentAction a;
    a.incidentId = m_ctx.incidentId;
    a.system = m_system->currentText().trimmed();
    a.action = m_action->currentText().trimmed();
    a.performedBy = m_by->text().trimmed();
    a.performedAt = m_at->value();
    a.verification = m_verification->text().trimmed();
    if (auto r = m_ctx.response.recordContainment(a); !r) {
        chrome::showError(m_error, tr("The isolation of %1 was not recorded: %2").arg(a.system, r.error().message));
        return;
    }
    emit recorded();
    QDialog::accept();
}

} // namespace firebreak::ui
