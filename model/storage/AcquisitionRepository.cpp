#include "AcquisitionRepository.h"

#include "../Clock.h"
#include "Sql.h"

namespace firebreak::AcquisitionRepository {

namespace {

const QString kColumns = QStringLiteral(
    "id, incident_id, evidence_number, source, destination, work_path, log_path, examiner, host, pid, process_tag, "
    "started_at, bytes_expected, state, outcome, ended_at, bytes_acquired, error");

AcquisitionRecord fromRow(const QSqlQuery &q)
{
    AcquisitionRecord r;
    r.id = q.value(0).toLongLong();
    r.incidentId = q.value(1).toString();
    r.evidenceNumber = q.value(2).toString();
    r.source = q.value(3).toString();
    r.destination = q.value(4).toString();
    r.workPath = q.value(5).toString();
    r.logPath = q.value(6).toString();
    r.examiner = q.value(7).toString();
    r.process = {q.value(8).toString(), q.value(9).toLongLong(), q.value(10).toString()};
    r.startedAt = fromIsoUtc(q.value(11).toString());
    r.bytesExpected = q.value(12).toLongLong();
    r.state = acquisitionStateFromKey(q.value(13).toString());
    r.outcome = q.value(14).toString();
    r.endedAt = q.value(15).isNull() ? QDateTime() : fromIsoUtc(q.value(15).toString());
    r.bytesAcquired = q.value(16).toLongLong();
    r.error = q.value(17).toString();
    return r;
}

} // namespace

Result<qint64> insert(QSqlDatabase &db, const AcquisitionRecord &r)
{
    auto id = sql::scalar(db,
                          QStringLiteral("INSERT INTO acquisitions (incident_id, evidence_number, source, destination, "
                                         "work_path, log_path, examiner, host, pid, process_tag, started_at, "
                                         "bytes_expected, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'running') "
                                         "RETURNING id"),
                          {r.incidentId, r.evidenceNumber, r.source, r.destination, r.workPath, r.logPath, r.examiner,
                           r.process.host, r.process.pid, r.process.tag, toIsoUtc(r.startedAt), r.bytesExpected},
                          QStringLiteral("recording the start of the acquisition of %1").arg(r.source));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status finish(QSqlDatabase &db, const AcquisitionRecord &r)
{
    auto q =
        sql::run(db,
                 QStringLiteral("UPDATE acquisitions SET state = ?, outcome = ?, ended_at = ?, bytes_acquired = ?, "
                                "error = ?, work_path = ?, log_path = ? WHERE id = ? AND state = 'running'"),
                 {acquisitionStateKey(r.state), r.outcome, toIsoUtc(r.endedAt), r.bytesAcquired, r.error, r.workPath,
                  r.logPath, r.id},
                 QStringLiteral("recording the end of the acquisition of %1").arg(r.source));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::notFound(QStringLiteral("no running acquisition %1 to finish").arg(r.id));
    return {};
}

Result<AcquisitionRecord> find(QSqlDatabase &db, qint64 id)
{
    auto q = sql::run(db, QStringLiteral("SELECT %1 FROM acquisitions WHERE id = ?").arg(kColumns), {id},
                      QStringLiteral("reading acquisition %1").arg(id));
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("no acquisition %1").arg(id));
    return fromRow(*q);
}

Result<QList<AcquisitionRecord>> list(QSqlDatabase &db, const QString &incidentId)
{
    auto q = incidentId.isEmpty()
                 ? sql::run(db, QStringLiteral("SELECT %1 FROM acquisitions ORDER BY started_at, id").arg(kColumns), {},
                            QStringLiteral("reading the acquisitions"))
                 : sql::run(db,
                            QStringLiteral("SELECT %1 FROM acquisitions WHERE incident_id = ? ORDER BY started_at, id")
                                .arg(kColumns),
                            {incidentId}, QStringLiteral("reading the acquisitions of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<AcquisitionRecord> out;
    while (q->next())
        out.append(fromRow(*q));
    return out;
}

} // namespace firebreak::AcquisitionRepository
