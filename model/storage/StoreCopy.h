#pragma once

#include "../Result.h"

#include <QSqlDatabase>
#include <QStringList>

// SQL for `store migrate`: copying one store's rows verbatim into another
// (an SQLite case file into the team's PostgreSQL server, or into a new
// file). The caller holds the target's write transaction; every function
// here works on whichever dialect `db` speaks.
namespace firebreak::StoreCopy {

// Every table of the schema, in the order a copy fills them: a table comes
// after every table its foreign keys point at, and audit_log before
// audit_checkpoints. A table missing here would not be copied, so a
// migration refuses a source that holds one, and tests/model compares this
// list with the schema the migrations build.
QStringList tablesInCopyOrder();

// The tables of the store behind `db`, as the database lists them.
Result<QStringList> tables(QSqlDatabase &db);
// A table's columns in their declared order.
Result<QStringList> columns(QSqlDatabase &db, const QString &table);
Result<qint64> rowCount(QSqlDatabase &db, const QString &table);

// Copies every row of `table` from `from` into `to` as it is: every column
// the source has (asked of the database, so a column added by a later
// migration is not forgotten), ids and hashes kept. audit_log rows go in
// seq order, as the PostgreSQL append check requires. Returns the rows copied.
Result<qint64> copyRows(QSqlDatabase &from, QSqlDatabase &to, const QString &table);

// store_meta: every key of the source (store_id above all, which signed
// checkpoints name) replaces the target's, except the schema version,
// which the target keeps as its own migrations set it. Returns the keys copied.
Result<qint64> copyStoreMeta(QSqlDatabase &from, QSqlDatabase &to);

// PostgreSQL: while on, the server's append check accepts audit entries
// that name no database user (entries written on a laptop before team
// mode); SET LOCAL, so it ends with the transaction at the latest.
// Nothing to do on SQLite.
Status setImporting(QSqlDatabase &to, bool on);

// PostgreSQL: moves every serial column's sequence past the highest id the
// copy wrote, so the next row the team adds does not collide with a copied
// one. Nothing to do on SQLite (INTEGER PRIMARY KEY follows max(rowid)).
Status resetSequences(QSqlDatabase &to);

} // namespace firebreak::StoreCopy
