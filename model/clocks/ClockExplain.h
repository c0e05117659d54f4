#pragma once

#include "ClockStatus.h"
#include "HolidayCalendar.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace firebreak {

// What starts a clock, in words: "awareness", "the materiality
// determination", "the nis2-notification notice", …
QString triggerLabel(const ClockRule &rule);

// Why a deadline is what it is (issue 18 point 11), one line a DPO can
// check by hand: the arithmetic, the trigger instant in `zone` and the
// legal basis, e.g. "72 h after awareness Fri 2026-11-20 18:00 CET —
// GDPR Art. 33(1)". SEC 8-K names the 4th business day, the holidays
// skipped and the 17:30 ET EDGAR cutoff in `zone`; DORA which limit binds.
// Weekday and month names are `locale`'s: the CLI keeps QLocale::c() (its
// output is English and parsed by scripts), the workbench passes the
// interface language's. The words go through the translator, the basis
// through the shipped-texts catalogue, so without a translator they stay English.
QString explainDeadline(const ClockStatus &clock, const QTimeZone &zone,
                        const QHash<QString, HolidayCalendar> &calendars, const QLocale &locale = QLocale::c());

// The Item 1.05(c) delays of a clock in one sentence: "delayed under Form
// 8-K Item 1.05(c) until Mon 2027-01-04 17:30 EST (initial period, 30 days
// to …, Attorney General determination DOJ-…)"; empty when not delayed.
QString explainDelays(const ClockStatus &clock, const QTimeZone &zone, const QLocale &locale = QLocale::c());

// "Fri 2026-11-20 18:00 CET" in `zone` ("ven. 2026-11-20 18:00 CET" in French).
QString wallText(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale = QLocale::c());

} // namespace firebreak
