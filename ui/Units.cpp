#include "Units.h"

#include <QCoreApplication>
#include <QLocale>

namespace firebreak::ui::units {

QString duration(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    const QLocale l;
    const qint64 days = s / 86400, hours = (s % 86400) / 3600, minutes = (s % 3600) / 60;
    if (days >= 2)
        return QCoreApplication::translate("Units", "%1 d %2 h").arg(l.toString(days), l.toString(hours));
    if (s >= 3600)
        return QCoreApplication::translate("Units", "%1 h %2 m")
            .arg(l.toString(days * 24 + hours), QStringLiteral("%1").arg(minutes, 2, 10, QLatin1Char('0')));
    if (s >= 60)
        return QCoreApplication::translate("Units", "%1 min").arg(l.toString(minutes));
    return QCoreApplication::translate("Units", "%1 s").arg(l.toString(s));
}

QString timeLeft(qint64 seconds)
{
    return seconds < 0 ? QCoreApplication::translate("Units", "overdue by %1").arg(duration(-seconds))
                       : duration(seconds);
}

QString eta(double seconds)
{
    if (seconds < 0)
        return QCoreApplication::translate("Units", "estimating…");
    const auto s = static_cast<qint64>(seconds + 0.5);
    if (s >= 3600)
        return duration(s);
    return QCoreApplication::translate("Units", "%1 min %2 s")
        .arg(QLocale().toString(s / 60), QStringLiteral("%1").arg(s % 60, 2, 10, QLatin1Char('0')));
}

QString bytes(qint64 count)
{
    static const char *const units[] = {QT_TRANSLATE_NOOP("Units", "%1 KiB"), QT_TRANSLATE_NOOP("Units", "%1 MiB"),
                                        QT_TRANSLATE_NOOP("Units", "%1 GiB"), QT_TRANSLATE_NOOP("Units", "%1 TiB"),
                                        QT_TRANSLATE_NOOP("Units", "%1 PiB")};
    const QLocale l;
    if (count < 1024)
        return QCoreApplication::translate("Units", "%1 bytes").arg(l.toString(count));
    double v = static_cast<double>(count);
    int u = -1;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return QCoreApplication::translate("Units", units[u]).arg(l.toString(v, 'f', 2));
}

QString bytesExact(qint64 count)
{
    if (count < 1024)
        return bytes(count);
    return QCoreApplication::translate("Units", "%1 (%2 bytes)").arg(bytes(count), QLocale().toString(count));
}

QString dateTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("ddd d MMM HH:mm t"));
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

} // namespace firebreak::ui::units
