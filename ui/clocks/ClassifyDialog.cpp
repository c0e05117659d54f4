#include "ClassifyDialog.h"

#include "AmendTriggerDialog.h"
#include "ClockText.h"
#include "ScopedActor.h"
#include "ui/DialogChrome.h"
#include "ui/TimeText.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
constexpr qint64 kFutureSlackSecs = 5 * 60;

QString checkName(const QString &kind)
{
    // personal-data -> personalDataCheck
    const QStringList parts = kind.split(QLatin1Char('-'));
    QString name = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        name += parts[i].left(1).toUpper() + parts[i].mid(1);
    return name + QStringLiteral("Check");
}

QString durationText(const ClockDuration &d)
{
    switch (d.kind) {
    case ClockDuration::Kind::Hours: return QStringLiteral("%1 h").arg(d.amount);
    case ClockDuration::Kind::Months:
        return d.amount == 1 ? QCoreApplication::translate("ClassifyDialog", "1 month")
                             : QCoreApplication::translate("ClassifyDialog", "%1 months").arg(d.amount);
    case ClockDuration::Kind::BusinessDays:
        return QCoreApplication::translate("ClassifyDialog", "%1 business days").arg(d.amount);
    case ClockDuration::Kind::UndueDelay: return QCoreApplication::translate("ClassifyDialog", "without undue delay");
    }
    return {};
}
} // namespace

QString ClassifyDialog::kindLabel(const QString &kind)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("personal-data"), tr("&Personal data involved")},
        {QStringLiteral("project-data"), tr("Customer p&roject data involved")},
        {QStringLiteral("high-risk"), tr("&High risk to data subjects")},
        {QStringLiteral("significant"), tr("&Significant incident (NIS2)")},
        {QStringLiteral("major"), tr("&Major ICT incident (DORA)")},
        {QStringLiteral("material"), tr("Ma&terial (SEC)")},
    };
    return labels.value(kind, kind);
}

QString ClassifyDialog::kindMeaning(const QString &kind)
{
    static const QHash<QString, QString> meanings{
        {QStringLiteral("personal-data"), tr("Personal data of customers, staff or others was compromised.")},
        {QStringLiteral("project-data"), tr("Data a customer entrusted to a project was compromised.")},
        {QStringLiteral("high-risk"), tr("Likely high risk to people's rights and freedoms (Art. 34).")},
        {QStringLiteral("significant"),
         tr("Severe disruption or loss, or considerable damage to others (Art. 23(3)).")},
        {QStringLiteral("major"), tr("Meets the DORA criteria for a major ICT-related incident.")},
        {QStringLiteral("material"), tr("Materiality determined for Form 8-K reporting.")},
    };
    return meanings.value(kind);
}

QString ClassifyDialog::clocksStartedBy(const ClockRuleSet &rules, const QString &kind)
{
    QStringList started;
    for (const ClockRule &r : rules.rules)
        if (r.triggerKind == ClockRule::TriggerKind::Classification && r.classification == kind)
            started << QStringLiteral("%1 (%2)").arg(clocktext::shortTitle(r), durationText(r.duration));
    return started.join(QStringLiteral(", "));
}

