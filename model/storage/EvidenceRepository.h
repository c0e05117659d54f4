#pragma once

#include "../Evidence.h"
#include "../Result.h"

#include <QSqlDatabase>

namespace firebreak::EvidenceRepository {

// SQL for the chain of custody and the verification history. Writes run in
// the caller's transaction; both tables are append-only by convention and
// every row is also in the audit trail.
Result<qint64> insertCustody(QSqlDatabase &db, const CustodyEvent &e);
Result<QList<CustodyEvent>> custody(QSqlDatabase &db, const QString &incidentId, const QString &evidenceNumber);
Result<qint64> insertVerification(QSqlDatabase &db, const VerificationEvent &v);
Result<QList<VerificationEvent>> verifications(QSqlDatabase &db, const QString &incidentId,
                                               const QString &evidenceNumber);
Status setVerification(QSqlDatabase &db, const QString &incidentId, const QString &evidenceNumber, Verification v);
Status setSystem(QSqlDatabase &db, const QString &incidentId, const QString &evidenceNumber, const QString &system);
Status setStorageLocation(QSqlDatabase &db, const QString &incidentId, const QString &evidenceNumber,
                          const QString &location);

} // namespace firebreak::EvidenceRepository
