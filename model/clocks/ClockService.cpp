#include "ClockService.h"

#include "../StaleEdit.h"

#include "../storage/ClockRepository.h"
#include "../storage/IncidentRepository.h"
#include "ClockEvaluator.h"

#include <QJsonArray>

namespace firebreak {

ClockService::ClockService(CaseStore &store, ClockRuleSet rules) : m_store(store), m_rules(std::move(rules)) {}

Status ClockService::checkInstant(const QDateTime &t, const QString &what) const
{
    if (!t.isValid())
        return Error::usage(QStringLiteral("%1 is missing or not a valid time").arg(what));
    // A few minutes of slack for clocks that differ between machines.
    if (t > m_store.clock().nowUtc().addSecs(300))
        return Error::usage(QStringLiteral("%1 %2 is in the future").arg(what, toIsoUtc(t)));
    return {};
}

Result<BreachDetails> ClockService::breachDetails(const QString &incidentId) const
{
    if (auto inc = m_store.incident(incidentId); !inc)
        return inc.error();
    QSqlDatabase db = m_store.readConnection();
    return ClockRepository::breachDetails(db, incidentId);
}

Status ClockService::saveBreachDetails(const BreachDetails &details)
{
    if (auto inc = m_store.incident(details.incidentId); !inc)
        return inc.error();
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto before = ClockRepository::breachDetails(db, details.incidentId);
        if (!before)
            return before.error();
        if (details.rowVersion >= 0 && details.rowVersion != before->rowVersion)
            return staleEdit(db, QStringLiteral("the breach facts of %1").arg(details.incidentId),
                             QStringLiteral("%1/breach").arg(details.incidentId));
        BreachDetails b = details;
        b.updatedAt = m_store.clock().nowUtc();
        b.updatedBy = m_store.actor();
        if (auto st = ClockRepository::saveBreachDetails(db, b); !st)
            return st.error();
        QJsonObject changed;
        auto diff = [&](const char *key, const QString &from, const QString &to) {
            if (from != to)
                changed.insert(QLatin1String(key),
                               QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
        };
        diff("nature", before->nature, b.nature);
        diff("subject_categories", before->subjectCategories, b.subjectCategories);
        diff("subject_count", before->subjectCount, b.subjectCount);
        diff("record_categories", before->recordCategories, b.recordCategories);
        diff("record_count", before->recordCount, b.recordCount);
        diff("contact_point", before->contactPoint, b.contactPoint);
        diff("consequences", before->consequences, b.consequences);
        diff("measures", before->measures, b.measures);
        return AuditEvent{QStringLiteral("breach.update"),
                          QStringLiteral("%1/breach").arg(b.incidentId),
                          b.incidentId,
                          {{QStringLiteral("changes"), changed}}};
    });
}

Result<QList<Classification>> ClockService::classifications(const QString &incidentId) const
{
    QSqlDatabase db = m_store.readConnection();
    return ClockRepository::classifications(db, incidentId);
}

Status ClockService::classify(const QString &incidentId, const QStringList &kinds, const QDateTime &triggerAt,
                              const QString &reason)
{
    if (kinds.isEmpty())
        return Error::usage(QStringLiteral("say what the incident is: at least one of %1")
                                .arg(knownClassifications().join(QStringLiteral(", "))));
    for (const QString &k : kinds)
        if (!knownClassifications().contains(k))
            return Error::usage(QStringLiteral("unknown classification \"%1\" (known: %2)")
                                    .arg(k, knownClassifications().join(QStringLiteral(", "))));
    if (auto st = checkInstant(triggerAt, QStringLiteral("the trigger time")); !st)
        return st;
    auto inc = m_store.incident(incidentId);
    if (!inc)
        return inc.error();
    const QDateTime at = fromIsoUtc(toIsoUtc(triggerAt));

    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto existing = ClockRepository::classifications(db, incidentId);
        if (!existing)
            return existing.error();
        QStringList added;
        for (const QString &k : kinds) {
            auto prior =
                std::find_if(existing->begin(), existing->end(), [&](const Classification &c) { return c.kind == k; });
            if (prior != existing->end()) {
                if (prior->triggerAt == at)
                    continue;
                return Error{Error::Kind::Conflict,
                             QStringLiteral("%1 is already classified %2 with trigger %3; use an amendment with a "
                                            "reason to change it (firebreak-cli clock amend)")
                                 .arg(incidentId, k, toIsoUtc(prior->triggerAt))};
            }
            if (auto st = ClockRepository::insertClassification(
                    db, {incidentId, k, at, m_store.actor(), reason.trimmed(), m_store.clock().nowUtc()});
                !st)
                return st.error();
            added << k;
        }
        QJsonObject data{{QStringLiteral("classifications"), QJsonArray::fromStringList(added)},
                         {QStringLiteral("trigger_at"), toIsoUtc(at)},
                         {QStringLiteral("reason"), reason.trimmed()}};
        // Awareness is the incident's own instant; the first classification sets it.
        if (!inc->awareAt.isValid()) {
            Incident updated = *inc;
            updated.awareAt = at;
            updated.updatedAt = m_store.clock().nowUtc();
            updated.updatedBy = m_store.actor();
            if (auto st = IncidentRepository::updateFields(db, updated); !st)
                return st.error();
            data.insert(QStringLiteral("aware_at_set"), toIsoUtc(at));
        }
        QStringList started;
        for (const ClockRule &r : m_rules.rules)
            if (r.triggerKind == ClockRule::TriggerKind::Classification && added.contains(r.classification))
                started << r.id;
        data.insert(QStringLiteral("clocks_started"), QJsonArray::fromStringList(started));
        return AuditEvent{QStringLiteral("clock.classify"), incidentId, incidentId, data};
    });
}

