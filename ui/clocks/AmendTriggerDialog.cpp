#include "AmendTriggerDialog.h"

#include "ClassifyDialog.h"
#include "ClockText.h"
#include "ui/DialogChrome.h"
#include "ui/TimeText.h"

#include "model/clocks/Deadline.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
constexpr qint64 kFutureSlackSecs = 5 * 60;
}

AmendTriggerDialog::AmendTriggerDialog(CaseStore &store, ClockService &service, const QString &incidentId,
                                       QWidget *parent)
    : QDialog(parent), m_store(store), m_service(service), m_incidentId(incidentId), m_kind(new QComboBox(this)),
      m_current(new QLabel(this)), m_trigger(new QDateTimeEdit(this)), m_zone(new QLabel(this)),
      m_reason(new QPlainTextEdit(this)), m_preview(new QLabel(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Amend and recompute deadlines"), this))
{
    setObjectName(QStringLiteral("amendTriggerDialog"));
    setWindowTitle(tr("Amend a trigger of %1").arg(incidentId));
    setMinimumWidth(560);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    if (auto recorded = service.classifications(incidentId))
        m_recorded = *recorded;
    else
        chrome::showError(m_error,
                          tr("Could not read the classifications of %1: %2").arg(incidentId, recorded.error().message));
    for (const Classification &c : m_recorded)
        m_kind->addItem(ClassifyDialog::kindLabel(c.kind).remove(QLatin1Char('&')), c.kind);

    m_current->setObjectName(QStringLiteral("currentTriggerLabel"));
    m_trigger->setObjectName(QStringLiteral("triggerEdit"));
    m_trigger->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_trigger->setCalendarPopup(true);
    auto *triggerRow = new QHBoxLayout;
    triggerRow->addWidget(m_trigger, 1);
    triggerRow->addWidget(m_zone);

    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why the instant changes, e.g. “log review shows the export was seen "
                                    "on Monday, not Tuesday”"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_preview->setObjectName(QStringLiteral("deadlinePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Classification:"), m_kind);
    form->addRow(tr("Recorded instant:"), m_current);
    form->addRow(tr("&New instant:"), triggerRow);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Deadlines become:"), m_preview);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(triggerRow)))
        label->setBuddy(m_trigger);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmendTriggerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AmendTriggerDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AmendTriggerDialog::kindChanged);
    connect(m_trigger, &QDateTimeEdit::dateTimeChanged, this, &AmendTriggerDialog::revalidate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AmendTriggerDialog::revalidate);
    kindChanged();
    m_trigger->setFocus();
}

QDateTime AmendTriggerDialog::currentTrigger() const
{
    const QString kind = m_kind->currentData().toString();
    for (const Classification &c : m_recorded)
        if (c.kind == kind)
            return c.triggerAt;
    return {};
}

void AmendTriggerDialog::kindChanged()
{
    const QDateTime current = currentTrigger();
    m_current->setText(timetext::local(current));
    m_current->setToolTip(timetext::utc(current));
    if (current.isValid())
        m_trigger->setDateTime(current.toLocalTime());
    revalidate();
}

QString AmendTriggerDialog::preview() const
{
    const QString kind = m_kind->currentData().toString();
    const QDateTime from = currentTrigger();
    const QDateTime to = m_trigger->dateTime().toUTC();
    QStringList lines;
    for (const ClockRule &r : m_service.rules().rules) {
        if (r.triggerKind != ClockRule::TriggerKind::Classification || r.classification != kind)
            continue;
        const QDateTime before = computeDeadline(r.duration, from, m_service.rules().calendars);
        const QDateTime after = computeDeadline(r.duration, to, m_service.rules().calendars);
        if (!after.isValid())
            lines << tr("%1: without undue delay (no fixed deadline)").arg(clocktext::shortTitle(r));
        else
            lines << QStringLiteral("%1: %2 → %3")
                         .arg(clocktext::shortTitle(r), timetext::local(before), timetext::local(after));
    }
    return lines.join(QLatin1Char('\n'));
}

QString AmendTriggerDialog::validationProblem() const
{
    if (m_recorded.isEmpty())
        return tr("Nothing is classified yet: there is no trigger to amend.");
    const QDateTime to = m_trigger->dateTime().toUTC();
    if (to == currentTrigger())
        return tr("Pick the corrected instant.");
    if (to > m_store.clock().nowUtc().addSecs(kFutureSlackSecs))
        return tr("The instant %1 is in the future.").arg(timetext::local(to));
    if (m_reason->toPlainText().trimmed().isEmpty())
        return tr("An amendment needs its reason; it goes to the audit trail.");
    return {};
}

void AmendTriggerDialog::revalidate()
{
    m_zone->setText(timetext::zoneName(m_trigger->dateTime().toUTC()));
    m_preview->setText(preview());
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void AmendTriggerDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    const QString kind = m_kind->currentData().toString();
    Status st = m_service.amendTrigger(m_incidentId, kind, m_trigger->dateTime().toUTC(), m_reason->toPlainText());
    if (!st) {
        chrome::showError(m_error,
                          tr("The %1 trigger of %2 was not amended: %3").arg(kind, m_incidentId, st.error().message));
        return;
    }
    emit amended(m_incidentId);
    QDialog::accept();
}

} // namespace firebreak::ui
