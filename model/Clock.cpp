#include "Clock.h"

#include <QTimeZone>

namespace firebreak {

QString toIsoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // a bare stored instant is UTC by convention
    return t.toUTC();
}

} // namespace firebreak
