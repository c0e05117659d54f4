#include "ClockCard.h"

#include "model/ShippedTexts.h"

#include "model/clocks/ClockExplain.h"
#include "model/clocks/RuleLoader.h"

#include "FlowLayout.h"
#include "TimeLeftBar.h"
#include "ui/Palette.h"
#include "ui/ReadOnlyGate.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
QPushButton *smallButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    b->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return b;
}
} // namespace

ClockCard::ClockCard(const QString &clockId, QWidget *parent)
    : QFrame(parent), m_clockId(clockId), m_title(new QLabel(this)), m_countdown(new QLabel(this)),
      m_recipient(new QLabel(this)), m_deadline(new QLabel(this)), m_basis(new QLabel(this)),
      m_bar(new TimeLeftBar(this)), m_state(new QLabel(this)),
      m_draft(smallButton(tr("Draft notice…"), QStringLiteral("draftButton"), this)),
      m_notice(smallButton(tr("Record notice sent…"), QStringLiteral("noticeButton"), this)),
      m_waive(smallButton(tr("Decide not to notify…"), QStringLiteral("waiveButton"), this)),
      m_delay(smallButton(tr("Attorney General delay…"), QStringLiteral("agDelayButton"), this))
{
    readonly::writes({m_notice, m_waive, m_delay});
    setObjectName(QStringLiteral("clockCard_%1").arg(clockId));
    setProperty("clockId", clockId);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_title->setObjectName(QStringLiteral("clockTitleLabel"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    QFont big = bold;
    big.setPointSizeF(bold.pointSizeF() * 1.25);
    m_countdown->setFont(big);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_countdown->setTextFormat(Qt::PlainText);

    m_recipient->setObjectName(QStringLiteral("recipientLabel"));
    m_recipient->setWordWrap(true);
    m_deadline->setObjectName(QStringLiteral("deadlineLabel"));
    m_deadline->setWordWrap(true);
    m_basis->setObjectName(QStringLiteral("basisLabel"));
    m_basis->setWordWrap(true);
    m_basis->setTextFormat(Qt::PlainText);
    m_basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_basis->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_basis->setFont(small);
    m_bar->setObjectName(QStringLiteral("timeLeftBar"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_countdown, 0, 1);
    grid->addWidget(m_deadline, 1, 0, 1, 2);
    grid->addWidget(m_basis, 2, 0, 1, 2);
    grid->addWidget(m_recipient, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    // Buttons wrap to a second row in a narrow pane instead of clipping.
    auto *buttons = new FlowLayout(6);
    buttons->setContentsMargins(0, 2, 0, 0);
    buttons->addWidget(m_notice);
    buttons->addWidget(m_draft);
    buttons->addWidget(m_waive);
    buttons->addWidget(m_delay);

    auto *layout = new QVBoxLayout(this);
    // The left margin leaves room for the urgency stripe.
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(4);
    layout->addLayout(grid);
    layout->addWidget(m_bar);
    layout->addWidget(m_state);
    layout->addLayout(buttons);

    connect(m_notice, &QPushButton::clicked, this, [this] { emit noticeRequested(m_clockId); });
    connect(m_waive, &QPushButton::clicked, this, [this] { emit waiveRequested(m_clockId); });
    connect(m_draft, &QPushButton::clicked, this, [this] { emit draftRequested(m_clockId); });
    connect(m_delay, &QPushButton::clicked, this, [this] { emit delayRequested(m_clockId); });
    applyColours();
}

QString ClockCard::countdown() const
{
    return m_countdown->text();
}

void ClockCard::showStatus(const ClockStatus &c, const QDateTime &now, const QString &waitingForTitle)
{
    using clocktext::Urgency;
    m_urgency = clocktext::urgencyOf(c, now);
    m_title->setText(shipped::text(c.rule.title));
    m_recipient->setText(tr("%1 · to %2").arg(shipped::text(c.rule.regime), shipped::text(c.rule.recipient)));
    m_deadline->setText(clocktext::deadlineText(c));
    // A deadline a DPO can check by hand: its arithmetic and legal basis.
    // The shipped and user calendars, read once (the card refreshes every few seconds).
    static const QHash<QString, HolidayCalendar> calendars = ruleloader::load({ruleloader::userRuleDir()}).calendars;
    m_basis->setText(explainDeadline(c, QTimeZone::systemTimeZone(), calendars, QLocale()));
    m_countdown->setText(clocktext::countdownText(c, now));
    const QString tip = clocktext::deadlineTooltip(c);
    for (QWidget *w : {static_cast<QWidget *>(m_deadline), static_cast<QWidget *>(m_countdown),
                       static_cast<QWidget *>(m_bar), static_cast<QWidget *>(m_title)})
        w->setToolTip(tip);

    const bool timed =
        c.deadline.isValid() && (c.state == ClockStatus::State::Running || c.state == ClockStatus::State::Overdue);
    m_bar->setVisible(timed);
    if (timed)
        m_bar->setFraction(c.fractionLeft(now), clocktext::urgencyFill(m_urgency, palette()));

    const QString state = clocktext::stateText(c, now, waitingForTitle);
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());

    const bool waived = c.state == ClockStatus::State::Waived;
    const bool met = c.state == ClockStatus::State::Met || c.state == ClockStatus::State::MetLate;
    m_notice->setVisible(!waived);
    m_notice->setEnabled(c.state != ClockStatus::State::Waiting);
    m_notice->setText(met ? tr("Record supplement…") : tr("Record notice sent…"));
    m_notice->setToolTip(c.state == ClockStatus::State::Waiting
                             ? tr("This clock starts when the %1 notice is sent").arg(waitingForTitle)
                             : QString());
    m_waive->setVisible(!c.resolved());
    // Only a clock whose rule provides for it (SEC Item 1.05(c)), while the
    // filing is still to be made and periods remain.
    m_delay->setVisible(c.rule.delay && !c.resolved() && c.deadline.isValid() &&
                        c.delays.size() < c.rule.delay->periods.size());
    m_draft->setVisible(!waived);
    m_draft->setText(met ? tr("Draft supplement…") : tr("Draft notice…"));
    setAccessibleName(QStringLiteral("%1, %2").arg(shipped::text(c.rule.title), m_countdown->text()));
    applyColours();
}

void ClockCard::applyColours()
{
    QPalette pal = palette();
    const QPalette app = parentWidget() ? parentWidget()->palette() : QPalette();
    pal.setColor(QPalette::Window, app.color(QPalette::Base));
    setPalette(pal);
    auto colour = [](QLabel *l, const QColor &c) {
        QPalette lp = l->palette();
        lp.setColor(QPalette::WindowText, c);
        l->setPalette(lp);
    };
    const QColor muted = palette::muted(app);
    colour(m_countdown, clocktext::urgencyText(m_urgency, app));
    colour(m_recipient, muted);
    const bool quiet = m_urgency == clocktext::Urgency::Resolved || m_urgency == clocktext::Urgency::Waiting;
    colour(m_deadline, m_urgency == clocktext::Urgency::Overdue ? clocktext::overdueRed(app)
                       : quiet                                  ? muted
                                                                : app.color(QPalette::Text));
    colour(m_state, muted);
    colour(m_title, m_urgency == clocktext::Urgency::Resolved ? muted : app.color(QPalette::Text));
    update();
}

void ClockCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyColours();
}

void ClockCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    using clocktext::Urgency;
    if (m_urgency != Urgency::Overdue && m_urgency != Urgency::Warning)
        return;
    // The stripe makes the state readable from across the room.
    QPainter p(this);
    p.fillRect(QRect(1, 1, 5, height() - 2), clocktext::urgencyFill(m_urgency, palette()));
}

} // namespace firebreak::ui
