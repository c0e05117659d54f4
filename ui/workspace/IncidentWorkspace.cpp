#include "IncidentWorkspace.h"

#include "model/ShippedTexts.h"

#include "AddStepDialog.h"
#include "ClosePanel.h"
#include "ContactsPanel.h"
#include "CorrectivePanel.h"
#include "IsolationPanel.h"
#include "NextActionBar.h"
#include "PhaseNavigator.h"
#include "RcaForm.h"
#include "RestorePanel.h"
#include "StepDetailPanel.h"
#include "TimelinePanel.h"
#include "WorkspaceHeader.h"
#include "ui/AddSystemDialog.h"
#include "ui/DialogChrome.h"

#include "model/clocks/ClockService.h"

#include <QCoreApplication>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
QScrollArea *scrolled(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(objectName);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

IncidentWorkspace::IncidentWorkspace(CaseStore &store, ResponseService &response, const QString &incidentId,
                                     QWidget *parent)
    : QWidget(parent), m_ctx{store, response, incidentId}, m_header(new WorkspaceHeader(this)),
      m_error(chrome::errorLabel(this)), m_bar(nullptr), m_navigator(new PhaseNavigator(this)),
      m_step(new StepDetailPanel(m_ctx, this)),
      m_stepScroll(scrolled(m_step, QStringLiteral("stepDetailScroll"), this)), m_tabs(new QTabWidget(this)),
      m_timeline(new TimelinePanel(m_ctx, this)), m_contacts(new ContactsPanel(m_ctx, this)),
      m_isolation(new IsolationPanel(m_ctx, this)), m_restore(new RestorePanel(m_ctx, this)),
      m_rca(new RcaForm(m_ctx, this)), m_corrective(new CorrectivePanel(m_ctx, this)),
      m_close(new ClosePanel(m_ctx, this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("incidentWorkspace"));
    m_bar = new NextActionBar(m_step->actions(), this);
    m_error->setObjectName(QStringLiteral("workspaceErrorLabel"));
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);

    auto *rcaPage = new QSplitter(Qt::Horizontal, this);
    rcaPage->setObjectName(QStringLiteral("rcaPanel"));
    rcaPage->addWidget(m_rca);
    rcaPage->addWidget(m_corrective);
    rcaPage->setStretchFactor(0, 3);
    rcaPage->setStretchFactor(1, 2);
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    m_tabs->addTab(m_isolation, tr("&Isolation"));
    m_tabs->addTab(m_restore, tr("R&estore"));
    m_tabs->addTab(rcaPage, tr("&RCA"));
    m_tabs->addTab(m_close, tr("C&lose"));

    m_navigator->setMinimumWidth(240);
    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->setObjectName(QStringLiteral("workspaceCentreSplitter"));
    centre->addWidget(m_stepScroll);
    centre->addWidget(m_tabs);
    centre->setStretchFactor(0, 4);
    centre->setStretchFactor(1, 5);
    centre->setSizes({330, 420});
    centre->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("workspaceSplitter"));
    split->addWidget(m_navigator);
    split->addWidget(centre);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 980});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_bar);
    layout->addWidget(split, 1);

    connect(m_navigator, &PhaseNavigator::stepSelected, this, &IncidentWorkspace::showSelectedStep);
    connect(m_navigator, &PhaseNavigator::makeCurrentRequested, this, &IncidentWorkspace::makeCurrentPhase);
    connect(m_navigator, &PhaseNavigator::addStepRequested, this, &IncidentWorkspace::openAddStepDialog);
    connect(m_step, &StepDetailPanel::recordRequested, this, &IncidentWorkspace::onRecordRequested);
    connect(m_close, &ClosePanel::blockerActivated, this, &IncidentWorkspace::onBlockerActivated);
    connect(m_header, &WorkspaceHeader::nextStepClicked, this, [this] {
        if (const IncidentStep *next = m_navigator->nextStep())
            selectStep(next->stepId);
    });
    connect(m_header, &WorkspaceHeader::blockersClicked, this, [this] { showTab(Tab::Close); });
    connect(m_header, &WorkspaceHeader::clockClicked, this, [this] { emit clocksRequested(m_ctx.incidentId); });
    connect(m_step, &StepDetailPanel::changed, this, &IncidentWorkspace::afterChange);
    connect(m_step, &StepDetailPanel::completed, this, &IncidentWorkspace::moveOnFrom);
    connect(m_bar, &NextActionBar::nextClicked, this, [this] {
        if (const IncidentStep *next = nextMandatoryOtherThan(m_navigator->selectedStepId()))
            selectStep(next->stepId);
    });
    connect(m_bar, &NextActionBar::deadlineClicked, this, [this] { emit clocksRequested(m_ctx.incidentId); });
    connect(m_timeline, &TimelinePanel::changed, this, &IncidentWorkspace::afterChange);
    for (RecordTablePanel *panel :
         std::initializer_list<RecordTablePanel *>{m_contacts, m_isolation, m_restore, m_corrective})
        connect(panel, &RecordTablePanel::changed, this, &IncidentWorkspace::afterChange);
    connect(m_rca, &RcaForm::changed, this, &IncidentWorkspace::afterChange);
    connect(m_close, &ClosePanel::changed, this, &IncidentWorkspace::afterChange);
    addShortcuts();
    // Countdowns move without any change in the store.
    m_tick->setObjectName(QStringLiteral("workspaceTick"));
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (isVisible())
            (void)refreshHeader();
    });
    m_tick->start();
    reload();
}

