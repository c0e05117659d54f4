#include "AmendTriggerDialog.h"

#include "ClassifyDialog.h"
#include "ClockText.h"
#include "ui/DialogChrome.h"
#include "ui/TimeText.h"

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
      m_reason(new QPlainTextEdit(this)), m_preview(new QLabel(this)), m_delayBox(new QWidget(this)),
      m_delayForm(new QFormLayout(m_delayBox)), m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)),
      m_error(chrome::errorLabel(this)), m_buttons(chrome::buttonBox(tr("Amend and recompute deadlines"), this))
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
    if (auto inc = store.incident(incidentId))
        m_incident = *inc;
    // One awareness (issue 18): personal-data, project-data and significant
    // all count from it, so it is one entry; other decisions have their own.
    bool aware = m_incident.awareAt.isValid();
    for (const Classification &c : m_recorded)
        aware = aware || isAwarenessKind(c.kind);
    if (aware)
        m_kind->addItem(tr("Awareness (customer, GDPR Art. 33, NIS2, DORA 24 h)"), QStringLiteral("awareness"));
    for (const Classification &c : m_recorded)
        if (!isAwarenessKind(c.kind))
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
    m_delayBox->setObjectName(QStringLiteral("delayReasonsBox"));
    m_delayForm->setContentsMargins(0, 0, 0, 0);
    m_delayForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Trigger:"), m_kind);
    form->addRow(tr("Recorded instant:"), m_current);
    form->addRow(tr("&New instant:"), triggerRow);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Deadlines that move:"), m_preview);
    form->addRow(m_delayBox);
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
    if (kind == QLatin1String("awareness") && m_incident.awareAt.isValid())
        return m_incident.awareAt;
    for (const Classification &c : m_recorded)
        if (c.kind == kind || (kind == QLatin1String("awareness") && isAwarenessKind(c.kind)))
            return c.triggerAt;
    return {};
}

Result<AmendmentPlan> AmendTriggerDialog::currentPlan() const
{
    return m_service.planAmendment(m_incidentId, m_kind->currentData().toString(), m_trigger->dateTime().toUTC());
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
    if (m_trigger->dateTime().toUTC() == currentTrigger())
        return tr("(pick the corrected instant)");
    auto plan = currentPlan();
    if (!plan)
        return {};
    QStringList lines;
    for (const ClockShift &s : plan->shifts) {
        const ClockRule *r = m_service.rules().rule(s.clockId);
        const QString title = r ? clocktext::shortTitle(*r) : s.clockId;
        if (!s.to.isValid()) {
            lines << tr("%1: without undue delay (no fixed deadline)").arg(title);
            continue;
        }
        const qint64 d = s.from.secsTo(s.to);
        QString line = QStringLiteral("%1: %2 → %3 (%4%5)")
                           .arg(title, timetext::local(s.from), timetext::local(s.to),
                                d < 0 ? QStringLiteral("−") : QStringLiteral("+"), formatTimeLeft(std::abs(d)));
        if (s.becomesLate)
            line += QLatin1Char('\n') + tr("   the notice sent %1 becomes late: reasons for the delay are required")
                                            .arg(timetext::local(s.sentAt));
        lines << line;
    }
    if (lines.isEmpty())
        lines << tr("No deadline moves.");
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
    if (auto plan = currentPlan(); !plan)
        return plan.error().message;
    else {
        QStringList missing;
        const QHash<QString, QString> given = delayReasons(plan->needReasons);
        for (const QString &c : plan->needReasons)
            if (given.value(c).isEmpty()) {
                const ClockRule *r = m_service.rules().rule(c);
                missing << (r ? clocktext::shortTitle(*r) : c);
            }
        if (!missing.isEmpty())
            return tr("This amendment makes a notice already sent late: give the reasons for the delay of %1.")
                .arg(missing.join(QStringLiteral(", ")));
    }
    if (m_reason->toPlainText().trimmed().isEmpty())
        return tr("An amendment needs its reason; it goes to the audit trail.");
    return {};
}

void AmendTriggerDialog::revalidate()
{
    m_zone->setText(timetext::zoneName(m_trigger->dateTime().toUTC()));
    m_preview->setText(preview());
    auto plan = currentPlan();
    showDelayFields(plan ? plan->needReasons : QStringList());
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void AmendTriggerDialog::showDelayFields(const QStringList &clocks)
{
    for (const QString &c : clocks) {
        if (m_delayEdits.contains(c))
            continue;
        auto *edit = new QPlainTextEdit(m_delayBox);
        edit->setObjectName(QStringLiteral("delayReasonEdit_") + c);
        edit->setPlaceholderText(tr("Why this notice, already sent, is late against the corrected deadline"));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        const ClockRule *r = m_service.rules().rule(c);
        auto *label = new QLabel(tr("Reasons for the delay of %1:").arg(r ? clocktext::shortTitle(*r) : c), m_delayBox);
        label->setWordWrap(true);
        label->setBuddy(edit);
        // Label above its field: clock titles are long, and a narrow label
        // column would break them over three lines.
        m_delayForm->addRow(label);
        m_delayForm->addRow(edit);
        m_delayEdits.insert(c, edit);
        connect(edit, &QPlainTextEdit::textChanged, this, &AmendTriggerDialog::revalidate);
    }
    for (auto it = m_delayEdits.cbegin(); it != m_delayEdits.cend(); ++it) {
        int row = -1;
        m_delayForm->getWidgetPosition(it.value(), &row, nullptr);
        m_delayForm->setRowVisible(row, clocks.contains(it.key()));
        m_delayForm->setRowVisible(row - 1, clocks.contains(it.key())); // its label
    }
    m_delayBox->setVisible(!clocks.isEmpty());
}

QHash<QString, QString> AmendTriggerDialog::delayReasons(const QStringList &clocks) const
{
    QHash<QString, QString> out;
    for (const QString &c : clocks)
        if (const QPlainTextEdit *e = m_delayEdits.value(c))
            out.insert(c, e->toPlainText().trimmed());
    return out;
}

void AmendTriggerDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    const QString kind = m_kind->currentData().toString();
    QHash<QString, QString> delay;
    if (auto plan = currentPlan())
        delay = delayReasons(plan->needReasons);
    Status st =
        m_service.amendTrigger(m_incidentId, kind, m_trigger->dateTime().toUTC(), m_reason->toPlainText(), delay);
    if (!st) {
        chrome::showError(m_error,
                          tr("The %1 trigger of %2 was not amended: %3").arg(kind, m_incidentId, st.error().message));
        return;
    }
    emit amended(m_incidentId);
    QDialog::accept();
}

} // namespace firebreak::ui
