#pragma once

#include "../Result.h"
#include "../StoreLocation.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>

#include <functional>

namespace firebreak {

// SQL dialects the store speaks. SQLite is the default single-file store;
// PostgreSQL (QPSQL) is the shared team store (docs/TEAM-MODE.md). Every
// dialect difference is answered in model/storage/, nowhere else.
enum class Dialect { SQLite, PostgreSQL };

// The case database: opening (with the refusal rules), migrations, and one
// connection per thread. All SQL text lives under model/storage/.
class Database {
public:
    static constexpr int kSchemaVersion = 12;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite case file at `path`. Refuses,
    // without writing a byte, a file that is not SQLite, is corrupt, or
    // has a schema newer than this build understands.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);

    // Opens (creating the schema in an empty database) the PostgreSQL
    // store named by `target`. `password` is kept in memory only, for the
    // connections of later threads; empty lets libpq use ~/.pgpass,
    // PGPASSFILE or PGPASSWORD. Kind::Credentials when the server wants a
    // password it did not get.
    static Result<std::unique_ptr<Database>> openPostgres(const PostgresTarget &target, const QString &password = {});

    // Either of the above, by the look of `spec` (a postgresql:// URL or a file path).
    static Result<std::unique_ptr<Database>> open(const QString &spec, const QString &password = {});

    // This store opened again (the same file, or the same server with the
    // password held in memory), for a worker thread that wants a store of
    // its own. Safe to call from any thread while this one is in use.
    Result<std::unique_ptr<Database>> reopen() const;

    // Where the default case file lives: FIREBREAK_DB if set, else the
    // user's app-data location.
    static QString defaultPath();

    // The file path, or the PostgreSQL URL without secrets.
    QString path() const { return m_path; }
    // The database login behind this store's connections (PostgreSQL);
    // empty for SQLite, where the file's owner is the only user.
    QString databaseUser() const { return m_databaseUser; }
    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const;
    // Triggers or views Firebreak creates that are not in the file (e.g.
    // the append-only guards on audit_log dropped with another tool). Not a
    // reason to refuse the file: the hash chain is what proves integrity,
    // and `audit verify` must still be able to say what else was done.
    QStringList missingSafeguards() const;

    // The calling thread's connection (created on first use). On
    // PostgreSQL a failed connection attempt is not repeated on the same
    // thread for kRetryAfterMs: a server behind a dropped VPN can take the
    // whole connect_timeout per attempt, and a window refreshing a dozen
    // views would freeze for each one. Meanwhile the connection comes back
    // closed, and every statement on it fails at once with the reason
    // (sql::run). retryNow() makes the next call on this thread try at
    // once, e.g. when the live view's probe (its own thread) sees the
    // server answer again.
    QSqlDatabase connection() const;
    void retryNow() const;
    static constexpr int kRetryAfterMs = 30000;
    // For a window whose live view probes the server from its own thread:
    // a connection that broke or failed to open is then reopened only when
    // retryNow() is called on its thread (the probe saw the server answer),
    // never on the window's own initiative, which could block it for the
    // whole connect_timeout against a server that drops packets.
    void setReopenOnlyWhenAsked(bool onlyWhenAsked) { m_reopenOnlyWhenAsked = onlyWhenAsked; }

    // Runs `work` inside one write transaction. A state change and the
    // audit row recording it go through here together, so either both
    // commit or neither does. The write lock is taken up front (SQLite:
    // BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock) so
    // the audit sequence cannot race another process or workbench.
    Status write(const std::function<Status(QSqlDatabase &)> &work) const;

    // Turns a driver error into a message naming the case file.
    QString describe(const QString &what, const QString &driverText) const;

private:
    Database(QString path, Dialect dialect);
    Status configureConnection(QSqlDatabase &db) const;
    QSqlDatabase addConnection(const QString &name) const; // set up, not opened
    void openAndConfigure(QSqlDatabase &db) const;
    Status migrate();
    QString setSchemaVersionSql(int version) const;
    QString connectionName() const;

    Status checkPostgresTarget(QSqlDatabase &db) const;
    QStringList missingPostgresSafeguards() const;

    QString m_path;
    Dialect m_dialect;
    PostgresTarget m_pg;
    QString m_password; // PostgreSQL only, never written anywhere
    QString m_databaseUser;
    QString m_namePrefix;
    std::atomic<bool> m_reopenOnlyWhenAsked{false};
};

} // namespace firebreak
