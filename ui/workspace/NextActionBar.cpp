#include "NextActionBar.h"

#include "model/ShippedTexts.h"

#include "WorkspaceStyle.h"
#include "ui/clocks/ClockText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace firebreak::ui {

namespace {

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

NextActionBar::NextActionBar(QWidget *stepActions, QWidget *parent)
    : QWidget(parent), m_step(new QLabel(this)), m_next(ws::linkButton(QStringLiteral("actionBarNextButton"), this)),
      m_deadline(ws::linkButton(QStringLiteral("actionBarDeadlineButton"), this))
{
    setObjectName(QStringLiteral("nextActionBar"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
    setPalette(pal);
    m_step->setObjectName(QStringLiteral("actionBarStepLabel"));
    m_step->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_step->setMinimumWidth(120);
    QFont bold = m_step->font();
    bold.setBold(true);
    m_step->setFont(bold);
    m_next->setToolTip(tr("Go to the next mandatory open step"));
    m_deadline->setToolTip(tr("Open the notification clocks"));
    m_next->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_next->setMinimumWidth(140);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(6);
    layout->addWidget(m_step, 2);
    layout->addWidget(stepActions);
    layout->addWidget(separator(this));
    layout->addWidget(m_next, 2);
    layout->addWidget(m_deadline);

    connect(m_next, &QPushButton::clicked, this, &NextActionBar::nextClicked);
    connect(m_deadline, &QPushButton::clicked, this, &NextActionBar::deadlineClicked);
}

void NextActionBar::setData(const IncidentStep *current, const IncidentStep *next,
                            const std::optional<NextDeadline> &deadline, bool closed)
{
    m_stepText = current ? shipped::text(current->title) : tr("No step selected");
    m_step->setToolTip(current ? tr("The buttons act on this step: %1").arg(shipped::text(current->title)) : QString());

    if (closed)
        m_nextText = (tr("Incident closed"));
    else if (next)
        m_nextText = (tr("Next: %1 %2 — %3")
                          .arg(next->mandatory ? QStringLiteral("●") : QStringLiteral("○"), shipped::text(next->title),
                               phaseLabel(next->phase)));
    else
        m_nextText = (tr("✓ No other mandatory step open"));
    elideStep();
    m_next->setEnabled(!closed && next);
    m_next->setToolTip(next ? tr("Go to the next mandatory open step: %1 (%2)")
                                  .arg(shipped::text(next->title), shipped::text(next->owner))
                            : QString());

    m_deadline->setVisible(deadline.has_value() && !closed);
    if (deadline) {
        m_deadline->setText(ws::literal(tr("Due: %1").arg(deadline->text)));
        m_deadline->setToolTip(deadline->tooltip);
        QPalette pal = palette();
        const QColor colour = clocktext::urgencyText(deadline->urgency, pal);
        pal.setColor(QPalette::ButtonText, colour);
        m_deadline->setPalette(pal);
        m_deadline->setProperty("urgency", int(deadline->urgency));
        QFont f = m_deadline->font();
        f.setBold(deadline->urgency == clocktext::Urgency::Overdue || deadline->urgency == clocktext::Urgency::Warning);
        m_deadline->setFont(f);
    }
}

void NextActionBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideStep();
}

void NextActionBar::elideStep()
{
    // Elided with "…" rather than cut: the full title is in the tooltip.
    m_step->setText(m_step->fontMetrics().elidedText(m_stepText, Qt::ElideRight, qMax(40, m_step->width())));
    // The button's text needs its margins (padding 6 px each side, see linkButton).
    m_next->setText(
        ws::literal(m_next->fontMetrics().elidedText(m_nextText, Qt::ElideRight, qMax(40, m_next->width() - 16))));
}

} // namespace firebreak::ui
