#pragma once

#include "ClockRecords.h"
#include "ClockRule.h"
#include "HolidayCalendar.h"

#include <QDateTime>
#include <QHash>

namespace firebreak {

// Absolute deadline of a clock started at `triggerUtc` (DOMAIN.md):
// - hours: trigger + N × 3600 s; nights, weekends, holidays and DST
//   changes make no difference because the arithmetic is in UTC;
// - months: calendar months in the rule's zone (the organisation's zone
//   when the rule set names none): the same local wall time, clamped to the
//   end of a shorter month (see wallTimeToUtc for DST nights);
// - business days: the cutoff time, in the calendar's zone, on the Nth
//   business day after the trigger's local date.
// Returns an invalid QDateTime for "without undue delay" (no hour limit)
// or an unknown calendar.
QDateTime computeDeadline(const ClockDuration &d, const QDateTime &triggerUtc,
                          const QHash<QString, HolidayCalendar> &calendars);

// The deadline after delays granted under the rule's delay provision (SEC
// Form 8-K Item 1.05(c)), read as follows (docs/MANUAL.md): each period
// counts its calendar days from the date, in the calendar's zone, the
// filing was otherwise due (period 1: the rule's own deadline; later
// periods: the last day of the previous one). The filing is then due by the
// rule's cutoff on the period's last day, or on the last business day
// before it when that day is a weekend or holiday (never later than the
// period allows). Fills each delay's startsAt/endsAt; returns `undelayed`
// when there is no delay or the rule has no provision.
QDateTime applyDelays(const ClockRule &rule, const QDateTime &undelayed, QList<ClockDelay> &delays,
                      const QHash<QString, HolidayCalendar> &calendars);

} // namespace firebreak