void IncidentWorkspace::addShortcuts()
{
    const struct {
        const char *name;
        QKeySequence keys;
        void (IncidentWorkspace::*slot)();
    } shortcuts[] = {
        {"timelineQuickAddShortcut", QKeySequence(Qt::CTRL | Qt::Key_T), &IncidentWorkspace::openTimelineQuickAdd},
        {"logContactShortcut", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &IncidentWorkspace::openContactDialog},
        {"recordIsolationShortcut", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
         &IncidentWorkspace::openContainmentDialog},
        {"recordRecoveryShortcut", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         &IncidentWorkspace::openRecoveryDialog},
        {"addStepShortcut", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &IncidentWorkspace::openAddStepDialog},
    };
    for (const auto &s : shortcuts) {
        auto *shortcut = new QShortcut(s.keys, this);
        shortcut->setObjectName(QLatin1String(s.name));
        connect(shortcut, &QShortcut::activated, this, s.slot);
    }
}

void IncidentWorkspace::setClockService(const ClockService *clocks)
{
    m_clocks = clocks;
    reload();
}

void IncidentWorkspace::setHeaderVisible(bool visible)
{
    m_header->setVisible(visible);
}

void IncidentWorkspace::reload()
{
    auto incident = m_ctx.store.incident(m_ctx.incidentId);
    if (!incident) {
        chrome::showError(m_error, tr("%1 could not be loaded: %2").arg(m_ctx.incidentId, incident.error().message));
        return;
    }
    m_incident = *incident;
    QStringList errors;
    auto steps = m_ctx.response.steps(m_ctx.incidentId);
    auto progress = m_ctx.response.progress(m_ctx.incidentId);
    auto blockers = m_ctx.response.closureBlockers(m_ctx.incidentId);
    if (!steps)
        errors << tr("The steps could not be read: %1").arg(steps.error().message);
    if (!progress)
        errors << tr("The progress could not be read: %1").arg(progress.error().message);
    if (!blockers)
        errors << tr("The closing checks could not be run: %1").arg(blockers.error().message);
    // Unknown blockers must not look like "nothing blocks closing".
    const QStringList blockerList = blockers ? *blockers : QStringList{tr("the closing checks failed to run")};
    if (steps)
        m_steps = *steps;
    m_navigator->setData(m_incident, progress ? *progress : QList<PhaseProgress>{}, m_steps);
    showSelectedStep();

    m_blockers = blockerList;
    errors << refreshHeader();

    errors << m_timeline->reload() << m_contacts->reload(m_incident) << m_isolation->reload(m_incident)
           << m_restore->reload(m_incident) << m_rca->reload(m_incident) << m_corrective->reload(m_incident);
    m_close->setData(m_incident, blockerList);
    updateTabTitles(m_timeline->eventCount(), m_contacts->rowCount(), m_isolation->rowCount(), m_restore->rowCount(),
                    blockerList);
    errors.removeAll(QString());
    chrome::showError(m_error, errors.join(QLatin1Char('\n')));
}

