#pragma once

#include "WorkspaceContext.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace firebreak::ui {

// The centre of the incident workspace: the selected step's guidance, its
// checklist, what it needs recorded (with the button that records it),
// owner and state, and the step actions: Mark done, Skip…, Reassign…,
// Reopen…. Each action goes through ResponseService; a refusal is shown
// inline under the step.
class StepDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit StepDetailPanel(const WorkspaceContext &ctx, QWidget *parent = nullptr);

    // Shows `step` (or the empty state when null). Keeps checkbox focus
    // when the same step is shown again.
    void showStep(const IncidentStep *step, const Incident &incident);
    QString stepId() const { return m_step.stepId; }
    // The row of step actions and record buttons. The workspace shows it in
    // its action bar, which never scrolls away (issue #19).
    QWidget *actions() const { return m_actions; }

signals:
    void changed();
    // The step was marked done from this panel (the workspace then moves on).
    void completed(const QString &stepId);
    // The step's record button was pressed: `kind` is its records kind.
    void recordRequested(const QString &kind, const firebreak::IncidentStep &step);

private:
    void markDone();
    void complete(bool confirmed);
    QStringList missingText(const MissingForDone &missing) const;
    void askSkip();
    void askReassign();
    void askReopen();
    void toggleItem(int index, bool checked);
    void rebuildChecklist();
    void updateRecordStatus();
    void showError(const QString &message);

    WorkspaceContext m_ctx;
    IncidentStep m_step;
    bool m_hasStep = false;
    bool m_closed = false;

    QWidget *m_content;
    QWidget *m_actions;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_meta;
    QLabel *m_guidance;
    QLabel *m_checklistCaption;
    QWidget *m_checklist;
    QVBoxLayout *m_checklistLayout;
    QList<QCheckBox *> m_checks;
    QLabel *m_needs;
    QLabel *m_recorded;
    QHash<QString, QPushButton *> m_recordButtons; // by object name
    QLabel *m_error;
    QPushButton *m_done;
    QPushButton *m_skip;
    QPushButton *m_reassign;
    QPushButton *m_reopen;
};

} // namespace firebreak::ui
