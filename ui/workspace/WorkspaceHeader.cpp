#include "WorkspaceHeader.h"

#include "model/ShippedTexts.h"

#include "ui/Units.h"

#include "WorkspaceStyle.h"
#include "ui/Palette.h"
#include "ui/SeverityChip.h"
#include "ui/TimeText.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

WorkspaceHeader::WorkspaceHeader(QWidget *parent)
    : QWidget(parent), m_id(new QLabel(this)), m_severity(new SeverityChip(this)), m_title(new QLabel(this)),
      m_status(new QLabel(this)), m_clock(ws::linkButton(QStringLiteral("urgentClockButton"), this)),
      m_next(ws::linkButton(QStringLiteral("nextStepButton"), this)),
      m_blockers(ws::linkButton(QStringLiteral("closureBlockersButton"), this))
{
    setObjectName(QStringLiteral("workspaceHeader"));
    m_id->setObjectName(QStringLiteral("workspaceIdLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setBold(true);
    m_id->setFont(mono);
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_severity->setObjectName(QStringLiteral("workspaceSeverityChip"));
    m_title->setObjectName(QStringLiteral("workspaceTitleLabel"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("workspaceStatusLabel"));
    ws::setMuted(m_status);
    m_next->setToolTip(tr("Go to the next open step"));
    m_blockers->setToolTip(tr("See what blocks closing"));

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_id);
    top->addWidget(m_severity);
    top->addWidget(m_title, 1);
    top->addWidget(m_status);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(4);
    bottom->addWidget(m_clock);
    bottom->addWidget(m_next, 1);
    bottom->addWidget(m_blockers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(bottom);

    connect(m_next, &QPushButton::clicked, this, &WorkspaceHeader::nextStepClicked);
    connect(m_blockers, &QPushButton::clicked, this, &WorkspaceHeader::blockersClicked);
    connect(m_clock, &QPushButton::clicked, this, &WorkspaceHeader::clockClicked);
}

void WorkspaceHeader::setData(const Incident &incident, const IncidentStep *next, const QStringList &blockers,
                              const std::optional<ClockStatus> &urgentClock, const QDateTime &now)
{
    const bool closed = incident.status == IncidentStatus::Closed;
    m_id->setText(incident.id);
    m_severity->setSeverity(incident.severity);
    m_title->setText(incident.title);
    m_title->setToolTip(incident.description.isEmpty() ? incident.title : incident.description);
    QStringList status{closed ? tr("Closed %1").arg(timetext::local(incident.closedAt))
                              : tr("Open · %1").arg(phaseLabel(incident.phase))};
    if (!incident.commander.isEmpty())
        status << tr("Commander: %1").arg(incident.commander);
    m_status->setText(status.join(QStringLiteral("  ·  ")));

    // What is due: the most urgent open clock, red only when overdue.
    m_clock->setVisible(urgentClock.has_value() && !closed);
    if (urgentClock) {
        const ClockStatus &c = *urgentClock;
        const bool overdue = c.state == ClockStatus::State::Overdue;
        const QString left = !c.deadline.isValid() ? tr("without undue delay")
                             : overdue             ? units::timeLeft(c.secondsLeft(now))
                                                   : units::timeLeft(c.secondsLeft(now)) + tr(" left");
        m_clock->setText(ws::literal(tr("Due: %1 · %2").arg(shipped::text(c.rule.title), left)));
        m_clock->setToolTip(c.deadline.isValid()
                                ? tr("Deadline %1\n%2").arg(timetext::local(c.deadline), timetext::utc(c.deadline))
                                : tr("No fixed deadline: notify without undue delay"));
        QPalette pal = palette();
        pal.setColor(QPalette::ButtonText, overdue ? QColor(0xE0, 0x1B, 0x24) : pal.color(QPalette::WindowText));
        m_clock->setPalette(pal);
        QFont f = m_clock->font();
        f.setBold(true);
        m_clock->setFont(f);
    }

    if (closed)
        m_next->setText(tr("Incident closed — reopen it from the Close tab to change it."));
    else if (next)
        m_next->setText(ws::literal(tr("Next: %1 %2 — %3%4")
                                        .arg(next->mandatory ? QStringLiteral("●") : QStringLiteral("○"), next->title,
                                             phaseLabel(next->phase),
                                             next->owner.isEmpty() ? QString() : QStringLiteral(" · ") + next->owner)));
    else
        m_next->setText(tr("✓ Every step is done or skipped."));
    m_next->setEnabled(!closed && next);

    if (closed)
        m_blockers->setText(tr("Closed"));
    else if (blockers.isEmpty())
        m_blockers->setText(tr("✓ Ready to close"));
    else
        m_blockers->setText(tr("%n item(s) block closing →", nullptr, int(blockers.size())));
    m_blockers->setToolTip(blockers.isEmpty() ? tr("Nothing blocks closing")
                                              : tr("Blocks closing:\n• ") + blockers.join(QStringLiteral("\n• ")));
}

} // namespace firebreak::ui
