// Deadline delays another authority grants (issue #18 point 11): SEC Form
// 8-K Item 1.05(c), where the U.S. Attorney General determines that the
// disclosure poses a substantial risk to national security or public
// safety. The reading of the rule is in docs/MANUAL.md "How each deadline
// is computed".

#include "ClockService.h"

#include "../storage/ClockRepository.h"
#include "Deadline.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace firebreak {

namespace {

QString isoDate(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).date().toString(Qt::ISODate);
}

} // namespace

QString delayPeriodName(int n, int count)
{
    if (n <= 1)
        return QCoreApplication::translate("ClockExplain", "initial period");
    if (n >= count && count >= 3)
        return QCoreApplication::translate("ClockExplain", "final period (extraordinary circumstances)");
    return QCoreApplication::translate("ClockExplain", "extension");
}

Result<DelayPlan> ClockService::planDelay(const DelayRequest &r) const
{
    const ClockRule *rule = m_rules.rule(r.clockId);
    if (!rule)
        return Error::usage(QCoreApplication::translate("ClockDelays", "unknown clock \"%1\"").arg(r.clockId));
    if (!rule->delay) {
        QStringList delayable;
        for (const ClockRule &x : m_rules.rules)
            if (x.delay)
                delayable << QStringLiteral("%1 (%2)").arg(x.id, x.delay->basis);
        return Error::usage(
            QCoreApplication::translate("ClockDelays",
                                        "%1 is not an SEC Form 8-K clock: an Attorney General delay applies only to "
                                        "a clock whose rule provides for it (%2)")
                .arg(r.clockId,
                     delayable.isEmpty() ? QStringLiteral("none is loaded") : delayable.join(QStringLiteral(", "))));
    }
    const DelayProvision &provision = *rule->delay;
    auto current = clock(r.incidentId, r.clockId);
    if (!current)
        return current.error();
    if (current->state == ClockStatus::State::Met || current->state == ClockStatus::State::MetLate)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate(
                         "ClockDelays", "the %1 filing of %2 was already made (%3): there is nothing left to delay")
                         .arg(r.clockId, r.incidentId, toIsoUtc(current->notices.first().sentAt))};
    if (current->state == ClockStatus::State::Waived)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("ClockDelays", "clock %1 of %2 was closed by a decision not to file")
                         .arg(r.clockId, r.incidentId)};
    if (!current->deadline.isValid())
        return Error::usage(QCoreApplication::translate("ClockDelays", "clock %1 of %2 has no deadline to delay")
                                .arg(r.clockId, r.incidentId));

    const int period = int(current->delays.size()) + 1;
    if (period > provision.periods.size()) {
        int total = 0;
        for (int d : provision.periods)
            total += d;
        return Error::usage(
            QCoreApplication::translate("ClockDelays",
                                        "%1 of %2 already has all %3 periods of %4 (up to %5 days in all): beyond "
                                        "the final period only an SEC exemptive order can delay the filing, and "
                                        "that is not an Item 1.05(c) delay")
                .arg(r.clockId, r.incidentId)
                .arg(provision.periods.size())
                .arg(provision.basis)
                .arg(total));
    }
    const QString periodName = delayPeriodName(period, int(provision.periods.size()));
    const QString ground = r.ground.trimmed();
    if (ground != QLatin1String("national-security") && ground != QLatin1String("public-safety"))
        return Error::usage(QCoreApplication::translate(
                                "ClockDelays", "the ground must be national-security or public-safety (the risks %1 "
                                               "names), not \"%2\"")
                                .arg(provision.basis, ground));
    if (provision.nationalSecurityOnly.contains(period) && ground != QLatin1String("national-security"))
        return Error::usage(
            QCoreApplication::translate("ClockDelays",
                                        "the %1 of %2 is available only when disclosure poses a substantial risk "
                                        "to national security, not to public safety")
                .arg(periodName, provision.basis));
    if (r.agReference.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate(
            "ClockDelays", "name the Attorney General's determination by its reference (the letter "
                           "or the DOJ/FBI case number)"));
    if (r.reason.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate(
            "ClockDelays", "say why: what the Attorney General determined, as recorded (reason)"));
    if (auto st = checkInstant(r.determinedAt, QStringLiteral("the Attorney General's determination time")); !st)
        return st.error();
    if (r.determinedAt < current->triggerAt)
        return Error::usage(QCoreApplication::translate(
                                "ClockDelays", "the Attorney General's determination %1 is before the materiality "
                                               "determination %2 it concerns")
                                .arg(toIsoUtc(r.determinedAt), toIsoUtc(current->triggerAt)));
    if (r.determinedAt > current->deadline)
        return Error::usage(
            QCoreApplication::translate("ClockDelays",
                                        "the Attorney General's determination %1 came after the %2 filing was due "
                                        "(%3): a delay cannot revive a missed deadline")
                .arg(toIsoUtc(r.determinedAt), r.clockId, toIsoUtc(current->deadline)));

    const QTimeZone zone(rule->duration.zone.toUtf8());
    const QDateTime startsAt = current->delays.isEmpty() ? current->undelayedDeadline : current->delays.last().endsAt;
    const QDate startDay = startsAt.toTimeZone(zone).date();
    int days = 0;
    if (r.days != 0 && r.until.isValid())
        return Error::usage(
            QCoreApplication::translate("ClockDelays", "give the period either in days or by its end, not both"));
    if (r.days < 0)
        return Error::usage(
            QCoreApplication::translate("ClockDelays", "a delay of %1 days is not a period").arg(r.days));
    if (r.days > 0) {
        days = r.days;
    } else if (r.until.isValid()) {
        days = int(startDay.daysTo(r.until.toTimeZone(zone).date()));
        if (days <= 0)
            return Error::usage(
                QCoreApplication::translate("ClockDelays",
                                            "the delay would end %1, before it starts: the %2 filing was otherwise "
                                            "due %3, and a period runs from that day")
                    .arg(isoDate(r.until, zone), r.clockId, isoDate(startsAt, zone)));
    } else {
        return Error::usage(QCoreApplication::translate(
            "ClockDelays", "say how long the Attorney General delayed the filing: a number of days "
                           "or the period's end"));
    }
    const int maxDays = provision.periods.at(period - 1);
    if (days > maxDays)
        return Error::usage(
            QCoreApplication::translate("ClockDelays",
                                        "the %1 of %2 runs at most %3 days from %4 (until %5); %6 days were given")
                .arg(periodName, provision.basis)
                .arg(maxDays)
                .arg(isoDate(startsAt, zone), startDay.addDays(maxDays).toString(Qt::ISODate))
                .arg(days));

    ClockDelay d;
    d.incidentId = r.incidentId;
    d.clockId = r.clockId;
    d.period = period;
    d.days = days;
    d.ground = ground;
    d.determinedAt = fromIsoUtc(toIsoUtc(r.determinedAt));
    d.agReference = r.agReference.trimmed();
    d.reason = r.reason.trimmed();
    QList<ClockDelay> all = current->delays;
    all << d;
    DelayPlan plan;
    plan.to = applyDelays(*rule, current->undelayedDeadline, all, m_rules.calendars);
    plan.delay = all.last();
    plan.maxDays = maxDays;
    plan.periodName = periodName;
    plan.from = current->deadline;
    return plan;
}

