#include "TeamRoles.h"

#include "Sql.h"

#include <QRandomGenerator>
#include <QUrl>

#include <array>

namespace firebreak::TeamRoles {

namespace {

// What each group may do beyond reading every table (docs/TEAM-MODE.md has
// the same table for people). Nobody but the owner may DELETE, TRUNCATE or
// change store_meta. Records the workbench only ever appends get INSERT
// alone, so a hand-made session cannot rewrite them either; evidence
// hashes are never updated, only the verification state and storage place.
struct TableGrant {
    const char *table;
    const char *responder; // nullptr: read only
    const char *commander;
};

constexpr std::array kGrants = {
    TableGrant{"incidents", "UPDATE", "INSERT, UPDATE"}, // responder: guarded by firebreak_incident_guard
    TableGrant{"people", "INSERT", "INSERT"},
    TableGrant{"systems", "INSERT", "INSERT"},
    TableGrant{"evidence_items", "INSERT, UPDATE (verification, storage_location, system)",
               "INSERT, UPDATE (verification, storage_location, system)"},
    TableGrant{"custody_events", "INSERT", "INSERT"},
    TableGrant{"evidence_verifications", "INSERT", "INSERT"},
    TableGrant{"acquisitions", "INSERT, UPDATE", "INSERT, UPDATE"},
    TableGrant{"incident_steps", "INSERT, UPDATE", "INSERT, UPDATE"},
    TableGrant{"containment_actions", "INSERT", "INSERT"},
    TableGrant{"recovery_actions", "INSERT", "INSERT"},
    TableGrant{"root_cause", "INSERT, UPDATE", "INSERT, UPDATE"},
    TableGrant{"corrective_actions", "INSERT, UPDATE", "INSERT, UPDATE"},
    TableGrant{"contacts", "INSERT", "INSERT"},
    TableGrant{"timeline_notes", "INSERT", "INSERT"},
    TableGrant{"audit_log", "INSERT", "INSERT"}, // row policy: db_user = session_user
    TableGrant{"audit_checkpoints", "INSERT", "INSERT"},
    // The commander's decisions: regulatory clocks and what is notified.
    TableGrant{"classifications", nullptr, "INSERT, UPDATE"},
    TableGrant{"clock_notices", nullptr, "INSERT"},
    TableGrant{"clock_waivers", nullptr, "INSERT"},
    TableGrant{"clock_delays", nullptr, "INSERT"}, // Item 1.05(c) delays: appended, never rewritten
    TableGrant{"breach_details", nullptr, "INSERT, UPDATE"},
    // What the customer is told (the RFO's allow-list) is the commander's to approve.
    TableGrant{"customer_texts", nullptr, "INSERT, UPDATE"},
};

constexpr std::array kGroupRoles = {StoreRole::Commander, StoreRole::Responder, StoreRole::Observer};

const QString kMetaKey = QStringLiteral("team_roles");

QString ident(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Status exec(QSqlDatabase &db, const QString &statement, const QString &purpose)
{
    auto r = sql::run(db, statement, {}, purpose);
    if (!r)
        return r.error();
    return {};
}

// GRANT, REVOKE and DROP ... IF EXISTS chat (NOTICE "skipping", WARNING
// "is not a member") through libpq onto stderr: not for the user's eyes.
Status quietly(QSqlDatabase &db)
{
    return exec(db, QStringLiteral("SET LOCAL client_min_messages = error"), QStringLiteral("configuring the session"));
}

Result<QString> prefix(QSqlDatabase &db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM store_meta WHERE key = ?"), {kMetaKey},
                         QStringLiteral("reading the store's team roles"));
    if (!v)
        return v.error();
    return v->toString();
}

QString groupOf(const QString &prefix, StoreRole role)
{
    return prefix + QLatin1Char('_') + storeRoleKey(role);
}

// Group roles are cluster-wide, so each store has its own three: a grant in
// one store gives nothing in another store on the same server. The name
// shows the database it was made for; the random part keeps a store made
// later under a dropped store's name from inheriting its members.
QString newPrefix(const QString &database)
{
    QString base;
    for (const QChar c : database.toLower()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        base += plain ? c : QLatin1Char('_');
    }
    const QString tag = QString::number(QRandomGenerator::system()->bounded(0x1000000u), 16).rightJustified(6, u'0');
    return QStringLiteral("firebreak_") + base.left(24) + QLatin1Char('_') + tag;
}

Result<QStringList> groups(QSqlDatabase &db)
{
    auto p = prefix(db);
    if (!p)
        return p.error();
    if (p->isEmpty())
        return QStringList();
    QStringList names;
    for (StoreRole r : kGroupRoles)
        names << groupOf(*p, r);
    return names;
}

Result<bool> flag(QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> binds,
                  const QString &purpose)
{
    auto v = sql::scalar(db, statement, binds, purpose);
    if (!v)
        return v.error();
    return v->toBool();
}

Result<std::optional<StoreRole>> highestOf(QSqlDatabase &db, const QString &statement, const QString &login,
                                           const QString &purpose)
{
    auto p = prefix(db);
    if (!p)
        return p.error();
    if (p->isEmpty())
        return std::optional<StoreRole>();
    for (StoreRole r : kGroupRoles) { // highest first
        auto member = flag(db, statement, {login, groupOf(*p, r)}, purpose);
        if (!member)
            return member.error();
        if (*member)
            return std::optional<StoreRole>(r);
    }
    return std::optional<StoreRole>();
}

// The trigger behind "a responder may edit an incident but not decide
// it": status, closing, commander, severity and awareness (which starts
// the regulatory clocks) stay with commanders and the owner. A row-level
// policy cannot compare old and new values; a trigger can.
QString incidentGuardFunction(const QString &schema, const QString &commanderGroup)
{
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION firebreak_incident_guard() RETURNS trigger LANGUAGE plpgsql "
               "SET search_path = %1, pg_temp AS $$ "
               "DECLARE changed TEXT[]; "
               "BEGIN "
               " IF pg_has_role(session_user, (SELECT relowner FROM pg_catalog.pg_class WHERE oid = TG_RELID), "
               "   'USAGE') OR pg_has_role(session_user, '%2', 'USAGE') THEN RETURN NEW; END IF; "
               " changed := array_remove(ARRAY["
               "  CASE WHEN NEW.id IS DISTINCT FROM OLD.id THEN 'id' END, "
               "  CASE WHEN NEW.status IS DISTINCT FROM OLD.status THEN 'status' END, "
               "  CASE WHEN NEW.closed_at IS DISTINCT FROM OLD.closed_at THEN 'closed_at' END, "
               "  CASE WHEN NEW.commander IS DISTINCT FROM OLD.commander THEN 'commander' END, "
               "  CASE WHEN NEW.severity IS DISTINCT FROM OLD.severity THEN 'severity' END, "
               "  CASE WHEN NEW.aware_at IS DISTINCT FROM OLD.aware_at THEN 'aware_at' END, "
               "  CASE WHEN NEW.created_at IS DISTINCT FROM OLD.created_at THEN 'created_at' END, "
               "  CASE WHEN NEW.playbook_id IS DISTINCT FROM OLD.playbook_id THEN 'playbook_id' END], NULL); "
               " IF cardinality(changed) > 0 THEN "
               "  RAISE EXCEPTION 'permission denied: only an incident commander may change % of incident %', "
               "   array_to_string(changed, ', '), OLD.id USING ERRCODE = '42501'; "
               " END IF; "
               " RETURN NEW; "
               "END $$")
        .arg(ident(schema), commanderGroup);
}

// Every write names the person who makes it. A member of a group role
// may SET ROLE to it (PostgreSQL allows that) and would then write as the
// group: checks comparing with current_user (the audit policy, the
// incident guard) would accept an entry naming the group, and which person
// did it would be lost. So a write is refused, in every table a group may
// write, when current_user is not the login (session_user); the store's
// owner is exempt (it owns the tables and could drop the trigger anyway).
// A statement-level BEFORE trigger: it fires before any row check and
// even for a statement that touches no row.
QString sessionGuardFunction(const QString &schema)
{
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION firebreak_session_guard() RETURNS trigger LANGUAGE plpgsql "
               "SET search_path = %1, pg_temp AS $$ "
               "BEGIN "
               " IF current_user <> session_user AND NOT pg_has_role(session_user, (SELECT relowner FROM "
               "   pg_catalog.pg_class WHERE oid = TG_RELID), 'USAGE') THEN "
               "  RAISE EXCEPTION 'permission denied: % writes to % as \"%\" (SET ROLE); a team store records "
               "every change under the login that makes it: RESET ROLE first', session_user, TG_TABLE_NAME, "
               "current_user USING ERRCODE = '42501'; "
               " END IF; "
               " RETURN NULL; "
               "END $$")
        .arg(ident(schema));
}

} // namespace

