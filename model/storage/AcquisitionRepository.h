#pragma once

#include "../Result.h"
#include "../evidence/Acquisition.h"

#include <QSqlDatabase>

namespace firebreak::AcquisitionRepository {

// SQL for the acquisitions table. Writes run in the caller's transaction
// (with the audit entry that records them).
Result<qint64> insert(QSqlDatabase &db, const AcquisitionRecord &r);
// Sets the end of a running acquisition; NotFound when there is no such
// running row (already finished: an end is recorded once).
Status finish(QSqlDatabase &db, const AcquisitionRecord &r);
Result<AcquisitionRecord> find(QSqlDatabase &db, qint64 id);
// An incident's acquisitions in start order; every incident's when empty.
Result<QList<AcquisitionRecord>> list(QSqlDatabase &db, const QString &incidentId);

} // namespace firebreak::AcquisitionRepository
