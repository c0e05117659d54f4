#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace firebreak {

// A named working-day calendar: weekend days plus holiday rules (fixed
// dates with weekend observance, or the nth weekday of a month). Loaded
// from resources/clocks/calendars/*.json so a new jurisdiction is data.
class HolidayCalendar {
public:
    struct Holiday {
        QString name;
        int month = 0;
        int day = 0;           // fixed date, or 0
        int weekday = 0;       // Qt::DayOfWeek for nth-weekday rules, or 0
        int nth = 0;           // 1..5, or -1 for the last
        bool observed = false; // Saturday -> Friday before, Sunday -> Monday after
        int since = 0;         // first year it applies, 0 = always
        QDate date;            // a one-off closure (e.g. a national day of mourning), or invalid
    };

    QString name;
    QList<int> weekend; // Qt::DayOfWeek values
    QList<Holiday> holidays;

    bool isBusinessDay(const QDate &d) const;
    // The holiday falling on `d` (observed dates included), or empty.
    QString holidayOn(const QDate &d) const;
    // The date `n` business days after `from` (from itself not counted);
    // invalid if a whole year passes without a business day.
    QDate addBusinessDays(const QDate &from, int n) const;

private:
    QDate dateIn(const Holiday &h, int year) const;
};

} // namespace firebreak
