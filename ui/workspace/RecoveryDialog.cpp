#include "RecoveryDialog.h"

#include "InstantEdit.h"
#include "WorkspaceStyle.h"
#include "ui/DialogChrome.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

RecoveryDialog::RecoveryDialog(const WorkspaceContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_kind(new QComboBox(this)), m_system(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_by(new QLineEdit(ctx.store.actor(), this)), m_at(new InstantEdit(ctx.now(), this)),
      m_note(new QLabel(this)), m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)),
      m_error(chrome::errorLabel(this)), m_buttons(chrome::buttonBox(tr("Record"), this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Record recovery — %1").arg(ctx.incidentId));
    setMinimumWidth(520);
    m_kind->setObjectName(QStringLiteral("recoveryKindCombo"));
    m_kind->addItem(tr("Recovery action"), QStringLiteral("action"));
    m_kind->addItem(tr("Service restored"), QStringLiteral("service-restored"));
    m_kind->addItem(tr("Verified clean"), QStringLiteral("verified-clean"));
    m_system->setObjectName(QStringLiteral("recoverySystemCombo"));
    m_system->setEditable(true);
    m_system->setInsertPolicy(QComboBox::NoInsert);
    m_system->addItem(QString());
    if (auto systems = ctx.store.systems(ctx.incidentId))
        for (const AffectedSystem &s : *systems)
            m_system->addItem(s.hostname);
    m_system->lineEdit()->setPlaceholderText(tr("Host, service or asset (optional)"));
    m_text->setObjectName(QStringLiteral("recoveryTextEdit"));
    m_by->setObjectName(QStringLiteral("recoveryByEdit"));
    m_at->setEditorObjectName(QStringLiteral("recoveryAtEdit"));
    m_note->setObjectName(QStringLiteral("recoveryKindNote"));
    m_note->setWordWrap(true);
    ws::setMuted(m_note);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&System:"), m_system);
    form->addRow(tr("&What:"), m_text);
    form->addRow(tr("&By:"), m_by);
    form->addRow(tr("W&hen:"), m_at);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecoveryDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecoveryDialog::revalidate);
    connect(m_text, &QLineEdit::textChanged, this, &RecoveryDialog::revalidate);
    revalidate();
    m_kind->setFocus();
}

void RecoveryDialog::setKind(const QString &kind)
{
    const int i = m_kind->findData(kind);
    if (i >= 0)
        m_kind->setCurrentIndex(i);
    m_text->setFocus();
}

QString RecoveryDialog::validationProblem() const
{
    if (m_text->text().trimmed().isEmpty())
        return tr("Describe what was done.");
    return {};
}

void RecoveryDialog::revalidate()
{
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("service-restored")) {
        m_note->setText(tr("The earliest “service restored” ends the outage in reports."));
        m_text->setPlaceholderText(tr("e.g. file shares back online from backup"));
    } else if (kind == QLatin1String("verified-clean")) {
        m_note->setText(tr("Say how the system was checked: IoC sweep, scan, monitoring."));
        m_text->setPlaceholderText(tr("e.g. IoC sweep clean, EDR full scan clean"));
    } else {
        m_note->setText(tr("Rebuilds, restores from backup, credential rotation, patches."));
        m_text->setPlaceholderText(tr("e.g. rebuilt from golden image"));
    }
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void RecoveryDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    RecoveryAction a;
    a.incidentId = m_ctx.incidentId;
    a.kind = m_kind->currentData().toString();
    a.system = m_system->currentText().trimmed();
    a.description = m_text->text().trimmed();
    a.performedBy = m_by->text().trimmed();
    a.performedAt = m_at->value();
    if (auto r = m_ctx.response.recordRecovery(a); !r) {
        chrome::showError(m_error, tr("The recovery entry was not recorded: %1").arg(r.error().message));
        return;
    }
    emit recorded();
    QDialog::accept();
}

} // namespace firebreak::ui
