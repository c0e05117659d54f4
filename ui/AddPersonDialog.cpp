#include "AddPersonDialog.h"

#include "DialogChrome.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

AddPersonDialog::AddPersonDialog(CaseStore &store, QString incidentId, QWidget *parent)
    : QDialog(parent), m_store(store), m_incidentId(std::move(incidentId)), m_name(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_contact(new QLineEdit(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Add person"), this))
{
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add person to %1").arg(m_incidentId));
    setMinimumWidth(440);

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Full name"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setEditable(true);
    m_role->setInsertPolicy(QComboBox::NoInsert);
    m_role->addItems({QString(), tr("Incident commander"), tr("CTO"), tr("Forensic examiner"), tr("System owner"),
                      tr("Data protection officer"), tr("Legal counsel"), tr("Communications"), tr("Law enforcement"),
                      tr("External responder")});
    m_role->lineEdit()->setPlaceholderText(tr("Role on the incident"));
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_contact->setPlaceholderText(tr("Phone or e-mail"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Contact:"), m_contact);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddPersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddPersonDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddPersonDialog::revalidate);
    revalidate();
    m_name->setFocus();
}

QString AddPersonDialog::validationProblem() const
{
    if (m_name->text().simplified().isEmpty())
        return tr("A name is required.");
    return {};
}

void AddPersonDialog::revalidate()
{
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void AddPersonDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    Person p;
    p.name = m_name->text().simplified();
    p.role = m_role->currentText().simplified();
    p.contact = m_contact->text().trimmed();
    auto added = m_store.addPerson(m_incidentId, p);
    if (!added) {
        chrome::showError(m_error, tr("The person was not added: %1").arg(added.error().message));
        return;
    }
    emit personAdded(m_incidentId);
    QDialog::accept();
}

} // namespace firebreak::ui
