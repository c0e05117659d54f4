#include "NoticeDialog.h"

#include "ui/Units.h"

#include "ClockText.h"
#include "ui/DialogChrome.h"
#include "ui/Preferences.h"
#include "ui/TimeText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
constexpr qint64 kFutureSlackSecs = 5 * 60;
}

NoticeDialog::NoticeDialog(CaseStore &store, ClockService &service, const QString &incidentId, const QString &clockId,
                           QWidget *parent)
    : QDialog(parent), m_store(store), m_service(service), m_incidentId(incidentId), m_clockId(clockId),
      m_phase(new QLabel(this)), m_recipient(new QLineEdit(this)), m_channel(new QComboBox(this)),
      m_reference(new QLineEdit(this)), m_sentAt(new QDateTimeEdit(this)), m_zone(new QLabel(this)),
      m_document(new QLineEdit(this)), m_browse(new QPushButton(tr("B&rowse…"), this)), m_late(new QLabel(this)),
      m_delayLabel(new QLabel(tr("Reasons for the &delay:"), this)), m_delayReason(new QPlainTextEdit(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Record notice"), this))
{
    setObjectName(QStringLiteral("noticeDialog"));
    setMinimumWidth(580);

    auto status = service.clock(incidentId, clockId);
    if (status)
        m_status = *status;
    else
        chrome::showError(
            m_error, tr("Cannot record a notice for %1 of %2: %3").arg(clockId, incidentId, status.error().message));
    const QString title = m_status ? m_status->rule.title : clockId;
    setWindowTitle(tr("Record notice sent — %1").arg(title));

    m_phase->setObjectName(QStringLiteral("phaseLabel"));
    m_phase->setWordWrap(true);
    if (m_status && isSupplement()) {
        const Notice &first = m_status->notices.first();
        m_phase->setText(
            tr("<b>Supplement</b> to the initial notice sent %1 (ref. %2). The clock is "
               "already met; this adds information (GDPR Art. 33(4)).")
                .arg(timetext::local(first.sentAt).toHtmlEscaped(),
                     (first.reference.isEmpty() ? QStringLiteral("none") : first.reference).toHtmlEscaped()));
    } else if (m_status) {
        m_phase->setText(
            tr("<b>Initial notice</b> — ends the clock. %1.").arg(clocktext::deadlineText(*m_status).toHtmlEscaped()));
        m_phase->setToolTip(clocktext::deadlineTooltip(*m_status));
    }

    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_recipient->setText(m_status ? m_status->rule.recipient : QString());
    // The rule only says "supervisory authority"; the welcome asked which one.
    if (const QString authority = ExaminerProfile::current().authority;
        !authority.isEmpty() && clockId == QLatin1String("gdpr-art33"))
        m_recipient->setText(authority);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setEditable(true);
    m_channel->addItems({QString(), tr("Online notification form"), tr("E-mail"), tr("Registered letter"),
                         tr("Telephone"), tr("Portal upload")});
    m_channel->lineEdit()->setPlaceholderText(tr("How it was sent, e.g. CNIL online form"));
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setPlaceholderText(tr("The recipient's case or receipt number, if any"));

    m_sentAt->setObjectName(QStringLiteral("sentAtEdit"));
    m_sentAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_sentAt->setCalendarPopup(true);
    QDateTime now = store.clock().nowUtc().toLocalTime();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    m_sentAt->setDateTime(now);
    auto *sentRow = new QHBoxLayout;
    sentRow->addWidget(m_sentAt, 1);
    sentRow->addWidget(m_zone);

    m_document->setObjectName(QStringLiteral("documentEdit"));
    m_document->setPlaceholderText(tr("The file that was sent, or where it is kept"));
    m_browse->setObjectName(QStringLiteral("documentBrowseButton"));
    m_browse->setAutoDefault(false);
    auto *docRow = new QHBoxLayout;
    docRow->addWidget(m_document, 1);
    docRow->addWidget(m_browse);

    m_late->setObjectName(QStringLiteral("lateLabel"));
    m_late->setWordWrap(true);
    QPalette latePal = m_late->palette();
    latePal.setColor(QPalette::WindowText, clocktext::overdueRed(latePal));
    m_late->setPalette(latePal);
    m_delayReason->setObjectName(QStringLiteral("delayReasonEdit"));
    m_delayReason->setPlaceholderText(tr("Why the notice could not be made in time (GDPR Art. 33(1))"));
    m_delayReason->setTabChangesFocus(true);
    m_delayReason->setFixedHeight(m_delayReason->fontMetrics().lineSpacing() * 4 + 12);
    m_delayLabel->setBuddy(m_delayReason);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_phase);
    form->addRow(tr("Recipien&t:"), m_recipient);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Re&ference:"), m_reference);
    form->addRow(tr("&Sent at:"), sentRow);
    form->addRow(tr("D&ocument:"), docRow);
    form->addRow(m_late);
    form->addRow(m_delayLabel, m_delayReason);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(sentRow)))
        label->setBuddy(m_sentAt);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(docRow)))
        label->setBuddy(m_document);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(chrome::hintLabel(tr("Recorded by %1 in the audit trail.").arg(store.actor()),
                                        QStringLiteral("recordedByHint"), this));
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NoticeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NoticeDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &NoticeDialog::browseDocument);
    connect(m_recipient, &QLineEdit::textChanged, this, &NoticeDialog::revalidate);
    connect(m_channel, &QComboBox::currentTextChanged, this, &NoticeDialog::revalidate);
    connect(m_sentAt, &QDateTimeEdit::dateTimeChanged, this, &NoticeDialog::revalidate);
    connect(m_delayReason, &QPlainTextEdit::textChanged, this, &NoticeDialog::revalidate);
    revalidate();
    m_channel->setFocus();
}

