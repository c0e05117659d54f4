#pragma once

#include "../Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace firebreak::sql {

// "<what>: cannot reach the case store <file or address> (<reason>)…", for
// a connection that is not open (its opening failed, or is paused:
// Database::connection).
Error notOpen(const QSqlDatabase &db, const QString &what);

// Prepares and runs one statement with positional bindings. On failure
// the error names the statement's purpose and the driver's reason.
Result<QSqlQuery> run(QSqlDatabase &db, const QString &sqlText, std::initializer_list<QVariant> binds = {},
                      const QString &purpose = {});

// Same, for a single scalar result (first column of the first row).
Result<QVariant> scalar(QSqlDatabase &db, const QString &sqlText, std::initializer_list<QVariant> binds = {},
                        const QString &purpose = {});

// Text for NULL-able string columns: empty QString becomes SQL NULL.
QVariant nullable(const QString &s);

// PostgreSQL, inside Database::write: the write sets a savepoint and arms
// this, and a statement that fails rolls back to it at once. An aborted
// transaction refuses every command, DEALLOCATE included, so without it
// Qt could not free the prepared statements of the queries still on the
// stack and would print "Unable to free statement" for each (a refused
// write in the CLI). The write still fails as a whole: disarm returns the
// first failure, so nothing after it can commit. Only statements on `db`
// (the write's connection) take part.
void armWriteSavepoint(const QSqlDatabase &db, const QString &savepoint);
std::optional<Error> disarmWriteSavepoint();

// PostgreSQL: the server went away (terminated backend, crash, shutdown,
// broken network) while a statement on `db` ran, since the last call on
// this thread; returns the server's words and forgets them. The server
// rolls back whatever was not committed, so the caller can say exactly
// what was kept, once, instead of the driver's chatter.
std::optional<QString> takeConnectionLoss(const QSqlDatabase &db);

} // namespace firebreak::sql