Result<QString> currentLogin(QSqlDatabase &db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT current_user"), {}, QStringLiteral("asking who we are"));
    if (!v)
        return v.error();
    return v->toString();
}

Result<QString> ownerLogin(QSqlDatabase &db)
{
    auto v = sql::scalar(db,
                         QStringLiteral("SELECT pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c "
                                        "WHERE c.oid = to_regclass('store_meta')"),
                         {}, QStringLiteral("asking who owns the store"));
    if (!v)
        return v.error();
    return v->toString();
}

Result<bool> sessionIsOwner(QSqlDatabase &db)
{
    return flag(db,
                QStringLiteral("SELECT coalesce(pg_has_role(current_user, c.relowner, 'USAGE'), false) "
                               "FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('store_meta')"),
                {}, QStringLiteral("asking whether we own the store"));
}

Result<bool> sessionCanManage(QSqlDatabase &db)
{
    auto owner = sessionIsOwner(db);
    if (!owner || !*owner)
        return owner;
    return flag(
        db, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_catalog.pg_roles WHERE rolname = current_user"),
        {}, QStringLiteral("asking whether we may manage roles"));
}

Result<std::optional<StoreRole>> sessionGroupRole(QSqlDatabase &db)
{
    auto login = currentLogin(db);
    if (!login)
        return login.error();
    // USAGE, not MEMBER: what the session can actually do without SET ROLE.
    return highestOf(
        db,
        QStringLiteral("SELECT coalesce((SELECT pg_has_role(?::name, oid, 'USAGE') FROM pg_catalog.pg_roles "
                       "WHERE rolname = ?), false)"),
        *login, QStringLiteral("reading our role in the store"));
}

