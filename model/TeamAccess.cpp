#include "TeamAccess.h"

#include "storage/Database.h"
#include "storage/TeamRoles.h"

#include <QJsonArray>

namespace firebreak {

QString storeRoleKey(StoreRole r)
{
    switch (r) {
    case StoreRole::Owner: return QStringLiteral("owner");
    case StoreRole::Commander: return QStringLiteral("commander");
    case StoreRole::Responder: return QStringLiteral("responder");
    case StoreRole::Observer: return QStringLiteral("observer");
    }
    return {};
}

std::optional<StoreRole> storeRoleFromKey(const QString &key)
{
    for (StoreRole r : {StoreRole::Owner, StoreRole::Commander, StoreRole::Responder, StoreRole::Observer})
        if (key.trimmed().compare(storeRoleKey(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString storeRoleLabel(StoreRole r)
{
    switch (r) {
    case StoreRole::Owner: return QStringLiteral("store owner");
    case StoreRole::Commander: return QStringLiteral("incident commander");
    case StoreRole::Responder: return QStringLiteral("responder");
    case StoreRole::Observer: return QStringLiteral("observer (read-only)");
    }
    return {};
}

QStringList grantableRoleKeys()
{
    return {storeRoleKey(StoreRole::Commander), storeRoleKey(StoreRole::Responder), storeRoleKey(StoreRole::Observer)};
}

bool TeamAccess::isTeamStore() const
{
    return m_store.database().dialect() == Dialect::PostgreSQL;
}

QString TeamAccess::login() const
{
    return m_store.database().databaseUser();
}

Error TeamAccess::notTeamStore(const QString &what) const
{
    return Error::usage(QStringLiteral("cannot %1: case store %2 is an SQLite file, which has a single user (its "
                                       "owner). Roles are a team-store feature: open a PostgreSQL store with "
                                       "--db postgresql://user@host:port/dbname")
                            .arg(what, m_store.path()));
}

Status TeamAccess::requireManager(const QString &what) const
{
    QSqlDatabase db = m_store.readConnection();
    auto may = TeamRoles::sessionCanManage(db);
    if (!may)
        return may.error();
    if (*may)
        return {};
    auto owner = TeamRoles::ownerLogin(db);
    auto isOwner = TeamRoles::sessionIsOwner(db);
    const QString ownerName = owner ? *owner : QStringLiteral("(unknown)");
    if (isOwner && *isOwner)
        return Error{Error::Kind::Forbidden,
                     QStringLiteral("cannot %1: your database login %2 owns case store %3 but may not create or "
                                    "grant server roles; a server administrator must first run: ALTER ROLE %2 "
                                    "CREATEROLE; nothing was changed")
                         .arg(what, login(), m_store.path())};
    return Error{Error::Kind::Forbidden,
                 QStringLiteral("cannot %1: your database login %2 does not own case store %3; only its owner (%4) "
                                "may grant or revoke roles; nothing was changed")
                     .arg(what, login(), m_store.path(), ownerName)};
}

Result<StoreRole> TeamAccess::role() const
{
    if (!isTeamStore())
        return StoreRole::Owner;
    QSqlDatabase db = m_store.readConnection();
    auto owner = TeamRoles::sessionIsOwner(db);
    if (!owner)
        return owner.error();
    if (*owner)
        return StoreRole::Owner;
    if (auto readable = TeamRoles::requireReadAccess(db, m_store.path()); !readable)
        return readable.error();
    auto group = TeamRoles::sessionGroupRole(db);
    if (!group)
        return group.error();
    if (!group->has_value()) {
        auto ownerName = TeamRoles::ownerLogin(db);
        return Error{Error::Kind::Forbidden,
                     TeamRoles::askOwnerHint(m_store.path(), login(), ownerName ? *ownerName : QString())};
    }
    return **group;
}

Result<QList<StoreMember>> TeamAccess::members() const
{
    if (!isTeamStore())
        return notTeamStore(QStringLiteral("list roles"));
    QSqlDatabase db = m_store.readConnection();
    return TeamRoles::members(db);
}

Status TeamAccess::setUp()
{
    if (!isTeamStore())
        return notTeamStore(QStringLiteral("set up roles"));
    if (auto st = requireManager(QStringLiteral("set up roles")); !st)
        return st;
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto created = TeamRoles::setUp(db);
        if (!created)
            return created.error();
        QJsonArray groups;
        for (StoreRole r : {StoreRole::Commander, StoreRole::Responder, StoreRole::Observer}) {
            auto g = TeamRoles::groupName(db, r);
            if (!g)
                return g.error();
            groups.append(QJsonObject{{QStringLiteral("role"), storeRoleKey(r)}, {QStringLiteral("group"), *g}});
        }
        return AuditEvent{
            QStringLiteral("store.roles-setup"),
            QStringLiteral("store/roles"),
            QString(),
            {{QStringLiteral("groups"), groups}, {QStringLiteral("created"), QJsonArray::fromStringList(*created)}}};
    });
}

Result<std::optional<StoreRole>> TeamAccess::grant(const QString &rawLogin, StoreRole role)
{
    const QString who = rawLogin.trimmed();
    const QString what = QStringLiteral("grant %1 to %2").arg(storeRoleKey(role), who);
    if (!isTeamStore())
        return notTeamStore(what);
    if (role == StoreRole::Owner)
        return Error::usage(QStringLiteral("cannot %1 in case store %2: ownership is not granted, the owner is the "
                                           "login that owns the store's tables; choose one of %3")
                                .arg(what, m_store.path(), grantableRoleKeys().join(QStringLiteral(", "))));
    if (who.isEmpty() || who.toUtf8().size() > 63)
        return Error::usage(QStringLiteral("'%1' is not a PostgreSQL login name").arg(rawLogin));
    if (auto st = requireManager(what); !st)
        return st.error();

    QSqlDatabase db = m_store.readConnection();
    auto exists = TeamRoles::loginExists(db, who);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::notFound(QStringLiteral("cannot %1: there is no login %2 on the server of case store %3; the "
                                              "server's administrator creates it first (CREATE ROLE %2 LOGIN "
                                              "PASSWORD '...'), then run store grant again; nothing was changed")
                                   .arg(what, who, m_store.path()));
    auto why = TeamRoles::ungrantableReason(db, who);
    if (!why)
        return why.error();
    if (!why->isEmpty())
        return Error{
            Error::Kind::Conflict,
            QStringLiteral("cannot %1 in case store %2: %3; nothing was changed").arg(what, m_store.path(), *why)};
    auto before = TeamRoles::roleOf(db, who);
    if (!before)
        return before.error();
    if (*before == role)
        return *before; // already so: nothing to change or record

    std::optional<StoreRole> previous;
    Status st = m_store.changeAndAudit([&](QSqlDatabase &conn) -> Result<AuditEvent> {
        auto created = TeamRoles::setUp(conn);
        if (!created)
            return created.error();
        auto had = TeamRoles::roleOf(conn, who); // again, under the write lock
        if (!had)
            return had.error();
        previous = *had;
        if (auto g = TeamRoles::grant(conn, who, role); !g)
            return g.error();
        auto group = TeamRoles::groupName(conn, role);
        if (!group)
            return group.error();
        QJsonObject data{{QStringLiteral("login"), who},
                         {QStringLiteral("role"), storeRoleKey(role)},
                         {QStringLiteral("group"), *group},
                         {QStringLiteral("previous_role"), previous ? storeRoleKey(*previous) : QString()}};
        if (!created->isEmpty())
            data.insert(QStringLiteral("groups_created"), QJsonArray::fromStringList(*created));
        return AuditEvent{QStringLiteral("store.grant"), QStringLiteral("store/login/%1").arg(who), QString(), data};
    });
    if (!st)
        return st.error();
    return previous;
}

Result<StoreRole> TeamAccess::revoke(const QString &rawLogin)
{
    const QString who = rawLogin.trimmed();
    const QString what = QStringLiteral("revoke the role of %1").arg(who);
    if (!isTeamStore())
        return notTeamStore(what);
    if (auto st = requireManager(what); !st)
        return st.error();
    QSqlDatabase db = m_store.readConnection();
    auto before = TeamRoles::roleOf(db, who);
    if (!before)
        return before.error();
    if (!before->has_value())
        return Error::notFound(QStringLiteral("cannot %1: %2 has no Firebreak role in case store %3; nothing was "
                                              "changed")
                                   .arg(what, who, m_store.path()));
    StoreRole had = **before;
    Status st = m_store.changeAndAudit([&](QSqlDatabase &conn) -> Result<AuditEvent> {
        auto current = TeamRoles::roleOf(conn, who);
        if (!current)
            return current.error();
        if (!current->has_value())
            return Error::notFound(QStringLiteral("cannot %1: %2 no longer has a Firebreak role in case store %3")
                                       .arg(what, who, m_store.path()));
        had = **current;
        if (auto r = TeamRoles::revoke(conn, who); !r)
            return r.error();
        return AuditEvent{QStringLiteral("store.revoke"),
                          QStringLiteral("store/login/%1").arg(who),
                          QString(),
                          {{QStringLiteral("login"), who}, {QStringLiteral("previous_role"), storeRoleKey(had)}}};
    });
    if (!st)
        return st.error();
    return had;
}

} // namespace firebreak
