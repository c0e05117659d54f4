#include "EvidenceService.h"

#include "../storage/EvidenceRepository.h"
#include "CustodyHolder.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace firebreak {

namespace {

// Only who holds an item can hand it over (issue #21): an entry whose
// "from" is not the holder by the chain at its time (or a backdated entry
// that would make a later hand-over come from a non-holder) is refused,
// unless it says why it is recorded anyway. Chains that were already
// inconsistent before this check existed do not block new entries: only
// contradictions this entry adds count.
Status checkHolder(const QList<CustodyEvent> &chain, CustodyEvent e)
{
    e.overrideReason = e.overrideReason.trimmed();
    if (!e.overrideReason.isEmpty())
        return {};
    QSet<qint64> before;
    for (const CustodyEvent &c : unexplainedHandOffs(chain))
        before.insert(c.id);
    e.id = -1;
    const QList<CustodyEvent> after = withEntry(chain, e);
    for (const CustodyEvent &c : unexplainedHandOffs(after)) {
        if (before.contains(c.id))
            continue;
        const auto pos = std::find_if(after.begin(), after.end(), [&](const CustodyEvent &x) { return x.id == c.id; });
        QList<CustodyEvent> upTo = after.mid(0, pos - after.begin());
        for (auto x = pos; x != after.end(); ++x)
            if (x->action == QLatin1String("collected"))
                upTo.append(*x); // the collection opens the chain (see CustodyHolder)
        const CustodyHolder h = holderOf(upTo);
        if (c.id == -1)
            return Error{Error::Kind::Conflict,
                         QStringLiteral("%1 is held by \"%2\" (%3 %4), not by \"%5\": record the hand-over from its "
                                        "holder, or give the reason it is recorded from someone else")
                             .arg(e.evidenceNumber, h.party, h.by.action, toIsoUtc(h.by.at), e.fromParty)};
        return Error{Error::Kind::Conflict,
                     QStringLiteral("this entry at %1 would make the later hand-over of %2 at %3 come from \"%4\", "
                                    "who would no longer hold it (held by \"%5\"); check the time, or give the "
                                    "reason it is recorded anyway")
                         .arg(toIsoUtc(e.at), e.evidenceNumber, toIsoUtc(c.at), c.fromParty, h.party)};
    }
    return {};
}

} // namespace

Result<EvidenceItem> EvidenceService::item(const QString &incidentId, const QString &evidenceNumber) const
{
    auto items = m_store.evidence(incidentId);
    if (!items)
        return items.error();
    for (const EvidenceItem &e : *items)
        if (e.evidenceNumber == evidenceNumber)
            return e;
    if (auto inc = m_store.incident(incidentId); !inc)
        return inc.error();
    return Error::notFound(QStringLiteral("%1 has no evidence item %2").arg(incidentId, evidenceNumber));
}

Result<QList<CustodyEvent>> EvidenceService::custody(const QString &incidentId, const QString &evidenceNumber) const
{
    if (auto it = item(incidentId, evidenceNumber); !it)
        return it.error();
    QSqlDatabase db = m_store.readConnection();
    return EvidenceRepository::custody(db, incidentId, evidenceNumber);
}

