#include "HolidayCalendar.h"

namespace firebreak {

QDate HolidayCalendar::dateIn(const Holiday &h, int year) const
{
    if (h.date.isValid())
        return h.date.year() == year ? h.date : QDate();
    if (h.since > 0 && year < h.since)
        return {};
    if (h.day > 0) {
        QDate d(year, h.month, h.day);
        if (h.observed) {
            if (d.dayOfWeek() == Qt::Saturday)
                d = d.addDays(-1);
            else if (d.dayOfWeek() == Qt::Sunday)
                d = d.addDays(1);
        }
        return d;
    }
    if (h.nth > 0) {
        QDate d(year, h.month, 1);
        const int shift = (h.weekday - d.dayOfWeek() + 7) % 7;
        return d.addDays(shift + 7 * (h.nth - 1));
    }
    QDate last(year, h.month, QDate(year, h.month, 1).daysInMonth());
    return last.addDays(-((last.dayOfWeek() - h.weekday + 7) % 7));
}

QString HolidayCalendar::holidayOn(const QDate &d) const
{
    // An observed date can fall in the neighbouring year (1 Jan on a
    // Saturday is observed on 31 Dec), so look at both years.
    for (const Holiday &h : holidays)
        for (int y : {d.year(), d.year() + 1})
            if (dateIn(h, y) == d)
                return h.name;
    return {};
}

bool HolidayCalendar::isBusinessDay(const QDate &d) const
{
    return !weekend.contains(d.dayOfWeek()) && holidayOn(d).isEmpty();
}

QDate HolidayCalendar::addBusinessDays(const QDate &from, int n) const
{
    QDate d = from;
    int counted = 0;
    int idle = 0;
    while (counted < n) {
        d = d.addDays(1);
        if (isBusinessDay(d)) {
            ++counted;
            idle = 0;
        } else if (++idle > 366) {
            // A user calendar whose holidays cover every working day would
            // loop forever; no deadline is better than a hung application.
            return {};
        }
    }
    return d;
}

} // namespace firebreak
