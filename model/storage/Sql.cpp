#include "Sql.h"

#include <QRegularExpression>
#include <QSqlError>

namespace firebreak::sql {

namespace {

struct WriteSavepoint {
    QString connection; // empty: not inside a guarded write
    QString name;
    std::optional<Error> firstFailure;
};
thread_local WriteSavepoint t_savepoint;

struct ConnectionLoss {
    QString connection; // empty: none seen
    QString reason;
};
thread_local ConnectionLoss t_lost;

// SQLSTATE class 08 (connection exception), 57P01-57P03 (the server shut
// down or crashed), or libpq's own words when the socket closed under it.
bool isConnectionLoss(const QSqlDatabase &db, const QSqlError &e)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return false;
    const QString code = e.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02") ||
        code == QLatin1String("57P03"))
        return true;
    const QString text = e.text();
    return !db.isOpen() || text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("could not receive data from server")) ||
           text.contains(QLatin1String("could not send data to server"));
}

} // namespace

std::optional<QString> takeConnectionLoss(const QSqlDatabase &db)
{
    if (t_lost.connection.isEmpty() || t_lost.connection != db.connectionName())
        return std::nullopt;
    const QString reason = t_lost.reason;
    t_lost = {};
    return reason;
}

void armWriteSavepoint(const QSqlDatabase &db, const QString &savepoint)
{
    t_savepoint = {db.connectionName(), savepoint, std::nullopt};
}

std::optional<Error> disarmWriteSavepoint()
{
    std::optional<Error> failure = std::move(t_savepoint.firstFailure);
    t_savepoint = {};
    return failure;
}

namespace {

// The store as its user named it: the file, or the team server's address
// (never with a password: Firebreak refuses addresses that carry one).
QString storeOf(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return db.databaseName();
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(db.userName(), db.hostName())
        .arg(db.port())
        .arg(db.databaseName());
}

} // namespace

Error notOpen(const QSqlDatabase &db, const QString &what)
{
    // Said with the reason, instead of the driver's bare "not open".
    const QString reason = db.lastError().text().simplified();
    return Error::failed(
        QStringLiteral("%1: cannot reach the case store %2%3. Nothing was changed; Firebreak "
                       "connects again when it answers.")
            .arg(what, storeOf(db), reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sqlText, std::initializer_list<QVariant> binds,
                      const QString &purpose)
{
    if (!db.isOpen())
        return notOpen(db, (purpose.isEmpty() ? QStringLiteral("database statement") : purpose) +
                               QStringLiteral(" failed"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto failure = [&](const QSqlError &e) {
        const QString what = purpose.isEmpty() ? QStringLiteral("database statement") : purpose;
        const QString reason = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
        Error err = Error::failed(QStringLiteral("%1 failed in %2: %3").arg(what, db.databaseName(), reason));
        if (e.nativeErrorCode() == QLatin1String("5") || e.text().contains(QLatin1String("locked")))
            err.kind = Error::Kind::Locked;
        // A duplicate key, in either dialect's words.
        if (e.nativeErrorCode() == QLatin1String("23505") || reason.contains(QLatin1String("UNIQUE constraint")))
            err.kind = Error::Kind::Conflict;
        // PostgreSQL: insufficient_privilege (a role's grant or a row-level
        // policy said no); serialization and lock timeouts are "locked".
        if (e.nativeErrorCode() == QLatin1String("42501"))
            err.kind = Error::Kind::Forbidden;
        if (e.nativeErrorCode() == QLatin1String("55P03") || e.nativeErrorCode() == QLatin1String("40001"))
            err.kind = Error::Kind::Locked;
        const bool lost = isConnectionLoss(db, e);
        if (lost && t_lost.connection.isEmpty()) {
            // The server's first line, without "FATAL:" and libpq's hints.
            QString first = reason.section(QLatin1Char('\n'), 0, 0).simplified();
            first.remove(QRegularExpression(QStringLiteral("^(FATAL|ERROR):\\s*")));
            t_lost = {db.connectionName(),
                      first.isEmpty() ? QStringLiteral("the server closed the connection") : first};
        }
        if (!t_savepoint.connection.isEmpty() && t_savepoint.connection == db.connectionName()) {
            if (!t_savepoint.firstFailure)
                t_savepoint.firstFailure = err;
            // Nothing to roll back on a connection that is gone (and Qt
            // would only print "database not open").
            if (!lost && db.isOpen()) {
                QSqlQuery undo(db);
                undo.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + t_savepoint.name);
            }
        }
        return err;
    };
    // PostgreSQL prepares server-side, and PREPARE takes only DML: DDL and
    // transaction control (never bound) go through as plain statements.
    if (binds.size() == 0 && db.driverName() == QLatin1String("QPSQL")) {
        if (!q.exec(sqlText))
            return failure(q.lastError());
        return q;
    }
    if (!q.prepare(sqlText))
        return failure(q.lastError());
    for (const QVariant &b : binds) {
        // A null QString would bind as SQL NULL; text columns want ''.
        // Callers ask for NULL explicitly with nullable() / QVariant().
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec())
        return failure(q.lastError());
    return q;
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &sqlText, std::initializer_list<QVariant> binds,
                        const QString &purpose)
{
    auto q = run(db, sqlText, binds, purpose);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace firebreak::sql
