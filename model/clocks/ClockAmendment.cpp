// Amending a trigger instant (DOMAIN.md "One awareness"): one audited
// transaction re-bases every clock that counts from it.

#include "ClockService.h"

#include "../storage/ClockRepository.h"
#include "../storage/IncidentRepository.h"
#include "ClockEvaluator.h"

#include <QJsonArray>

namespace firebreak {

namespace {

const Notice *initialOf(const ClockStatus &c)
{
    for (const Notice &n : c.notices)
        if (n.phase == QLatin1String("initial"))
            return &n;
    return c.notices.isEmpty() ? nullptr : &c.notices.first();
}

} // namespace

Result<AmendmentPlan> ClockService::plan(QSqlDatabase &db, const QString &incidentId, const QString &kind,
                                         const QDateTime &at) const
{
    const bool awareness = kind == QLatin1String("awareness") || isAwarenessKind(kind);
    if (!awareness && !knownClassifications().contains(kind))
        return Error::usage(QStringLiteral("unknown trigger \"%1\" (awareness, %2)")
                                .arg(kind, knownClassifications().join(QStringLiteral(", "))));
    auto found = IncidentRepository::find(db, incidentId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no incident %1 in case database %2").arg(incidentId, m_store.path()));
    const Incident inc = **found;
    auto cls = ClockRepository::classifications(db, incidentId);
    auto ns = ClockRepository::notices(db, incidentId);
    auto ws = ClockRepository::waivers(db, incidentId);
    auto ds = ClockRepository::delays(db, incidentId);
    if (!ds)
        return ds.error();
    if (!cls)
        return cls.error();
    if (!ns)
        return ns.error();
    if (!ws)
        return ws.error();

    AmendmentPlan plan;
    plan.kind = awareness ? QStringLiteral("awareness") : kind;
    plan.to = at;
    Incident after = inc;
    QList<Classification> clsAfter = *cls;
    for (Classification &c : clsAfter) {
        if (awareness ? isAwarenessKind(c.kind) : c.kind == kind) {
            if (!plan.from.isValid())
                plan.from = c.triggerAt;
            plan.rows << c.kind;
            c.triggerAt = at;
        }
    }
    if (awareness) {
        if (inc.awareAt.isValid())
            plan.from = inc.awareAt;
        if (!plan.from.isValid())
            return Error::notFound(QStringLiteral("%1 has no awareness recorded to amend (classify it first, or set "
                                                  "it with firebreak-cli incident edit %1 --aware-at)")
                                       .arg(incidentId));
        after.awareAt = at;
        // A decision of another kind cannot precede awareness.
        for (const Classification &c : *cls)
            if (!isAwarenessKind(c.kind) && c.triggerAt < at)
                return Error::usage(QStringLiteral("awareness cannot move to %1: the %2 decision was recorded at %3, "
                                                   "and nothing is decided before awareness (amend that first)")
                                        .arg(toIsoUtc(at), c.kind, toIsoUtc(c.triggerAt)));
    } else {
        if (plan.rows.isEmpty())
            return Error::notFound(QStringLiteral("%1 has no %2 classification to amend").arg(incidentId, kind));
        if (inc.awareAt.isValid() && at < inc.awareAt)
            return Error::usage(QStringLiteral("the %1 decision cannot move to %2, before awareness %3")
                                    .arg(kind, toIsoUtc(at), toIsoUtc(inc.awareAt)));
    }

    const QDateTime now = m_store.clock().nowUtc();
    const QList<ClockStatus> before = evaluateClocks(m_rules, inc, *cls, *ns, *ws, now, *ds);
    const QList<ClockStatus> moved = evaluateClocks(m_rules, after, clsAfter, *ns, *ws, now, *ds);
    for (const ClockStatus &b : before) {
        for (const ClockStatus &a : moved) {
            if (a.rule.id != b.rule.id || (a.deadline == b.deadline && a.triggerAt == b.triggerAt))
                continue;
            ClockShift shift{a.rule.id, a.rule.title, b.deadline, a.deadline, {}, false};
            if (const Notice *n = initialOf(b)) {
                shift.sentAt = n->sentAt;
                if (a.triggerAt.isValid() && n->sentAt < a.triggerAt)
                    return Error{Error::Kind::Conflict,
                                 QStringLiteral("the %1 trigger of %2 cannot move to %3: the %4 notice was already "
                                                "sent at %5, and a notice cannot precede what it reports")
                                     .arg(plan.kind, incidentId, toIsoUtc(at), a.rule.id, toIsoUtc(n->sentAt))};
                if (a.deadline.isValid() && n->sentAt > a.deadline && n->delayReason.trimmed().isEmpty()) {
                    shift.becomesLate = true;
                    plan.needReasons << a.rule.id;
                }
            }
            plan.shifts << shift;
        }
    }
    return plan;
}

Result<AmendmentPlan> ClockService::planAmendment(const QString &incidentId, const QString &kind,
                                                  const QDateTime &triggerAt) const
{
    if (auto st = checkInstant(triggerAt, QStringLiteral("the new trigger time")); !st)
        return st.error();
    QSqlDatabase db = m_store.readConnection();
    return plan(db, incidentId, kind, fromIsoUtc(toIsoUtc(triggerAt)));
}

Status ClockService::amendTrigger(const QString &incidentId, const QString &kind, const QDateTime &triggerAt,
                                  const QString &reason, const QHash<QString, QString> &delayReasons)
{
    if (reason.trimmed().isEmpty())
        return Error::usage(QStringLiteral("amending the %1 trigger of %2 needs a reason").arg(kind, incidentId));
    if (auto st = checkInstant(triggerAt, QStringLiteral("the new trigger time")); !st)
        return st;
    const QDateTime at = fromIsoUtc(toIsoUtc(triggerAt));
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto p = plan(db, incidentId, kind, at);
        if (!p)
            return p.error();
        if (p->from == at)
            return Error::usage(QStringLiteral("the %1 trigger of %2 is already %3: nothing to amend")
                                    .arg(p->kind, incidentId, toIsoUtc(at)));
        QStringList missing;
        for (const QString &c : p->needReasons)
            if (delayReasons.value(c).trimmed().isEmpty())
                missing << c;
        if (!missing.isEmpty())
            return Error::usage(QStringLiteral("with the %1 trigger at %2 the notice already sent for %3 is late: "
                                               "give the reasons for the delay in the same amendment "
                                               "(--delay-reason %4=TEXT)")
                                    .arg(p->kind, toIsoUtc(at), missing.join(QStringLiteral(", ")), missing.first()));
        for (auto it = delayReasons.begin(); it != delayReasons.end(); ++it)
            if (!p->needReasons.contains(it.key()))
                return Error::usage(QStringLiteral("no delay reasons are needed for %1: its notice is not late "
                                                   "against the amended deadline")
                                        .arg(it.key()));

        if (p->kind == QLatin1String("awareness")) {
            auto found = IncidentRepository::find(db, incidentId);
            if (!found || !found->has_value())
                return Error::notFound(QStringLiteral("no incident %1").arg(incidentId));
            Incident updated = **found;
            updated.awareAt = at;
            updated.updatedAt = m_store.clock().nowUtc();
            updated.updatedBy = m_store.actor();
            if (auto st = IncidentRepository::updateFields(db, updated); !st)
                return st.error();
        }
        for (const QString &row : p->rows)
            if (auto st = ClockRepository::updateTrigger(db, incidentId, row, at, reason.trimmed()); !st)
                return st.error();
        QJsonObject reasons;
        if (!p->needReasons.isEmpty()) {
            auto ns = ClockRepository::notices(db, incidentId);
            if (!ns)
                return ns.error();
            for (const QString &clockId : p->needReasons) {
                for (const Notice &n : *ns) {
                    if (n.clockId != clockId || n.phase != QLatin1String("initial"))
                        continue;
                    const QString text = delayReasons.value(clockId).trimmed();
                    if (auto st = ClockRepository::setDelayReason(db, n.id, text); !st)
                        return st.error();
                    reasons.insert(clockId, text);
                }
            }
        }
        QJsonArray shifts;
        for (const ClockShift &s : p->shifts)
            shifts.append(QJsonObject{{QStringLiteral("clock"), s.clockId},
                                      {QStringLiteral("from"), toIsoUtc(s.from)},
                                      {QStringLiteral("to"), toIsoUtc(s.to)}});
        QJsonObject data{{QStringLiteral("kind"), p->kind},
                         {QStringLiteral("from"), toIsoUtc(p->from)},
                         {QStringLiteral("to"), toIsoUtc(at)},
                         {QStringLiteral("reason"), reason.trimmed()},
                         {QStringLiteral("classifications"), QJsonArray::fromStringList(p->rows)},
                         {QStringLiteral("deadlines"), shifts}};
        if (!reasons.isEmpty())
            data.insert(QStringLiteral("delay_reasons"), reasons);
        return AuditEvent{QStringLiteral("clock.amend"), QStringLiteral("%1/trigger/%2").arg(incidentId, p->kind),
                          incidentId, data};
    });
}

} // namespace firebreak
