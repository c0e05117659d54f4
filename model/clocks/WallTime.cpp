#include "WallTime.h"

namespace firebreak {

QList<QDateTime> wallTimeInstants(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    QList<QDateTime> out;
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return out;
    const QDateTime naive(date, time, QTimeZone::utc());
    // The offsets in force a day either side cover every transition a zone
    // makes in one night.
    QList<int> offsets;
    for (qint64 shift : {-86400, 0, 86400}) {
        const int o = zone.offsetFromUtc(naive.addSecs(shift));
        if (!offsets.contains(o))
            offsets << o;
    }
    for (int o : offsets) {
        const QDateTime candidate = naive.addSecs(-o);
        const QDateTime back = candidate.toTimeZone(zone);
        if (back.date() == date && back.time() == time && !out.contains(candidate))
            out << candidate;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QDateTime wallTimeToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QList<QDateTime> all = wallTimeInstants(date, time, zone);
    if (!all.isEmpty())
        return all.first();
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    const QDateTime naive(date, time, QTimeZone::utc());
    return naive.addSecs(-zone.offsetFromUtc(naive.addSecs(-86400)));
}

QTimeZone zoneOrLocal(const QString &iana)
{
    if (!iana.isEmpty())
        return QTimeZone(iana.toUtf8());
    return QTimeZone::systemTimeZone();
}

QString isoWithOffset(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    // Qt::ISODate writes "Z" for a zero offset; a local time says +00:00 so
    // the reader sees it is a local time in a zone at UTC+0.
    const int off = local.offsetFromUtc();
    const int a = std::abs(off);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(off < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(a / 3600, 2, 10, QLatin1Char('0'))
               .arg((a % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace firebreak