ClassifyDialog::ClassifyDialog(CaseStore &store, ClockService &service, const QString &incidentId, QWidget *parent)
    : QDialog(parent), m_store(store), m_service(service), m_incidentId(incidentId), m_trigger(new QDateTimeEdit(this)),
      m_zone(new QLabel(this)), m_decidedBy(new QLineEdit(this)), m_reason(new QPlainTextEdit(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Classify and start clocks"), this)),
      m_amend(new QPushButton(tr("&Amend trigger…"), this))
{
    setObjectName(QStringLiteral("classifyDialog"));
    setWindowTitle(tr("Classify %1").arg(incidentId));
    setMinimumWidth(640);

    auto *kinds = new QGroupBox(tr("What is this incident? Each choice starts its clocks"), this);
    auto *kindsLayout = new QVBoxLayout(kinds);
    kindsLayout->setSpacing(2);
    for (const QString &kind : knownClassifications()) {
        auto *check = new QCheckBox(kindLabel(kind), kinds);
        check->setObjectName(checkName(kind));
        const QString starts = clocksStartedBy(service.rules(), kind);
        check->setToolTip(kindMeaning(kind));
        auto *hint = chrome::hintLabel(tr("Starts %1.").arg(starts.isEmpty() ? tr("no clock") : starts),
                                       checkName(kind).replace(QStringLiteral("Check"), QStringLiteral("Hint")), kinds);
        // One line each: a dialog does not grow for wrapped labels, and
        // the meaning is in the tooltip.
        hint->setWordWrap(false);
        hint->setToolTip(kindMeaning(kind));
        auto *hintRow = new QHBoxLayout;
        hintRow->setContentsMargins(0, 0, 0, 4);
        hintRow->addSpacing(24);
        hintRow->addWidget(hint, 1);
        kindsLayout->addWidget(check);
        kindsLayout->addLayout(hintRow);
        m_checks.insert(kind, check);
        m_hints.insert(kind, hint);
        connect(check, &QCheckBox::toggled, this, &ClassifyDialog::revalidate);
    }
    // A high risk to data subjects implies a personal-data breach (Art. 33
    // and the customer notice start too), as in the CLI.
    connect(m_checks.value(QStringLiteral("high-risk")), &QCheckBox::toggled, this, [this](bool on) {
        QCheckBox *personal = m_checks.value(QStringLiteral("personal-data"));
        if (m_recorded.contains(QLatin1String("personal-data")))
            return;
        if (on)
            personal->setChecked(true);
        personal->setEnabled(!on);
    });

    m_trigger->setObjectName(QStringLiteral("awareAtEdit"));
    m_trigger->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_trigger->setCalendarPopup(true);
    auto incident = store.incident(incidentId);
    const QDateTime now = store.clock().nowUtc();
    // The awareness already recorded on the incident is the natural trigger;
    // otherwise now, in whole minutes.
    if (incident)
        m_awareAt = incident->awareAt;
    QDateTime start = (incident && incident->awareAt.isValid()) ? incident->awareAt : now;
    QDateTime local = start.toLocalTime();
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    m_trigger->setDateTime(local);
    m_zone->setText(timetext::zoneName(start));
    auto *triggerRow = new QHBoxLayout;
    triggerRow->addWidget(m_trigger, 1);
    triggerRow->addWidget(m_zone);

    m_decidedBy->setObjectName(QStringLiteral("decidedByEdit"));
    m_decidedBy->setText(store.actor());
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("What makes it so, e.g. “payroll export found in the attacker's staging "
                                    "folder”"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Aware / &decided at:"), triggerRow);
    form->addRow(QString(),
                 chrome::hintLabel(tr("Awareness is reasonable certainty that the incident compromised the data "
                                      "(EDPB 9/2022), not first detection. For DORA and SEC it is when the "
                                      "classification or materiality determination was made."),
                                   QStringLiteral("awareHint"), this));
    form->addRow(tr("Decided &by:"), m_decidedBy);
    form->addRow(tr("&Why:"), m_reason);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(triggerRow)))
        label->setBuddy(m_trigger);

    m_amend->setObjectName(QStringLiteral("amendButton"));
    m_amend->setAutoDefault(false);
    m_amend->setToolTip(tr("Move the instant of a recorded classification; deadlines follow"));
    m_buttons->addButton(m_amend, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(kinds);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClassifyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClassifyDialog::reject);
    connect(m_amend, &QPushButton::clicked, this, &ClassifyDialog::openAmend);
    connect(m_trigger, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_zone->setText(timetext::zoneName(m_trigger->dateTime().toUTC()));
        revalidate();
    });
    connect(m_decidedBy, &QLineEdit::textChanged, this, &ClassifyDialog::revalidate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ClassifyDialog::revalidate);
    loadRecorded();
    if (QCheckBox *first = m_checks.value(QStringLiteral("personal-data")); first && first->isEnabled())
        first->setFocus();
}