Status ClockService::amendTrigger(const QString &incidentId, const QString &kind, const QDateTime &triggerAt,
                                  const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::usage(QStringLiteral("amending the %1 trigger of %2 needs a reason").arg(kind, incidentId));
    if (auto st = checkInstant(triggerAt, QStringLiteral("the new trigger time")); !st)
        return st;
    const QDateTime at = fromIsoUtc(toIsoUtc(triggerAt));
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto existing = ClockRepository::classifications(db, incidentId);
        if (!existing)
            return existing.error();
        auto prior =
            std::find_if(existing->begin(), existing->end(), [&](const Classification &c) { return c.kind == kind; });
        if (prior == existing->end())
            return Error::notFound(QStringLiteral("%1 has no %2 classification to amend").arg(incidentId, kind));
        if (auto st = ClockRepository::updateTrigger(db, incidentId, kind, at, reason.trimmed()); !st)
            return st.error();
        return AuditEvent{QStringLiteral("clock.amend"),
                          QStringLiteral("%1/classification/%2").arg(incidentId, kind),
                          incidentId,
                          {{QStringLiteral("kind"), kind},
                           {QStringLiteral("from"), toIsoUtc(prior->triggerAt)},
                           {QStringLiteral("to"), toIsoUtc(at)},
                           {QStringLiteral("reason"), reason.trimmed()}}};
    });
}

Result<QList<ClockStatus>> ClockService::clocks(const QString &incidentId) const
{
    auto inc = m_store.incident(incidentId);
    if (!inc)
        return inc.error();
    QSqlDatabase db = m_store.readConnection();
    auto cls = ClockRepository::classifications(db, incidentId);
    auto ns = ClockRepository::notices(db, incidentId);
    auto ws = ClockRepository::waivers(db, incidentId);
    if (!cls)
        return cls.error();
    if (!ns)
        return ns.error();
    if (!ws)
        return ws.error();
    QList<ClockStatus> out = evaluateClocks(m_rules, *inc, *cls, *ns, *ws, m_store.clock().nowUtc());
    sortByUrgency(out);
    return out;
}

Result<ClockStatus> ClockService::clock(const QString &incidentId, const QString &clockId) const
{
    if (!m_rules.rule(clockId))
        return Error::usage(QStringLiteral("unknown clock \"%1\"").arg(clockId));
    auto all = clocks(incidentId);
    if (!all)
        return all.error();
    for (const ClockStatus &c : *all)
        if (c.rule.id == clockId)
            return c;
    return Error::notFound(QStringLiteral("clock %1 does not apply to %2: classify the incident first "
                                          "(firebreak-cli clock classify)")
                               .arg(clockId, incidentId));
}

Result<QList<ClockStatus>> ClockService::openClocks() const
{
    QSqlDatabase db = m_store.readConnection();
    auto ids = ClockRepository::classifiedIncidents(db);
    if (!ids)
        return ids.error();
    QList<ClockStatus> out;
    for (const QString &id : *ids) {
        auto inc = m_store.incident(id);
        if (!inc || inc->status == IncidentStatus::Closed)
            continue;
        auto cs = clocks(id);
        if (!cs)
            return cs.error();
        for (const ClockStatus &c : *cs)
            if (c.open() && c.state != ClockStatus::State::Waiting)
                out << c;
    }
    sortByUrgency(out);
    return out;
}