QString askOwnerHint(const QString &store, const QString &login, const QString &owner)
{
    QUrl url(store);
    if (!owner.isEmpty())
        url.setUserName(owner);
    return QStringLiteral("database login %1 has no Firebreak role in case store %2: ask the store's owner%3 to "
                          "run: firebreak-cli --db %4 store grant %1 --role observer|responder|commander")
        .arg(login, store, owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(owner),
             url.isValid() ? url.toString() : store);
}

Status requireReadAccess(QSqlDatabase &db, const QString &store)
{
    auto readable = flag(db,
                         QStringLiteral("SELECT to_regclass('store_meta') IS NULL OR "
                                        "has_table_privilege(to_regclass('store_meta'), 'SELECT')"),
                         {}, QStringLiteral("checking our access to the store"));
    if (!readable)
        return readable.error();
    if (*readable)
        return {};
    auto login = currentLogin(db);
    auto owner = ownerLogin(db);
    return Error{Error::Kind::Forbidden,
                 askOwnerHint(store, login ? *login : QStringLiteral("(unknown)"), owner ? *owner : QString())};
}

Result<QString> groupName(QSqlDatabase &db, StoreRole role)
{
    if (role == StoreRole::Owner)
        return QString();
    auto p = prefix(db);
    if (!p)
        return p.error();
    return p->isEmpty() ? QString() : groupOf(*p, role);
}

