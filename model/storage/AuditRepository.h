#pragma once

#include "../Audit.h"
#include "../Result.h"

#include <QSqlDatabase>

#include <optional>

namespace firebreak {

// SQL for the audit_log table. append() must run inside the caller's
// write transaction so the entry commits with the change it records.
namespace AuditRepository {

Result<AuditEntry> append(QSqlDatabase &db, const QDateTime &at, const QString &actor, const AuditEvent &event);

// Every entry in ascending seq (storage order), optionally of one incident.
Result<QList<AuditEntry>> all(QSqlDatabase &db);
Result<QList<AuditEntry>> forIncident(QSqlDatabase &db, const QString &incidentId);
// Entries with seq >= `seq`, ascending.
Result<QList<AuditEntry>> from(QSqlDatabase &db, qint64 seq);

Status appendCheckpoint(QSqlDatabase &db, const AuditCheckpoint &c);
Result<QList<AuditCheckpoint>> checkpoints(QSqlDatabase &db);
Result<QString> storeId(QSqlDatabase &db);
// The highest seq (0 for an empty trail): cheap, for "did anything change".
Result<qint64> lastSeq(QSqlDatabase &db);
// The newest entry about `object` (e.g. "INC-2026-0001"): who changed it last, and when.
Result<std::optional<AuditEntry>> lastChangeOf(QSqlDatabase &db, const QString &object);
Result<QStringList> actionsAfter(QSqlDatabase &db, qint64 seq); // e.g. "report.export", in seq order

} // namespace AuditRepository

} // namespace firebreak
