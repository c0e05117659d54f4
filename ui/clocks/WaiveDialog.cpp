#include "WaiveDialog.h"

#include "ClockText.h"
#include "ScopedActor.h"
#include "ui/DialogChrome.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace firebreak::ui {

std::optional<QMessageBox::StandardButton> WaiveDialog::s_nextAnswer;

void WaiveDialog::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

namespace {
constexpr int kNoException = -1;
}

WaiveDialog::WaiveDialog(CaseStore &store, ClockService &service, const QString &incidentId, const QString &clockId,
                         QWidget *parent)
    : QDialog(parent), m_store(store), m_service(service), m_incidentId(incidentId), m_clockId(clockId),
      m_exceptions(new QButtonGroup(this)), m_decidedBy(new QLineEdit(this)), m_justification(new QPlainTextEdit(this)),
      m_publicLabel(new QLabel(tr("&Public communication:"), this)), m_public(new QPlainTextEdit(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Record decision…"), this))
{
    setObjectName(QStringLiteral("waiveDialog"));
    setMinimumWidth(600);
    auto status = service.clock(incidentId, clockId);
    if (status)
        m_status = *status;
    else
        chrome::showError(m_error,
                          tr("Cannot read clock %1 of %2: %3").arg(clockId, incidentId, status.error().message));
    const ClockRule rule = m_status ? m_status->rule : ClockRule{};
    setWindowTitle(tr("Decide not to notify — %1").arg(m_status ? rule.title : clockId));

    auto *intro = new QLabel(tr("<b>%1</b> · %2<br>Every breach is documented, notified or not "
                                "(GDPR Art. 33(5)). Record which exception applies and why.")
                                 .arg(rule.title.toHtmlEscaped(), tr("to %1").arg(rule.recipient).toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("waiveIntro"));
    intro->setWordWrap(true);

    auto *group = new QGroupBox(tr("Recognised exception"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->setSpacing(2);
    for (int i = 0; i < rule.waivers.size(); ++i) {
        const QString text = rule.waivers[i];
        const qsizetype colon = text.indexOf(QLatin1String(": "));
        // "Art. 34(3)(a): the data was unintelligible…": the article names
        // the choice, the rest explains it.
        auto *radio = new QRadioButton(colon > 0 ? text.left(colon) : text, group);
        radio->setObjectName(QStringLiteral("exceptionRadio%1").arg(i));
        radio->setToolTip(text);
        m_exceptions->addButton(radio, i);
        groupLayout->addWidget(radio);
        if (colon > 0) {
            QString rest = text.mid(colon + 2);
            rest[0] = rest[0].toUpper();
            auto *hint = chrome::hintLabel(rest, QStringLiteral("exceptionHint%1").arg(i), group);
            auto *hintRow = new QHBoxLayout;
            hintRow->setContentsMargins(0, 0, 0, 4);
            hintRow->addSpacing(24);
            hintRow->addWidget(hint, 1);
            groupLayout->addLayout(hintRow);
        }
    }
    auto *other = new QRadioButton(tr("None of these: explained below"), group);
    other->setObjectName(QStringLiteral("noExceptionRadio"));
    m_exceptions->addButton(other, kNoException);
    groupLayout->addWidget(other);
    if (rule.waivers.isEmpty()) {
        other->setChecked(true);
        group->hide();
    } else if (!rule.waiverOptions.isEmpty()) {
        // A law's exceptions are a closed list (Art. 34(3) names three):
        // without one of them the duty to notify stands, as in the CLI.
        other->hide();
    }

    m_decidedBy->setObjectName(QStringLiteral("decidedByEdit"));
    m_decidedBy->setText(store.actor());
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setPlaceholderText(tr("The facts that support the decision, e.g. “the laptop's disk "
                                           "was encrypted (BitLocker, key not on the device)”"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 5 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Decided &by:"), m_decidedBy);
    form->addRow(tr("&Justification:"), m_justification);
    m_public->setObjectName(QStringLiteral("publicCommunicationEdit"));
    m_public->setPlaceholderText(tr("What was published instead, where and when, e.g. “notice on the home page "
                                    "and in two national newspapers on 24 Nov”"));
    m_public->setTabChangesFocus(true);
    m_public->setFixedHeight(m_public->fontMetrics().lineSpacing() * 3 + 12);
    m_publicLabel->setBuddy(m_public);
    form->addRow(m_publicLabel, m_public);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(group);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WaiveDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WaiveDialog::reject);
    connect(m_exceptions, &QButtonGroup::idToggled, this, &WaiveDialog::revalidate);
    connect(m_decidedBy, &QLineEdit::textChanged, this, &WaiveDialog::revalidate);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &WaiveDialog::revalidate);
    connect(m_public, &QPlainTextEdit::textChanged, this, &WaiveDialog::revalidate);
    revalidate();
    if (!rule.waivers.isEmpty())
        m_exceptions->button(0)->setFocus();
    else
        m_justification->setFocus();
}

QString WaiveDialog::selectedException() const
{
    const int id = m_exceptions->checkedId();
    return (m_status && id >= 0 && id < m_status->rule.waivers.size()) ? m_status->rule.waivers[id] : QString();
}

bool WaiveDialog::needsPublicCommunication() const
{
    const int id = m_exceptions->checkedId();
    return m_status && id >= 0 && id < m_status->rule.waiverOptions.size() &&
           m_status->rule.waiverOptions.at(id).requiresPublicCommunication;
}

QString WaiveDialog::validationProblem() const
{
    if (!m_status)
        return tr("The clock could not be read; nothing can be recorded.");
    if (m_status->resolved())
        return tr("This clock is already closed (%1).").arg(clocktext::countdownText(*m_status, {}));
    if (!m_exceptions->checkedButton())
        return m_status->rule.waiverOptions.isEmpty() ? tr("Choose the exception that applies, or “None of these”.")
                                                      : tr("Choose the exception that applies.");
    if (m_decidedBy->text().trimmed().isEmpty())
        return tr("Say who decided.");
    if (m_justification->toPlainText().trimmed().isEmpty())
        return tr("A decision not to notify must carry its justification.");
    if (needsPublicCommunication() && m_public->toPlainText().trimmed().isEmpty())
        return tr("With this exception a public communication informs the data subjects instead: say what, where "
                  "and when.");
    return {};
}

void WaiveDialog::revalidate()
{
    m_publicLabel->setVisible(needsPublicCommunication());
    m_public->setVisible(needsPublicCommunication());
    const QString problem = validationProblem();
    m_hint->setText(problem);
    m_hint->setVisible(!problem.isEmpty());
    chrome::okButton(m_buttons)->setEnabled(problem.isEmpty());
}

QString WaiveDialog::consequence() const
{
    if (!m_status)
        return {};
    return tr("This closes the %1 clock of %2 for good: it stops counting and alerting, and no notice "
              "can be recorded on it afterwards. The decision, the exception and the justification go "
              "to the audit trail under %3. It cannot be undone.")
        .arg(clocktext::shortTitle(m_status->rule), m_incidentId, m_decidedBy->text().trimmed());
}

void WaiveDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    if (s_nextAnswer) {
        const bool yes = *s_nextAnswer == QMessageBox::Yes;
        s_nextAnswer.reset();
        confirmed(yes);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Decide not to notify %1?").arg(m_status->rule.recipient),
                                tr("Decide not to notify %1?").arg(m_status->rule.recipient),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("waiveConfirmBox"));
    box->setInformativeText(consequence());
    box->button(QMessageBox::Yes)->setText(tr("Record decision"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) { confirmed(result == QMessageBox::Yes); });
    box->open();
}

void WaiveDialog::confirmed(bool yes)
{
    if (!yes)
        return;
    auto waiver = [&] {
        ScopedActor actor(m_store, m_decidedBy->text());
        return m_service.waive(m_incidentId, m_clockId, m_justification->toPlainText().trimmed(), selectedException(),
                               needsPublicCommunication() ? m_public->toPlainText().trimmed() : QString());
    }();
    if (!waiver) {
        chrome::showError(m_error, tr("The decision was not recorded: %1").arg(waiver.error().message));
        return;
    }
    emit waived(m_incidentId, m_clockId);
    QDialog::accept();
}

} // namespace firebreak::ui