QString IncidentWorkspace::refreshHeader()
{
    QString error;
    std::optional<ClockStatus> urgent;
    m_deadline.reset();
    if (m_clocks) {
        if (auto clocks = m_clocks->clocks(m_ctx.incidentId)) {
            for (const ClockStatus &c : *clocks)
                if (c.open() && c.state != ClockStatus::State::Waiting) {
                    urgent = c;
                    break;
                }
            m_deadline = nextDeadline(*clocks, m_ctx.now());
        } else {
            error = tr("The notification clocks could not be read: %1").arg(clocks.error().message);
        }
    }
    m_header->setData(m_incident, m_navigator->nextStep(), m_blockers, urgent, m_ctx.now());
    updateActionBar();
    return error;
}

const IncidentStep *IncidentWorkspace::nextMandatoryOtherThan(const QString &stepId) const
{
    for (const IncidentStep &s : m_steps)
        if (s.mandatory && s.state == IncidentStep::State::Open && s.stepId != stepId)
            return &s;
    return nullptr;
}

void IncidentWorkspace::updateActionBar()
{
    const QString id = m_navigator->selectedStepId();
    const auto it =
        std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const IncidentStep &s) { return s.stepId == id; });
    m_bar->setData(it == m_steps.cend() ? nullptr : &*it, nextMandatoryOtherThan(id), m_deadline,
                   m_incident.status == IncidentStatus::Closed);
}

void IncidentWorkspace::moveOnFrom(const QString &doneStepId)
{
    const auto done =
        std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const IncidentStep &s) { return s.stepId == doneStepId; });
    if (done == m_steps.cend())
        return;
    // The next open step after it in playbook order, wrapping round to an
    // earlier one left open; stay put when nothing is left.
    const qsizetype from = done - m_steps.cbegin();
    for (qsizetype k = 1; k < m_steps.size(); ++k) {
        const IncidentStep &s = m_steps.at((from + k) % m_steps.size());
        if (s.state == IncidentStep::State::Open) {
            selectStep(s.stepId);
            return;
        }
    }
}

void IncidentWorkspace::updateTabTitles(int timeline, int contacts, int isolation, int recovery,
                                        const QStringList &blockers)
{
    auto count = [](const QString &label, int n) { return n ? QStringLiteral("%1 (%2)").arg(label).arg(n) : label; };
    m_tabs->setTabText(int(Tab::Timeline), count(tr("&Timeline"), timeline));
    m_tabs->setTabText(int(Tab::Contacts), count(tr("&Contacts"), contacts));
    m_tabs->setTabText(int(Tab::Isolation), count(tr("&Isolation"), isolation));
    m_tabs->setTabText(int(Tab::Restore), count(tr("R&estore"), recovery));
    const bool closed = m_incident.status == IncidentStatus::Closed;
    m_tabs->setTabText(int(Tab::Close), closed ? tr("C&losed")
                                        : blockers.isEmpty()
                                            ? tr("C&lose ✓")
                                            : tr("C&lose (%n blocking)", nullptr, int(blockers.size())));
}

void IncidentWorkspace::showSelectedStep()
{
    const QString id = m_navigator->selectedStepId();
    const auto it =
        std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const IncidentStep &s) { return s.stepId == id; });
    m_step->showStep(it == m_steps.cend() ? nullptr : &*it, m_incident);
    updateActionBar();
}

void IncidentWorkspace::afterChange()
{
    reload();
    emit changed();
}

bool IncidentWorkspace::selectStep(const QString &stepId)
{
    return m_navigator->selectStep(stepId);
}

void IncidentWorkspace::selectPhase(Phase phase)
{
    m_navigator->selectPhase(phase);
}

void IncidentWorkspace::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

Status IncidentWorkspace::exportTimelineCsv(const QString &path)
{
    showTab(Tab::Timeline);
    return m_timeline->exportCsv(path);
}

QString IncidentWorkspace::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void IncidentWorkspace::openTimelineQuickAdd()
{
    m_timeline->openQuickAdd();
}

