#include "Deadline.h"

#include "WallTime.h"

#include <QTimeZone>

namespace firebreak {

QDateTime computeDeadline(const ClockDuration &d, const QDateTime &triggerUtc,
                          const QHash<QString, HolidayCalendar> &calendars)
{
    if (!triggerUtc.isValid())
        return {};
    const QDateTime t = triggerUtc.toUTC();
    switch (d.kind) {
    case ClockDuration::Kind::Hours: return t.addSecs(qint64(d.amount) * 3600);
    case ClockDuration::Kind::Months: {
        // Calendar months in the competent authority's zone (DOMAIN.md): the
        // same local wall time N months later, clamped to the end of a
        // shorter month (QDate::addMonths clamps 31 Jan + 1 to 28/29 Feb).
        const QTimeZone zone = zoneOrLocal(d.zone);
        if (!zone.isValid())
            return {};
        const QDateTime local = t.toTimeZone(zone);
        return wallTimeToUtc(local.date().addMonths(d.amount), local.time(), zone);
    }
    case ClockDuration::Kind::BusinessDays: {
        const auto cal = calendars.constFind(d.calendar);
        const QTimeZone zone(d.zone.toUtf8());
        if (cal == calendars.constEnd() || !zone.isValid())
            return {};
        const QDate start = t.toTimeZone(zone).date();
        const QDate due = cal->addBusinessDays(start, d.amount);
        if (!due.isValid())
            return {};
        return QDateTime(due, QTime::fromString(d.cutoff, QStringLiteral("HH:mm")), zone).toUTC();
    }
    case ClockDuration::Kind::UndueDelay: return {};
    }
    return {};
}

} // namespace firebreak
