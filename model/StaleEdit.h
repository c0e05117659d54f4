#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace firebreak {

// Optimistic concurrency for records people edit as a whole (an incident's
// fields, the root-cause analysis, the breach facts). Each carries a
// row_version; an edit states the version it was made from, and inside the
// write transaction a different current version means someone else saved
// first. Their change is kept and ours is refused with this error
// (Kind::Conflict), which says who changed the record and when, taken from
// the audit trail, so the user can reload and redo their edit.
//
// `what` names the record for a person ("incident INC-2026-0001"),
// `object` is its audit object id.
Error staleEdit(QSqlDatabase &db, const QString &what, const QString &object);

} // namespace firebreak
