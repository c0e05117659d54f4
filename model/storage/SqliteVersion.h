#pragma once

#include "../Result.h"

namespace firebreak {

// The SQLite library QtSql's QSQLITE driver actually runs (it may be the
// system's or Qt's bundled copy), for the About box and bug reports.
// Asks SQLite itself on a private in-memory connection, so it works with
// no case store open.
Result<QString> sqliteLibraryVersion();

} // namespace firebreak
