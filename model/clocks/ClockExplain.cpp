#include "ClockExplain.h"

#include "../ShippedTexts.h"
#include "ClockService.h"
#include "Deadline.h"

#include <QCoreApplication>
#include <QLocale>

namespace firebreak {

namespace {

QString ordinal(int n)
{
    switch (n) {
    case 1: return QCoreApplication::translate("ClockExplain", "1st");
    case 2: return QCoreApplication::translate("ClockExplain", "2nd");
    case 3: return QCoreApplication::translate("ClockExplain", "3rd");
    default: return QCoreApplication::translate("ClockExplain", "%1th").arg(n);
    }
}

// A shipped basis ("GDPR Art. 33(1)") reads in the interface language; a
// user's own rule file's basis is shown as written.
QString basisSuffix(const ClockRule &r)
{
    const QString basis = r.basis.isEmpty() ? r.regime : r.basis;
    return QStringLiteral(" — ") + shipped::text(basis);
}

// "awareness Fri 2026-11-20 18:00 CET": what starts the clock, then when.
QString triggerWhen(const ClockRule &r, const QString &wall)
{
    //: A clock's trigger (%1, e.g. "awareness") and its instant (%2, a weekday, date, time and zone)
    return QCoreApplication::translate("ClockExplain", "%1 %2").arg(triggerLabel(r), wall);
}

} // namespace

QString explainDelays(const ClockStatus &c, const QTimeZone &zone, const QLocale &locale)
{
    if (c.delays.isEmpty() || !c.rule.delay)
        return {};
    const QTimeZone cz(c.rule.duration.zone.toUtf8());
    QStringList periods;
    for (const ClockDelay &d : c.delays)
        periods << (d.days == 1 ? QCoreApplication::translate("ClockExplain",
                                                              "%1, 1 day to %2, Attorney General determination %3")
                                : QCoreApplication::translate("ClockExplain",
                                                              "%1, %4 days to %2, Attorney General determination %3")
                                      .replace(QStringLiteral("%4"), QString::number(d.days)))
                       .arg(delayPeriodName(d.period, int(c.rule.delay->periods.size())),
                            locale.toString(d.endsAt.toTimeZone(cz).date(), QStringLiteral("ddd yyyy-MM-dd")),
                            d.agReference);
    QString text = QCoreApplication::translate("ClockExplain", "delayed under %1 until %2")
                       .arg(shipped::text(c.rule.delay->basis), wallText(c.deadline, cz, locale));
    if (zone.id() != cz.id())
        text += QCoreApplication::translate("ClockExplain", " (= %1)").arg(wallText(c.deadline, zone, locale));
    if (c.deadline.toTimeZone(cz).date() != c.delays.last().endsAt.toTimeZone(cz).date())
        text += QCoreApplication::translate("ClockExplain", ", the last business day of the period");
    // "…: initial period, …" — the colon follows the language's typography.
    return QCoreApplication::translate("ClockExplain", "%1: %2").arg(text, periods.join(QStringLiteral("; ")));
}

QString wallText(const QDateTime &utc, const QTimeZone &zone, const QLocale &locale)
{
    if (!utc.isValid())
        return QStringLiteral("-");
    const QDateTime local = utc.toTimeZone(zone);
    // An abbreviation ("CET") where the zone has one, else the offset.
    QString abbr = zone.abbreviation(utc);
    if (abbr.isEmpty() || abbr.startsWith(QLatin1Char('+')) || abbr.startsWith(QLatin1Char('-')))
        abbr = QStringLiteral("UTC%1").arg(local.toString(QStringLiteral("t")));
    return locale.toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm ")) + abbr;
}

QString triggerLabel(const ClockRule &r)
{
    if (r.triggerKind == ClockRule::TriggerKind::NoticeSent)
        return r.latestNotice ? QCoreApplication::translate("ClockExplain", "the latest %1 notice").arg(r.afterClock)
                              : QCoreApplication::translate("ClockExplain", "the %1 notice").arg(r.afterClock);
    if (r.classification == QLatin1String("high-risk"))
        return QCoreApplication::translate("ClockExplain", "the high-risk finding");
    if (r.classification == QLatin1String("major"))
        return QCoreApplication::translate("ClockExplain", "classification as major");
    if (r.classification == QLatin1String("material"))
        return QCoreApplication::translate("ClockExplain", "the materiality determination");
    return QCoreApplication::translate("ClockExplain", "awareness");
}

QString explainDeadline(const ClockStatus &c, const QTimeZone &zone, const QHash<QString, HolidayCalendar> &calendars,
                        const QLocale &locale)
{
    const ClockRule &r = c.rule;
    if (!c.triggerAt.isValid())
        return QCoreApplication::translate("ClockExplain", "starts when %1 is sent").arg(triggerLabel(r)) +
               basisSuffix(r);
    const QString trigger = triggerWhen(r, wallText(c.triggerAt, zone, locale));
    switch (r.duration.kind) {
    case ClockDuration::Kind::Hours: {
        const QString own =
            QCoreApplication::translate("ClockExplain", "%1 h after %2").arg(r.duration.amount).arg(trigger);
        if (!r.alsoWithinHours)
            return own + basisSuffix(r);
        const QDateTime own_due = c.triggerAt.addSecs(qint64(r.duration.amount) * 3600);
        const bool outerBinds = c.deadline.isValid() && c.deadline < own_due;
        // The outer limit counts from the incident's awareness, which the
        // clock's deadline reveals when it binds.
        if (outerBinds)
            return QCoreApplication::translate("ClockExplain",
                                               "%1 h after awareness %2 (binds: %3 h after %4 would be later, %5)")
                       .arg(*r.alsoWithinHours)
                       .arg(wallText(c.deadline.addSecs(-qint64(*r.alsoWithinHours) * 3600), zone, locale))
                       .arg(r.duration.amount)
                       .arg(trigger, wallText(own_due, zone, locale)) +
                   basisSuffix(r);
        return QCoreApplication::translate("ClockExplain", "%1 (binds; the %2 h limit after awareness is later)")
                   .arg(own)
                   .arg(*r.alsoWithinHours) +
               basisSuffix(r);
    }
    case ClockDuration::Kind::Months: {
        const QTimeZone mz =
            r.duration.zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(r.duration.zone.toUtf8());
        const QString start = triggerWhen(r, wallText(c.triggerAt, mz, locale));
        const QString months = r.duration.amount == 1
                                   ? QCoreApplication::translate("ClockExplain", "1 calendar month after %1").arg(start)
                                   : QCoreApplication::translate("ClockExplain", "%1 calendar months after %2")
                                         .arg(r.duration.amount)
                                         .arg(start);
        return months +
               QCoreApplication::translate("ClockExplain", ", same local time in %1, clamped to the month's end")
                   .arg(QString::fromUtf8(mz.id())) +
               basisSuffix(r);
    }
    case ClockDuration::Kind::BusinessDays: {
        const QTimeZone cz(r.duration.zone.toUtf8());
        const HolidayCalendar cal = calendars.value(r.duration.calendar);
        QStringList skipped;
        const QDate start = c.triggerAt.toTimeZone(cz).date();
        // The rule's own deadline; an Item 1.05(c) delay is told after it.
        const QDateTime own = c.delays.isEmpty() || !c.undelayedDeadline.isValid() ? c.deadline : c.undelayedDeadline;
        const QDate end = own.isValid() ? own.toTimeZone(cz).date() : start;
        for (QDate d = start.addDays(1); d < end; d = d.addDays(1))
            if (const QString h = cal.holidayOn(d); !h.isEmpty())
                skipped << QStringLiteral("%1 %2").arg(locale.toString(d, QStringLiteral("ddd dd MMM")), h);
        QString text = QCoreApplication::translate("ClockExplain", "%1 business day after %2 (%3 calendar")
                           .arg(ordinal(r.duration.amount), triggerWhen(r, wallText(c.triggerAt, cz, locale)),
                                r.duration.calendar);
        if (!skipped.isEmpty())
            text +=
                QCoreApplication::translate("ClockExplain", "; skipped: %1").arg(skipped.join(QStringLiteral(", ")));
        text += QStringLiteral(")");
        if (own.isValid()) {
            // The filing is due by EDGAR's 17:30 ET cutoff on that day (a later
            // submission is dated the next business day); shown in the user's zone too.
            text += (r.regime == QLatin1String("SEC")
                         ? QCoreApplication::translate("ClockExplain", ", by the %1 EDGAR cutoff: %2")
                         : QCoreApplication::translate("ClockExplain", ", by the %1 filing cutoff: %2"))
                        .arg(r.duration.cutoff, wallText(own, cz, locale));
            if (zone.id() != cz.id())
                text += QCoreApplication::translate("ClockExplain", " (= %1)").arg(wallText(own, zone, locale));
        }
        text += basisSuffix(r);
        if (!c.delays.isEmpty() && c.deadline.isValid() && r.delay)
            text += QStringLiteral("; ") + explainDelays(c, zone, locale);
        return text;
    }
    case ClockDuration::Kind::UndueDelay: {
        QString text =
            QCoreApplication::translate("ClockExplain", "without undue delay after %1").arg(trigger) + basisSuffix(r);
        if (c.target.isValid())
            text += QCoreApplication::translate("ClockExplain",
                                                "; internal target %1 h after it: %2 (a target, not a legal deadline)")
                        .arg(*r.targetHours)
                        .arg(wallText(c.target, zone, locale));
        return text;
    }
    }
    return {};
}

} // namespace firebreak
