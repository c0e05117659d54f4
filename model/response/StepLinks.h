#pragma once

#include "../Audit.h"
#include "../Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// Steps follow what was recorded (issue #19): a playbook step that declares
// "completed_by" is marked done, in the same transaction, when that record
// is made. The hook sits where every audited change passes (CaseStore), so
// the link holds whether the record came from the CLI, the workbench or a
// worker thread.
namespace firebreak::steplinks {

// The stepLinkKinds() entry an audited change records, or empty.
QString kindRecordedBy(const AuditEvent &event);

// Marks done the open steps of event.incidentId whose completed_by is what
// `event` recorded, and returns one "step.done" audit event per step (with
// "auto": true and the change that completed it) for the caller to append.
Result<QList<AuditEvent>> completeLinked(QSqlDatabase &db, const QDateTime &nowUtc, const QString &actor,
                                         const AuditEvent &event);

// Whether the incident already holds something of record kind `kind`
// (knownRecordKinds()); kinds nothing in the store can show ("report")
// count as recorded.
Result<bool> recorded(QSqlDatabase &db, const QString &incidentId, const QString &kind);

} // namespace firebreak::steplinks
