// ResponseService: what the Isolate, Restore and RCA phases record, and
// the contacts log. Each write is one audited transaction.

#include "ResponseService.h"

#include "../StaleEdit.h"

#include "../storage/ResponseRepository.h"

#include <QJsonArray>

namespace firebreak {

namespace {

QDateTime stamp(const QDateTime &t)
{
    return fromIsoUtc(toIsoUtc(t));
}

Status requireFields(std::initializer_list<std::pair<QString, QString>> fields)
{
    for (const auto &[value, what] : fields)
        if (value.trimmed().isEmpty())
            return Error::usage(QStringLiteral("%1 is required").arg(what));
    return {};
}

} // namespace

Result<ContainmentAction> ResponseService::recordContainment(ContainmentAction a)
{
    if (auto st = requireFields(
            {{a.system, QStringLiteral("the system contained")}, {a.action, QStringLiteral("the containment action")}});
        !st)
        return st.error();
    if (auto st = requireOpenIncident(a.incidentId); !st)
        return st.error();
    a.performedAt = stamp(a.performedAt.isValid() ? a.performedAt : m_store.clock().nowUtc());
    a.recordedAt = stamp(m_store.clock().nowUtc());
    if (a.performedBy.trimmed().isEmpty())
        a.performedBy = m_store.actor();
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = ResponseRepository::insertContainment(db, a);
        if (!id)
            return id.error();
        a.id = *id;
        return AuditEvent{QStringLiteral("containment.record"),
                          QStringLiteral("%1/containment/%2").arg(a.incidentId).arg(a.id),
                          a.incidentId,
                          {{QStringLiteral("system"), a.system},
                           {QStringLiteral("action"), a.action},
                           {QStringLiteral("performed_by"), a.performedBy},
                           {QStringLiteral("performed_at"), toIsoUtc(a.performedAt)},
                           {QStringLiteral("verification"), a.verification}}};
    });
    if (!st)
        return st.error();
    return a;
}

Result<QList<ContainmentAction>> ResponseService::containment(const QString &incidentId) const
{
    QSqlDatabase db = m_store.readConnection();
    return ResponseRepository::containment(db, incidentId);
}

Result<RecoveryAction> ResponseService::recordRecovery(RecoveryAction a)
{
    static const QStringList kinds{QStringLiteral("action"), QStringLiteral("service-restored"),
                                   QStringLiteral("verified-clean")};
    if (!kinds.contains(a.kind))
        return Error::usage(
            QStringLiteral("recovery kind \"%1\" is not one of %2").arg(a.kind, kinds.join(QStringLiteral(", "))));
    if (auto st = requireFields({{a.description, QStringLiteral("a description of the recovery step")}}); !st)
        return st.error();
    if (auto st = requireOpenIncident(a.incidentId); !st)
        return st.error();
    a.performedAt = stamp(a.performedAt.isValid() ? a.performedAt : m_store.clock().nowUtc());
    a.recordedAt = stamp(m_store.clock().nowUtc());
    if (a.performedBy.trimmed().isEmpty())
        a.performedBy = m_store.actor();
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = ResponseRepository::insertRecovery(db, a);
        if (!id)
            return id.error();
        a.id = *id;
        return AuditEvent{QStringLiteral("recovery.record"),
                          QStringLiteral("%1/recovery/%2").arg(a.incidentId).arg(a.id),
                          a.incidentId,
                          {{QStringLiteral("kind"), a.kind},
                           {QStringLiteral("system"), a.system},
                           {QStringLiteral("description"), a.description},
                           {QStringLiteral("performed_by"), a.performedBy},
                           {QStringLiteral("performed_at"), toIsoUtc(a.performedAt)}}};
    });
    if (!st)
        return st.error();
    return a;
}

Result<QList<RecoveryAction>> ResponseService::recovery(const QString &incidentId) const
{
    QSqlDatabase db = m_store.readConnection();
    return ResponseRepository::recovery(db, incidentId);
}

