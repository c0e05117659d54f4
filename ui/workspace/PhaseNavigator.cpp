#include "PhaseNavigator.h"

#include "model/ShippedTexts.h"

#include "NavItemDelegate.h"
#include "WorkspaceStyle.h"
#include "ui/ReadOnlyGate.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
using D = NavItemDelegate;

QString stepGlyph(const IncidentStep &s)
{
    switch (s.state) {
    case IncidentStep::State::Done: return QStringLiteral("✓");
    case IncidentStep::State::Skipped: return QStringLiteral("–");
    case IncidentStep::State::Open: return s.mandatory ? QStringLiteral("●") : QStringLiteral("○");
    }
    return {};
}

QString stepSubtitle(const IncidentStep &s)
{
    QStringList parts;
    if (s.state == IncidentStep::State::Skipped)
        parts << QCoreApplication::translate("PhaseNavigator", "Skipped: %1").arg(s.note);
    else if (s.state == IncidentStep::State::Done)
        parts << QCoreApplication::translate("PhaseNavigator", "Done by %1").arg(s.doneBy);
    else if (s.mandatory)
        parts << QCoreApplication::translate("PhaseNavigator", "Mandatory");
    if (!s.owner.isEmpty())
        parts << shipped::text(s.owner);
    return parts.join(QStringLiteral(" · "));
}
} // namespace

PhaseNavigator::PhaseNavigator(QWidget *parent)
    : QWidget(parent), m_phases(new QListWidget(this)),
      m_makeCurrent(ws::button(tr("Make this the current phase"), QStringLiteral("setCurrentPhaseButton"), this,
                               tr("Moves the incident to the selected phase (recorded in the audit log)"))),
      m_stepCaption(ws::caption({}, this)), m_stepList(new QListWidget(this)), m_noSteps(new QLabel(this)),
      m_addStep(ws::button(tr("Add step…"), QStringLiteral("addStepButton"), this,
                           tr("Add a step to this incident's playbook (Ctrl+Shift+N)")))
{
    readonly::writes({m_makeCurrent, m_addStep});
    setObjectName(QStringLiteral("navigatorPane"));
    auto *delegate = new NavItemDelegate(this);

    m_phases->setObjectName(QStringLiteral("phaseNavigator"));
    m_phases->setItemDelegate(delegate);
    m_phases->setAccessibleName(tr("Phases"));
    m_phases->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_phases->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_phases->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    for (Phase p : allPhases()) {
        auto *item = new QListWidgetItem(phaseLabel(p), m_phases);
        item->setData(D::KeyRole, int(p));
    }

    m_stepCaption->setObjectName(QStringLiteral("stepListCaption"));
    m_stepCaption->setWordWrap(true); // "Étapes — Rétablissement" beside "Ajouter une étape…" in a narrow column
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setItemDelegate(delegate);
    m_stepList->setAccessibleName(tr("Steps of the selected phase"));
    m_stepList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_noSteps->setObjectName(QStringLiteral("noStepsLabel"));
    m_noSteps->setWordWrap(true);
    m_noSteps->setText(tr("No steps in this phase — Add step… if something needs doing here."));
    ws::setMuted(m_noSteps);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    // At 1366×768 every line counts (issue #19): the phase list names
    // itself, and "Add step…" sits beside the steps' caption, so the step
    // list keeps room for at least three rows.
    auto *stepHead = new QHBoxLayout;
    stepHead->setContentsMargins(0, 0, 0, 0);
    stepHead->addWidget(m_stepCaption, 1);
    stepHead->addWidget(m_addStep);
    layout->addWidget(m_phases);
    layout->addWidget(m_makeCurrent, 0, Qt::AlignLeft);
    layout->addLayout(stepHead);
    layout->addWidget(m_stepList, 1);
    layout->addWidget(m_noSteps);

    connect(m_phases, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_phase = Phase(m_phases->item(row)->data(D::KeyRole).toInt());
        fillSteps({});
        updateMakeCurrent();
        emit stepSelected(selectedStepId());
    });
    connect(m_stepList, &QListWidget::currentRowChanged, this, [this] { emit stepSelected(selectedStepId()); });
    connect(m_makeCurrent, &QPushButton::clicked, this, [this] { emit makeCurrentRequested(m_phase); });
    connect(m_addStep, &QPushButton::clicked, this, [this] { emit addStepRequested(m_phase); });
}

void PhaseNavigator::setData(const Incident &incident, const QList<PhaseProgress> &progress,
                             const QList<IncidentStep> &steps)
{
    const QString keep = selectedStepId();
    if (!m_loaded)
        m_phase = incident.phase; // open on the phase the team is in
    m_loaded = true;
    m_incident = incident;
    m_progress = progress;
    m_steps = steps;
    fillPhases();
    fillSteps(keep);
    updateMakeCurrent();
    m_addStep->setEnabled(incident.status == IncidentStatus::Open);
}

