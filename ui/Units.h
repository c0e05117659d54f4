#pragma once

#include <QDateTime>
#include <QString>

namespace firebreak::ui::units {

// The one home of the numbers a person reads in the workbench: durations,
// time left, sizes and short dates, in the interface language through
// QLocale and tr() ("2 d 3 h" / "2 j 3 h", "71.40 GiB" / "71,40 Gio",
// "Mon 7 Dec" / "lun. 7 déc."). Logs and the CLI keep their fixed
// English forms (forensics/imaging/ByteSize.h, model/clocks).

// "2 d 3 h" from two days, "5 h 04 m", "40 min", "12 s" (UX.md: "41 h 12 m").
QString duration(qint64 seconds);
// A clock's time left: duration(), or "overdue by 3 h 10 min" when negative.
QString timeLeft(qint64 seconds);
// An estimate of time left for long work: "estimating…" when negative.
QString eta(double seconds);
// "71.40 GiB", "512 bytes", in binary units.
QString bytes(qint64 count);
// "71.40 GiB (76,665,110,528 bytes)": the unit a person reads and the exact count.
QString bytesExact(qint64 count);
// "Mon 7 Dec" in the interface language.
QString shortDate(const QDate &date);
// "Mon 7 Dec 13:00 CET": local time, zone named, in the interface language.
QString dateTime(const QDateTime &t);

} // namespace firebreak::ui::units
