#pragma once

#include "../Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace firebreak {

// SQL dialects the store speaks. SQLite is the default single-file store;
// PostgreSQL (QPSQL) is the team-mode growth path. Every dialect difference
// is answered by this class, nowhere else.
enum class Dialect { SQLite, PostgreSQL };

// The case database: opening (with the refusal rules), migrations, and one
// connection per thread. All SQL text lives under model/storage/.
class Database {
public:
    static constexpr int kSchemaVersion = 7;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite case file at `path`. Refuses,
    // without writing a byte, a file that is not SQLite, is corrupt, or
    // has a schema newer than this build understands.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);

    // Where the default case file lives: FIREBREAK_DB if set, else the
    // user's app-data location.
    static QString defaultPath();

    QString path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const;
    // Triggers or views Firebreak creates that are not in the file (e.g.
    // the append-only guards on audit_log dropped with another tool). Not a
    // reason to refuse the file: the hash chain is what proves integrity,
    // and `audit verify` must still be able to say what else was done.
    QStringList missingSafeguards() const;

    // The calling thread's connection (created on first use).
    QSqlDatabase connection() const;

    // Runs `work` inside one write transaction. A state change and the
    // audit row recording it go through here together, so either both
    // commit or neither does. The write lock is taken up front (BEGIN
    // IMMEDIATE) so the audit sequence cannot race another process.
    Status write(const std::function<Status(QSqlDatabase &)> &work) const;

    // Turns a driver error into a message naming the case file.
    QString describe(const QString &what, const QString &driverText) const;

private:
    Database(QString path, Dialect dialect);
    Status configureConnection(QSqlDatabase &db) const;
    Status migrate();
    QString setSchemaVersionSql(int version) const;
    QString connectionName() const;

    QString m_path;
    Dialect m_dialect;
    QString m_namePrefix;
};

} // namespace firebreak