Result<QStringList> setUp(QSqlDatabase &db)
{
    if (auto st = quietly(db); !st)
        return st.error();
    auto where = sql::run(db, QStringLiteral("SELECT current_schema(), current_database()"), {},
                          QStringLiteral("reading where the store lives"));
    if (!where)
        return where.error();
    if (!where->next())
        return Error::failed(QStringLiteral("the server did not say which schema the store is in"));
    const QString schema = where->value(0).toString();
    const QString database = where->value(1).toString();

    auto p = prefix(db);
    if (!p)
        return p.error();
    QString pre = *p;
    if (pre.isEmpty()) {
        for (int attempt = 0; attempt < 8 && pre.isEmpty(); ++attempt) {
            const QString candidate = newPrefix(database);
            auto taken = flag(db, QStringLiteral("SELECT count(*) > 0 FROM pg_catalog.pg_roles WHERE rolname LIKE ?"),
                              {candidate + QStringLiteral("\\_%")}, QStringLiteral("choosing the team role names"));
            if (!taken)
                return taken.error();
            if (!*taken)
                pre = candidate;
        }
        if (pre.isEmpty())
            return Error::failed(QStringLiteral("cannot choose unused names for the team roles of %1").arg(database));
        if (auto r = sql::run(db, QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?, ?)"), {kMetaKey, pre},
                              QStringLiteral("recording the store's team roles"));
            !r)
            return r.error();
    }

    QStringList all, created;
    for (StoreRole r : kGroupRoles) {
        const QString g = groupOf(pre, r);
        all << ident(g);
        auto exists = loginExists(db, g);
        if (!exists)
            return exists.error();
        const QString purpose = QStringLiteral("creating the group role %1").arg(g);
        if (!*exists) {
            if (auto st = exec(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(ident(g)), purpose); !st)
                return st.error();
            created << g;
        } else if (auto st = exec(db, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(ident(g)), purpose); !st) {
            return st.error();
        }
        if (auto st = exec(db,
                           QStringLiteral("COMMENT ON ROLE %1 IS 'Firebreak case store %2 (database %3): %4'")
                               .arg(ident(g), pre, QString(database).replace(QLatin1Char('\''), QStringLiteral("''")),
                                    storeRoleLabel(r)),
                           purpose);
            !st)
            return st.error();
    }
    const QString everyone = all.join(QStringLiteral(", "));
    const QString commander = ident(groupOf(pre, StoreRole::Commander));
    const QString responder = ident(groupOf(pre, StoreRole::Responder));
    const QString writers = commander + QStringLiteral(", ") + responder;

    QStringList statements;
    // PUBLIC has CONNECT and USAGE on public by default; grant them anyway
    // where we may, for servers that revoked them.
    auto ownsDb = flag(db,
                       QStringLiteral("SELECT pg_has_role(current_user, datdba, 'USAGE') FROM pg_catalog.pg_database "
                                      "WHERE datname = current_database()"),
                       {}, QStringLiteral("asking who owns the database"));
    auto ownsSchema = flag(db,
                           QStringLiteral("SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM "
                                          "pg_catalog.pg_namespace WHERE nspname = current_schema()"),
                           {}, QStringLiteral("asking who owns the schema"));
    if (!ownsDb || !ownsSchema)
        return !ownsDb ? ownsDb.error() : ownsSchema.error();
    if (*ownsDb)
        statements << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(ident(database), everyone);
    if (*ownsSchema)
        statements << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(ident(schema), everyone);
    // Start from nothing, so a re-run converges on the table above.
    statements << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(ident(schema), everyone)
               << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(ident(schema), everyone)
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(ident(schema), everyone)
               << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(ident(schema), writers)
               // Tables a later schema version adds are readable at once;
               // writing them waits for the owner's next `store grant`.
               << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO %2")
                      .arg(ident(schema), everyone);
    for (const TableGrant &g : kGrants) {
        const QString table = QString::fromLatin1(g.table);
        if (g.responder)
            statements
                << QStringLiteral("GRANT %1 ON TABLE %2 TO %3").arg(QString::fromLatin1(g.responder), table, responder);
        statements
            << QStringLiteral("GRANT %1 ON TABLE %2 TO %3").arg(QString::fromLatin1(g.commander), table, commander);
    }
    // The audit trail names the login that wrote each entry: the server
    // checks it for everyone but the owner, even with firebreak.importing
    // set (which the append trigger honours for `store migrate`).
    statements
        << QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("DROP POLICY IF EXISTS firebreak_read ON audit_log")
        << QStringLiteral("CREATE POLICY firebreak_read ON audit_log FOR SELECT TO %1 USING (true)").arg(everyone)
        << QStringLiteral("DROP POLICY IF EXISTS firebreak_append ON audit_log")
        << QStringLiteral("CREATE POLICY firebreak_append ON audit_log FOR INSERT TO %1 "
                          "WITH CHECK (db_user = session_user)")
               .arg(writers)
        << sessionGuardFunction(schema) << incidentGuardFunction(schema, groupOf(pre, StoreRole::Commander))
        << QStringLiteral("DROP TRIGGER IF EXISTS firebreak_incident_guard ON incidents")
        << QStringLiteral("CREATE TRIGGER firebreak_incident_guard BEFORE UPDATE ON incidents "
                          "FOR EACH ROW EXECUTE FUNCTION firebreak_incident_guard()");
    for (const TableGrant &g : kGrants)
        statements
            << QStringLiteral("DROP TRIGGER IF EXISTS firebreak_session_guard ON %1").arg(QString::fromLatin1(g.table))
            << QStringLiteral("CREATE TRIGGER firebreak_session_guard BEFORE INSERT OR UPDATE OR DELETE OR "
                              "TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION firebreak_session_guard()")
                   .arg(QString::fromLatin1(g.table));
    // The audit triggers run in the writer's session: a temporary table
    // named audit_log (pg_temp comes first in a search path) must not be
    // what they read the chain head from.
    for (const char *fn : {"audit_log_check_append()", "audit_log_refuse()", "audit_log_announce()"}) {
        auto exists = flag(db, QStringLiteral("SELECT to_regprocedure(?) IS NOT NULL"), {QString::fromLatin1(fn)},
                           QStringLiteral("looking for the audit trail's triggers"));
        if (!exists)
            return exists.error();
        if (*exists)
            statements << QStringLiteral("ALTER FUNCTION %1 SET search_path = %2, pg_temp")
                              .arg(QString::fromLatin1(fn), ident(schema));
    }
    for (const QString &s : statements)
        if (auto st = exec(db, s, QStringLiteral("setting up the store's team roles")); !st)
            return st.error();
    return created;
}

