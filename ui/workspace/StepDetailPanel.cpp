#include "StepDetailPanel.h"

#include "model/ShippedTexts.h"

#include "Confirm.h"
#include "ReasonDialog.h"
#include "RecordKinds.h"
#include "WorkspaceStyle.h"
#include "ui/DialogChrome.h"
#include "ui/ReadOnlyGate.h"
#include "ui/TimeText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
struct RecordButton {
    const char *name;
    const char *text;
    const char *tip;
};
const RecordButton kRecordButtons[] = {
    {"stepAddSystemButton", QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Add affected system…"),
     QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Record a host involved in the incident")},
    {"stepClocksButton", QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Notification clocks…"),
     QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Classify the incident or record a notice in its clocks")},
    {"stepRecordIsolationButton", QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Record isolation…"),
     QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel",
                       "Record a system isolated, how and how it was verified (Ctrl+Shift+I)")},
    {"stepLogContactButton", QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Log contact…"),
     QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Log a contact with a third party (Ctrl+Shift+C)")},
    {"acquireImageButton", QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Acquire image…"),
     QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Take a byte-for-byte image with hashes and verification")},
    {"stepRecordRecoveryButton", QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Record recovery…"),
     QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel",
                       "Record a recovery action, service restored, or verified clean (Ctrl+Shift+R)")},
    {"stepOpenRcaButton", QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Open RCA"),
     QT_TRANSLATE_NOOP("firebreak::ui::StepDetailPanel", "Go to the root-cause analysis")},
};
} // namespace

StepDetailPanel::StepDetailPanel(const WorkspaceContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_content(new QWidget(this)), m_actions(new QWidget(this)),
      m_empty(new QLabel(this)), m_title(new QLabel(m_content)), m_state(new QLabel(m_content)),
      m_meta(new QLabel(m_content)), m_guidance(new QLabel(m_content)), m_checklistCaption(ws::caption({}, m_content)),
      m_checklist(new QWidget(m_content)), m_checklistLayout(new QVBoxLayout(m_checklist)),
      m_needs(new QLabel(m_content)), m_recorded(new QLabel(m_content)), m_error(chrome::errorLabel(m_content)),
      m_done(ws::button(tr("&Mark done"), QStringLiteral("stepDoneButton"), m_actions,
                        tr("Mark this step done (Ctrl+Return)"))),
      m_skip(ws::button(tr("S&kip…"), QStringLiteral("stepSkipButton"), m_actions,
                        tr("Skip this step, with the reason why"))),
      m_reassign(ws::button(tr("Re&assign…"), QStringLiteral("stepReassignButton"), m_actions,
                            tr("Give this step to another owner"))),
      m_reopen(ws::button(tr("Re&open…"), QStringLiteral("stepReopenButton"), m_actions,
                          tr("Reopen a done or skipped step, with the reason why")))
{
    readonly::writes({m_done, m_skip, m_reassign, m_reopen});
    setObjectName(QStringLiteral("stepDetail"));
    m_error->setObjectName(QStringLiteral("stepErrorLabel"));
    m_empty->setObjectName(QStringLiteral("stepEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Select a step on the left to see what to do — or Add step… if this phase has none."));
    ws::setMuted(m_empty);

    m_title->setObjectName(QStringLiteral("stepTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    m_title->setFont(tf);
    m_state->setObjectName(QStringLiteral("stepStateLabel"));
    m_state->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_state->setWordWrap(true);
    m_meta->setObjectName(QStringLiteral("stepMetaLabel"));
    m_meta->setWordWrap(true);
    ws::setMuted(m_meta);
    m_guidance->setObjectName(QStringLiteral("stepGuidanceLabel"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checklist->setObjectName(QStringLiteral("stepChecklist"));
    m_checklistLayout->setContentsMargins(0, 0, 0, 0);
    m_checklistLayout->setSpacing(2);
    m_needs->setObjectName(QStringLiteral("stepNeedsLabel"));
    m_needs->setWordWrap(true);
    m_recorded->setObjectName(QStringLiteral("stepRecordStatus"));
    m_recorded->setWordWrap(true);
    m_recorded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_state, 0, Qt::AlignTop);

    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->setSpacing(6);
    m_actions->setObjectName(QStringLiteral("stepActions"));
    for (QPushButton *b : {m_done, m_skip, m_reassign, m_reopen})
        actions->addWidget(b);
    for (const RecordButton &rb : kRecordButtons) {
        const QString name = QLatin1String(rb.name);
        QPushButton *b = readonly::writes(ws::button(tr(rb.text), name, m_actions, tr(rb.tip)));
        b->hide();
        m_recordButtons.insert(name, b);
        actions->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this] { emit recordRequested(m_step.records, m_step); });
    }

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(6);
    content->addLayout(titleRow);
    content->addWidget(m_meta);
    content->addWidget(m_guidance);
    content->addSpacing(2);
    content->addWidget(m_checklistCaption);
    content->addWidget(m_checklist);
    content->addSpacing(2);
    content->addWidget(m_needs);
    content->addWidget(m_recorded);
    content->addWidget(m_error);
    content->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_content);
    layout->addWidget(m_empty, 1);

    connect(m_done, &QPushButton::clicked, this, &StepDetailPanel::markDone);
    connect(m_skip, &QPushButton::clicked, this, &StepDetailPanel::askSkip);
    connect(m_reassign, &QPushButton::clicked, this, &StepDetailPanel::askReassign);
    connect(m_reopen, &QPushButton::clicked, this, &StepDetailPanel::askReopen);
    showStep(nullptr, {});
}

void StepDetailPanel::showStep(const IncidentStep *step, const Incident &incident)
{
    const bool sameStep = step && m_hasStep && step->stepId == m_step.stepId;
    m_hasStep = step != nullptr;
    m_closed = incident.status == IncidentStatus::Closed;
    m_content->setVisible(m_hasStep);
    m_actions->setEnabled(m_hasStep);
    m_empty->setVisible(!m_hasStep);
    if (!sameStep)
        chrome::showError(m_error, {});
    if (!m_hasStep) {
        m_step = {};
        return;
    }
    const bool checklistChanged = !sameStep || step->checklist != m_step.checklist;
    m_step = *step;

    m_title->setText(shipped::text(m_step.title));
    const bool open = m_step.state == IncidentStep::State::Open;
    QString state;
    switch (m_step.state) {
    case IncidentStep::State::Open:
        state = m_step.mandatory ? tr("<b>Open</b> · mandatory") : tr("<b>Open</b> · optional");
        break;
    case IncidentStep::State::Done:
        state = tr("<b>✓ Done</b><br>%1 · %2").arg(m_step.doneBy.toHtmlEscaped(), timetext::local(m_step.doneAt));
        break;
    case IncidentStep::State::Skipped:
        state = tr("<b>– Skipped</b><br>%1 · %2").arg(m_step.doneBy.toHtmlEscaped(), timetext::local(m_step.doneAt));
        break;
    }
    m_state->setText(state);
    m_state->setToolTip(timetext::tooltip(m_step.doneAt, m_ctx.now()));
    QStringList meta{phaseLabel(m_step.phase),
                     tr("Owner: %1").arg(m_step.owner.isEmpty() ? tr("nobody") : shipped::text(m_step.owner))};
    if (!m_step.note.isEmpty())
        // A step completed by its record (model/response/StepLinks) says so in the reader's language.
        meta << (m_step.state == IncidentStep::State::Done && !m_step.completedBy.isEmpty() &&
                         m_step.note.startsWith(QLatin1String("completed by what was recorded"))
                     ? tr("Completed by what was recorded: %1").arg(records::need(m_step.records))
                 : m_step.state == IncidentStep::State::Skipped ? tr("Reason: %1").arg(m_step.note)
                                                                : tr("Note: %1").arg(m_step.note));
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_guidance->setText(m_step.guidance.isEmpty() ? tr("No guidance for this step.") : shipped::text(m_step.guidance));

    if (checklistChanged)
        rebuildChecklist();
    int ticked = 0;
    for (int i = 0; i < m_checks.size(); ++i) {
        const QSignalBlocker block(m_checks[i]);
        const bool on = i < m_step.checked.size() && m_step.checked[i];
        m_checks[i]->setChecked(on);
        m_checks[i]->setEnabled(!m_closed);
        ticked += on;
    }
    m_checklistCaption->setText(tr("Checklist  %1/%2").arg(ticked).arg(m_checks.size()));
    m_checklistCaption->setVisible(!m_checks.isEmpty());
    m_checklist->setVisible(!m_checks.isEmpty());

    updateRecordStatus();
    m_done->setEnabled(open && !m_closed);
    m_skip->setEnabled(open && !m_closed);
    m_reassign->setEnabled(!m_closed);
    m_reopen->setEnabled(!open && !m_closed);
    m_done->setDefault(open && !m_closed);
    // The bar is narrow at 1366×768: show only what applies to this step.
    m_done->setVisible(open);
    m_skip->setVisible(open);
    m_reopen->setVisible(!open);
}

void StepDetailPanel::rebuildChecklist()
{
    qDeleteAll(m_checks);
    m_checks.clear();
    for (int i = 0; i < m_step.checklist.size(); ++i) {
        auto *box =
            readonly::writes(new QCheckBox(shipped::text(m_step.checklist[i]), m_checklist)); // a tick is recorded
        box->setObjectName(QStringLiteral("checklistItem%1").arg(i));
        m_checklistLayout->addWidget(box);
        box->show(); // children added to a shown widget start hidden
        m_checks << box;
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) { toggleItem(i, on); });
    }
    // Keyboard order: the step actions, then the checklist, then the record buttons.
    QList<QWidget *> order{m_done, m_skip, m_reassign, m_reopen};
    for (QCheckBox *box : std::as_const(m_checks))
        order << box;
    for (QPushButton *b : std::as_const(m_recordButtons))
        order << b;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void StepDetailPanel::updateRecordStatus()
{
    const QString need = records::need(m_step.records);
    m_needs->setVisible(!need.isEmpty());
    m_needs->setText(tr("<b>Needs recorded:</b> %1").arg(need.toHtmlEscaped()));
    bool any = false;
    const QString so = records::recordedSoFar(m_ctx, m_step.records, &any);
    m_recorded->setVisible(!so.isEmpty());
    m_recorded->setText(so);
    // Nothing recorded for an open step is worth a second look; the rest is background.
    const bool attention = !any && m_step.state == IncidentStep::State::Open;
    if (attention)
        m_recorded->setPalette(palette());
    else
        ws::setMuted(m_recorded);
    QFont f = m_recorded->font();
    f.setBold(attention);
    m_recorded->setFont(f);
    const QString buttonName = records::buttonName(m_step.records);
    for (auto it = m_recordButtons.cbegin(); it != m_recordButtons.cend(); ++it) {
        it.value()->setVisible(it.key() == buttonName);
        // Evidence and clocks live elsewhere; they stay reachable when closed.
        const bool outside = it.key() == QLatin1String("acquireImageButton") ||
                             it.key() == QLatin1String("stepClocksButton") ||
                             it.key() == QLatin1String("stepOpenRcaButton");
        it.value()->setEnabled(!m_closed || outside);
    }
}

void StepDetailPanel::showError(const QString &message)
{
    chrome::showError(m_error, message);
}

QStringList StepDetailPanel::missingText(const MissingForDone &missing) const
{
    QStringList out;
    for (const QString &item : missing.unchecked)
        out << tr("Checklist item not ticked: %1").arg(item);
    if (!missing.record.isEmpty()) {
        bool any = false;
        const QString so = records::recordedSoFar(m_ctx, missing.record, &any);
        out << (so.isEmpty() ? tr("Nothing recorded yet: %1").arg(records::need(missing.record)) : so);
    }
    return out;
}

void StepDetailPanel::markDone()
{
    if (!m_step.mandatory) {
        complete(false);
        return;
    }
    // A mandatory step done with something missing is a decision: ask, name
    // what is missing, and audit the answer either way.
    auto missing = m_ctx.response.missingBeforeDone(m_ctx.incidentId, m_step.stepId);
    if (!missing) {
        showError(tr("“%1” was not marked done: %2").arg(m_step.title, missing.error().message));
        return;
    }
    if (missing->isEmpty()) {
        complete(false);
        return;
    }
    const QString stepId = m_step.stepId;
    const QString title = m_step.title;
    confirm::ask(
        this,
        {QStringLiteral("confirmDoneDialog"), tr("Mark a mandatory step done?"),
         tr("“%1” is mandatory and still lacks:").arg(title),
         QStringLiteral("• ") + missingText(*missing).join(QStringLiteral("\n• ")) + QStringLiteral("\n\n") +
             tr("Marking it done anyway is recorded in the audit log with what was missing."),
         tr("Mark done anyway")},
        [this, stepId] {
            if (stepId == m_step.stepId)
                complete(true);
        },
        [this, stepId] {
            if (Status st = m_ctx.response.declineCompletion(m_ctx.incidentId, stepId); !st)
                showError(tr("The answer was not recorded: %1").arg(st.error().message));
        });
}

void StepDetailPanel::complete(bool confirmed)
{
    const QString stepId = m_step.stepId;
    if (Status st = m_ctx.response.completeStep(m_ctx.incidentId, stepId, {}, confirmed); !st) {
        showError(tr("“%1” was not marked done: %2").arg(m_step.title, st.error().message));
        return;
    }
    showError({});
    emit changed();
    emit completed(stepId);
}

void StepDetailPanel::toggleItem(int index, bool checked)
{
    if (Status st = m_ctx.response.checkItem(m_ctx.incidentId, m_step.stepId, index, checked); !st) {
        const QSignalBlocker block(m_checks[index]);
        m_checks[index]->setChecked(!checked);
        showError(tr("The checklist item was not saved: %1").arg(st.error().message));
        return;
    }
    showError({});
    emit changed();
}

void StepDetailPanel::askSkip()
{
    const QString stepId = m_step.stepId;
    ReasonDialog::Spec spec{QStringLiteral("skipDialog"),
                            QStringLiteral("skipReasonEdit"),
                            tr("Skip step"),
                            tr("Skipping “%1” records that it was deliberately not done. The reason goes "
                               "into the audit log and the timeline.")
                                .arg(m_step.title),
                            tr("&Reason:"),
                            tr("Why this step does not apply"),
                            tr("A reason is required: say why this step is not being done."),
                            tr("Skip step"),
                            {}};
    auto *dialog = new ReasonDialog(
        spec,
        [this, stepId](const QString &reason) { return m_ctx.response.skipStep(m_ctx.incidentId, stepId, reason); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReasonDialog::applied, this, &StepDetailPanel::changed);
    dialog->open();
}

void StepDetailPanel::askReassign()
{
    const QString stepId = m_step.stepId;
    ReasonDialog::Spec spec{QStringLiteral("reassignDialog"),
                            QStringLiteral("reassignOwnerEdit"),
                            tr("Reassign step"),
                            tr("Who owns “%1” from now on? The change is recorded in the audit log.").arg(m_step.title),
                            tr("&Owner:"),
                            tr("A person or a role"),
                            tr("A new owner is required."),
                            tr("Reassign"),
                            m_step.owner};
    auto *dialog = new ReasonDialog(
        spec,
        [this, stepId](const QString &owner) { return m_ctx.response.reassignStep(m_ctx.incidentId, stepId, owner); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReasonDialog::applied, this, &StepDetailPanel::changed);
    dialog->open();
}

void StepDetailPanel::askReopen()
{
    const QString stepId = m_step.stepId;
    ReasonDialog::Spec spec{
        QStringLiteral("reopenStepDialog"),
        QStringLiteral("reopenReasonEdit"),
        tr("Reopen step"),
        tr("Reopening “%1” makes it open again%2.")
            .arg(m_step.title, m_step.mandatory ? tr(", and it blocks closing until done") : QString()),
        tr("&Reason:"),
        tr("Why the step needs doing again"),
        tr("A reason is required."),
        tr("Reopen step"),
        {}};
    auto *dialog = new ReasonDialog(
        spec,
        [this, stepId](const QString &reason) { return m_ctx.response.reopenStep(m_ctx.incidentId, stepId, reason); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReasonDialog::applied, this, &StepDetailPanel::changed);
    dialog->open();
}

} // namespace firebreak::ui
