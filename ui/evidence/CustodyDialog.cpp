#include "CustodyDialog.h"

#include "ZonedTimeEdit.h"
#include "model/evidence/CustodyHolder.h"
#include "ui/DialogChrome.h"
#include "ui/Units.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace firebreak::ui {

QString custodyActionText(const QString &action)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"collected", QT_TRANSLATE_NOOP("CustodyDialog", "Collected")},
        {"transferred", QT_TRANSLATE_NOOP("CustodyDialog", "Transferred")},
        {"examined", QT_TRANSLATE_NOOP("CustodyDialog", "Examined")},
        {"stored", QT_TRANSLATE_NOOP("CustodyDialog", "Stored")},
        {"returned", QT_TRANSLATE_NOOP("CustodyDialog", "Returned")},
        {"released", QT_TRANSLATE_NOOP("CustodyDialog", "Released")}};
    for (const auto &[key, label] : labels)
        if (action == QLatin1String(key))
            return QCoreApplication::translate("CustodyDialog", label);
    if (action.isEmpty())
        return action;
    return action.left(1).toUpper() + action.mid(1);
}

CustodyDialog::CustodyDialog(CaseStore &store, const QString &incidentId, const QString &evidenceNumber,
                             const QString &action, QWidget *parent)
    : QDialog(parent), m_store(store), m_service(store), m_incidentId(incidentId), m_number(evidenceNumber),
      m_action(new QComboBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_at(new ZonedTimeEdit(store.clock().nowUtc(), this)), m_purpose(new QLineEdit(this)),
      m_location(new QLineEdit(this)), m_method(new QLineEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_override(new QLineEdit(this)), m_holderLine(new QLabel(this)), m_form(new QFormLayout),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Record"), this))
{
    setObjectName(action == QLatin1String("transferred") ? QStringLiteral("recordTransferDialog")
                                                         : QStringLiteral("recordCustodyDialog"));
    setMinimumWidth(560);
    m_action->setObjectName(QStringLiteral("custodyActionCombo"));
    for (const QString &a : custodyActions())
        if (a != QLatin1String("collected"))
            m_action->addItem(custodyActionText(a), a);
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_at->setObjectNames(QStringLiteral("custodyAt"));
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("Where it happened or where the item now is"));
    m_method->setObjectName(QStringLiteral("methodEdit"));
    m_method->setPlaceholderText(tr("hand delivery, courier + shipping number, sealed bag no. …"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 3 + 12);

    // The holder by the chain is who hands it over next: prefill it. Only
    // they can; anyone else needs a reason (issue #21).
    m_override->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_override->setPlaceholderText(tr("Required: why it is recorded from someone who does not hold it"));
    if (auto events = m_service.custody(incidentId, evidenceNumber); events && !events->isEmpty()) {
        m_chain = *events;
        const CustodyHolder holder = holderOf(m_chain);
        m_holder = holder.party;
        m_holderSince = holder.by.at;
        const CustodyEvent &last = events->last();
        m_from->setText(!m_holder.isEmpty() ? m_holder : !last.toParty.isEmpty() ? last.toParty : last.recordedBy);
    }

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Action:"), m_action);
    m_form->addRow(tr("&From:"), m_from);
    m_form->addRow(tr("&To:"), m_to);
    m_form->addRow(tr("&When:"), m_at);
    m_form->addRow(tr("&Purpose:"), m_purpose);
    m_form->addRow(tr("&Location:"), m_location);
    m_form->addRow(tr("&Method:"), m_method);
    m_form->addRow(tr("&Notes:"), m_notes);
    // The validation hint names the holder only until a reason is typed;
    // this line stays, so the user sees whose custody the entry overrides.
    m_holderLine->setObjectName(QStringLiteral("custodyHolderLabel"));
    m_holderLine->setWordWrap(true);
    m_holderLine->setTextFormat(Qt::PlainText);
    m_form->addRow(QString(), m_holderLine);
    m_form->addRow(tr("&Reason:"), m_override);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustodyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustodyDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &CustodyDialog::revalidate);
    for (QLineEdit *e : {m_from, m_to, m_purpose, m_location, m_override})
        connect(e, &QLineEdit::textChanged, this, &CustodyDialog::revalidate);
    connect(m_at, &ZonedTimeEdit::changed, this, &CustodyDialog::revalidate);
    revalidate();
    if (action == QLatin1String("transferred"))
        m_to->setFocus();
    else
        m_action->setFocus();
}

QString CustodyDialog::action() const
{
    return m_action->currentData().toString();
}

bool CustodyDialog::fromIsNotHolder() const
{
    const QString a = action();
    const bool handOff =
        a == QLatin1String("transferred") || a == QLatin1String("returned") || a == QLatin1String("released");
    const QString from = m_from->text().trimmed();
    return handOff && !m_holder.isEmpty() && !from.isEmpty() && !sameParty(from, m_holder);
}

QString CustodyDialog::validationProblem() const
{
    const QString a = action();
    const bool transfer = a == QLatin1String("transferred");
    if (transfer && m_from->text().trimmed().isEmpty())
        return tr("Who handed %1 over? (From is required for a transfer.)").arg(m_number);
    if (transfer && m_to->text().trimmed().isEmpty())
        return tr("Who received %1? (To is required for a transfer.)").arg(m_number);
    if (a == QLatin1String("stored") && m_location->text().trimmed().isEmpty())
        return tr("Where is %1 stored now? (Location is required.)").arg(m_number);
    if (a != QLatin1String("stored") && m_purpose->text().trimmed().isEmpty())
        return transfer ? tr("The purpose is required: why is %1 handed over?").arg(m_number)
                        : tr("The purpose is required: why this entry for %1?").arg(m_number);
    if (fromIsNotHolder() && m_override->text().trimmed().isEmpty())
        return tr("%1 is held by %2. Record the hand-over from them, or give the reason it is recorded from "
                  "someone else.")
            .arg(m_number, m_holder);
    if (!m_at->zoneValid())
        return tr("Time zone \"%1\" is not known; pick one from the list.").arg(m_at->zone());
    if (m_at->value() > m_store.clock().nowUtc().addSecs(300))
        return tr("That time is in the future.");
    return {};
}

void CustodyDialog::revalidate()
{
    const QString a = action();
    const bool transfer = a == QLatin1String("transferred");
    setWindowTitle(tr("Record %1 — %2 of %3")
                       .arg(transfer ? tr("transfer") : custodyActionText(a).toLower(), m_number, m_incidentId));
    const bool needsReason = fromIsNotHolder();
    m_override->setVisible(needsReason);
    m_form->labelForField(m_override)->setVisible(needsReason);
    m_holderLine->setText(m_holderSince.isValid()
                              ? tr("Held by %1 since %2").arg(m_holder, units::dateTime(m_holderSince))
                              : tr("Held by %1").arg(m_holder));
    const bool rowsChanged = m_holderLine->isHidden() == needsReason;
    m_holderLine->setVisible(needsReason);
    // The rows appear while the dialog is open: let it grow so they are not squeezed onto Notes.
    if (rowsChanged && isVisible()) {
        layout()->activate();
        resize(width(), std::max(height(), sizeHint().height()));
    }
    m_from->setPlaceholderText(transfer ? tr("Required: who handed it over (name, title, phone)") : tr("Who had it"));
    m_to->setPlaceholderText(transfer ? tr("Required: who received it (name, title, phone)") : tr("Who has it now"));
    m_purpose->setPlaceholderText(a == QLatin1String("stored") ? tr("Why it was moved")
                                                               : tr("Required: e.g. analysis at the lab, "
                                                                    "handed to police"));
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void CustodyDialog::accept()
{
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        chrome::showError(m_error, problem);
        return;
    }
    CustodyEvent e;
    e.incidentId = m_incidentId;
    e.evidenceNumber = m_number;
    e.action = action();
    e.at = m_at->value();
    e.zone = m_at->zone();
    e.fromParty = m_from->text().trimmed();
    e.toParty = m_to->text().trimmed();
    e.purpose = m_purpose->text().trimmed();
    e.location = m_location->text().trimmed();
    e.method = m_method->text().trimmed();
    e.notes = m_notes->toPlainText().trimmed();
    if (fromIsNotHolder())
        e.overrideReason = m_override->text().trimmed();
    if (auto saved = m_service.recordCustody(e); !saved) {
        chrome::showError(m_error, tr("Nothing was recorded: %1").arg(saved.error().message));
        return;
    }
    emit recorded(m_incidentId, m_number);
    QDialog::accept();
}

} // namespace firebreak::ui
