#include "TimeText.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace firebreak::ui::timetext {

QString local(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

QString utc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString tooltip(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid())
        return QCoreApplication::translate("TimeText", "Not recorded");
    QString text = utc(t);
    if (now.isValid())
        text += QStringLiteral(" · ") + age(t, now);
    return text;
}

QString zoneName(const QDateTime &at)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString id = QString::fromUtf8(zone.id());
    const QString abbrev = zone.abbreviation(at);
    if (id.isEmpty())
        return abbrev;
    if (abbrev.isEmpty() || abbrev == id)
        return id;
    return QStringLiteral("%1 (%2)").arg(id, abbrev);
}

QString age(const QDateTime &t, const QDateTime &now)
{
    const qint64 secs = t.secsTo(now);
    if (secs < 0)
        return QCoreApplication::translate("TimeText", "in the future");
    if (secs < 60)
        return QCoreApplication::translate("TimeText", "just now");
    const qint64 mins = secs / 60;
    if (mins < 60)
        return QCoreApplication::translate("TimeText", "%1 min ago").arg(mins);
    const qint64 hours = mins / 60;
    if (hours < 48)
        return QCoreApplication::translate("TimeText", "%1 h %2 m ago").arg(hours).arg(mins % 60);
    return QCoreApplication::translate("TimeText", "%1 d ago").arg(hours / 24);
}

} // namespace firebreak::ui::timetext
