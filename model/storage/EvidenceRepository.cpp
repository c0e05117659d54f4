#include "EvidenceRepository.h"

#include "../Clock.h"
#include "Sql.h"

namespace firebreak::EvidenceRepository {

Result<qint64> insertCustody(QSqlDatabase &db, const CustodyEvent &e)
{
    auto id = sql::scalar(
        db,
        QStringLiteral("INSERT INTO custody_events (incident_id, evidence_number, action, at, zone, "
                       "from_party, to_party, purpose, location, method, notes, override_reason, recorded_by, "
                       "recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {e.incidentId, e.evidenceNumber, e.action, toIsoUtc(e.at), e.zone, e.fromParty, e.toParty, e.purpose,
         e.location, e.method, e.notes, e.overrideReason, e.recordedBy, toIsoUtc(e.recordedAt)},
        QStringLiteral("recording custody of %1 %2").arg(e.incidentId, e.evidenceNumber));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<CustodyEvent>> custody(QSqlDatabase &db, const QString &incidentId, const QString &evidenceNumber)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, incident_id, evidence_number, action, at, zone, from_party, to_party, "
                                     "purpose, location, method, notes, recorded_by, recorded_at, override_reason "
                                     "FROM custody_events "
                                     "WHERE incident_id = ? AND evidence_number = ? ORDER BY at, id"),
                      {incidentId, evidenceNumber}, QStringLiteral("reading the custody of %1").arg(evidenceNumber));
    if (!q)
        return q.error();
    QList<CustodyEvent> out;
    while (q->next()) {
        CustodyEvent e;
        e.id = q->value(0).toLongLong();
        e.incidentId = q->value(1).toString();
        e.evidenceNumber = q->value(2).toString();
        e.action = q->value(3).toString();
        e.at = fromIsoUtc(q->value(4).toString());
        e.zone = q->value(5).toString();
        e.fromParty = q->value(6).toString();
        e.toParty = q->value(7).toString();
        e.purpose = q->value(8).toString();
        e.location = q->value(9).toString();
        e.method = q->value(10).toString();
        e.notes = q->value(11).toString();
        e.recordedBy = q->value(12).toString();
        e.recordedAt = fromIsoUtc(q->value(13).toString());
        e.overrideReason = q->value(14).toString();
        out.append(e);
    }
    return out;
}

Result<qint64> insertVerification(QSqlDatabase &db, const VerificationEvent &v)
{
    auto id =
        sql::scalar(db,
                    QStringLiteral("INSERT INTO evidence_verifications (incident_id, evidence_number, at, result, md5, "
                                   "sha1, sha256, details, verified_by) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"),
                    {v.incidentId, v.evidenceNumber, toIsoUtc(v.at), verificationKey(v.result), v.md5, v.sha1, v.sha256,
                     v.details, v.verifiedBy},
                    QStringLiteral("recording the verification of %1").arg(v.evidenceNumber));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<VerificationEvent>> verifications(QSqlDatabase &db, const QString &incidentId,
                                               const QString &evidenceNumber)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT id, incident_id, evidence_number, at, result, md5, sha1, sha256, details, "
                                "verified_by FROM evidence_verifications WHERE incident_id = ? AND evidence_number = ? "
                                "ORDER BY at, id"),
                 {incidentId, evidenceNumber}, QStringLiteral("reading verifications of %1").arg(evidenceNumber));
    if (!q)
        return q.error();
    QList<VerificationEvent> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                    fromIsoUtc(q->value(3).toString()), verificationFromKey(q->value(4).toString()),
                    q->value(5).toString(), q->value(6).toString(), q->value(7).toString(), q->value(8).toString(),
                    q->value(9).toString()});
    return out;
}

Status setVerification(QSqlDatabase &db, const QString &incidentId, const QString &evidenceNumber, Verification v)
{
    auto r = sql::run(
        db, QStringLiteral("UPDATE evidence_items SET verification = ? WHERE incident_id = ? AND evidence_number = ?"),
        {verificationKey(v), incidentId, evidenceNumber},
        QStringLiteral("updating the verification state of %1").arg(evidenceNumber));
    if (!r)
        return r.error();
    return {};
}

Status setStorageLocation(QSqlDatabase &db, const QString &incidentId, const QString &evidenceNumber,
                          const QString &location)
{
    auto r = sql::run(db,
                      QStringLiteral("UPDATE evidence_items SET storage_location = ? WHERE incident_id = ? AND "
                                     "evidence_number = ?"),
                      {location, incidentId, evidenceNumber},
                      QStringLiteral("updating the storage location of %1").arg(evidenceNumber));
    if (!r)
        return r.error();
    return {};
}

Status setSystem(QSqlDatabase &db, const QString &incidentId, const QString &evidenceNumber, const QString &system)
{
    auto r = sql::run(
        db, QStringLiteral("UPDATE evidence_items SET system = ? WHERE incident_id = ? AND evidence_number = ?"),
        {system, incidentId, evidenceNumber}, QStringLiteral("linking %1 to system %2").arg(evidenceNumber, system));
    if (!r)
        return r.error();
    return {};
}

} // namespace firebreak::EvidenceRepository
