#pragma once

#include "Database.h"

#include <QStringList>

namespace firebreak::schema {

// The statements that take a store from version v-1 to v, in the given
// dialect. Migrations are append-only: a released step is never edited.
QStringList migrationTo(int version, Dialect dialect);

// The triggers that guard audit_log on PostgreSQL at a schema version
// (what `audit verify` reports missing if someone dropped or disabled one).
QStringList postgresAuditTriggers(int version);

// The PostgreSQL NOTIFY channel each audit append is announced on (payload
// "INCIDENT SEQ"); the change feed LISTENs on it.
QString changeChannel();

} // namespace firebreak::schema
