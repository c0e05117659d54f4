#pragma once

#include "WorkspaceContext.h"
#include "ui/clocks/NextDeadline.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QTabWidget;
class QTimer;

namespace firebreak {
class ClockService;
}

namespace firebreak::ui {

class ClosePanel;
class ContactsPanel;
class CorrectivePanel;
class IsolationPanel;
class NextActionBar;
class PhaseNavigator;
class RcaForm;
class RestorePanel;
class StepDetailPanel;
class TimelinePanel;
class WorkspaceHeader;

// One incident's workspace (UX.md "Incident workspace"): the phase
// navigator on the left, the selected step in the centre, and tabs for the
// timeline, contacts, isolation, restore, RCA and closing. A thin shell over
// ResponseService and CaseStore: every change goes through them, and
// `changed()` tells the owner to refresh its lists and banners.
class IncidentWorkspace : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Timeline, Contacts, Isolation, Restore, Rca, Close };

    IncidentWorkspace(CaseStore &store, ResponseService &response, const QString &incidentId,
                      QWidget *parent = nullptr);

    QString incidentId() const { return m_ctx.incidentId; }
    // Optional: shows the most urgent notification clock in the header.
    void setClockService(const ClockService *clocks);
    // The workspace's own header (id, severity, title, next step, blockers);
    // hide it when the owner already shows one.
    void setHeaderVisible(bool visible);

    bool selectStep(const QString &stepId);
    void selectPhase(Phase phase);
    void showTab(Tab tab);
    // Writes the merged timeline as CSV (the "Export CSV…" path, without
    // the file dialog).
    Status exportTimelineCsv(const QString &path);
    // The last load failure shown in the workspace, or empty.
    QString errorText() const;

    // How often the header's countdown is redrawn while visible.
    static constexpr int kTickMs = 30'000;

public slots:
    // Re-reads everything from the store, keeping selections and unsaved
    // RCA text. Emits nothing.
    void reload();
    void openTimelineQuickAdd();
    void openContactDialog();
    void openContainmentDialog();
    void openRecoveryDialog();
    void openAddStepDialog();

signals:
    // Emitted after any change this workspace made to the store.
    void changed();
    // Requests for screens owned elsewhere.
    void acquireImageRequested(const QString &incidentId);
    void clocksRequested(const QString &incidentId);

private:
    void afterChange();
    QString refreshHeader(); // returns what failed, or empty
    void showSelectedStep();
    void updateActionBar();
    // After Mark done: the next open step after `doneStepId`, in playbook order.
    void moveOnFrom(const QString &doneStepId);
    const IncidentStep *nextMandatoryOtherThan(const QString &stepId) const;
    void onRecordRequested(const QString &kind, const IncidentStep &step);
    void onBlockerActivated(const QString &blocker);
    void makeCurrentPhase(Phase phase);
    void addShortcuts();
    void updateTabTitles(int timeline, int contacts, int isolation, int recovery, const QStringList &blockers);

    WorkspaceContext m_ctx;
    const ClockService *m_clocks = nullptr;
    Incident m_incident;
    QList<IncidentStep> m_steps;
    QStringList m_blockers;
    std::optional<NextDeadline> m_deadline;

    WorkspaceHeader *m_header;
    QLabel *m_error;
    NextActionBar *m_bar;
    PhaseNavigator *m_navigator;
    StepDetailPanel *m_step;
    QScrollArea *m_stepScroll;
    QTabWidget *m_tabs;
    TimelinePanel *m_timeline;
    ContactsPanel *m_contacts;
    IsolationPanel *m_isolation;
    RestorePanel *m_restore;
    RcaForm *m_rca;
    CorrectivePanel *m_corrective;
    ClosePanel *m_close;
    QTimer *m_tick;
};

} // namespace firebreak::ui