Result<QDateTime> ResponseService::serviceRestoredAt(const QString &incidentId) const
{
    auto list = recovery(incidentId);
    if (!list)
        return list.error();
    QDateTime first;
    for (const RecoveryAction &a : *list)
        if (a.kind == QLatin1String("service-restored") && (!first.isValid() || a.performedAt < first))
            first = a.performedAt;
    return first;
}

Result<RootCauseAnalysis> ResponseService::rca(const QString &incidentId) const
{
    if (auto inc = m_store.incident(incidentId); !inc)
        return inc.error();
    QSqlDatabase db = m_store.readConnection();
    return ResponseRepository::rca(db, incidentId);
}

Status ResponseService::saveRca(const RootCauseAnalysis &r)
{
    if (auto st = requireOpenIncident(r.incidentId); !st)
        return st;
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        if (r.rowVersion >= 0) {
            auto current = ResponseRepository::rca(db, r.incidentId);
            if (!current)
                return current.error();
            if (current->rowVersion != r.rowVersion)
                return staleEdit(db, QStringLiteral("the root-cause analysis of %1").arg(r.incidentId),
                                 QStringLiteral("%1/rca").arg(r.incidentId));
        }
        RootCauseAnalysis saved = r;
        saved.updatedAt = stamp(m_store.clock().nowUtc());
        saved.updatedBy = m_store.actor();
        if (auto st = ResponseRepository::saveRca(db, saved); !st)
            return st.error();
        return AuditEvent{QStringLiteral("rca.update"),
                          QStringLiteral("%1/rca").arg(r.incidentId),
                          r.incidentId,
                          {{QStringLiteral("detection_method"), r.detectionMethod},
                           {QStringLiteral("trigger"), r.trigger},
                           {QStringLiteral("root_cause"), r.rootCause},
                           {QStringLiteral("contributing_factors"), r.contributingFactors},
                           {QStringLiteral("five_whys"), QJsonArray::fromStringList(r.fiveWhys)},
                           {QStringLiteral("went_well"), r.wentWell},
                           {QStringLiteral("went_wrong"), r.wentWrong},
                           {QStringLiteral("got_lucky"), r.gotLucky}}};
    });
}

Result<CorrectiveAction> ResponseService::addCorrectiveAction(CorrectiveAction a)
{
    if (auto st = requireFields(
            {{a.action, QStringLiteral("the corrective action")}, {a.owner, QStringLiteral("its owner")}});
        !st)
        return st.error();
    if (auto inc = m_store.incident(a.incidentId); !inc)
        return inc.error();
    a.createdAt = stamp(m_store.clock().nowUtc());
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = ResponseRepository::insertCorrective(db, a);
        if (!id)
            return id.error();
        a.id = *id;
        return AuditEvent{QStringLiteral("corrective.add"),
                          QStringLiteral("%1/corrective/%2").arg(a.incidentId).arg(a.id),
                          a.incidentId,
                          {{QStringLiteral("action"), a.action},
                           {QStringLiteral("owner"), a.owner},
                           {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
                           {QStringLiteral("state"), a.state}}};
    });
    if (!st)
        return st.error();
    return a;
}

Status ResponseService::setCorrectiveState(const QString &incidentId, qint64 id, const QString &state)
{
    if (!QStringList{QStringLiteral("open"), QStringLiteral("in-progress"), QStringLiteral("done")}.contains(state))
        return Error::usage(
            QStringLiteral("corrective action state \"%1\" is not open, in-progress or done").arg(state));
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto list = ResponseRepository::corrective(db, incidentId);
        if (!list)
            return list.error();
        auto it = std::find_if(list->begin(), list->end(), [&](const CorrectiveAction &a) { return a.id == id; });
        if (it == list->end())
            return Error::notFound(QStringLiteral("%1 has no corrective action %2").arg(incidentId).arg(id));
        if (auto st = ResponseRepository::updateCorrectiveState(db, id, state); !st)
            return st.error();
        return AuditEvent{QStringLiteral("corrective.state"),
                          QStringLiteral("%1/corrective/%2").arg(incidentId).arg(id),
                          incidentId,
                          {{QStringLiteral("from"), it->state}, {QStringLiteral("to"), state}}};
    });
}