void ClassifyDialog::loadRecorded()
{
    m_recorded.clear();
    auto recorded = m_service.classifications(m_incidentId);
    if (!recorded) {
        chrome::showError(
            m_error,
            tr("Could not read the recorded classifications of %1: %2").arg(m_incidentId, recorded.error().message));
    } else {
        for (const Classification &c : *recorded) {
            m_recorded << c.kind;
            if (QCheckBox *check = m_checks.value(c.kind)) {
                check->setChecked(true);
                check->setEnabled(false);
                check->setToolTip(c.reason);
                const QString starts = clocksStartedBy(m_service.rules(), c.kind);
                m_hints.value(c.kind)->setText(tr("Recorded by %1, from %2. Amend trigger… moves it.")
                                                   .arg(c.decidedBy, timetext::local(c.triggerAt)));
                m_hints.value(c.kind)->setToolTip(
                    tr("Recorded %1. Why: %2\nStarted: %3").arg(timetext::local(c.recordedAt), c.reason, starts));
            }
        }
    }
    m_amend->setEnabled(!m_recorded.isEmpty() || m_awareAt.isValid());
    if (auto inc = m_store.incident(m_incidentId))
        m_awareAt = inc->awareAt;
    revalidate();
}

QStringList ClassifyDialog::checkedKinds() const
{
    QStringList kinds;
    for (const QString &kind : knownClassifications())
        if (m_checks.value(kind)->isChecked() && !m_recorded.contains(kind))
            kinds << kind;
    return kinds;
}

QStringList ClassifyDialog::kindsToSend() const
{
    // With high-risk, personal-data is implied by the model and takes the
    // incident's awareness; naming it would claim awareness at this instant.
    QStringList kinds = checkedKinds();
    if (kinds.contains(QLatin1String("high-risk")))
        kinds.removeAll(QStringLiteral("personal-data"));
    return kinds;
}

QString ClassifyDialog::validationProblem() const
{
    if (checkedKinds().isEmpty())
        return m_recorded.isEmpty() ? tr("Check at least one box: what the incident involves.")
                                    : tr("Check what else the incident involves, or use Amend trigger… to "
                                         "move a recorded instant.");
    const QDateTime at = m_trigger->dateTime().toUTC();
    if (at > m_store.clock().nowUtc().addSecs(kFutureSlackSecs))
        return tr("The instant %1 is in the future.").arg(timetext::local(at));
    if (at < QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()))
        return tr("The instant %1 is before 2000: that cannot be right.").arg(timetext::local(at));
    // One awareness per incident (issue 18): the same rules as the model,
    // said before the button is pressed.
    const QStringList kinds = kindsToSend();
    const bool namesAwareness = std::any_of(kinds.begin(), kinds.end(), isAwarenessKind);
    if (m_awareAt.isValid() && namesAwareness && at != m_awareAt)
        return tr("%1 became aware at %2; personal-data, project-data and significant clocks count from that one "
                  "instant. Set it here, or use Amend trigger… to correct the awareness with a reason.")
            .arg(m_incidentId, timetext::local(m_awareAt));
    if (m_awareAt.isValid() && at < m_awareAt)
        return tr("A decision cannot come before awareness (%1).").arg(timetext::local(m_awareAt));
    if (m_decidedBy->text().trimmed().isEmpty())
        return tr("Say who decided.");
    if (m_reason->toPlainText().trimmed().isEmpty())
        return tr("Say why: the audit trail keeps the reason with the decision.");
    return {};
}

void ClassifyDialog::revalidate()
{
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

void ClassifyDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    Status st = [&] {
        ScopedActor actor(m_store, m_decidedBy->text());
        return m_service.classify(m_incidentId, kindsToSend(), m_trigger->dateTime().toUTC(),
                                  m_reason->toPlainText().trimmed());
    }();
    if (!st) {
        QString message = tr("%1 was not classified: %2").arg(m_incidentId, st.error().message);
        if (st.error().kind == Error::Kind::Conflict)
            message += tr("\nTo change a recorded instant, use Amend trigger… and give the reason.");
        chrome::showError(m_error, message);
        loadRecorded();
        return;
    }
    emit classified(m_incidentId);
    QDialog::accept();
}

void ClassifyDialog::openAmend()
{
    auto *dialog = new AmendTriggerDialog(m_store, m_service, m_incidentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AmendTriggerDialog::amended, this, [this](const QString &id) {
        chrome::showError(m_error, {});
        loadRecorded();
        emit triggerAmended(id);
    });
    dialog->open();
}

} // namespace firebreak::ui