bool NoticeDialog::isSupplement() const
{
    return m_status && !m_status->notices.isEmpty();
}

bool NoticeDialog::isLate() const
{
    // Mirrors ClockService::recordNotice: only a first notice can be late.
    return m_status && !isSupplement() && m_status->deadline.isValid() &&
           m_sentAt->dateTime().toUTC() > m_status->deadline;
}

QString NoticeDialog::validationProblem() const
{
    if (!m_status)
        return tr("The clock could not be read; nothing can be recorded.");
    if (m_status->state == ClockStatus::State::Waiting)
        return tr("This clock has not started yet.");
    if (m_status->state == ClockStatus::State::Waived)
        return tr("This clock was closed by a decision not to notify.");
    if (m_recipient->text().trimmed().isEmpty())
        return tr("Say who was notified.");
    if (m_channel->currentText().trimmed().isEmpty())
        return tr("Say how it was sent (channel).");
    const QDateTime sent = m_sentAt->dateTime().toUTC();
    if (sent > m_store.clock().nowUtc().addSecs(kFutureSlackSecs))
        return tr("Sent at %1 is in the future.").arg(timetext::local(sent));
    if (m_status->triggerAt.isValid() && sent < m_status->triggerAt)
        return tr("Sent at is before the clock started (%1).").arg(timetext::local(m_status->triggerAt));
    // A supplement follows the notice it completes (Art. 33(4)); dated
    // earlier it would rewrite which notice came first, and its lateness.
    if (isSupplement() && sent < m_status->notices.first().sentAt)
        return tr("A supplement cannot predate the initial notice sent %1.")
            .arg(timetext::local(m_status->notices.first().sentAt));
    if (isLate() && m_delayReason->toPlainText().trimmed().isEmpty())
        return tr("A notice after the deadline must give the reasons for the delay.");
    return {};
}

void NoticeDialog::revalidate()
{
    const QDateTime sent = m_sentAt->dateTime().toUTC();
    m_zone->setText(timetext::zoneName(sent));
    m_sentAt->setToolTip(timetext::utc(sent));
    const bool late = isLate();
    if (late)
        m_late->setText(
            tr("Sent %1 after the deadline (%2). The reasons for the delay are required.")
                .arg(units::timeLeft(m_status->deadline.secsTo(sent)), timetext::local(m_status->deadline)));
    m_late->setVisible(late);
    m_delayLabel->setVisible(late);
    m_delayReason->setVisible(late);
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

Notice NoticeDialog::notice() const
{
    Notice n;
    n.incidentId = m_incidentId;
    n.clockId = m_clockId;
    n.sentAt = m_sentAt->dateTime().toUTC();
    n.recipient = m_recipient->text().trimmed();
    n.channel = m_channel->currentText().trimmed();
    n.reference = m_reference->text().trimmed();
    n.document = m_document->text().trimmed();
    n.delayReason = isLate() ? m_delayReason->toPlainText().trimmed() : QString();
    return n;
}

void NoticeDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    auto recorded = m_service.recordNotice(notice());
    if (!recorded) {
        chrome::showError(m_error, tr("The notice was not recorded: %1").arg(recorded.error().message));
        return;
    }
    emit noticeRecorded(m_incidentId, m_clockId);
    QDialog::accept();
}

void NoticeDialog::browseDocument()
{
    auto *dialog = new QFileDialog(this, tr("The notice document that was sent"));
    dialog->setObjectName(QStringLiteral("documentFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { m_document->setText(path); });
    dialog->open();
}

} // namespace firebreak::ui