Result<Notice> ClockService::recordNotice(Notice n)
{
    auto current = clock(n.incidentId, n.clockId);
    if (!current)
        return current.error();
    if (n.recipient.trimmed().isEmpty())
        return Error::usage(QStringLiteral("a notice needs its recipient (who was notified)"));
    if (auto st = checkInstant(n.sentAt, QStringLiteral("the sent-at time")); !st)
        return st.error();
    if (current->state == ClockStatus::State::Waiting)
        return Error::usage(
            QStringLiteral("clock %1 has not started: it waits for the %2 notice").arg(n.clockId, current->waitingFor));
    if (current->state == ClockStatus::State::Waived)
        return Error{
            Error::Kind::Conflict,
            QStringLiteral("clock %1 of %2 was closed by a decision not to notify").arg(n.clockId, n.incidentId)};
    n.sentAt = fromIsoUtc(toIsoUtc(n.sentAt));
    n.phase = current->notices.isEmpty() ? QStringLiteral("initial") : QStringLiteral("supplement");
    if (n.phase == QLatin1String("initial") && current->triggerAt.isValid() && n.sentAt < current->triggerAt)
        return Error::usage(QStringLiteral("the notice is dated %1, before the clock's trigger %2")
                                .arg(toIsoUtc(n.sentAt), toIsoUtc(current->triggerAt)));
    if (n.phase == QLatin1String("initial") && current->deadline.isValid() && n.sentAt > current->deadline &&
        n.delayReason.trimmed().isEmpty())
        return Error::usage(QStringLiteral("the %1 notice of %2 was sent at %3, after its deadline %4: record the "
                                           "reasons for the delay")
                                .arg(n.clockId, n.incidentId, toIsoUtc(n.sentAt), toIsoUtc(current->deadline)));
    n.recordedBy = m_store.actor();
    n.recordedAt = m_store.clock().nowUtc();
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = ClockRepository::insertNotice(db, n);
        if (!id)
            return id.error();
        n.id = *id;
        return AuditEvent{QStringLiteral("clock.notice"),
                          QStringLiteral("%1/clock/%2").arg(n.incidentId, n.clockId),
                          n.incidentId,
                          {{QStringLiteral("clock"), n.clockId},
                           {QStringLiteral("phase"), n.phase},
                           {QStringLiteral("sent_at"), toIsoUtc(n.sentAt)},
                           {QStringLiteral("deadline"), toIsoUtc(current->deadline)},
                           {QStringLiteral("recipient"), n.recipient},
                           {QStringLiteral("channel"), n.channel},
                           {QStringLiteral("reference"), n.reference},
                           {QStringLiteral("delay_reason"), n.delayReason},
                           {QStringLiteral("document"), n.document}}};
    });
    if (!st)
        return st.error();
    return n;
}

Result<Waiver> ClockService::waive(const QString &incidentId, const QString &clockId, const QString &justification,
                                   const QString &exception)
{
    if (justification.trimmed().isEmpty())
        return Error::usage(QStringLiteral("a decision not to notify (%1) must carry its justification").arg(clockId));
    auto current = clock(incidentId, clockId);
    if (!current)
        return current.error();
    if (current->resolved())
        return Error{
            Error::Kind::Conflict,
            QStringLiteral("clock %1 of %2 is already %3").arg(clockId, incidentId, clockStateKey(current->state))};
    Waiver w{0,
             incidentId,
             clockId,
             exception.trimmed(),
             justification.trimmed(),
             m_store.actor(),
             m_store.clock().nowUtc()};
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = ClockRepository::insertWaiver(db, w);
        if (!id)
            return id.error();
        w.id = *id;
        return AuditEvent{QStringLiteral("clock.waive"),
                          QStringLiteral("%1/clock/%2").arg(incidentId, clockId),
                          incidentId,
                          {{QStringLiteral("clock"), clockId},
                           {QStringLiteral("exception"), w.exception},
                           {QStringLiteral("justification"), w.justification},
                           {QStringLiteral("deadline"), toIsoUtc(current->deadline)}}};
    });
    if (!st)
        return st.error();
    return w;
}

} // namespace firebreak
