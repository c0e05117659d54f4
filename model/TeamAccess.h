#pragma once

#include "CaseStore.h"
#include "StoreRole.h"

#include <optional>

namespace firebreak {

// Who may do what in a team case store (issue #11, docs/TEAM-MODE.md).
// Roles are PostgreSQL group roles, so the server refuses what a login's
// role does not allow, whichever client it uses; this service reads them
// and, for the store's owner, grants and revokes them. Every grant and
// revoke is written to the audit trail in the same transaction. On an
// SQLite file there is one user, its owner, and nothing to grant.
class TeamAccess {
public:
    explicit TeamAccess(CaseStore &store) : m_store(store) {}

    bool isTeamStore() const;
    // The database login behind the store's connections; empty on SQLite.
    QString login() const;
    // Owner on SQLite. On PostgreSQL: Owner for the login that owns the
    // tables (or a superuser), else the highest Firebreak group it is in;
    // Forbidden, saying whom to ask, when it is in none.
    Result<StoreRole> role() const;
    // The owner, then every login with a Firebreak role (PostgreSQL only).
    Result<QList<StoreMember>> members() const;

    // Owner only (and it needs CREATEROLE or superuser on the server).
    // Creates the store's group roles if missing and re-applies every grant,
    // policy and trigger; idempotent. grant() does it too.
    Status setUp();
    // Gives `login` (an existing server login) exactly `role`, replacing
    // any other Firebreak role it had. Returns the role it had before;
    // when that is `role` already, nothing is changed or recorded.
    Result<std::optional<StoreRole>> grant(const QString &login, StoreRole role);
    // Takes every Firebreak role from `login`; returns the one it had.
    // NotFound when it had none.
    Result<StoreRole> revoke(const QString &login);

private:
    Error notTeamStore(const QString &what) const;
    Status requireManager(const QString &what) const;

    CaseStore &m_store;
};

} // namespace firebreak
