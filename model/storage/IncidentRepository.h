#pragma once

#include "../Evidence.h"
#include "../Incident.h"
#include "../Result.h"

#include <QSqlDatabase>

namespace firebreak {

// SQL for incidents and the records hanging off them (people, systems,
// evidence). Writes run inside the caller's transaction.
namespace IncidentRepository {

// Next free INC-YYYY-NNNN for `year`; call inside the write transaction.
Result<QString> nextId(QSqlDatabase &db, int year);
Status insert(QSqlDatabase &db, const Incident &incident);
Status updateFields(QSqlDatabase &db, const Incident &incident);
Result<std::optional<Incident>> find(QSqlDatabase &db, const QString &id);
Result<QList<Incident>> all(QSqlDatabase &db);

Result<qint64> insertPerson(QSqlDatabase &db, const Person &p);
Result<QList<Person>> people(QSqlDatabase &db, const QString &incidentId);

Result<qint64> insertSystem(QSqlDatabase &db, const AffectedSystem &s);
Result<QList<AffectedSystem>> systems(QSqlDatabase &db, const QString &incidentId);

Result<QString> nextEvidenceNumber(QSqlDatabase &db, const QString &incidentId);
Result<qint64> insertEvidence(QSqlDatabase &db, const EvidenceItem &e);
Result<QList<EvidenceItem>> evidence(QSqlDatabase &db, const QString &incidentId);
Status touch(QSqlDatabase &db, const QString &incidentId, const QDateTime &at);

} // namespace IncidentRepository

} // namespace firebreak
