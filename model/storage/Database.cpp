#include "Database.h"

#include "Schema.h"
#include "Sql.h"
#include "TeamRoles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <QUuid>
#include <atomic>
#include <memory>

namespace firebreak {

namespace {

constexpr int kBusyTimeoutMs = 3000;
// The advisory lock every PostgreSQL write holds ("FIRE" in ASCII).
constexpr qint64 kWriteLockKey = 0x46495245;

// Triggers and views run SQL of their author's choosing inside every change
// Firebreak makes, so a case file may hold only the ones Firebreak creates.
// Those are read back from a scratch in-memory database built by the same
// migrations, so the list can never drift from the schema. Keyed by
// "type name", valued by the statement with its whitespace collapsed.
using SchemaObjects = QMap<QString, QString>;

Result<SchemaObjects> executableObjects(QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"),
                      {}, QStringLiteral("listing triggers and views"));
    if (!q)
        return q.error();
    SchemaObjects objects;
    while (q->next())
        objects.insert(q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString(),
                       q->value(2).toString().simplified());
    return objects;
}

Result<SchemaObjects> firebreakObjectsAt(int version)
{
    const QString name = QStringLiteral("firebreak-schema-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<SchemaObjects> outcome = SchemaObjects();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            outcome = Error::failed(QStringLiteral("cannot build the reference schema: %1").arg(db.lastError().text()));
        for (int v = 1; outcome && v <= version; ++v)
            for (const QString &statement : schema::migrationTo(v, Dialect::SQLite))
                if (auto r = sql::run(db, statement, {}, QStringLiteral("building the reference schema")); !r) {
                    outcome = r.error();
                    break;
                }
        if (outcome)
            outcome = executableObjects(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

// Empty when every trigger and view is one Firebreak made; otherwise why not.
QString plantedObject(QSqlDatabase &db, int version)
{
    auto expected = firebreakObjectsAt(version);
    auto found = executableObjects(db);
    if (!expected || !found)
        return (expected ? found.error() : expected.error()).message;
    for (auto it = found->cbegin(); it != found->cend(); ++it) {
        const auto mine = expected->constFind(it.key());
        if (mine == expected->cend())
            return QStringLiteral("it contains a %1 that Firebreak did not create (a planted trigger or view would "
                                  "run its own SQL inside every change)")
                .arg(it.key());
        if (*mine != it.value())
            return QStringLiteral("its %1 was altered from the one Firebreak created").arg(it.key());
    }
    return {};
}

} // namespace

QStringList Database::missingSafeguards() const
{
    if (m_dialect == Dialect::PostgreSQL)
        return missingPostgresSafeguards();
    QSqlDatabase db = connection();
    auto expected = firebreakObjectsAt(schemaVersion());
    auto found = executableObjects(db);
    if (!expected || !found)
        return {QStringLiteral("cannot compare the schema with Firebreak's: %1")
                    .arg((expected ? found.error() : expected.error()).message)};
    QStringList missing;
    for (auto it = expected->cbegin(); it != expected->cend(); ++it)
        if (!found->contains(it.key()))
            missing << it.key();
    return missing;
}

namespace {

// Opens a private, read-only connection to look at a file before anything
// is allowed to write to it. Returns the user_version, or an error that
// explains why the file is not a usable case store.
Result<int> probeExisting(const QString &path)
{
    const QString name = QStringLiteral("firebreak-probe-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<int> outcome = Error::failed(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        auto notStore = [&](const QString &why) {
            return Error{Error::Kind::Corrupt,
                         QStringLiteral("%1 is not a usable Firebreak case database: %2. The file was not modified.")
                             .arg(path, why)};
        };
        if (!db.open()) {
            outcome =
                Error::failed(QStringLiteral("cannot open case database %1: %2").arg(path, db.lastError().text()));
        } else if (auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version")); !version) {
            outcome = notStore(version.error().message.contains(QLatin1String("not a database"))
                                   ? QStringLiteral("it is not an SQLite database")
                                   : version.error().message);
        } else if (auto tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")); !tables) {
            outcome = notStore(tables.error().message.contains(QLatin1String("not a database"))
                                   ? QStringLiteral("it is not an SQLite database")
                                   : tables.error().message);
        } else if (auto check = sql::scalar(db, QStringLiteral("PRAGMA quick_check")); !check) {
            outcome = notStore(QStringLiteral("integrity check failed (%1)").arg(check.error().message));
        } else if (check->toString() != QLatin1String("ok")) {
            outcome = notStore(QStringLiteral("integrity check failed (%1)").arg(check->toString()));
        } else {
            const int v = version->toInt();
            if (v > Database::kSchemaVersion) {
                outcome = Error{Error::Kind::TooNew,
                                QStringLiteral("case database %1 has schema version %2, but this Firebreak (%3) only "
                                               "understands up to version %4. Open it with a newer Firebreak; the "
                                               "file was not modified.")
                                    .arg(path)
                                    .arg(v)
                                    .arg(QStringLiteral(FIREBREAK_VERSION))
                                    .arg(Database::kSchemaVersion)};
            } else if (v == 0 && tables->toInt() > 0) {
                outcome = notStore(QStringLiteral("it is an SQLite database of another application"));
            } else if (const QString planted = v > 0 ? plantedObject(db, v) : QString(); !planted.isEmpty()) {
                outcome = notStore(planted);
            } else {
                outcome = v;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

Status createPrivateFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
        !(f.exists() && f.size() == 0 && f.open(QIODevice::ReadWrite)))
        return Error::failed(QStringLiteral("cannot create case database %1: %2").arg(path, f.errorString()));
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::failed(
            QStringLiteral("cannot restrict case database %1 to its owner: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Database::Database(QString path, Dialect dialect)
    : m_path(std::move(path)), m_dialect(dialect),
      m_namePrefix(QStringLiteral("firebreak-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &n : names) {
        if (!n.startsWith(m_namePrefix))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(n, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(n);
    }
}

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("FIREBREAK_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cases.sqlite"));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &rawPath)
{
    if (rawPath.trimmed().isEmpty())
        return Error::usage(QStringLiteral("no case database path given"));
    const QFileInfo info(rawPath);
    const QString path = info.absoluteFilePath();

    if (info.exists() && info.isDir())
        return Error::failed(QStringLiteral("case database path %1 is a folder, not a file").arg(path));

    if (info.exists() && info.size() > 0) {
        auto probed = probeExisting(path);
        if (!probed)
            return probed.error();
    } else {
        const QString parent = info.absolutePath();
        const bool newFolder = !QFileInfo::exists(parent);
        if (!QDir().mkpath(parent))
            return Error::failed(
                QStringLiteral("cannot create the folder %1 for case database %2 (is the path writable?)")
                    .arg(parent, path));
        if (newFolder)
            QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // A case file holds personal data: only its owner may read it. SQLite
        // gives its -wal and -shm files the database file's mode, so creating
        // the file 0600 before SQLite opens it covers all three.
        if (auto st = createPrivateFile(path); !st)
            return st.error();
    }

    std::unique_ptr<Database> db(new Database(path, Dialect::SQLite));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return Error::failed(QStringLiteral("cannot open case database %1: %2").arg(path, conn.lastError().text()));
    if (auto st = db->migrate(); !st)
        return st.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &spec, const QString &password)
{
    if (!isPostgresUrl(spec))
        return openSqlite(spec);
    auto target = parsePostgresUrl(spec);
    if (!target)
        return target.error();
    return openPostgres(*target, password);
}

Result<std::unique_ptr<Database>> Database::reopen() const
{
    if (m_dialect == Dialect::PostgreSQL)
        return openPostgres(m_pg, m_password);
    return openSqlite(m_path);
}

namespace {

// libpq's words for "the server asked for a password": the caller may
// prompt and try again.
bool isCredentialsError(const QString &text)
{
    return text.contains(QLatin1String("no password supplied")) ||
           text.contains(QLatin1String("password authentication failed"));
}

} // namespace

Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresTarget &target, const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::failed(QStringLiteral("cannot open case store %1: Qt's PostgreSQL driver (QPSQL) is not "
                                            "installed; on Debian install the package libqt6sql6-psql")
                                 .arg(target.display()));
    std::unique_ptr<Database> db(new Database(target.display(), Dialect::PostgreSQL));
    db->m_pg = target;
    db->m_password = password;
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen()) {
        // libpq's own words, on one line (it indents its hints with tabs);
        // Qt's "QPSQL: Unable to connect" adds nothing.
        QString why = conn.lastError().databaseText().simplified();
        if (why.isEmpty())
            why = conn.lastError().text().simplified();
        Error e = Error::failed(QStringLiteral("cannot connect to case store %1: %2").arg(target.display(), why));
        if (isCredentialsError(why)) {
            e.kind = Error::Kind::Credentials;
            const QString user = target.user.isEmpty() ? QStringLiteral("(default)") : target.user;
            if (!password.isEmpty())
                e.message =
                    QStringLiteral("case store %1 refused the password for user %2").arg(target.display(), user);
            else if (why.contains(QLatin1String("no password supplied")))
                e.message = QStringLiteral("case store %1 needs a password for user %2 and none was found in "
                                           "~/.pgpass, PGPASSFILE or PGPASSWORD")
                                .arg(target.display(), user);
            else
                e.message = QStringLiteral("case store %1 refused the password for user %2 that libpq found in "
                                           "~/.pgpass, PGPASSFILE or PGPASSWORD (is it out of date?)")
                                .arg(target.display(), user);
        }
        return e;
    }
    auto who =
        sql::run(conn, QStringLiteral("SELECT current_user, session_user"), {}, QStringLiteral("asking who we are"));
    if (!who)
        return who.error();
    if (!who->next())
        return Error::failed(QStringLiteral("case store %1 did not say who we are").arg(target.display()));
    // Every change is recorded under the login that makes it: a session
    // that acts as another role (ALTER ROLE ... SET role, or a SET ROLE in
    // the connection options) would write in that role's name.
    if (who->value(0).toString() != who->value(1).toString())
        return Error{Error::Kind::Forbidden,
                     QStringLiteral("case store %1: login %2 acts as role %3 (SET ROLE, e.g. from ALTER ROLE %2 SET "
                                    "role); a team store records every change under the login that makes it. Ask "
                                    "the server's administrator to run: ALTER ROLE %2 RESET role")
                         .arg(target.display(), who->value(1).toString(), who->value(0).toString())};
    db->m_databaseUser = who->value(0).toString();
    // A login without a Firebreak role cannot read the store: say whom to
    // ask rather than fail in the middle of the schema check.
    if (auto st = TeamRoles::requireReadAccess(conn, target.display()); !st)
        return st.error();
    if (auto st = db->checkPostgresTarget(conn); !st)
        return st.error();
    if (auto st = db->migrate(); !st)
        return st.error();
    return db;
}

// The PostgreSQL counterpart of probeExisting: a database that holds
// another application's tables, or a newer schema, is left untouched.
Status Database::checkPostgresTarget(QSqlDatabase &db) const
{
    auto tables = sql::scalar(db,
                              QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                             "WHERE table_schema = current_schema()"),
                              {}, QStringLiteral("looking at the database"));
    if (!tables)
        return tables.error();
    const int version = schemaVersion();
    if (version == 0 && tables->toInt() > 0)
        return Error{Error::Kind::Corrupt,
                     QStringLiteral("%1 is not a usable Firebreak case store: the database holds tables of another "
                                    "application. Nothing was changed.")
                         .arg(m_path)};
    if (version > kSchemaVersion)
        return Error{Error::Kind::TooNew,
                     QStringLiteral("case store %1 has schema version %2, but this Firebreak (%3) only understands up "
                                    "to version %4. Open it with a newer Firebreak; nothing was changed.")
                         .arg(m_path)
                         .arg(version)
                         .arg(QStringLiteral(FIREBREAK_VERSION))
                         .arg(kSchemaVersion)};
    return {};
}

QStringList Database::missingPostgresSafeguards() const
{
    QSqlDatabase db = connection();
    auto q = sql::run(db,
                      QStringLiteral("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                     "WHERE c.relname = 'audit_log' AND NOT t.tgisinternal AND t.tgenabled <> 'D'"),
                      {}, QStringLiteral("listing the audit trail's triggers"));
    if (!q)
        return {q.error().message};
    QStringList found;
    while (q->next())
        found << q->value(0).toString();
    QStringList missing;
    for (const QString &name : schema::postgresAuditTriggers(schemaVersion()))
        if (!found.contains(name))
            missing << QStringLiteral("trigger ") + name;
    return missing + TeamRoles::missingSafeguards(db);
}

namespace {

// Connections are per thread, named by a serial number that no later thread
// reuses (a thread id is reused as soon as its thread ends, and Qt refuses a
// connection that belongs to a dead thread). A thread's connections are
// closed and removed when it ends, so worker threads leave nothing behind.
std::atomic<quint64> g_threadSerial{0};
thread_local const quint64 t_threadSerial = ++g_threadSerial;

void closeConnections(QStringList &names)
{
    for (const QString &n : std::as_const(names)) {
        if (!QSqlDatabase::contains(n))
            continue; // its Database was destroyed first and removed it
        {
            QSqlDatabase db = QSqlDatabase::database(n, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(n);
    }
    names.clear();
}

struct ThreadConnections {
    QStringList names;
    // PostgreSQL connections of this thread whose last open failed, and
    // since when: not tried again before kRetryAfterMs (see connection()).
    QHash<QString, QElapsedTimer> failedOpens;
    bool hooked = false;
    // The fallback for threads that are not QThreads. A QThread's
    // connections are closed earlier, from its finished() signal (below).
    ~ThreadConnections() { closeConnections(names); }
};
thread_local ThreadConnections t_connections;

// Closing a QThread's connections must happen while the thread is still
// Qt's current thread and before QThread::wait() returns, i.e. from
// finished(), which the thread emits itself. Its thread_local destructors
// run later: by then wait() has returned, the owner may be deleting the
// Database on its own thread at the same moment, and Qt no longer sees the
// dying thread as the connection's owner (a crash seen under ASan).
void closeWhenThreadFinishes()
{
    if (t_connections.hooked)
        return;
    QThread *thread = QThread::currentThread();
    if (!thread || (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread()))
        return; // the main thread never finishes; its Databases close their connections
    t_connections.hooked = true;
    auto handle = std::make_shared<QMetaObject::Connection>();
    // No context object: the functor runs directly on the finishing thread.
    *handle = QObject::connect(thread, &QThread::finished, [handle] {
        closeConnections(t_connections.names);
        t_connections.failedOpens.clear();
        t_connections.hooked = false; // a restarted QThread hooks afresh
        QObject::disconnect(*handle);
    });
}

void rememberForThisThread(const QString &name)
{
    // A connection dropped after an error is added again under its name.
    if (!t_connections.names.contains(name))
        t_connections.names << name;
    closeWhenThreadFinishes();
}

} // namespace

QString Database::connectionName() const
{
    return m_namePrefix + QLatin1Char('-') + QString::number(t_threadSerial);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    const bool existed = QSqlDatabase::contains(name);
    QSqlDatabase db = existed ? QSqlDatabase::database(name, false) : addConnection(name);
    if (db.isOpen())
        return db;
    // New, or closed (after a failed attempt, or broken: then reopened here,
    // not by QSqlDatabase::database(), which skips the session setup). The
    // pause holds by name, so removing a connection does not lift it.
    if (m_dialect == Dialect::PostgreSQL) {
        const bool onlyWhenAsked = m_reopenOnlyWhenAsked;
        const auto failed = t_connections.failedOpens.constFind(name);
        if (failed != t_connections.failedOpens.cend()) {
            const bool asked = !failed->isValid(); // retryNow()
            if (!asked && (onlyWhenAsked || !failed->hasExpired(kRetryAfterMs)))
                return db;
        } else if (existed && onlyWhenAsked) {
            // It broke (the server went away or dropped us): the probe decides.
            QElapsedTimer since;
            since.start();
            t_connections.failedOpens.insert(name, since);
            return db;
        }
    }
    openAndConfigure(db);
    return db;
}

void Database::retryNow() const
{
    // An invalid timer: the next connection() on this thread tries at once.
    t_connections.failedOpens.insert(connectionName(), QElapsedTimer());
}

void Database::openAndConfigure(QSqlDatabase &db) const
{
    if (db.open()) {
        t_connections.failedOpens.remove(db.connectionName());
        (void)configureConnection(db);
    } else if (m_dialect == Dialect::PostgreSQL) {
        QElapsedTimer since;
        since.start();
        t_connections.failedOpens.insert(db.connectionName(), since);
    }
}

QSqlDatabase Database::addConnection(const QString &name) const
{
    if (m_dialect == Dialect::PostgreSQL) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        rememberForThisThread(name);
        db.setHostName(m_pg.host);
        db.setPort(m_pg.port);
        db.setDatabaseName(m_pg.database);
        db.setUserName(m_pg.user);
        db.setPassword(m_password);
        QStringList options = m_pg.options;
        const QString given = options.join(QLatin1Char(' '));
        if (!given.contains(QLatin1String("application_name=")))
            options << QStringLiteral("application_name=firebreak");
        // libpq waits forever by default: a server that is down or behind a
        // dropped VPN must fail in seconds, not freeze the workbench for the
        // minutes a TCP timeout takes (connect_timeout: establishing;
        // tcp_user_timeout, in ms: a query whose packets go unanswered).
        if (!given.contains(QLatin1String("connect_timeout=")))
            options << QStringLiteral("connect_timeout=10");
        options << QStringLiteral("tcp_user_timeout=30000");
        db.setConnectOptions(options.join(QLatin1Char(';')));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    rememberForThisThread(name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    return db;
}

Status Database::configureConnection(QSqlDatabase &db) const
{
    if (m_dialect == Dialect::PostgreSQL) {
        // Timestamps are ISO text, so the session time zone changes nothing
        // stored; a lock wait that lasts minutes means something is wrong.
        return sql::run(db, QStringLiteral("SET lock_timeout = '60s'"), {}, QStringLiteral("configuring connection"))
                   ? Status{}
                   : Status{Error::failed(QStringLiteral("cannot configure the connection to %1").arg(m_path))};
    }
    // Foreign keys are per connection in SQLite; WAL is persistent but
    // re-asserting it is cheap. FULL sync: an audit entry that was
    // reported as written must survive a power cut.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto r = sql::run(db, QString::fromLatin1(pragma), {}, QStringLiteral("configuring connection")); !r)
            return r.error();
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    if (m_dialect == Dialect::PostgreSQL) {
        // PostgreSQL has no user_version; the version is a store_meta row.
        if (!db.tables().contains(QStringLiteral("store_meta")))
            return 0;
        auto v = sql::scalar(db, QStringLiteral("SELECT value FROM store_meta WHERE key = 'schema_version'"));
        return v ? v->toInt() : -1;
    }
    auto v = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

QString Database::setSchemaVersionSql(int version) const
{
    if (m_dialect == Dialect::PostgreSQL)
        return QStringLiteral("INSERT INTO store_meta (key, value) VALUES ('schema_version', '%1') "
                              "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
            .arg(version);
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString Database::describe(const QString &what, const QString &driverText) const
{
    if (driverText.contains(QLatin1String("locked")) || driverText.contains(QLatin1String("busy")))
        return QStringLiteral("%1: case database %2 is locked by another process; nothing was changed. Try again "
                              "when the other Firebreak or sqlite3 session has finished.")
            .arg(what, m_path);
    if (driverText.contains(QLatin1String("permission denied")) ||
        driverText.contains(QLatin1String("violates row-level security")))
        return QStringLiteral("%1: your database login %2 may not make this change in case store %3 (%4); nothing "
                              "was changed. Your role in this store does not allow it: ask the store's owner if it "
                              "should.")
            .arg(what, m_databaseUser, m_path,
                 driverText.section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral("ERROR:  ")).trimmed());
    if (driverText.contains(QLatin1String("readonly")) || driverText.contains(QLatin1String("read-only")))
        return QStringLiteral("%1: case database %2 is read-only; nothing was changed.").arg(what, m_path);
    return QStringLiteral("%1: %2").arg(what, driverText);
}

Status Database::write(const std::function<Status(QSqlDatabase &)> &work) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return sql::notOpen(db, QStringLiteral("cannot write"));
    const QString begin = m_dialect == Dialect::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto r = sql::run(db, begin, {}, QStringLiteral("starting a transaction")); !r) {
        Error e = r.error();
        e.message = describe(QStringLiteral("cannot write"), e.message);
        return e;
    }
    Status st;
    if (m_dialect == Dialect::PostgreSQL) {
        // The PostgreSQL counterpart of BEGIN IMMEDIATE: one writer at a
        // time, so the audit chain head read below cannot race another
        // workbench. Transaction-scoped, so a crashed client frees it.
        if (auto r = sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey), {},
                              QStringLiteral("waiting for the case store's write lock"));
            !r)
            st = Error{r.error().kind, describe(QStringLiteral("cannot write"), r.error().message)};
        else if (auto sp = sql::run(db, QStringLiteral("SAVEPOINT firebreak_write"), {},
                                    QStringLiteral("starting a transaction"));
                 !sp)
            st = Error{sp.error().kind, describe(QStringLiteral("cannot write"), sp.error().message)};
        else
            sql::armWriteSavepoint(db, QStringLiteral("firebreak_write"));
    }
    if (st)
        st = work(db);
    if (m_dialect == Dialect::PostgreSQL) {
        // A statement that failed and was ignored must not let the rest commit.
        if (auto failed = sql::disarmWriteSavepoint(); failed && st)
            st = *failed;
    }
    if (!st && m_dialect == Dialect::PostgreSQL) {
        if (auto lost = sql::takeConnectionLoss(db)) {
            // Before COMMIT: the server discards the unfinished transaction.
            return Error::failed(QStringLiteral("cannot write: the connection to case store %1 was lost while saving "
                                                "(%2); nothing was saved. Firebreak connects again when the store "
                                                "answers; then make the change again.")
                                     .arg(m_path, *lost));
        }
    }
    if (!st && st.error().kind == Error::Kind::Forbidden)
        st = Error{Error::Kind::Forbidden, describe(QStringLiteral("cannot write"), st.error().message)};
    if (st) {
        if (auto c = sql::run(db, QStringLiteral("COMMIT"), {}, QStringLiteral("committing")); !c) {
            if (auto lost = sql::takeConnectionLoss(db))
                // The COMMIT may or may not have reached the server: say so, not more.
                return Error::failed(QStringLiteral("cannot confirm the write: the connection to case store %1 was "
                                                    "lost while committing (%2); the change may or may not have been "
                                                    "saved. Firebreak shows the store as it is once it answers.")
                                         .arg(m_path, *lost));
            st = Error{c.error().kind, describe(QStringLiteral("cannot commit"), c.error().message)};
        }
    }
    if (!st && db.isOpen()) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    return st;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    for (int target = schemaVersion() + 1; target <= kSchemaVersion; ++target) {
        const QStringList statements = schema::migrationTo(target, m_dialect);
        Status st = write([&](QSqlDatabase &conn) -> Status {
            // Another client may have migrated while this one waited for
            // the write lock (two workbenches opening a new team store).
            if (schemaVersion() >= target)
                return {};
            for (const QString &s : statements) {
                if (auto r = sql::run(conn, s, {}, QStringLiteral("migrating to schema %1").arg(target)); !r)
                    return r.error();
            }
            if (auto r = sql::run(conn, setSchemaVersionSql(target)); !r)
                return r.error();
            return {};
        });
        if (!st) {
            Error e = st.error();
            e.message = QStringLiteral("cannot upgrade case database %1 to schema %2: %3")
                            .arg(m_path)
                            .arg(target)
                            .arg(e.message);
            return e;
        }
    }
    return {};
}

} // namespace firebreak
