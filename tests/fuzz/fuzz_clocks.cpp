// Clock rule sets and holiday calendars: shipped, but users add their own.
// Each input goes to both parsers; what is accepted is then used the way
// the clocks use it, so a file that loads but hangs a deadline is caught.
#include "FuzzSupport.h"
#include "model/clocks/Deadline.h"
#include "model/clocks/RuleLoader.h"

#include <QTimeZone>

FIREBREAK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace firebreak;
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QDateTime trigger = QDateTime(QDate(2026, 12, 24), QTime(16, 0), QTimeZone::utc());

    QHash<QString, HolidayCalendar> calendars;
    const Result<HolidayCalendar> cal = ruleloader::parseCalendar(QStringLiteral("cal.json"), json);
    if (cal) {
        fuzz::require(!cal->name.isEmpty(), "a calendar has a name");
        for (int i = 0; i < 40; ++i)
            (void)cal->isBusinessDay(trigger.date().addDays(i));
        (void)cal->addBusinessDays(trigger.date(), 30);
        calendars.insert(cal->name, *cal);
    } else {
        fuzz::require(cal.error().message.startsWith(QStringLiteral("cal.json")), "error names the file");
    }

    const Result<QList<ClockRule>> rules = ruleloader::parseRules(QStringLiteral("rules.json"), json);
    if (!rules) {
        fuzz::require(rules.error().message.startsWith(QStringLiteral("rules.json")), "error names the file");
        return 0;
    }
    for (const ClockRule &r : *rules) {
        HolidayCalendar weekdays;
        weekdays.name = r.duration.calendar;
        weekdays.weekend = {Qt::Saturday, Qt::Sunday};
        if (!calendars.contains(r.duration.calendar))
            calendars.insert(r.duration.calendar, weekdays);
        (void)computeDeadline(r.duration, trigger, calendars);
    }
    return 0;
}