Result<CustodyEvent> EvidenceService::recordCustody(CustodyEvent e)
{
    if (!custodyActions().contains(e.action))
        return Error::usage(QStringLiteral("custody action \"%1\" is not one of %2")
                                .arg(e.action, custodyActions().join(QStringLiteral(", "))));
    if (e.action == QLatin1String("transferred") && (e.fromParty.trimmed().isEmpty() || e.toParty.trimmed().isEmpty()))
        return Error::usage(QStringLiteral("a transfer of %1 needs who handed it over (from) and who received it (to)")
                                .arg(e.evidenceNumber));
    if (e.action == QLatin1String("stored") && e.location.trimmed().isEmpty())
        return Error::usage(QStringLiteral("storing %1 needs the storage location").arg(e.evidenceNumber));
    if (!e.zone.isEmpty() && !QTimeZone(e.zone.toUtf8()).isValid())
        return Error::usage(QStringLiteral("time zone \"%1\" is not an IANA zone like Europe/Paris").arg(e.zone));
    if (auto it = item(e.incidentId, e.evidenceNumber); !it)
        return it.error();
    const QDateTime now = fromIsoUtc(toIsoUtc(m_store.clock().nowUtc()));
    e.at = e.at.isValid() ? fromIsoUtc(toIsoUtc(e.at)) : now;
    if (e.at > now.addSecs(300))
        return Error::usage(QStringLiteral("custody time %1 is in the future").arg(toIsoUtc(e.at)));
    // Nothing can happen to an item before it was collected: such a time is
    // a typo (wrong day or zone) that would make the chain contradict itself.
    // A minute of slack: times are often typed (or edited) to the minute.
    if (e.action != QLatin1String("collected")) {
        auto chain = custody(e.incidentId, e.evidenceNumber);
        if (!chain)
            return chain.error();
        for (const CustodyEvent &c : *chain)
            if (c.action == QLatin1String("collected") && e.at.addSecs(60) <= c.at)
                return Error::usage(QStringLiteral("custody time %1 is before %2 was collected (%3); check the date "
                                                   "and the time zone")
                                        .arg(toIsoUtc(e.at), e.evidenceNumber, toIsoUtc(c.at)));
        if (Status held = checkHolder(*chain, e); !held)
            return held.error();
    }
    e.recordedBy = m_store.actor();
    e.recordedAt = now;
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = EvidenceRepository::insertCustody(db, e);
        if (!id)
            return id.error();
        e.id = *id;
        if (e.action == QLatin1String("stored"))
            if (auto s = EvidenceRepository::setStorageLocation(db, e.incidentId, e.evidenceNumber, e.location); !s)
                return s.error();
        return AuditEvent{QStringLiteral("custody.%1").arg(e.action),
                          QStringLiteral("%1/evidence/%2").arg(e.incidentId, e.evidenceNumber),
                          e.incidentId,
                          {{QStringLiteral("at"), toIsoUtc(e.at)},
                           {QStringLiteral("zone"), e.zone},
                           {QStringLiteral("from"), e.fromParty},
                           {QStringLiteral("to"), e.toParty},
                           {QStringLiteral("purpose"), e.purpose},
                           {QStringLiteral("location"), e.location},
                           {QStringLiteral("method"), e.method},
                           {QStringLiteral("notes"), e.notes},
                           {QStringLiteral("override_reason"), e.overrideReason}}};
    });
    if (!st)
        return st.error();
    return e;
}

Result<EvidenceItem> EvidenceService::linkSystem(const QString &incidentId, const QString &evidenceNumber,
                                                 const QString &hostname)
{
    auto it = item(incidentId, evidenceNumber);
    if (!it)
        return it.error();
    auto system = m_store.listedSystem(incidentId, hostname);
    if (!system)
        return system.error();
    if (it->system == *system)
        return *it; // nothing changes, nothing is written
    const QString was = it->system;
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        if (auto s = EvidenceRepository::setSystem(db, incidentId, evidenceNumber, *system); !s)
            return s.error();
        return AuditEvent{QStringLiteral("evidence.link-system"),
                          QStringLiteral("%1/evidence/%2").arg(incidentId, evidenceNumber),
                          incidentId,
                          {{QStringLiteral("system"), *system}, {QStringLiteral("was"), was}}};
    });
    if (!st)
        return st.error();
    it->system = *system;
    return *it;
}

Result<QList<VerificationEvent>> EvidenceService::verifications(const QString &incidentId,
                                                                const QString &evidenceNumber) const
{
    if (auto it = item(incidentId, evidenceNumber); !it)
        return it.error();
    QSqlDatabase db = m_store.readConnection();
    return EvidenceRepository::verifications(db, incidentId, evidenceNumber);
}

Result<VerificationEvent> EvidenceService::recordVerification(VerificationEvent v)
{
    if (auto it = item(v.incidentId, v.evidenceNumber); !it)
        return it.error();
    v.at = fromIsoUtc(toIsoUtc(m_store.clock().nowUtc()));
    v.verifiedBy = m_store.actor();
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = EvidenceRepository::insertVerification(db, v);
        if (!id)
            return id.error();
        v.id = *id;
        if (auto s = EvidenceRepository::setVerification(db, v.incidentId, v.evidenceNumber, v.result); !s)
            return s.error();
        return AuditEvent{QStringLiteral("evidence.verify"),
                          QStringLiteral("%1/evidence/%2").arg(v.incidentId, v.evidenceNumber),
                          v.incidentId,
                          {{QStringLiteral("result"), verificationKey(v.result)},
                           {QStringLiteral("md5"), v.md5},
                           {QStringLiteral("sha1"), v.sha1},
                           {QStringLiteral("sha256"), v.sha256},
                           {QStringLiteral("details"), v.details}}};
    });
    if (!st)
        return st.error();
    return v;
}

Result<QList<CustodyEvent>> incidentCustody(const CaseStore &store, const QString &incidentId)
{
    auto items = store.evidence(incidentId);
    if (!items)
        return items.error();
    QSqlDatabase db = store.readConnection();
    QList<CustodyEvent> all;
    for (const EvidenceItem &e : *items) {
        auto chain = EvidenceRepository::custody(db, incidentId, e.evidenceNumber);
        if (!chain)
            return chain.error();
        all += *chain;
    }
    return all;
}

} // namespace firebreak