void IncidentWorkspace::openContactDialog()
{
    showTab(Tab::Contacts);
    m_contacts->openDialog();
}

void IncidentWorkspace::openContainmentDialog()
{
    if (m_incident.status == IncidentStatus::Closed)
        return;
    showTab(Tab::Isolation);
    m_isolation->openDialog();
}

void IncidentWorkspace::openRecoveryDialog()
{
    if (m_incident.status == IncidentStatus::Closed)
        return;
    showTab(Tab::Restore);
    m_restore->openDialog();
}

void IncidentWorkspace::openAddStepDialog()
{
    if (m_incident.status == IncidentStatus::Closed)
        return;
    auto *dialog = new AddStepDialog(m_ctx, m_navigator->selectedPhase(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddStepDialog::added, this, [this](const QString &stepId) {
        afterChange();
        selectStep(stepId);
    });
    dialog->open();
}

void IncidentWorkspace::onRecordRequested(const QString &kind, const IncidentStep &step)
{
    if (kind == QLatin1String("systems-listed")) {
        auto *dialog = new AddSystemDialog(m_ctx.store, m_ctx.incidentId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AddSystemDialog::systemAdded, this, &IncidentWorkspace::afterChange);
        dialog->open();
    } else if (kind == QLatin1String("classification") || kind == QLatin1String("notification-sent")) {
        emit clocksRequested(m_ctx.incidentId);
    } else if (kind == QLatin1String("systems-isolated")) {
        openContainmentDialog();
    } else if (kind == QLatin1String("contact-logged")) {
        // A step about law enforcement opens the contact already flagged.
        const bool law = step.stepId.contains(QLatin1String("law"), Qt::CaseInsensitive) ||
                         step.title.contains(QLatin1String("law enforcement"), Qt::CaseInsensitive);
        showTab(Tab::Contacts);
        m_contacts->openDialogFor(law ? QStringLiteral("law-enforcement") : QString());
    } else if (kind == QLatin1String("evidence-acquired")) {
        emit acquireImageRequested(m_ctx.incidentId);
    } else if (kind == QLatin1String("service-restored") || kind == QLatin1String("verification")) {
        showTab(Tab::Restore);
        m_restore->openDialogFor(kind == QLatin1String("verification") ? QStringLiteral("verified-clean")
                                                                       : QStringLiteral("service-restored"));
    } else if (kind == QLatin1String("root-cause")) {
        showTab(Tab::Rca);
        m_rca->focusRootCause();
    }
}

void IncidentWorkspace::onBlockerActivated(const QString &blocker)
{
    for (const IncidentStep &s : std::as_const(m_steps))
        if (blocker == QCoreApplication::translate("Timeline", "mandatory step open: %1 (%2)")
                           .arg(shipped::text(s.title), phaseLabel(s.phase))) {
            selectStep(s.stepId);
            m_step->setFocus();
            return;
        }
    // The blockers come from ResponseService::closureBlockers, in the interface language.
    const QString clockBlocker = QCoreApplication::translate("Timeline", "notification clock unresolved: %1 (%2)")
                                     .section(QLatin1String("%1"), 0, 0);
    if (blocker == QCoreApplication::translate("Timeline", "the root-cause analysis has no root cause")) {
        showTab(Tab::Rca);
        m_rca->focusRootCause();
    } else if (blocker.startsWith(clockBlocker)) {
        emit clocksRequested(m_ctx.incidentId);
    }
}

void IncidentWorkspace::makeCurrentPhase(Phase phase)
{
    // A phase change is a one-field edit: start from the stored record so a
    // field another user changed since our last refresh is kept, not
    // reported as a conflict.
    auto fresh = m_ctx.store.incident(m_incident.id);
    if (!fresh) {
        chrome::showError(m_error, tr("The phase was not changed: %1").arg(fresh.error().message));
        return;
    }
    Incident edited = *fresh;
    edited.phase = phase;
    auto saved = m_ctx.store.updateIncident(edited, QStringLiteral("phase set in the incident workspace"));
    if (!saved) {
        chrome::showError(m_error, tr("The phase was not changed: %1").arg(saved.error().message));
        return;
    }
    afterChange();
}

} // namespace firebreak::ui
