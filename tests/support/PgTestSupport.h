#pragma once

// Tests that run against both stores. A test registered with
// firebreak_add_pg_variant (cmake/FirebreakTest.cmake) runs twice: plain, on
// SQLite files, and as NAME_pg with FIREBREAK_TEST_PG naming the state folder
// of the throw-away cluster tests/support/pg_cluster.sh started (url, port,
// pgpass). The password never appears in a URL nor in Qt: libpq reads it from
// that folder's pgpass through PGPASSFILE, as it would ~/.pgpass, and
// firebreak-cli children inherit the variable. Link Qt6::Sql.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace firebreak::test {

namespace pgdetail {

inline QString stateDir()
{
    return qEnvironmentVariable("FIREBREAK_TEST_PG");
}

inline QString stateFile(const QString &name)
{
    QFile f(QDir(stateDir()).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("PgTestSupport: cannot read %s: did the pg_cluster_start test run?", qPrintable(f.fileName()));
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

// Once per process, before its first libpq connection (and its children's).
// Absolute, so a test that changes directory still finds it.
inline void usePgPassFile()
{
    static const bool done = [] {
        qputenv("PGPASSFILE", QFile::encodeName(QDir(stateDir()).absoluteFilePath(QStringLiteral("pgpass"))));
        return true;
    }();
    Q_UNUSED(done);
}

// Lowercase [a-z0-9_], starting with a letter, with 64 random bits so the
// same name twice (or in two test processes at once) gives two databases;
// at most 63 characters, PostgreSQL's limit for a name.
inline QString databaseName(const QString &name)
{
    QString base = QStringLiteral("t_") + name.toLower();
    for (QChar &c : base) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    const QString suffix = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    return base.left(63 - 1 - suffix.size()) + u'_' + suffix;
}

} // namespace pgdetail

// True in a NAME_pg variant: env FIREBREAK_TEST_PG (the state folder) is set.
inline bool onPostgres()
{
    if (pgdetail::stateDir().isEmpty())
        return false;
    pgdetail::usePgPassFile();
    return true;
}

// postgresql://firebreak_admin@127.0.0.1:PORT/postgres, empty off PostgreSQL.
inline QString pgAdminUrl()
{
    return onPostgres() ? pgdetail::stateFile(QStringLiteral("url")) : QString();
}

// An opened connection (check isOpen(); lastError() says why not) to
// database dbname of the test cluster, under a connection name of its own.
// Without a password libpq takes it from PGPASSFILE. Close it with
// pgDisconnect once every QSqlQuery on it is gone.
inline QSqlDatabase pgConnection(const QString &dbname, const QString &user, const QString &password = {})
{
    const QUrl admin(pgAdminUrl());
    if (admin.isEmpty()) {
        qWarning("PgTestSupport: pgConnection outside a NAME_pg run or without the cluster url");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QUuid::createUuid().toString());
    if (!db.isValid()) {
        qWarning("PgTestSupport: no QPSQL driver: install libqt6sql6-psql (installers/bootstrap.sh)");
        return db;
    }
    db.setHostName(admin.host());
    db.setPort(admin.port());
    db.setDatabaseName(dbname);
    db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    // A wedged server fails the test quickly instead of at the CTest timeout.
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=firebreak-test"));
    db.open();
    return db;
}

// The admin login's password, from the cluster's pgpass line
// (host:port:*:user:password), for a connection libpq cannot match to that
// line, e.g. one through TcpProxy on another port.
inline QString pgAdminPassword()
{
    return onPostgres() ? pgdetail::stateFile(QStringLiteral("pgpass")).section(QLatin1Char(':'), 4) : QString();
}

inline QSqlDatabase pgAdminConnection(const QString &dbname)
{
    return pgConnection(dbname, QUrl(pgAdminUrl()).userName());
}

inline void pgDisconnect(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

// Where a test keeps a store called name: dir.filePath(name) on SQLite; on
// PostgreSQL the URL of a new empty database of the test cluster, e.g.
// postgresql://firebreak_admin@127.0.0.1:55432/t_cases_sqlite_0123456789abcdef.
// Empty (and a warning saying why) when that fails: callers
// QVERIFY(!spec.isEmpty()), since a helper returning a value cannot QFAIL.
inline QString storeSpec(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgres())
        return dir.filePath(name);
    QUrl url(pgAdminUrl());
    if (url.isEmpty())
        return {};
    const QString dbname = pgdetail::databaseName(name);
    QSqlDatabase admin = pgAdminConnection(QStringLiteral("postgres"));
    bool ok = admin.isOpen();
    QString why = admin.lastError().text();
    if (ok) {
        QSqlQuery q(admin);
        ok = q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(dbname));
        why = q.lastError().text();
    }
    pgDisconnect(admin);
    if (!ok) {
        qWarning("PgTestSupport: cannot create database %s: %s", qPrintable(dbname), qPrintable(why));
        return {};
    }
    url.setPath(QStringLiteral("/") + dbname);
    return url.toString();
}

} // namespace firebreak::test