Result<DelayPlan> ClockService::recordDelay(const DelayRequest &request)
{
    auto planned = planDelay(request);
    if (!planned)
        return planned.error();
    DelayPlan plan = *planned;
    plan.delay.recordedBy = m_store.actor();
    plan.delay.recordedAt = m_store.clock().nowUtc();
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        // Another workbench may have recorded a period meanwhile: the
        // period number is checked again inside the transaction (and the
        // UNIQUE key refuses a duplicate anyway).
        auto existing = ClockRepository::delays(db, request.incidentId);
        if (!existing)
            return existing.error();
        int recorded = 0;
        for (const ClockDelay &d : *existing)
            if (d.clockId == request.clockId)
                ++recorded;
        if (recorded + 1 != plan.delay.period)
            return Error{
                Error::Kind::Conflict,
                QCoreApplication::translate("ClockDelays", "another delay of %1 was recorded meanwhile; look again")
                    .arg(request.clockId)};
        auto id = ClockRepository::insertDelay(db, plan.delay);
        if (!id)
            return id.error();
        plan.delay.id = *id;
        const ClockRule *rule = m_rules.rule(request.clockId);
        return AuditEvent{QStringLiteral("clock.delay"),
                          QStringLiteral("%1/clock/%2").arg(request.incidentId, request.clockId),
                          request.incidentId,
                          {{QStringLiteral("clock"), request.clockId},
                           {QStringLiteral("basis"), rule->delay->basis},
                           {QStringLiteral("period"), plan.delay.period},
                           {QStringLiteral("days"), plan.delay.days},
                           {QStringLiteral("starts_at"), toIsoUtc(plan.delay.startsAt)},
                           {QStringLiteral("ends_at"), toIsoUtc(plan.delay.endsAt)},
                           {QStringLiteral("deadline_before"), toIsoUtc(plan.from)},
                           {QStringLiteral("deadline_after"), toIsoUtc(plan.to)},
                           {QStringLiteral("ground"), plan.delay.ground},
                           {QStringLiteral("determined_at"), toIsoUtc(plan.delay.determinedAt)},
                           {QStringLiteral("ag_reference"), plan.delay.agReference},
                           {QStringLiteral("reason"), plan.delay.reason}}};
    });
    if (!st)
        return st.error();
    return plan;
}

} // namespace firebreak
