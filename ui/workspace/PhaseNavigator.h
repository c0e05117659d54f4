#pragma once

#include "model/response/ResponseService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace firebreak::ui {

// The left column of the incident workspace: the six phases with done/total
// steps and the incident's current phase marked; under it the steps of the
// selected phase with their state, owner and whether they are mandatory.
class PhaseNavigator : public QWidget {
    Q_OBJECT
public:
    explicit PhaseNavigator(QWidget *parent = nullptr);

    // Refreshes everything in place, keeping the selected phase and step.
    // Emits nothing: the caller reads selectedStepId() afterwards.
    void setData(const Incident &incident, const QList<PhaseProgress> &progress, const QList<IncidentStep> &steps);

    Phase selectedPhase() const { return m_phase; }
    void selectPhase(Phase phase);
    QString selectedStepId() const;
    // Selects the step and its phase; false if the incident has no such step.
    bool selectStep(const QString &stepId);
    // The first open step, mandatory ones first, in phase order (empty if none).
    const IncidentStep *nextStep() const;

    // Below this height, steps take one line each.
    static constexpr int kCompactBelowPx = 420;

signals:
    void stepSelected(const QString &stepId); // empty when the phase has no steps
    void makeCurrentRequested(firebreak::Phase phase);
    void addStepRequested(firebreak::Phase phase);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillPhases();
    void fillSteps(const QString &keepStepId);
    void updateMakeCurrent();

    Incident m_incident;
    QList<PhaseProgress> m_progress;
    QList<IncidentStep> m_steps;
    Phase m_phase = Phase::Triage;
    bool m_loaded = false;
    bool m_compact = false; // short of height: one line per step (owner in the tooltip)
    QListWidget *m_phases;
    QPushButton *m_makeCurrent;
    QLabel *m_stepCaption;
    QListWidget *m_stepList;
    QLabel *m_noSteps;
    QPushButton *m_addStep;
};

} // namespace firebreak::ui
