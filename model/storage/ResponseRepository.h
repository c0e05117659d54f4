#pragma once

#include "../Result.h"
#include "../response/ResponseRecords.h"

#include <QSqlDatabase>

namespace firebreak::ResponseRepository {

// SQL for what the response phases record. Writes run in the caller's transaction.
Result<qint64> insertContainment(QSqlDatabase &db, const ContainmentAction &a);
Result<QList<ContainmentAction>> containment(QSqlDatabase &db, const QString &incidentId);

Result<qint64> insertRecovery(QSqlDatabase &db, const RecoveryAction &a);
Result<QList<RecoveryAction>> recovery(QSqlDatabase &db, const QString &incidentId);

Result<RootCauseAnalysis> rca(QSqlDatabase &db, const QString &incidentId);
Status saveRca(QSqlDatabase &db, const RootCauseAnalysis &r);

Result<qint64> insertCorrective(QSqlDatabase &db, const CorrectiveAction &a);
Status updateCorrectiveState(QSqlDatabase &db, qint64 id, const QString &state);
Result<QList<CorrectiveAction>> corrective(QSqlDatabase &db, const QString &incidentId);

Result<qint64> insertContact(QSqlDatabase &db, const ContactEntry &c);
Result<QList<ContactEntry>> contacts(QSqlDatabase &db, const QString &incidentId);

Result<qint64> insertNote(QSqlDatabase &db, const TimelineNote &n);
Result<QList<TimelineNote>> notes(QSqlDatabase &db, const QString &incidentId);

} // namespace firebreak::ResponseRepository
