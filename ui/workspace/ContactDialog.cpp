#include "ContactDialog.h"

#include "InstantEdit.h"
#include "ui/DialogChrome.h"
#include "ui/Palette.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
QString partyLabel(const QString &key)
{
    return contactPartyLabel(key);
}
} // namespace

ContactDialog::ContactDialog(const WorkspaceContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_at(new InstantEdit(ctx.now(), this)), m_type(new QComboBox(this)),
      m_organisation(new QLineEdit(this)), m_person(new QLineEdit(this)), m_reference(new QLineEdit(this)),
      m_channel(new QComboBox(this)), m_summary(new QPlainTextEdit(this)), m_lawNote(new QLabel(this)),
      m_form(new QFormLayout), m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)),
      m_error(chrome::errorLabel(this)), m_buttons(chrome::buttonBox(tr("Log contact"), this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Log contact — %1").arg(ctx.incidentId));
    setMinimumWidth(540);
    m_at->setEditorObjectName(QStringLiteral("contactAtEdit"));
    m_type->setObjectName(QStringLiteral("contactTypeCombo"));
    for (const QString &key : contactPartyTypes())
        m_type->addItem(partyLabel(key), key);
    m_organisation->setObjectName(QStringLiteral("contactOrganisationEdit"));
    m_person->setObjectName(QStringLiteral("contactPersonEdit"));
    m_reference->setObjectName(QStringLiteral("contactReferenceEdit"));
    m_reference->setPlaceholderText(tr("Their case, ticket or receipt number"));
    m_channel->setObjectName(QStringLiteral("contactChannelCombo"));
    m_channel->setEditable(true);
    m_channel->addItems({QStringLiteral("phone"), QStringLiteral("e-mail"), tr("in person"), tr("web form"),
                         QStringLiteral("letter"), tr("video call")});
    m_summary->setObjectName(QStringLiteral("contactSummaryEdit"));
    m_summary->setPlaceholderText(tr("What was said or agreed"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().height() * 4 + 12);
    m_lawNote->setObjectName(QStringLiteral("lawEnforcementNote"));
    m_lawNote->setWordWrap(true);
    m_lawNote->setText(tr("⚑ Flagged as a law-enforcement contact in the incident record. The agency is "
                          "required; record the officer and their case reference."));
    m_lawNote->setAutoFillBackground(true);
    m_lawNote->setMargin(6);
    QPalette pal = m_lawNote->palette();
    pal.setColor(QPalette::Window, palette::mix(pal.color(QPalette::Base), palette::accent(), 0.14));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Text));
    m_lawNote->setPalette(pal);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&When:"), m_at);
    m_form->addRow(tr("&Party:"), m_type);
    m_form->addRow(tr("&Organisation:"), m_organisation);
    m_form->addRow(tr("P&erson:"), m_person);
    m_form->addRow(tr("Case &reference:"), m_reference);
    m_form->addRow(tr("C&hannel:"), m_channel);
    m_form->addRow(tr("&Summary:"), m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lawNote);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ContactDialog::revalidate);
    connect(m_organisation, &QLineEdit::textChanged, this, &ContactDialog::revalidate);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &ContactDialog::revalidate);
    revalidate();
    m_type->setFocus();
}

void ContactDialog::setPartyType(const QString &key)
{
    const int i = m_type->findData(key);
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

QString ContactDialog::validationProblem() const
{
    const bool law = m_type->currentData().toString() == QLatin1String("law-enforcement");
    if (law && m_organisation->text().trimmed().isEmpty())
        return tr("A law-enforcement contact needs the agency.");
    if (m_summary->toPlainText().trimmed().isEmpty())
        return tr("A summary of the contact is required.");
    return {};
}

void ContactDialog::revalidate()
{
    const bool law = m_type->currentData().toString() == QLatin1String("law-enforcement");
    m_lawNote->setVisible(law);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_organisation)))
        label->setText(law ? tr("&Agency:") : tr("&Organisation:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_person)))
        label->setText(law ? tr("Offic&er:") : tr("P&erson:"));
    m_organisation->setPlaceholderText(law ? tr("Required: e.g. national cybercrime unit") : tr("Company or body"));
    m_person->setPlaceholderText(law ? tr("Name and rank") : tr("Who you spoke to"));
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void ContactDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    ContactEntry c;
    c.incidentId = m_ctx.incidentId;
    c.at = m_at->value();
    c.partyType = m_type->currentData().toString();
    c.organisation = m_organisation->text().trimmed();
    c.person = m_person->text().trimmed();
    c.caseReference = m_reference->text().trimmed();
    c.channel = m_channel->currentText().trimmed();
    c.summary = m_summary->toPlainText().trimmed();
    if (auto logged = m_ctx.response.logContact(c); !logged) {
        chrome::showError(m_error, tr("The contact was not logged: %1").arg(logged.error().message));
        return;
    }
    emit logged();
    QDialog::accept();
}

} // namespace firebreak::ui
