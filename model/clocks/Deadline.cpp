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

QDateTime applyDelays(const ClockRule &rule, const QDateTime &undelayed, QList<ClockDelay> &delays,
                      const QHash<QString, HolidayCalendar> &calendars)
{
    if (!undelayed.isValid() || delays.isEmpty() || !rule.delay ||
        rule.duration.kind != ClockDuration::Kind::BusinessDays)
        return undelayed;
    const QTimeZone zone(rule.duration.zone.toUtf8());
    const auto cal = calendars.constFind(rule.duration.calendar);
    const QTime cutoff = QTime::fromString(rule.duration.cutoff, QStringLiteral("HH:mm"));
    if (!zone.isValid() || !cutoff.isValid())
        return undelayed;
    QDateTime start = undelayed;
    QDate day = undelayed.toTimeZone(zone).date();
    for (ClockDelay &d : delays) {
        d.startsAt = start;
        day = day.addDays(d.days);
        d.endsAt = wallTimeToUtc(day, cutoff, zone);
        start = d.endsAt;
    }
    // The last day of the last period may be a weekend or holiday, when
    // EDGAR takes no filing: the last business day before it.
    QDate due = day;
    if (cal != calendars.constEnd())
        for (int i = 0; i < 366 && !cal->isBusinessDay(due); ++i)
            due = due.addDays(-1);
    return wallTimeToUtc(due, cutoff, zone);
}

} // namespace firebreak
