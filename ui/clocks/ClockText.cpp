#include "ClockText.h"

#include "model/ShippedTexts.h"

#include "ui/Units.h"

#include "ui/Palette.h"
#include "ui/TimeText.h"

#include <QCoreApplication>

namespace firebreak::ui::clocktext {

Urgency urgencyOf(const ClockStatus &c, const QDateTime &now)
{
    switch (c.state) {
    case ClockStatus::State::Met:
    case ClockStatus::State::MetLate:
    case ClockStatus::State::Waived: return Urgency::Resolved;
    case ClockStatus::State::Waiting: return Urgency::Waiting;
    case ClockStatus::State::NoLimit: return Urgency::NoLimit;
    case ClockStatus::State::Overdue: return Urgency::Overdue;
    case ClockStatus::State::Running: break;
    }
    // The state was computed at the service's "now"; the panel ticks on.
    if (c.secondsLeft(now) <= 0)
        return Urgency::Overdue;
    return c.fractionLeft(now) < kWarningFraction ? Urgency::Warning : Urgency::Calm;
}

QColor overdueRed(const QPalette &pal)
{
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xFF, 0x6B, 0x6B) : QColor(0xC4, 0x1E, 0x1E);
}

QColor urgencyText(Urgency u, const QPalette &pal)
{
    switch (u) {
    case Urgency::Overdue: return overdueRed(pal);
    case Urgency::Warning: return palette::mix(pal.color(QPalette::Text), palette::accent(), 0.85);
    case Urgency::Calm:
    case Urgency::NoLimit: return pal.color(QPalette::Text);
    case Urgency::Waiting:
    case Urgency::Resolved: return palette::muted(pal);
    }
    return pal.color(QPalette::Text);
}

QColor urgencyFill(Urgency u, const QPalette &pal)
{
    switch (u) {
    case Urgency::Overdue: return overdueRed(pal);
    case Urgency::Warning: return palette::accent();
    default: return palette::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.45);
    }
}

QString shortTitle(const ClockRule &rule)
{
    const QString t = shipped::text(rule.title);
    const qsizetype colon = t.indexOf(QLatin1String(": "));
    // "GDPR Art. 33: notify the supervisory authority" names itself before
    // the colon; "Customer notice: personal-data breach" needs both halves.
    if (colon > 0)
        return t.size() - colon - 2 > 24 ? t.left(colon) : t;
    const qsizetype to = t.indexOf(QLatin1String(" to the "));
    return to > 0 ? t.left(to) : t;
}

QString countdownText(const ClockStatus &c, const QDateTime &now)
{
    switch (c.state) {
    case ClockStatus::State::Met: return QStringLiteral("met");
    case ClockStatus::State::MetLate: return QCoreApplication::translate("ClockText", "met late");
    case ClockStatus::State::Waived: return QStringLiteral("waived");
    case ClockStatus::State::Waiting: return QCoreApplication::translate("ClockText", "not started");
    case ClockStatus::State::NoLimit: return QCoreApplication::translate("ClockText", "without undue delay");
    case ClockStatus::State::Running:
    case ClockStatus::State::Overdue: break;
    }
    return units::timeLeft(c.secondsLeft(now));
}

namespace {
QString noticeSummary(const Notice &n)
{
    QString s = QCoreApplication::translate("ClockText", "sent %1 to %2").arg(timetext::local(n.sentAt), n.recipient);
    if (!n.reference.isEmpty())
        s += QCoreApplication::translate("ClockText", " (ref. %1)").arg(n.reference);
    return s;
}
} // namespace

QString stateText(const ClockStatus &c, const QDateTime &now, const QString &waitingForTitle)
{
    const int supplements = int(c.notices.size()) - 1;
    const QString more = supplements > 0 ? QCoreApplication::translate("ClockText", " · %1 supplement%2")
                                               .arg(supplements)
                                               .arg(supplements > 1 ? QStringLiteral("s") : QString())
                                         : QString();
    switch (c.state) {
    case ClockStatus::State::Waiting:
        return QCoreApplication::translate("ClockText", "Waiting for the %1 notice; starts when it is sent.")
            .arg(waitingForTitle.isEmpty() ? c.waitingFor : waitingForTitle);
    case ClockStatus::State::NoLimit:
        return QCoreApplication::translate("ClockText", "No hour limit: without undue delay. Running since %1 (%2).")
            .arg(timetext::local(c.triggerAt), timetext::age(c.triggerAt, now));
    case ClockStatus::State::Met:
        return QCoreApplication::translate("ClockText", "Met: initial notice %1%2.")
            .arg(noticeSummary(c.notices.first()), more);
    case ClockStatus::State::MetLate:
        return QCoreApplication::translate("ClockText", "Met late: initial notice %1, %2 after the deadline%3.")
            .arg(noticeSummary(c.notices.first()), units::timeLeft(c.deadline.secsTo(c.notices.first().sentAt)), more);
    case ClockStatus::State::Waived: {
        const QString why =
            c.waiver ? (c.waiver->exception.isEmpty() ? c.waiver->justification : c.waiver->exception) : QString();
        return QCoreApplication::translate("ClockText", "Waived: decided not to notify%1. %2")
            .arg(c.waiver ? QStringLiteral(" (%1, %2)").arg(c.waiver->decidedBy, timetext::local(c.waiver->recordedAt))
                          : QString(),
                 why);
    }
    case ClockStatus::State::Running:
    case ClockStatus::State::Overdue: break;
    }
    return {};
}

QString deadlineText(const ClockStatus &c)
{
    if (c.state == ClockStatus::State::Waiting)
        return QCoreApplication::translate("ClockText", "Deadline set when it starts");
    if (!c.deadline.isValid() && c.target.isValid())
        return QCoreApplication::translate("ClockText", "No legal deadline · internal target %1")
            .arg(units::dateTime(c.target));
    if (!c.deadline.isValid())
        return QCoreApplication::translate("ClockText", "No fixed deadline");
    return QCoreApplication::translate("ClockText", "Due %1").arg(units::dateTime(c.deadline));
}

QString deadlineTooltip(const ClockStatus &c)
{
    QStringList lines;
    lines << shipped::text(c.rule.title);
    if (c.deadline.isValid())
        lines << QCoreApplication::translate("ClockText", "Deadline: %1 (%2)")
                     .arg(timetext::utc(c.deadline), timetext::local(c.deadline));
    if (c.triggerAt.isValid())
        lines << QCoreApplication::translate("ClockText", "Started: %1 (%2)")
                     .arg(timetext::utc(c.triggerAt), timetext::local(c.triggerAt));
    if (!c.rule.source.isEmpty())
        lines << shipped::text(c.rule.source);
    return lines.join(QLatin1Char('\n'));
}

} // namespace firebreak::ui::clocktext
