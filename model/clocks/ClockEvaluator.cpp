#include "ClockEvaluator.h"

#include "Deadline.h"

#include <algorithm>

namespace firebreak {

namespace {

struct Inputs {
    const ClockRuleSet &rules;
    const Incident &incident;
    const QList<Classification> &classifications;
    const QList<Notice> &notices;
    const QList<Waiver> &waivers;
};

QDateTime classificationTrigger(const Inputs &in, const QString &kind)
{
    if (kind == QLatin1String("awareness")) {
        if (in.incident.awareAt.isValid())
            return in.incident.awareAt;
        QDateTime earliest;
        for (const Classification &c : in.classifications)
            if (!earliest.isValid() || c.triggerAt < earliest)
                earliest = c.triggerAt;
        return earliest;
    }
    for (const Classification &c : in.classifications)
        if (c.kind == kind)
            // One awareness: the incident's aware_at, whatever an older row says.
            return isAwarenessKind(kind) && in.incident.awareAt.isValid() ? in.incident.awareAt : c.triggerAt;
    return {};
}

// Lateness is judged on the initial notice (Art. 33(4) supplements never
// change it), whatever order the rows come back in.
const Notice *initialNotice(const QList<Notice> &ns)
{
    for (const Notice &n : ns)
        if (n.phase == QLatin1String("initial"))
            return &n;
    return ns.isEmpty() ? nullptr : &ns.first();
}

// A clock applies when its classification was made, or when the clock
// whose notice starts it applies (NIS2 final, DORA intermediate/final).
bool applies(const Inputs &in, const ClockRule &r, int depth = 0)
{
    if (depth > 16)
        return false; // a cycle in user rules; never loop
    if (r.triggerKind == ClockRule::TriggerKind::Classification)
        return classificationTrigger(in, r.classification).isValid();
    const ClockRule *upstream = in.rules.rule(r.afterClock);
    return upstream && applies(in, *upstream, depth + 1);
}

QList<Notice> noticesOf(const Inputs &in, const QString &clockId)
{
    QList<Notice> out;
    for (const Notice &n : in.notices)
        if (n.clockId == clockId)
            out << n; // already ordered by sent_at
    return out;
}

} // namespace

QList<ClockStatus> evaluateClocks(const ClockRuleSet &rules, const Incident &incident,
                                  const QList<Classification> &classifications, const QList<Notice> &notices,
                                  const QList<Waiver> &waivers, const QDateTime &now, const QList<ClockDelay> &delays)
{
    const Inputs in{rules, incident, classifications, notices, waivers};
    QList<ClockStatus> out;
    for (const ClockRule &r : rules.rules) {
        if (!applies(in, r))
            continue;
        ClockStatus s;
        s.incidentId = incident.id;
        s.rule = r;
        s.notices = noticesOf(in, r.id);
        for (const Waiver &w : waivers)
            if (w.clockId == r.id)
                s.waiver = w;

        if (r.triggerKind == ClockRule::TriggerKind::Classification) {
            s.triggerAt = classificationTrigger(in, r.classification);
        } else {
            const QList<Notice> upstream = noticesOf(in, r.afterClock);
            if (!upstream.isEmpty())
                s.triggerAt = r.latestNotice ? upstream.last().sentAt : initialNotice(upstream)->sentAt;
            else
                s.waitingFor = r.afterClock;
        }
        if (s.triggerAt.isValid()) {
            s.deadline = computeDeadline(r.duration, s.triggerAt, rules.calendars);
            if (r.targetHours)
                s.target = s.triggerAt.addSecs(qint64(*r.targetHours) * 3600);
            if (r.alsoWithinHours) {
                const QDateTime outer = classificationTrigger(in, r.alsoWithinClassification);
                if (outer.isValid()) {
                    const QDateTime limit = outer.addSecs(qint64(*r.alsoWithinHours) * 3600);
                    if (!s.deadline.isValid() || limit < s.deadline)
                        s.deadline = limit;
                }
            }
            s.undelayedDeadline = s.deadline;
            for (const ClockDelay &d : delays)
                if (d.clockId == r.id)
                    s.delays << d;
            std::sort(s.delays.begin(), s.delays.end(),
                      [](const ClockDelay &a, const ClockDelay &b) { return a.period < b.period; });
            s.deadline = applyDelays(r, s.deadline, s.delays, rules.calendars);
        }

        if (s.waiver)
            s.state = ClockStatus::State::Waived;
        else if (const Notice *first = initialNotice(s.notices))
            s.state = (s.deadline.isValid() && first->sentAt > s.deadline) ? ClockStatus::State::MetLate
                                                                           : ClockStatus::State::Met;
        else if (!s.triggerAt.isValid())
            s.state = ClockStatus::State::Waiting;
        else if (r.duration.kind == ClockDuration::Kind::UndueDelay)
            s.state = ClockStatus::State::NoLimit;
        else if (now >= s.deadline)
            s.state = ClockStatus::State::Overdue;
        else
            s.state = ClockStatus::State::Running;
        out << s;
    }
    return out;
}

} // namespace firebreak
