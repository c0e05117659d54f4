#include "NextDeadline.h"

#include <limits>

namespace firebreak::ui {

qint64 NextDeadline::sortKey() const
{
    if (!deadline.isValid())
        return std::numeric_limits<qint64>::max() / 2;
    return secondsLeft;
}

namespace {
NextDeadline describe(const ClockStatus &c, const QDateTime &now)
{
    NextDeadline d;
    d.incidentId = c.incidentId;
    d.clockId = c.rule.id;
    d.title = clocktext::shortTitle(c.rule);
    d.urgency = clocktext::urgencyOf(c, now);
    d.deadline = c.deadline;
    d.secondsLeft = c.secondsLeft(now);
    d.text = QStringLiteral("%1 · %2").arg(d.title, clocktext::countdownText(c, now));
    d.tooltip = clocktext::deadlineTooltip(c);
    return d;
}

bool counts(const ClockStatus &c)
{
    return c.state == ClockStatus::State::Running || c.state == ClockStatus::State::Overdue ||
           c.state == ClockStatus::State::NoLimit;
}
} // namespace

std::optional<NextDeadline> nextDeadline(const QList<ClockStatus> &clocks, const QDateTime &now)
{
    std::optional<NextDeadline> best;
    for (const ClockStatus &c : clocks) {
        if (!counts(c))
            continue;
        NextDeadline d = describe(c, now);
        if (!best || d.sortKey() < best->sortKey())
            best = d;
    }
    return best;
}

QHash<QString, NextDeadline> nextDeadlines(const QList<ClockStatus> &openClocks, const QDateTime &now)
{
    QHash<QString, NextDeadline> out;
    for (const ClockStatus &c : openClocks) {
        if (!counts(c))
            continue;
        NextDeadline d = describe(c, now);
        auto it = out.find(c.incidentId);
        if (it == out.end())
            out.insert(c.incidentId, d);
        else if (d.sortKey() < it->sortKey())
            *it = d;
    }
    return out;
}

Result<QHash<QString, NextDeadline>> nextDeadlines(const ClockService &service, const QDateTime &now)
{
    auto open = service.openClocks();
    if (!open)
        return open.error();
    return nextDeadlines(*open, now);
}

} // namespace firebreak::ui
