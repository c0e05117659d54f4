#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace firebreak {

// Where a case store lives: an SQLite file (the default, one laptop) or a
// PostgreSQL database named by a libpq-style URL (team mode). The same
// text is accepted by --db, FIREBREAK_DB and the workbench's "Open case
// store" dialog.
struct PostgresTarget {
    QString user;        // empty: libpq's default (the login name)
    QString host;        // empty: the local Unix socket
    int port = -1;       // -1: libpq's default (5432)
    QString database;    // empty: same as the user name
    QStringList options; // libpq keywords, "key=value" (sslmode=verify-full, ...)

    // The URL without any secret: what messages, titles and the audit trail show.
    QString display() const;
};

// True when `spec` names a PostgreSQL server rather than a file.
bool isPostgresUrl(const QString &spec);

// Parses postgresql://[user@][host][:port][/dbname][?key=value&...].
// A password in the URL is refused: it would sit in the shell history,
// the process list and the recent-stores list. libpq finds it in
// ~/.pgpass (or PGPASSFILE), or Firebreak prompts for it.
Result<PostgresTarget> parsePostgresUrl(const QString &spec);

// The default case store: the SQLite file in the user's application data
// folder (FIREBREAK_DB and --db override it).
QString defaultStorePath();

// The SQLite library QtSql's QSQLITE driver actually runs (it may be the
// system's or Qt's bundled copy), for the About box and bug reports.
// Asks SQLite itself on a private in-memory connection, so it works with
// no case store open.
Result<QString> sqliteLibraryVersion();

} // namespace firebreak