Result<QList<CorrectiveAction>> ResponseService::correctiveActions(const QString &incidentId) const
{
    QSqlDatabase db = m_store.readConnection();
    return ResponseRepository::corrective(db, incidentId);
}

Result<ContactEntry> ResponseService::logContact(ContactEntry c)
{
    if (!contactPartyTypes().contains(c.partyType))
        return Error::usage(QStringLiteral("contact type \"%1\" is not one of %2")
                                .arg(c.partyType, contactPartyTypes().join(QStringLiteral(", "))));
    if (auto st = requireFields({{c.summary, QStringLiteral("a summary of the contact")}}); !st)
        return st.error();
    if (c.lawEnforcement() && c.organisation.trimmed().isEmpty())
        return Error::usage(QStringLiteral("a law-enforcement contact needs the agency (--organisation)"));
    if (auto inc = m_store.incident(c.incidentId); !inc)
        return inc.error();
    c.at = stamp(c.at.isValid() ? c.at : m_store.clock().nowUtc());
    c.recordedBy = m_store.actor();
    c.recordedAt = stamp(m_store.clock().nowUtc());
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = ResponseRepository::insertContact(db, c);
        if (!id)
            return id.error();
        c.id = *id;
        return AuditEvent{QStringLiteral("contact.log"),
                          QStringLiteral("%1/contact/%2").arg(c.incidentId).arg(c.id),
                          c.incidentId,
                          {{QStringLiteral("at"), toIsoUtc(c.at)},
                           {QStringLiteral("party_type"), c.partyType},
                           {QStringLiteral("law_enforcement"), c.lawEnforcement()},
                           {QStringLiteral("organisation"), c.organisation},
                           {QStringLiteral("person"), c.person},
                           {QStringLiteral("case_reference"), c.caseReference},
                           {QStringLiteral("channel"), c.channel},
                           {QStringLiteral("summary"), c.summary}}};
    });
    if (!st)
        return st.error();
    return c;
}

Result<QList<ContactEntry>> ResponseService::contacts(const QString &incidentId) const
{
    if (auto inc = m_store.incident(incidentId); !inc)
        return inc.error();
    QSqlDatabase db = m_store.readConnection();
    return ResponseRepository::contacts(db, incidentId);
}

Result<TimelineNote> ResponseService::addTimelineNote(TimelineNote n)
{
    if (auto st = requireFields({{n.text, QStringLiteral("the timeline text")}}); !st)
        return st.error();
    if (!n.at.isValid())
        return Error::usage(QStringLiteral("a timeline entry needs its time"));
    if (n.confidence.isEmpty())
        n.confidence = QStringLiteral("confirmed");
    if (!timelineConfidences().contains(n.confidence))
        return Error::usage(QStringLiteral("confidence \"%1\" is not one of %2")
                                .arg(n.confidence, timelineConfidences().join(QStringLiteral(", "))));
    if (auto inc = m_store.incident(n.incidentId); !inc)
        return inc.error();
    n.at = stamp(n.at);
    n.recordedBy = m_store.actor();
    n.recordedAt = stamp(m_store.clock().nowUtc());
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = ResponseRepository::insertNote(db, n);
        if (!id)
            return id.error();
        n.id = *id;
        return AuditEvent{QStringLiteral("timeline.add"),
                          QStringLiteral("%1/note/%2").arg(n.incidentId).arg(n.id),
                          n.incidentId,
                          {{QStringLiteral("at"), toIsoUtc(n.at)},
                           {QStringLiteral("text"), n.text},
                           {QStringLiteral("source"), n.source},
                           {QStringLiteral("confidence"), n.confidence}}};
    });
    if (!st)
        return st.error();
    return n;
}

} // namespace firebreak
