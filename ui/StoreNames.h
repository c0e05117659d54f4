#pragma once

#include <QString>

namespace firebreak::ui {

// How the workbench names a case store in titles, the status bar, error
// pages and settings: a file by its path, a team store by its address
// without any secret (a password someone typed into the address is cut
// out before the text reaches a label, a log or QSettings).

// True for a postgresql:// address (a team store), false for a file path.
bool isTeamStore(const QString &spec);

// The full name: the file's absolute path, or the address without secrets.
QString storeDisplayName(const QString &spec);

// The short name for a title or a button: "cases.sqlite", or
// "ir on db.example.org" for a team store.
QString storeShortName(const QString &spec);

// `spec` with any password (user:password@, ?password=) removed, for an
// address that could not even be parsed.
QString redactedStoreAddress(const QString &spec);

} // namespace firebreak::ui
