// The PostgreSQL test harness itself (tests/support/pg_cluster.sh,
// PgTestSupport.h), so a failing *_pg variant of a real test points at the
// store, not at the plumbing. Runs plain (SQLite) and as tst_pg_harness_pg.

#include "support/PgTestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace firebreak::test;

namespace {

// First column of the first row; the query is gone before the caller can
// pgDisconnect.
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

} // namespace

class TestPgHarness : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void sqliteStoreIsAFileInTheTestFolder()
    {
        if (onPostgres())
            QSKIP("SQLite run only");
        QVERIFY(pgAdminUrl().isEmpty());
        const QString spec = storeSpec(m_dir, QStringLiteral("cases.sqlite"));
        QCOMPARE(spec, m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY(spec.startsWith(m_dir.path() + u'/'));
    }

    void eachStoreIsAFreshEmptyDatabase()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL run only");
        const QString name = QStringLiteral("Cases.sqlite");
        const QStringList specs = {storeSpec(m_dir, name), storeSpec(m_dir, name),
                                   storeSpec(m_dir, QString(100, u'X') + QStringLiteral("/Évidence 1"))};
        for (const QString &spec : specs) {
            QVERIFY(!spec.isEmpty());
            const QUrl url(spec);
            QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
            const QString dbname = url.path().mid(1);
            QVERIFY2(dbname.size() <= 63, qPrintable(dbname));
            QCOMPARE(dbname, dbname.toLower());
            QSqlDatabase db = pgAdminConnection(dbname);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            // No table, view or sequence outside the system schemas.
            const QVariant objects = scalar(db, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n "
                                                               "ON n.oid = c.relnamespace WHERE n.nspname NOT IN "
                                                               "('pg_catalog', 'information_schema') "
                                                               "AND n.nspname NOT LIKE 'pg_toast%'"));
            pgDisconnect(db);
            QCOMPARE(objects.toInt(), 0);
        }
        QVERIFY(QUrl(specs[0]).path().startsWith(QStringLiteral("/t_cases_sqlite_")));
        QVERIFY(specs[0] != specs[1]);
        QSqlDatabase admin = pgAdminConnection(QStringLiteral("postgres"));
        QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
        const QVariant both =
            scalar(admin, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname IN ('%1', '%2')")
                              .arg(QUrl(specs[0]).path().mid(1), QUrl(specs[1]).path().mid(1)));
        pgDisconnect(admin);
        QCOMPARE(both.toInt(), 2);
    }

    void wrongPasswordIsRefused()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL run only");
        QSqlDatabase db = pgConnection(QStringLiteral("postgres"), QStringLiteral("firebreak_admin"),
                                       QStringLiteral("not-the-password"));
        const bool open = db.isOpen();
        const QString error = db.lastError().text();
        pgDisconnect(db);
        QVERIFY(!open);
        QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
    }

    void urlsCarryNoPassword()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL run only");
        const QString pgpass = qEnvironmentVariable("PGPASSFILE");
        QCOMPARE(pgpass, QDir(qEnvironmentVariable("FIREBREAK_TEST_PG")).absoluteFilePath(QStringLiteral("pgpass")));
        // libpq ignores a pgpass file that others can read.
        QFile file(pgpass);
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(file.readAll()).trimmed().section(u':', 4);
        QVERIFY(password.size() >= 16);
        for (const QString &spec : {pgAdminUrl(), storeSpec(m_dir, QStringLiteral("cases"))}) {
            const QUrl url(spec);
            QCOMPARE(url.userName(), QStringLiteral("firebreak_admin"));
            QVERIFY(url.password().isEmpty());
            QVERIFY(!spec.contains(password));
        }
    }

    void serverIsLoopbackOnlyWithRoomForParallelTests()
    {
        if (!onPostgres())
            QSKIP("PostgreSQL run only");
        QCOMPARE(QUrl(pgAdminUrl()).host(), QStringLiteral("127.0.0.1"));
        QSqlDatabase db = pgAdminConnection(QStringLiteral("postgres"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        const QString listen = scalar(db, QStringLiteral("SHOW listen_addresses")).toString();
        const int connections = scalar(db, QStringLiteral("SHOW max_connections")).toInt();
        pgDisconnect(db);
        QCOMPARE(listen, QStringLiteral("127.0.0.1"));
        QVERIFY(connections >= 100);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPgHarness)
#include "tst_pg_harness.moc"