QStringList missingSafeguards(QSqlDatabase &db)
{
    auto p = prefix(db);
    if (!p)
        return {p.error().message};
    if (p->isEmpty())
        return {};
    const struct {
        const char *what;
        const char *present;
    } checks[] = {
        {"row-level security on audit_log",
         "SELECT relrowsecurity FROM pg_catalog.pg_class WHERE oid = to_regclass('audit_log')"},
        {"policy firebreak_append on audit_log",
         "SELECT count(*) > 0 FROM pg_catalog.pg_policy WHERE polrelid = to_regclass('audit_log') "
         "AND polname = 'firebreak_append'"},
        {"trigger firebreak_incident_guard",
         "SELECT count(*) > 0 FROM pg_catalog.pg_trigger WHERE tgrelid = to_regclass('incidents') "
         "AND tgname = 'firebreak_incident_guard' AND tgenabled <> 'D'"},
        {"trigger firebreak_session_guard on audit_log",
         "SELECT count(*) > 0 FROM pg_catalog.pg_trigger WHERE tgrelid = to_regclass('audit_log') "
         "AND tgname = 'firebreak_session_guard' AND tgenabled <> 'D'"},
        {"trigger firebreak_session_guard on incidents",
         "SELECT count(*) > 0 FROM pg_catalog.pg_trigger WHERE tgrelid = to_regclass('incidents') "
         "AND tgname = 'firebreak_session_guard' AND tgenabled <> 'D'"},
    };
    QStringList missing;
    for (const auto &c : checks) {
        auto present = flag(db, QString::fromLatin1(c.present), {}, QStringLiteral("checking the team roles"));
        if (!present)
            missing << present.error().message;
        else if (!*present)
            missing << QString::fromLatin1(c.what);
    }
    return missing;
}

Result<bool> loginExists(QSqlDatabase &db, const QString &login)
{
    return flag(db, QStringLiteral("SELECT count(*) > 0 FROM pg_catalog.pg_roles WHERE rolname = ?"), {login},
                QStringLiteral("looking up login %1").arg(login));
}

