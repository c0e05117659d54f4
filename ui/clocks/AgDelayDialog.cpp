#include "AgDelayDialog.h"

#include "ClockText.h"
#include "ScopedActor.h"
#include "ui/DialogChrome.h"
#include "ui/TimeText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace firebreak::ui {

AgDelayDialog::AgDelayDialog(CaseStore &store, ClockService &service, const QString &incidentId, const QString &clockId,
                             QWidget *parent)
    : QDialog(parent), m_store(store), m_service(service), m_incidentId(incidentId), m_clockId(clockId),
      m_period(new QLabel(this)), m_days(new QSpinBox(this)), m_ground(new QComboBox(this)),
      m_determinedAt(new QDateTimeEdit(this)), m_zone(new QLabel(this)), m_reference(new QLineEdit(this)),
      m_recordedBy(new QLineEdit(this)), m_reason(new QPlainTextEdit(this)), m_preview(new QLabel(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Record delay"), this))
{
    setObjectName(QStringLiteral("agDelayDialog"));
    setMinimumWidth(600);
    auto status = service.clock(incidentId, clockId);
    if (status)
        m_status = *status;
    else
        chrome::showError(m_error,
                          tr("Cannot read clock %1 of %2: %3").arg(clockId, incidentId, status.error().message));
    const ClockRule rule = m_status ? m_status->rule : ClockRule{};
    const QString basis = rule.delay ? rule.delay->basis : QStringLiteral("Form 8-K Item 1.05(c)");
    setWindowTitle(tr("Attorney General delay — %1").arg(m_status ? rule.title : clockId));

    auto *intro = new QLabel(tr("%1 lets the filing wait only when the U.S. Attorney General determines that "
                                "disclosure poses a substantial risk to national security or public safety, and "
                                "notifies the SEC in writing. Record the determination as received.")
                                 .arg(basis),
                             this);
    intro->setObjectName(QStringLiteral("agDelayIntro"));
    intro->setWordWrap(true);

    // The next period of the rule: how many are recorded decides which.
    const int period = m_status ? int(m_status->delays.size()) + 1 : 1;
    const int count = rule.delay ? int(rule.delay->periods.size()) : 0;
    const int maxDays = period <= count ? rule.delay->periods.at(period - 1) : 0;
    m_period->setObjectName(QStringLiteral("periodLabel"));
    m_period->setWordWrap(true);
    if (period <= count)
        m_period->setText(tr("Period %1 of %2: %3, at most %4 days")
                              .arg(period)
                              .arg(count)
                              .arg(delayPeriodName(period, count), QString::number(maxDays)));
    else
        m_period->setText(tr("All %1 periods are recorded").arg(count));

    m_days->setObjectName(QStringLiteral("daysSpin"));
    // The model checks the limit and says why; the box only keeps the value sane.
    m_days->setRange(1, 366);
    m_days->setValue(maxDays > 0 ? maxDays : 30);
    m_days->setSuffix(tr(" days"));
    m_ground->setObjectName(QStringLiteral("groundCombo"));
    m_ground->addItem(tr("Substantial risk to national security"), QStringLiteral("national-security"));
    m_ground->addItem(tr("Substantial risk to public safety"), QStringLiteral("public-safety"));
    m_determinedAt->setObjectName(QStringLiteral("determinedAtEdit"));
    m_determinedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_determinedAt->setCalendarPopup(true);
    m_determinedAt->setDateTime(store.clock().nowUtc().toLocalTime());
    auto *determinedRow = new QHBoxLayout;
    determinedRow->addWidget(m_determinedAt, 1);
    determinedRow->addWidget(m_zone);
    m_reference->setObjectName(QStringLiteral("agReferenceEdit"));
    m_reference->setPlaceholderText(tr("The letter or the DOJ/FBI case number"));
    m_recordedBy->setObjectName(QStringLiteral("decidedByEdit"));
    m_recordedBy->setText(store.actor());
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("What the Attorney General determined, e.g. “disclosure would alert the "
                                    "intruder while the FBI contains the operation”"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_preview->setObjectName(QStringLiteral("delayPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("&Length:"), m_days);
    form->addRow(tr("&Ground:"), m_ground);
    form->addRow(tr("&Determined at:"), determinedRow);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("Recorded &by:"), m_recordedBy);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(tr("Deadline:"), m_preview);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(determinedRow)))
        label->setBuddy(m_determinedAt);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgDelayDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AgDelayDialog::reject);
    connect(m_days, &QSpinBox::valueChanged, this, &AgDelayDialog::revalidate);
    connect(m_ground, &QComboBox::currentIndexChanged, this, &AgDelayDialog::revalidate);
    connect(m_determinedAt, &QDateTimeEdit::dateTimeChanged, this, &AgDelayDialog::revalidate);
    connect(m_reference, &QLineEdit::textChanged, this, &AgDelayDialog::revalidate);
    connect(m_recordedBy, &QLineEdit::textChanged, this, &AgDelayDialog::revalidate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AgDelayDialog::revalidate);
    revalidate();
    m_days->setFocus();
}

DelayRequest AgDelayDialog::request() const
{
    DelayRequest r;
    r.incidentId = m_incidentId;
    r.clockId = m_clockId;
    r.days = m_days->value();
    r.ground = m_ground->currentData().toString();
    r.determinedAt = m_determinedAt->dateTime().toUTC();
    r.agReference = m_reference->text();
    r.reason = m_reason->toPlainText();
    return r;
}

QString AgDelayDialog::preview() const
{
    auto plan = m_service.planDelay(request());
    if (!plan)
        return tr("—");
    return tr("%1 → %2 (period ends %3)")
        .arg(timetext::local(plan->from), timetext::local(plan->to), timetext::local(plan->delay.endsAt));
}

QString AgDelayDialog::validationProblem() const
{
    if (!m_status)
        return tr("The clock could not be read; nothing can be recorded.");
    if (m_recordedBy->text().trimmed().isEmpty())
        return tr("Say who records the delay.");
    // The model's own words: the dialog refuses exactly what the CLI refuses.
    if (auto plan = m_service.planDelay(request()); !plan) {
        QString message = plan.error().message;
        if (!message.isEmpty())
            message[0] = message[0].toUpper(); // a sentence in the dialog, a clause in the CLI
        return message;
    }
    return {};
}

void AgDelayDialog::revalidate()
{
    m_zone->setText(timetext::zoneName(m_determinedAt->dateTime().toUTC()));
    m_preview->setText(preview());
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void AgDelayDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    auto recorded = [&] {
        ScopedActor actor(m_store, m_recordedBy->text());
        return m_service.recordDelay(request());
    }();
    if (!recorded) {
        chrome::showError(m_error, tr("The delay was not recorded: %1").arg(recorded.error().message));
        return;
    }
    emit delayRecorded(m_incidentId, m_clockId);
    QDialog::accept();
}

} // namespace firebreak::ui
