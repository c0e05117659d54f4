#include "AcquisitionService.h"

#include "../storage/AcquisitionRepository.h"
#include "../storage/AuditRepository.h"

namespace firebreak {

namespace {

QString objectOf(const AcquisitionRecord &r)
{
    return QStringLiteral("%1/acquisition/%2").arg(r.incidentId).arg(r.id);
}

AuditEvent endEvent(const AcquisitionRecord &r)
{
    return {QStringLiteral("acquisition.end"),
            objectOf(r),
            r.incidentId,
            {{QStringLiteral("state"), acquisitionStateKey(r.state)},
             {QStringLiteral("outcome"), r.outcome},
             {QStringLiteral("ended_at"), toIsoUtc(r.endedAt)},
             {QStringLiteral("bytes_acquired"), QString::number(r.bytesAcquired)},
             {QStringLiteral("image"), r.workPath},
             {QStringLiteral("log"), r.logPath},
             {QStringLiteral("error"), r.error}}};
}

} // namespace

Result<AcquisitionRecord> AcquisitionService::recordStart(AcquisitionRecord r)
{
    if (auto inc = m_store.incident(r.incidentId); !inc)
        return inc.error();
    r.state = AcquisitionRecord::State::Running;
    r.startedAt = fromIsoUtc(toIsoUtc(r.startedAt.isValid() ? r.startedAt : m_store.clock().nowUtc()));
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto id = AcquisitionRepository::insert(db, r);
        if (!id)
            return id.error();
        r.id = *id;
        return AuditEvent{QStringLiteral("acquisition.start"),
                          objectOf(r),
                          r.incidentId,
                          {{QStringLiteral("evidence_number"), r.evidenceNumber},
                           {QStringLiteral("source"), r.source},
                           {QStringLiteral("destination"), r.destination},
                           {QStringLiteral("image"), r.workPath},
                           {QStringLiteral("log"), r.logPath},
                           {QStringLiteral("examiner"), r.examiner},
                           {QStringLiteral("host"), r.process.host},
                           {QStringLiteral("pid"), QString::number(r.process.pid)},
                           {QStringLiteral("started_at"), toIsoUtc(r.startedAt)},
                           {QStringLiteral("bytes_expected"), QString::number(r.bytesExpected)}}};
    });
    if (!st)
        return st.error();
    return r;
}

Status AcquisitionService::recordEnd(const AcquisitionRecord &r)
{
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        if (auto st = AcquisitionRepository::finish(db, r); !st)
            return st.error();
        return endEvent(r);
    });
}

std::function<Status(QSqlDatabase &)> AcquisitionService::endInTransaction(const AcquisitionRecord &r)
{
    const CaseStore &store = m_store;
    return [r, &store](QSqlDatabase &db) -> Status {
        if (auto st = AcquisitionRepository::finish(db, r); !st)
            return st;
        auto e = AuditRepository::append(db, store.clock().nowUtc(), store.actor(), endEvent(r));
        if (!e)
            return e.error();
        return {};
    };
}

Result<QList<AcquisitionRecord>> AcquisitionService::acquisitions(const QString &incidentId) const
{
    QSqlDatabase db = m_store.readConnection();
    return AcquisitionRepository::list(db, incidentId);
}

Result<QList<AcquisitionRecord>> AcquisitionService::interrupted(const QString &incidentId) const
{
    auto all = acquisitions(incidentId);
    if (!all)
        return all.error();
    QList<AcquisitionRecord> out;
    for (const AcquisitionRecord &r : *all)
        if (acquisitionStatus(r) == AcquisitionStatus::Interrupted)
            out << r;
    return out;
}

} // namespace firebreak
