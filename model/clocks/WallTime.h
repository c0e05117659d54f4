#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace firebreak {

// Local wall times and the instants they name. A wall time names no
// instant on the night clocks spring forward (a gap), and two on the night
// they go back (a fold); Qt 6.4 resolves both silently, so these helpers
// make the choice explicit.

// Every UTC instant whose local time in `zone` is `date` `time`: none in a
// gap, two (earlier first) in a fold, one otherwise.
QList<QDateTime> wallTimeInstants(const QDate &date, const QTime &time, const QTimeZone &zone);

// The instant a deadline "at that wall time" means: the only one; in a
// fold the earlier (the deadline cannot be later than the law allows); in a
// gap the wall time read with the offset in force before the jump (02:30
// on a spring-forward night becomes 03:30 of the new offset, the same
// elapsed time after 02:00 that the law's count reached).
QDateTime wallTimeToUtc(const QDate &date, const QTime &time, const QTimeZone &zone);

// "Europe/Paris" for a valid zone; the organisation's zone (this process's
// local zone, which the GUI sets from the examiner profile) when `iana` is
// empty.
QTimeZone zoneOrLocal(const QString &iana);

// ISO-8601 local time with its offset, e.g. 2026-10-25T02:30:00+01:00: the
// one form of a local time that is never ambiguous.
QString isoWithOffset(const QDateTime &utc, const QTimeZone &zone);

} // namespace firebreak
