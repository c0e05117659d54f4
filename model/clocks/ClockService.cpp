#include "ClockService.h"

#include "../StaleEdit.h"

#include "../storage/ClockRepository.h"
#include "../storage/IncidentRepository.h"
#include "ClockEvaluator.h"

#include <QJsonArray>
#include <QTimeZone>

namespace firebreak {

QDateTime plausibleFloor()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
}

ClockService::ClockService(CaseStore &store, ClockRuleSet rules) : m_store(store), m_rules(std::move(rules)) {}

Status ClockService::checkInstant(const QDateTime &t, const QString &what) const
{
    if (!t.isValid())
        return Error::usage(QStringLiteral("%1 is missing or not a valid time").arg(what));
    // No incident this tool handles predates the notification laws it
    // tracks (GDPR 2018, NIS2 2024); 1900 or year 1 is a typo.
    if (t < plausibleFloor())
        return Error::usage(QStringLiteral("%1 %2 is before %3: that cannot be right for a notification clock")
                                .arg(what, toIsoUtc(t), toIsoUtc(plausibleFloor())));
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

namespace {

// What a classification records, decided from the incident and what is
// already recorded; nothing in it is written yet.
struct ClassifyPlan {
    QList<Classification> add;
    QDateTime setAwareness; // valid: the incident's aware_at is set to it
};

Result<ClassifyPlan> planClassification(const Incident &inc, const QList<Classification> &existing,
                                        const QStringList &requested, const QDateTime &at, const QString &reason,
                                        const QString &actor, const QDateTime &now)
{
    QStringList kinds = requested;
    // A high risk to the data subjects implies a breach likely to result in
    // a risk: Art. 33 and the customer notice start with Art. 34.
    if (kinds.contains(QLatin1String("high-risk")) && !kinds.contains(QLatin1String("personal-data")))
        kinds.prepend(QStringLiteral("personal-data"));
    auto prior = [&](const QString &k) -> const Classification * {
        for (const Classification &c : existing)
            if (c.kind == k)
                return &c;
        return nullptr;
    };
    QDateTime awareness = inc.awareAt;
    if (!awareness.isValid())
        for (const Classification &c : existing)
            if (isAwarenessKind(c.kind))
                awareness = c.triggerAt;
    ClassifyPlan plan;
    const bool awarenessNamed = std::any_of(requested.begin(), requested.end(), isAwarenessKind);
    if (!awareness.isValid() && std::any_of(kinds.begin(), kinds.end(), isAwarenessKind)) {
        awareness = at;
        plan.setAwareness = at;
        // Awareness follows discovery; the other way round is possible (a
        // tip-off before our own detection) but must be explained.
        if (inc.detectedAt.isValid() && at < inc.detectedAt && reason.trimmed().isEmpty())
            return Error::usage(QStringLiteral("awareness %1 is before the detection of %2 (%3): say why with a "
                                               "reason (--reason)")
                                    .arg(toIsoUtc(at), inc.id, toIsoUtc(inc.detectedAt)));
    }
    for (const QString &k : kinds) {
        QDateTime target = at;
        if (isAwarenessKind(k)) {
            if (awareness != at && requested.contains(k) && awarenessNamed)
                return Error{Error::Kind::Conflict,
                             QStringLiteral("%1 has one awareness, %2 (its aware_at); --%3 names %4. If awareness "
                                            "was really %4, amend it with a reason: firebreak-cli clock amend %1 "
                                            "--awareness --at %4 --reason TEXT")
                                 .arg(inc.id, toIsoUtc(awareness), k, toIsoUtc(at))};
            target = awareness;
        } else if (awareness.isValid() && at < awareness) {
            return Error::usage(QStringLiteral("the %1 decision at %2 cannot come before %3 became aware of the "
                                               "breach (%4)")
                                    .arg(k, toIsoUtc(at), inc.id, toIsoUtc(awareness)));
        }
        if (const Classification *p = prior(k)) {
            if (p->triggerAt == target || (isAwarenessKind(k) && !requested.contains(k)))
                continue; // the same fact again, or implied and already there
            return Error{Error::Kind::Conflict,
                         QStringLiteral("%1 is already classified %2 with trigger %3; use an amendment with a "
                                        "reason to change it (firebreak-cli clock amend)")
                             .arg(inc.id, k, toIsoUtc(p->triggerAt))};
        }
        plan.add << Classification{inc.id, k, target, actor, reason.trimmed(), now};
    }
    return plan;
}

} // namespace

Status ClockService::classify(const QString &incidentId, const QStringList &kinds, const QDateTime &triggerAt,
                              const QString &reason, QStringList *added)
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
    // A no-op (the same facts again) writes nothing, not even an audit entry.
    {
        auto existing = classifications(incidentId);
        if (!existing)
            return existing.error();
        auto p = planClassification(*inc, *existing, kinds, at, reason, m_store.actor(), m_store.clock().nowUtc());
        if (!p)
            return p.error();
        if (p->add.isEmpty()) {
            if (added)
                added->clear();
            return {};
        }
    }

    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto existing = ClockRepository::classifications(db, incidentId);
        if (!existing)
            return existing.error();
        auto current = IncidentRepository::find(db, incidentId);
        if (!current || !current->has_value())
            return Error::notFound(QStringLiteral("no incident %1").arg(incidentId));
        auto p = planClassification(**current, *existing, kinds, at, reason, m_store.actor(), m_store.clock().nowUtc());
        if (!p)
            return p.error();
        QStringList addedKinds;
        QJsonObject triggers;
        for (const Classification &c : p->add) {
            if (auto st = ClockRepository::insertClassification(db, c); !st)
                return st.error();
            addedKinds << c.kind;
            triggers.insert(c.kind, toIsoUtc(c.triggerAt));
        }
        if (added)
            *added = addedKinds;
        QJsonObject data{{QStringLiteral("classifications"), QJsonArray::fromStringList(addedKinds)},
                         {QStringLiteral("trigger_at"), toIsoUtc(at)},
                         {QStringLiteral("triggers"), triggers},
                         {QStringLiteral("reason"), reason.trimmed()}};
        if (addedKinds.size() > kinds.size())
            data.insert(QStringLiteral("implied"), QStringLiteral("high-risk implies personal-data"));
        if (p->setAwareness.isValid()) {
            Incident updated = **current;
            updated.awareAt = p->setAwareness;
            updated.updatedAt = m_store.clock().nowUtc();
            updated.updatedBy = m_store.actor();
            if (auto st = IncidentRepository::updateFields(db, updated); !st)
                return st.error();
            data.insert(QStringLiteral("aware_at_set"), toIsoUtc(p->setAwareness));
        }
        QStringList started;
        for (const ClockRule &r : m_rules.rules)
            if (r.triggerKind == ClockRule::TriggerKind::Classification && addedKinds.contains(r.classification))
                started << r.id;
        data.insert(QStringLiteral("clocks_started"), QJsonArray::fromStringList(started));
        return AuditEvent{QStringLiteral("clock.classify"), incidentId, incidentId, data};
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
    auto ds = ClockRepository::delays(db, incidentId);
    if (!cls)
        return cls.error();
    if (!ns)
        return ns.error();
    if (!ws)
        return ws.error();
    if (!ds)
        return ds.error();
    QList<ClockStatus> out = evaluateClocks(m_rules, *inc, *cls, *ns, *ws, m_store.clock().nowUtc(), *ds);
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
    // Art. 33(4): a supplement follows the initial notice. Dated before it
    // (or before the trigger) it would rewrite which notice came first and
    // erase the lateness judged on it.
    if (n.phase == QLatin1String("supplement")) {
        const Notice &initial = current->notices.first();
        if (n.sentAt < initial.sentAt)
            return Error::usage(QStringLiteral("a supplement to the %1 notice of %2 is dated %3, before the initial "
                                               "notice sent %4: a supplement follows the notice it completes")
                                    .arg(n.clockId, n.incidentId, toIsoUtc(n.sentAt), toIsoUtc(initial.sentAt)));
        if (current->triggerAt.isValid() && n.sentAt < current->triggerAt)
            return Error::usage(QStringLiteral("the supplement is dated %1, before the clock's trigger %2")
                                    .arg(toIsoUtc(n.sentAt), toIsoUtc(current->triggerAt)));
    }
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
                                   const QString &exception, const QString &publicCommunication)
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
    QString key = exception.trimmed();
    QString justificationText = justification.trimmed();
    if (!current->rule.waiverOptions.isEmpty()) {
        const WaiverOption *chosen = nullptr;
        QStringList keys;
        for (const WaiverOption &o : current->rule.waiverOptions) {
            keys << QStringLiteral("%1 (%2)").arg(o.key, o.text);
            if (o.key == key || o.text == key)
                chosen = &o;
        }
        if (!chosen)
            return Error::usage(QStringLiteral("%1 can only be closed without notice under one of its exceptions; "
                                               "%2 is not one. Name one: %3")
                                    .arg(clockId, key.isEmpty() ? QStringLiteral("none was named") : key,
                                         keys.join(QStringLiteral("; "))));
        key = chosen->key;
        if (chosen->requiresPublicCommunication) {
            if (publicCommunication.trimmed().isEmpty())
                return Error::usage(QStringLiteral("%1: with the %2 exception a public communication or similar "
                                                   "measure informs the data subjects instead; say what, where and "
                                                   "when (--public-communication)")
                                        .arg(clockId, key));
            justificationText += QStringLiteral("\n\nPublic communication: ") + publicCommunication.trimmed();
        }
    }
    Waiver w{0, incidentId, clockId, key, justificationText, m_store.actor(), m_store.clock().nowUtc()};
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
                           {QStringLiteral("public_communication"), publicCommunication.trimmed()},
                           {QStringLiteral("justification"), w.justification},
                           {QStringLiteral("deadline"), toIsoUtc(current->deadline)}}};
    });
    if (!st)
        return st.error();
    return w;
}

} // namespace firebreak