void PhaseNavigator::fillPhases()
{
    const QSignalBlocker block(m_phases);
    const QList<Phase> phases = allPhases();
    for (int row = 0; row < m_phases->count(); ++row) {
        QListWidgetItem *item = m_phases->item(row);
        const Phase p = phases[row];
        const auto it = std::find_if(m_progress.cbegin(), m_progress.cend(),
                                     [p](const PhaseProgress &pp) { return pp.phase == p; });
        const int done = it == m_progress.cend() ? 0 : it->done;
        const int total = it == m_progress.cend() ? 0 : it->total;
        const bool current = p == m_incident.phase && m_incident.status == IncidentStatus::Open;
        const bool complete = total > 0 && done == total;
        int openMandatory = 0;
        for (const IncidentStep &s : m_steps)
            openMandatory += s.phase == p && s.mandatory && s.state == IncidentStep::State::Open;
        item->setData(D::GlyphRole, complete ? QStringLiteral("✓") : QString::number(row + 1));
        // One line per phase (issue #19): at 1366×768 a second line under
        // each phase left the step list one and a half rows. The open
        // mandatory count rides in the badge, the rest in the tooltip.
        item->setData(D::BadgeRole, openMandatory > 0
                                        ? QStringLiteral("●%1  %2/%3").arg(openMandatory).arg(done).arg(total)
                                        : QStringLiteral("%1/%2").arg(done).arg(total));
        // No progress bar under each phase: the badge says done/total, and
        // at 1366×768 the six bars cost the step list a row and a half.
        item->setData(D::EmphasisRole, current);
        item->setData(D::MarkerRole, current);
        item->setData(D::DimRole, complete && !current);
        QString subtitle = current ? tr("Current phase") : QString();
        if (openMandatory > 0)
            subtitle +=
                (subtitle.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("%1 mandatory open").arg(openMandatory);
        item->setData(D::SubtitleRole, QString());
        item->setToolTip(tr("%1: %2 of %3 steps done or skipped%4")
                             .arg(phaseLabel(p))
                             .arg(done)
                             .arg(total)
                             .arg(current ? tr(" — the incident's current phase") : QString()) +
                         (subtitle.isEmpty() ? QString() : QStringLiteral("\n") + subtitle));
        item->setSelected(p == m_phase);
        if (p == m_phase)
            m_phases->setCurrentRow(row);
    }
    int height = 2 * m_phases->frameWidth();
    for (int row = 0; row < m_phases->count(); ++row)
        height += m_phases->sizeHintForRow(row);
    m_phases->setFixedHeight(height);
}

void PhaseNavigator::fillSteps(const QString &keepStepId)
{
    const QSignalBlocker block(m_stepList);
    m_stepList->clear();
    m_stepCaption->setText(tr("Steps — %1").arg(phaseLabel(m_phase)));
    int keepRow = -1, firstOpen = -1;
    for (const IncidentStep &s : m_steps) {
        if (s.phase != m_phase)
            continue;
        auto *item = new QListWidgetItem(shipped::text(s.title), m_stepList);
        item->setData(D::KeyRole, s.stepId);
        item->setData(D::GlyphRole, stepGlyph(s));
        item->setData(D::SubtitleRole, m_compact ? QString() : stepSubtitle(s));
        item->setData(D::EmphasisRole, s.mandatory && s.state == IncidentStep::State::Open);
        item->setData(D::DimRole, s.state != IncidentStep::State::Open);
        item->setToolTip(QStringLiteral("%1\n%2\n%3")
                             .arg(shipped::text(s.title),
                                  s.state == IncidentStep::State::Done      ? tr("Done")
                                  : s.state == IncidentStep::State::Skipped ? tr("Skipped")
                                  : s.mandatory                             ? tr("Open, mandatory")
                                                                            : tr("Open, optional"),
                                  stepSubtitle(s)));
        const int row = m_stepList->count() - 1;
        if (s.stepId == keepStepId)
            keepRow = row;
        if (firstOpen < 0 && s.state == IncidentStep::State::Open)
            firstOpen = row;
    }
    const int row = keepRow >= 0 ? keepRow : (firstOpen >= 0 ? firstOpen : (m_stepList->count() > 0 ? 0 : -1));
    m_stepList->setCurrentRow(row);
    m_stepList->setVisible(m_stepList->count() > 0);
    m_noSteps->setVisible(m_stepList->count() == 0);
}

void PhaseNavigator::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // On a 1366×768 laptop the navigator gets under 300 px: two-line steps
    // left two rows in view, one-line steps leave three or more.
    const bool compact = height() < kCompactBelowPx;
    if (compact != m_compact) {
        m_compact = compact;
        fillSteps(selectedStepId());
    }
}

void PhaseNavigator::updateMakeCurrent()
{
    m_makeCurrent->setVisible(m_loaded && m_incident.status == IncidentStatus::Open && m_phase != m_incident.phase);
    m_makeCurrent->setText(ws::literal(tr("Make “%1” the current phase").arg(phaseLabel(m_phase))));
}

void PhaseNavigator::selectPhase(Phase phase)
{
    const int row = int(allPhases().indexOf(phase));
    if (row >= 0)
        m_phases->setCurrentRow(row); // fills the steps and emits stepSelected
}

QString PhaseNavigator::selectedStepId() const
{
    const QListWidgetItem *item = m_stepList->currentItem();
    return item ? item->data(D::KeyRole).toString() : QString();
}

bool PhaseNavigator::selectStep(const QString &stepId)
{
    const auto it =
        std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const IncidentStep &s) { return s.stepId == stepId; });
    if (it == m_steps.cend())
        return false;
    if (it->phase != m_phase)
        selectPhase(it->phase);
    for (int row = 0; row < m_stepList->count(); ++row)
        if (m_stepList->item(row)->data(D::KeyRole).toString() == stepId)
            m_stepList->setCurrentRow(row);
    return true;
}

const IncidentStep *PhaseNavigator::nextStep() const
{
    for (bool mandatoryOnly : {true, false})
        for (const IncidentStep &s : m_steps)
            if (s.state == IncidentStep::State::Open && (s.mandatory || !mandatoryOnly))
                return &s;
    return nullptr;
}

} // namespace firebreak::ui
