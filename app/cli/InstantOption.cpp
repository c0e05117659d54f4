// Instants typed on the command line (issue 18, DOMAIN.md): an instant
// without Z or an offset is refused rather than guessed.

#include "Command.h"

#include "model/clocks/WallTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace firebreak::cli {

Result<QDateTime> parseInstant(const QString &text, const QString &option)
{
    const QString name = option.isEmpty() ? QStringLiteral("the time") : QStringLiteral("--") + option;
    const QString s = text.trimmed();
    const QString example = QStringLiteral("e.g. 2026-11-23T03:10:00+01:00 or 2026-11-23T02:10:00Z");
    static const QRegularExpression shape(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|z|[+-]\d{2}:?\d{2})?$)"));
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (s.isEmpty())
        return Error::usage(QStringLiteral("%1 needs an instant with Z or an offset (%2)").arg(name, example));
    if (dateOnly.match(s).hasMatch())
        return Error::usage(QStringLiteral("%1 '%2' is a date, not an instant: give the time of day and Z or an "
                                           "offset, e.g. %2T09:00:00+01:00")
                                .arg(name, s));
    const QRegularExpressionMatch m = shape.match(s);
    if (!m.hasMatch())
        return Error::usage(
            QStringLiteral("%1 '%2' is not an ISO-8601 instant with Z or an offset (%3)").arg(name, s, example));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     m.captured(7).leftJustified(3, QLatin1Char('0')).toInt());
    if (!date.isValid() || !time.isValid())
        return Error::usage(QStringLiteral("%1 '%2' is not a valid date and time (%3)").arg(name, s, example));
    const QString off = m.captured(8);
    if (off.isEmpty()) {
        // Say what is wrong with this wall time here, not just "add an offset".
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const QString zoneName = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        const QList<QDateTime> instants = wallTimeInstants(date, time, zone);
        const QString wall = time.toString(QStringLiteral("HH:mm"));
        if (instants.isEmpty())
            return Error::usage(QStringLiteral("%1 '%2' has no Z or offset, and %3 does not exist on %4 in %5: the "
                                               "clocks jump forward that night. Write the instant you mean with its "
                                               "offset, e.g. %6")
                                    .arg(name, s, wall, date.toString(Qt::ISODate), zoneName,
                                         isoWithOffset(wallTimeToUtc(date, time, zone), zone)));
        if (instants.size() > 1)
            return Error::usage(QStringLiteral("%1 '%2' has no Z or offset, and %3 happens twice on %4 in %5: the "
                                               "clocks go back that night. Say which: %6 (the first) or %7 (the "
                                               "second)")
                                    .arg(name, s, wall, date.toString(Qt::ISODate), zoneName,
                                         isoWithOffset(instants.first(), zone), isoWithOffset(instants.last(), zone)));
        return Error::usage(QStringLiteral("%1 '%2' has no Z or offset, so it could mean different instants: write "
                                           "%3 (this computer's zone, %4) or %5Z (UTC)")
                                .arg(name, s, isoWithOffset(instants.first(), zone), zoneName,
                                     QDateTime(date, time, QTimeZone::utc()).toString(Qt::ISODate).chopped(1)));
    }
    int offset = 0;
    if (off.compare(QLatin1String("Z"), Qt::CaseInsensitive) != 0) {
        const QString digits = QString(off).remove(QLatin1Char(':'));
        const int hh = digits.mid(1, 2).toInt();
        const int mm = digits.mid(3, 2).toInt();
        if (hh > 14 || mm > 59)
            return Error::usage(QStringLiteral("%1 '%2' has an impossible offset %3 (%4)").arg(name, s, off, example));
        offset = (hh * 3600 + mm * 60) * (off.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone::utc()).addSecs(-offset);
}

} // namespace firebreak::cli
