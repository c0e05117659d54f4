#include "DeadlineBanner.h"

#include "ui/Units.h"

#include "ClockText.h"
#include "ui/Palette.h"
#include "ui/TimeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace firebreak::ui {

DeadlineBanner::DeadlineBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_open(new QPushButton(tr("Open incident"), this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("deadlineBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("deadlineBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                    Qt::LinksAccessibleByKeyboard);
    connect(m_text, &QLabel::linkActivated, this, &DeadlineBanner::incidentRequested);
    m_open->setObjectName(QStringLiteral("openDeadlineIncidentButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open, 0, Qt::AlignTop);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_incidentId.isEmpty())
            emit incidentRequested(m_incidentId);
    });
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &DeadlineBanner::refresh);
    hide();
}

void DeadlineBanner::setSource(CaseStore *store, ClockService *service)
{
    m_store = store;
    m_service = service;
    if (m_store && m_service) {
        m_timer->start();
        refresh();
    } else {
        m_timer->stop();
        showClocks({}, {});
    }
}

void DeadlineBanner::refresh()
{
    if (!m_store || !m_service)
        return;
    auto open = m_service->openClocks();
    // A read that fails for a moment keeps the last banner; the panel and
    // the status bar report store errors.
    if (open) {
        const QDateTime now = m_store->clock().nowUtc();
        showClocks(*open, now);
        emit clocksRead(*open, now);
    }
}

void DeadlineBanner::showClocks(const QList<ClockStatus> &openClocks, const QDateTime &now)
{
    using clocktext::Urgency;
    QList<const ClockStatus *> hot;
    int overdue = 0;
    for (const ClockStatus &c : openClocks) {
        const Urgency u = clocktext::urgencyOf(c, now);
        if (u == Urgency::Overdue || u == Urgency::Warning) {
            hot << &c;
            overdue += u == Urgency::Overdue ? 1 : 0;
        }
    }
    m_count = int(hot.size());
    m_lines.clear();
    if (hot.isEmpty()) {
        m_incidentId.clear();
        m_overdue = false;
        m_text->clear();
        hide();
        return;
    }
    // Least time left first; overdue clocks have negative time left.
    std::stable_sort(hot.begin(), hot.end(), [&](const ClockStatus *a, const ClockStatus *b) {
        return a->secondsLeft(now) < b->secondsLeft(now);
    });
    const ClockStatus *worst = hot.first();
    m_incidentId = worst->incidentId;
    m_overdue = overdue > 0;
    // Every clock on its own line: a deadline hidden behind "2 other clocks"
    // is a deadline missed. The incident id is a link to it.
    QStringList html;
    QStringList tips;
    for (const ClockStatus *c : std::as_const(hot)) {
        const bool late = clocktext::urgencyOf(*c, now) == Urgency::Overdue;
        const QString left = units::timeLeft(c->secondsLeft(now));
        m_lines << QStringLiteral("%1 · %2 · %3").arg(clocktext::shortTitle(c->rule), c->incidentId, left);
        const QString due = c->deadline.isValid() ? tr("due %1").arg(timetext::local(c->deadline)) : QString();
        const QString colour = late ? clocktext::overdueRed(palette()).name() : QString();
        const QString line = QStringLiteral("<b>%1 · <a href=\"%2\">%2</a> · %3</b>&nbsp;&nbsp;%4")
                                 .arg(clocktext::shortTitle(c->rule).toHtmlEscaped(), c->incidentId.toHtmlEscaped(),
                                      left.toHtmlEscaped(), due.toHtmlEscaped());
        html << (colour.isEmpty() ? line : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, line));
        tips << clocktext::deadlineTooltip(*c);
    }
    m_text->setText(html.join(QStringLiteral("<br>")));
    m_text->setToolTip(tips.join(QStringLiteral("\n\n")));
    m_open->setText(tr("Open %1").arg(worst->incidentId));
    m_icon->setPixmap(
        style()->standardIcon(m_overdue ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    applyPalette();
    show();
}

QString DeadlineBanner::text() const
{
    return m_text->text();
}

void DeadlineBanner::applyPalette()
{
    // Built from the parent's palette so a theme change recolours it.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette pal = palette();
    const QColor tint = m_overdue ? clocktext::overdueRed(base) : palette::accent();
    pal.setColor(QPalette::Window, palette::mix(base.color(QPalette::Base), tint, m_overdue ? 0.14 : 0.20));
    pal.setColor(QPalette::WindowText, base.color(QPalette::Text));
    setPalette(pal);
    QPalette textPal = m_text->palette();
    textPal.setColor(QPalette::WindowText, m_overdue ? clocktext::overdueRed(base) : base.color(QPalette::Text));
    m_text->setPalette(textPal);
}

void DeadlineBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

} // namespace firebreak::ui
