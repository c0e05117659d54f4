#pragma once

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

} // namespace firebreak
