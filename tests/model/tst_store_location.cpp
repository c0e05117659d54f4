// Naming a case store: postgresql:// addresses are parsed strictly (a
// password or an unknown parameter is refused, sslmode is checked), and a
// server that cannot be reached, refuses the login or holds another
// application's tables gets a message that names the store.

#include "model/CaseStore.h"
#include "model/StoreLocation.h"
#include "model/storage/Database.h"
#include "model/storage/Sql.h"
#include "support/PgTestSupport.h"
#include "support/StoreTamper.h"
#include "support/TcpProxy.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace firebreak;
using namespace firebreak::test;

class TestStoreLocation : public QObject {
    Q_OBJECT

    static QString errorOf(const QString &spec, const QString &password = {})
    {
        auto db = Database::open(spec, password);
        return db ? QString() : db.error().message;
    }

private slots:
    void parsesAFullAddress()
    {
        auto t = parsePostgresUrl(
            QStringLiteral("postgresql://ada@db.example.org:6543/cases?sslmode=verify-full&connect_timeout=5"));
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->user, QStringLiteral("ada"));
        QCOMPARE(t->host, QStringLiteral("db.example.org"));
        QCOMPARE(t->port, 6543);
        QCOMPARE(t->database, QStringLiteral("cases"));
        QCOMPARE(t->options, (QStringList{QStringLiteral("sslmode=verify-full"), QStringLiteral("connect_timeout=5")}));
        QCOMPARE(t->display(),
                 QStringLiteral("postgresql://ada@db.example.org:6543/cases?sslmode=verify-full&connect_timeout=5"));
        QVERIFY(isPostgresUrl(QStringLiteral("  postgres://x@h/d")));
        QVERIFY(!isPostgresUrl(QStringLiteral("/home/ada/postgresql/cases.sqlite")));
    }

    void refusesAPasswordInTheAddress_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("userinfo") << QStringLiteral("postgresql://ada:s3cret@db.example.org/cases");
        QTest::newRow("parameter") << QStringLiteral("postgresql://ada@db.example.org/cases?password=s3cret");
    }
    void refusesAPasswordInTheAddress()
    {
        QFETCH(QString, spec);
        auto t = parsePostgresUrl(spec);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, Error::Kind::Usage);
        QVERIFY2(t.error().message.contains(QLatin1String("pgpass")), qPrintable(t.error().message));
        // The secret is not echoed back (it would land in logs and terminals).
        QVERIFY2(!t.error().message.contains(QLatin1String("s3cret")), qPrintable(t.error().message));
        QVERIFY(!errorOf(spec).contains(QLatin1String("s3cret")));
    }

    void refusesUnknownOrMalformedParameters_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("named");
        QTest::newRow("misspelt sslmode")
            << QStringLiteral("postgresql://h/d?ssl_mode=require") << QStringLiteral("ssl_mode");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://h/d?sslmode=maybe") << QStringLiteral("maybe");
        QTest::newRow("injected option") << QStringLiteral("postgresql://h/d?application_name=a%20host%3Devil")
                                         << QStringLiteral("application_name");
        QTest::newRow("slash in name") << QStringLiteral("postgresql://h/d/e") << QStringLiteral("'/'");
    }
    void refusesUnknownOrMalformedParameters()
    {
        QFETCH(QString, spec);
        QFETCH(QString, named);
        auto t = parsePostgresUrl(spec);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(named), qPrintable(t.error().message));
    }

    void unreachableServerIsNamed()
    {
        // Port 1 on loopback: nothing listens there.
        const QString spec = QStringLiteral("postgresql://nobody@127.0.0.1:1/cases?connect_timeout=3");
        const QString err = errorOf(spec);
        QVERIFY2(err.contains(QLatin1String("postgresql://nobody@127.0.0.1:1/cases")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("cannot connect")), qPrintable(err));
    }

    // From here on, a real server (tst_store_location_pg).
    void sslModeReachesTheServer()
    {
        if (!onPostgres())
            QSKIP("needs the throw-away PostgreSQL server (runs as tst_store_location_pg)");
        // The test cluster has no certificate: a client that insists on TLS
        // must be refused, which proves sslmode is handed to libpq.
        const QString spec = storeSpec(m_dir, QStringLiteral("ssl")) + QStringLiteral("?sslmode=require");
        const QString err = errorOf(spec);
        QVERIFY2(err.contains(QLatin1String("SSL"), Qt::CaseInsensitive), qPrintable(err));
        QVERIFY(errorOf(storeSpec(m_dir, QStringLiteral("nossl")) + QStringLiteral("?sslmode=disable")).isEmpty());
    }

    void missingOrWrongPasswordIsACredentialsError()
    {
        if (!onPostgres())
            QSKIP("needs the throw-away PostgreSQL server (runs as tst_store_location_pg)");
        const QString spec = storeSpec(m_dir, QStringLiteral("creds"));
        QVERIFY(!spec.isEmpty());
        QSqlDatabase admin = pgAdminConnection(QStringLiteral("postgres"));
        QVERIFY(admin.isOpen());
        QSqlQuery(admin).exec(QStringLiteral("DROP ROLE IF EXISTS carol"));
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("CREATE ROLE carol LOGIN PASSWORD 'right horse battery'")));
        pgDisconnect(admin);
        QUrl url(spec);
        url.setUserName(QStringLiteral("carol"));
        // PGPASSFILE has only the admin's password: the server asks for carol's.
        auto none = Database::open(url.toString());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, Error::Kind::Credentials);
        QVERIFY2(none.error().message.contains(QLatin1String("carol")), qPrintable(none.error().message));
        auto wrong = Database::open(url.toString(), QStringLiteral("wrong"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::Credentials);
        QVERIFY2(wrong.error().message.contains(QLatin1String("refused")), qPrintable(wrong.error().message));
        // The right one gets as far as the database (carol may not create the
        // schema in the admin's empty database: a clear refusal, not a crash).
        auto right = Database::open(url.toString(), QStringLiteral("right horse battery"));
        QVERIFY(right.ok() || right.error().kind != Error::Kind::Credentials);
    }

    void anotherApplicationsDatabaseIsRefusedUntouched()
    {
        if (!onPostgres())
            QSKIP("needs the throw-away PostgreSQL server (runs as tst_store_location_pg)");
        const QString spec = storeSpec(m_dir, QStringLiteral("payroll"));
        QVERIFY(!spec.isEmpty());
        QCOMPARE(tamper(spec, {QStringLiteral("CREATE TABLE payroll (name TEXT)"),
                               QStringLiteral("INSERT INTO payroll VALUES ('x')")}),
                 QString());
        auto db = Database::open(spec);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QVERIFY2(db.error().message.contains(QLatin1String("another application")), qPrintable(db.error().message));
        // Nothing was created next to the foreign table.
        QCOMPARE(tamper(spec, {QStringLiteral("SELECT 1 FROM store_meta")}).isEmpty(), false);
    }

    void newerSchemaIsRefusedUntouched()
    {
        if (!onPostgres())
            QSKIP("needs the throw-away PostgreSQL server (runs as tst_store_location_pg)");
        const QString spec = storeSpec(m_dir, QStringLiteral("future"));
        {
            auto db = Database::open(spec);
            QVERIFY(db.ok());
        }
        QCOMPARE(tamper(spec, {QStringLiteral("UPDATE store_meta SET value = '42' WHERE key = 'schema_version'")}),
                 QString());
        auto db = Database::open(spec);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::TooNew);
        QVERIFY2(db.error().message.contains(QLatin1String("42")), qPrintable(db.error().message));
        QCOMPARE(
            tamper(spec, {QStringLiteral("SELECT 1 FROM store_meta WHERE key = 'schema_version' AND value = '42'")}),
            QString());
    }

    // Two workbenches opening a brand-new team store at the same moment:
    // one creates the schema, the other waits for the lock and finds it.
    void concurrentFirstOpensMigrateOnce()
    {
        const QString spec = storeSpec(m_dir, QStringLiteral("first.sqlite"));
        QVERIFY(!spec.isEmpty());
        Result<std::unique_ptr<Database>> a = Error::failed({}), b = Error::failed({});
        QThread *ta = QThread::create([&] { a = Database::open(spec); });
        QThread *tb = QThread::create([&] { b = Database::open(spec); });
        ta->start();
        tb->start();
        QVERIFY(ta->wait(60000) && tb->wait(60000));
        delete ta;
        delete tb;
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QCOMPARE((*a)->schemaVersion(), Database::kSchemaVersion);
    }

    // The server dies in the middle of a write (here: its backend is
    // terminated between the change and its audit entry). The user is told
    // once, in words, that the connection was lost and nothing was saved,
    // without driver chatter ("QSqlQuery::exec: database not open").
    void serverDyingMidWriteSaysNothingWasSaved()
    {
        if (!onPostgres())
            QSKIP("needs the throw-away PostgreSQL server (runs as tst_store_location_pg)");
        QTest::failOnWarning(QRegularExpression(QStringLiteral("database not open|Unable to free")));
        const QString spec = storeSpec(m_dir, QStringLiteral("dies"));
        ManualClock clock(QDateTime::currentDateTimeUtc());
        auto store = CaseStore::open(spec, clock, QStringLiteral("ada"));
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        const int before = static_cast<int>((*store)->auditLog()->size());
        QSqlDatabase admin = pgAdminConnection(QUrl(spec).path().mid(1));
        QVERIFY(admin.isOpen());
        Status st = (*store)->changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
            QSqlQuery pid(db);
            if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next())
                return Error::failed(QStringLiteral("no backend pid"));
            QSqlQuery kill(admin);
            if (!kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toInt())))
                return Error::failed(kill.lastError().text());
            return AuditEvent{QStringLiteral("note.test"), QStringLiteral("store"), {}, {}};
        });
        pgDisconnect(admin);
        QVERIFY(!st);
        const QString m = st.error().message;
        QVERIFY2(m.contains(QLatin1String("was lost while saving")) && m.contains(QLatin1String("nothing was saved")),
                 qPrintable(m));
        QCOMPARE(m.count(QLatin1String("nothing was saved")), 1);
        QVERIFY2(!m.contains(QLatin1String("()")), qPrintable(m));
        // And indeed nothing was: the trail is as it was once the store answers again.
        (*store)->database().retryNow();
        auto log = (*store)->auditLog();
        QVERIFY2(log.ok(), qPrintable(log.ok() ? QString() : log.error().message));
        QCOMPARE(static_cast<int>(log->size()), before);
    }

    // A team server that stops answering (a dropped VPN: packets vanish,
    // nothing refuses) costs one connect_timeout, not one per query: the
    // next statements fail at once naming the store, until the pause ends
    // or the live view's probe lifts it (retryNow).
    void silentServerIsNotAskedAgainAtOnce()
    {
        if (!onPostgres())
            QSKIP("needs the throw-away PostgreSQL server (runs as tst_store_location_pg)");
        QUrl url(storeSpec(m_dir, QStringLiteral("silent")));
        QVERIFY(url.isValid() && url.port() > 0);
        TcpProxy proxy(quint16(url.port()));
        QVERIFY(proxy.port() != 0);
        url.setPort(proxy.port());
        url.setQuery(QStringLiteral("connect_timeout=2"));
        // (~/.pgpass-style lines name the port: not the proxy's.)
        auto db = Database::open(url.toString(), pgAdminPassword());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));

        proxy.setSilent(true);
        proxy.dropAll();
        const int before = proxy.accepted();
        QString first, paused, back;
        int afterFirst = 0, afterPaused = 0, afterRetry = 0;
        const auto probe = [&] {
            QSqlDatabase c = (*db)->connection();
            auto r = sql::run(c, QStringLiteral("SELECT 1"), {}, QStringLiteral("probing the store"));
            return r ? QString() : r.error().message;
        };
        // A thread of its own: a new connection, as the window's is after
        // the live view reset it.
        std::unique_ptr<QThread> worker(QThread::create([&] {
            first = probe(); // one attempt: waits connect_timeout
            afterFirst = proxy.accepted();
            paused = probe(); // no attempt
            afterPaused = proxy.accepted();
            (*db)->retryNow();
            (void)probe(); // tries again
            afterRetry = proxy.accepted();
            proxy.setSilent(false);
            (*db)->retryNow();
            back = probe();
        }));
        worker->start();
        QVERIFY(worker->wait(60000));

        QCOMPARE(afterFirst, before + 1);
        QCOMPARE(afterPaused, afterFirst);
        QCOMPARE(afterRetry, afterFirst + 1);
        const QString where = QStringLiteral("127.0.0.1:%1/").arg(proxy.port());
        for (const QString &err : {first, paused}) {
            QVERIFY2(err.contains(QLatin1String("cannot reach the case store postgresql://")), qPrintable(err));
            QVERIFY2(err.contains(where), qPrintable(err));
            QVERIFY2(err.contains(QLatin1String("Nothing was changed")), qPrintable(err));
        }
        QVERIFY2(first.contains(QLatin1String("timeout"), Qt::CaseInsensitive), qPrintable(first));
        QVERIFY2(back.isEmpty(), qPrintable(back)); // answering again: the store works
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_store_location.moc"
