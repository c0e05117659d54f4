#pragma once

#include "../Result.h"
#include "../StoreRole.h"

#include <QSqlDatabase>

#include <optional>

// Team-store roles on PostgreSQL (docs/TEAM-MODE.md): three NOLOGIN group
// roles per store, table grants, a row-level policy on audit_log and a
// trigger on incidents, so that the server itself refuses what a login's
// role does not allow, whichever client sends the SQL. Every function
// takes a PostgreSQL connection; the ones that change something run inside
// the caller's write transaction (Database::write).
namespace firebreak::TeamRoles {

// The database login of the session (current_user).
Result<QString> currentLogin(QSqlDatabase &db);
// The login that owns the store's tables (who created the store).
Result<QString> ownerLogin(QSqlDatabase &db);
// True when the session owns the tables (or is a member of their owner, or
// a superuser): it bypasses every check below.
Result<bool> sessionIsOwner(QSqlDatabase &db);
// True when the session may set up roles and grant them: it owns the
// tables and is a superuser or has CREATEROLE.
Result<bool> sessionCanManage(QSqlDatabase &db);
// The session's Firebreak group with the most power, if any (not Owner).
Result<std::optional<StoreRole>> sessionGroupRole(QSqlDatabase &db);

// What a login without a role is told: who owns `store` (a URL) and the
// command that owner runs to grant `login` a role.
QString askOwnerHint(const QString &store, const QString &login, const QString &owner);

// Refuses, with a message saying whom to ask, a login that cannot even
// read the store (no Firebreak role). `store` is the URL for messages.
Status requireReadAccess(QSqlDatabase &db, const QString &store);

// The PostgreSQL group role behind `role` in this store; empty before
// setUp() (or for Owner).
Result<QString> groupName(QSqlDatabase &db, StoreRole role);

// Creates the store's group roles if missing and (re)applies every grant,
// policy and trigger. Idempotent. Returns the group roles it created now.
Result<QStringList> setUp(QSqlDatabase &db);

// What setUp() made that is no longer there (row-level security turned
// off, a policy or the incident guard dropped or disabled), for `audit
// verify`; empty when roles were never set up.
QStringList missingSafeguards(QSqlDatabase &db);

// True when a role named `login` exists on the server.
Result<bool> loginExists(QSqlDatabase &db, const QString &login);
// Why `login` cannot be given a Firebreak role (empty when it can): it is
// the owner, a superuser, or one of the store's own groups.
Result<QString> ungrantableReason(QSqlDatabase &db, const QString &login);
// The Firebreak role `login` holds directly in this store, if any.
Result<std::optional<StoreRole>> roleOf(QSqlDatabase &db, const QString &login);
// Makes `login` a member of exactly one Firebreak group (setUp() first).
Status grant(QSqlDatabase &db, const QString &login, StoreRole role);
// Removes `login` from every Firebreak group of this store.
Status revoke(QSqlDatabase &db, const QString &login);
// The owner, then every login with a Firebreak role, by role then name.
Result<QList<StoreMember>> members(QSqlDatabase &db);

} // namespace firebreak::TeamRoles
