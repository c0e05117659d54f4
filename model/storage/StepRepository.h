#pragma once

#include "../Result.h"
#include "../response/ResponseRecords.h"

#include <QSqlDatabase>

namespace firebreak::StepRepository {

// SQL for an incident's playbook steps. Writes run in the caller's transaction.
Status insert(QSqlDatabase &db, const IncidentStep &s);
Status update(QSqlDatabase &db, const IncidentStep &s); // state, note, owner, checked, done_*
Result<QList<IncidentStep>> forIncident(QSqlDatabase &db, const QString &incidentId);
Result<int> nextPosition(QSqlDatabase &db, const QString &incidentId);

} // namespace firebreak::StepRepository