Result<QString> ungrantableReason(QSqlDatabase &db, const QString &login)
{
    auto g = groups(db);
    if (!g)
        return g.error();
    if (g->contains(login))
        return QStringLiteral("%1 is one of the store's own group roles").arg(login);
    auto q = sql::run(db,
                      QStringLiteral("SELECT r.rolsuper, coalesce((SELECT pg_has_role(r.oid, c.relowner, 'USAGE') "
                                     "FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('store_meta')), false) "
                                     "FROM pg_catalog.pg_roles r WHERE r.rolname = ?"),
                      {login}, QStringLiteral("looking up login %1").arg(login));
    if (!q)
        return q.error();
    if (!q->next())
        return QString();
    if (q->value(0).toBool())
        return QStringLiteral("%1 is a superuser of the server: it can do anything in every store").arg(login);
    if (q->value(1).toBool())
        return QStringLiteral("%1 owns the store: it can do anything in it").arg(login);
    return QString();
}

Result<std::optional<StoreRole>> roleOf(QSqlDatabase &db, const QString &login)
{
    return highestOf(db,
                     QStringLiteral("SELECT count(*) > 0 FROM pg_catalog.pg_auth_members am "
                                    "JOIN pg_catalog.pg_roles m ON m.oid = am.member "
                                    "JOIN pg_catalog.pg_roles g ON g.oid = am.roleid "
                                    "WHERE m.rolname = ? AND g.rolname = ?"),
                     login, QStringLiteral("reading the role of %1").arg(login));
}

Status grant(QSqlDatabase &db, const QString &login, StoreRole role)
{
    if (role == StoreRole::Owner)
        return Error::usage(QStringLiteral("ownership of a store is not a role to grant"));
    auto names = groups(db);
    if (!names)
        return names.error();
    if (names->isEmpty())
        return Error::failed(QStringLiteral("the store's team roles are not set up yet"));
    auto p = prefix(db);
    if (!p)
        return p.error();
    const QString target = groupOf(*p, role);
    QStringList others;
    for (const QString &g : *names)
        if (g != target)
            others << ident(g);
    const QString purpose = QStringLiteral("giving %1 the role %2").arg(login, storeRoleKey(role));
    if (auto st = quietly(db); !st)
        return st;
    if (auto st =
            exec(db, QStringLiteral("REVOKE %1 FROM %2").arg(others.join(QStringLiteral(", ")), ident(login)), purpose);
        !st)
        return st;
    return exec(db, QStringLiteral("GRANT %1 TO %2").arg(ident(target), ident(login)), purpose);
}

Status revoke(QSqlDatabase &db, const QString &login)
{
    auto names = groups(db);
    if (!names)
        return names.error();
    if (names->isEmpty())
        return {};
    QStringList quoted;
    for (const QString &g : *names)
        quoted << ident(g);
    if (auto st = quietly(db); !st)
        return st;
    return exec(db, QStringLiteral("REVOKE %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), ident(login)),
                QStringLiteral("taking the Firebreak roles of %1").arg(login));
}

Result<QList<StoreMember>> members(QSqlDatabase &db)
{
    QList<StoreMember> out;
    auto owner = ownerLogin(db);
    if (!owner)
        return owner.error();
    if (!owner->isEmpty())
        out.append({*owner, StoreRole::Owner});
    auto p = prefix(db);
    if (!p)
        return p.error();
    if (p->isEmpty())
        return out;
    QStringList seen;
    for (StoreRole r : kGroupRoles) { // highest first: a login is listed once, with its highest role
        auto q = sql::run(db,
                          QStringLiteral("SELECT m.rolname FROM pg_catalog.pg_auth_members am "
                                         "JOIN pg_catalog.pg_roles m ON m.oid = am.member "
                                         "JOIN pg_catalog.pg_roles g ON g.oid = am.roleid "
                                         "WHERE g.rolname = ? ORDER BY m.rolname"),
                          {groupOf(*p, r)}, QStringLiteral("listing the store's %1s").arg(storeRoleKey(r)));
        if (!q)
            return q.error();
        while (q->next()) {
            const QString login = q->value(0).toString();
            if (seen.contains(login))
                continue;
            seen << login;
            out.append({login, r});
        }
    }
    return out;
}

} // namespace firebreak::TeamRoles
