// Storage and migrations: the case file is created right, refused when it
// must be, and never modified when refused.

#include "model/CaseStore.h"
#include "model/storage/Database.h"
#include "support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace firebreak;
using namespace firebreak::test;

class TestStorage : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsStoreInMissingFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/deeper/cases.sqlite"));
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);

        // Journal mode, foreign keys and the schema as seen by the stock tool.
        QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA journal_mode;")).out.trimmed(), QStringLiteral("wal"));
        QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA user_version;")).out.trimmed(),
                 QString::number(Database::kSchemaVersion));
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void foreignKeysAreEnforced()
    {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("fk.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO people (incident_id, name, added_at) VALUES ('INC-2026-9999', "
                                       "'x', '2026-01-01T00:00:00.000Z')")));
        QVERIFY(q.lastError().text().contains(QLatin1String("FOREIGN KEY")));
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(2, 0), QTimeZone::utc()));
        {
            auto store = CaseStore::openSqlite(path, clock, QStringLiteral("ada"));
            QVERIFY(store.ok());
            QVERIFY((*store)
                        ->createIncident({QStringLiteral("Web shell on intranet"), {}, Severity::High, {}, {}, {}, {}})
                        .ok());
        }
        auto store = CaseStore::openSqlite(path, clock, QStringLiteral("ada"));
        QVERIFY(store.ok());
        auto list = (*store)->incidents();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().title, QStringLiteral("Web shell on intranet"));
        QVERIFY((*store)->verifyAudit()->intact());
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
        }
        QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 42;")).exitCode,
                 0);
        const QByteArray before = fileSha256(path);
        const qint64 mtimeBefore = QFileInfo(path).lastModified().toMSecsSinceEpoch();

        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::TooNew);
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QLatin1String("42")));
        QVERIFY(db.error().message.contains(QLatin1String("not modified")));
        QCOMPARE(fileSha256(path), before);
        QCOMPARE(QFileInfo(path).lastModified().toMSecsSinceEpoch(), mtimeBefore);
    }

    void refusesFileThatIsNotSqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("These are my incident notes, not a database.\n").repeated(200));
        f.close();
        const QByteArray before = fileSha256(path);

        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QLatin1String("not an SQLite database")), qPrintable(db.error().message));
        QCOMPARE(fileSha256(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void refusesCorruptDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(2, 0), QTimeZone::utc()));
        {
            auto store = CaseStore::openSqlite(path, clock, QStringLiteral("ada"));
            QVERIFY(store.ok());
            for (int i = 0; i < 40; ++i)
                QVERIFY((*store)
                            ->createIncident(
                                {QStringLiteral("Incident %1 ").arg(i).repeated(20), {}, Severity::Low, {}, {}, {}, {}})
                            .ok());
        }
        QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).exitCode, 0);
        // Scribble over the middle of the file, past the header and schema page.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4 * 4096);
        f.seek(2 * 4096);
        f.write(QByteArray(3 * 4096, '\xA5'));
        f.close();
        const QByteArray before = fileSha256(path);

        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QCOMPARE(fileSha256(path), before);
    }

    void refusesAnotherApplicationsDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(sqlite3(path, QStringLiteral("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('x');"))
                     .exitCode,
                 0);
        const QByteArray before = fileSha256(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("another application")), qPrintable(db.error().message));
        QCOMPARE(fileSha256(path), before);
    }

    // A hostile case file: SQL planted by whoever had the file would run
    // inside every change Firebreak makes. Refused, named, untouched.
    void refusesPlantedTriggersAndViews_data()
    {
        QTest::addColumn<QString>("plant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trigger") << QStringLiteral("CREATE TRIGGER quiet_fix AFTER INSERT ON audit_log BEGIN "
                                                   "UPDATE incidents SET title = 'x'; END;")
                                 << QStringLiteral("trigger quiet_fix that Firebreak did not create");
        QTest::newRow("view") << QStringLiteral("CREATE VIEW incidents_all AS SELECT * FROM incidents;")
                              << QStringLiteral("view incidents_all that Firebreak did not create");
        QTest::newRow("altered trigger")
            << QStringLiteral("DROP TRIGGER audit_log_no_update; CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "
                              "audit_log BEGIN SELECT 1; END;")
            << QStringLiteral("trigger audit_log_no_update was altered");
    }

    void refusesPlantedTriggersAndViews()
    {
        QFETCH(QString, plant);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(
            QStringLiteral("planted-%1.sqlite")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(2, 0), QTimeZone::utc()));
        {
            auto store = CaseStore::openSqlite(path, clock, QStringLiteral("ic"));
            QVERIFY(store.ok());
            QVERIFY((*store)->createIncident({QStringLiteral("kept"), {}, Severity::High, {}, {}, {}, {}}).ok());
        }
        QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);") + plant).exitCode, 0);
        const QByteArray before = fileSha256(path);
        auto reopened = CaseStore::openSqlite(path, clock, QStringLiteral("ic"));
        QVERIFY(!reopened.ok());
        QVERIFY2(reopened.error().message.contains(expected) && reopened.error().message.contains(path),
                 qPrintable(reopened.error().message));
        QCOMPARE(fileSha256(path), before);
        // What was recorded is still there for whoever investigates the file.
        QCOMPARE(sqlite3(path, QStringLiteral("SELECT title FROM incidents;")).out.trimmed(), QStringLiteral("kept"));
    }

    void newCaseFileIsReadableByItsOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("private/cases.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(2, 0), QTimeZone::utc()));
        auto store = CaseStore::openSqlite(path, clock, QStringLiteral("ic"));
        QVERIFY(store.ok());
        QVERIFY((*store)->createIncident({QStringLiteral("personal data"), {}, Severity::High, {}, {}, {}, {}}).ok());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(path + suffix));
            QCOMPARE(QFileInfo(path + suffix).permissions() & others, QFileDevice::Permissions());
        }
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & others, QFileDevice::Permissions());
    }

    void unwritablePathNamesThePath()
    {
        // A path whose parent is a regular file cannot be created, even by root.
        const QString blocker = m_dir.filePath(QStringLiteral("plainfile"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString path = blocker + QStringLiteral("/sub/cases.sqlite");
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
    }

    void lockedByAnotherProcessFailsCleanly()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(2, 0), QTimeZone::utc()));
        auto store = CaseStore::openSqlite(path, clock, QStringLiteral("ada"));
        QVERIFY(store.ok());
        QVERIFY((*store)->createIncident({QStringLiteral("First"), {}, Severity::Low, {}, {}, {}, {}}).ok());

        // A real sqlite3 process holds the write lock until we close its stdin.
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(holder.waitForStarted());
        holder.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
        QVERIFY(holder.waitForReadyRead(10000));
        QVERIFY(holder.readAllStandardOutput().contains("held"));

        auto second = (*store)->createIncident({QStringLiteral("Second"), {}, Severity::Low, {}, {}, {}, {}});
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Locked);
        QVERIFY2(second.error().message.contains(QLatin1String("locked by another process")),
                 qPrintable(second.error().message));
        QVERIFY(second.error().message.contains(path));

        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));

        auto list = (*store)->incidents();
        QCOMPARE(list->size(), 1);
        QCOMPARE((*store)->auditLog()->size(), 1);
        QVERIFY((*store)->createIncident({QStringLiteral("Second"), {}, Severity::Low, {}, {}, {}, {}}).ok());
    }

    void defaultPathHonoursEnvironment()
    {
        const QString wanted = m_dir.filePath(QStringLiteral("env.sqlite"));
        qputenv("FIREBREAK_DB", wanted.toLocal8Bit());
        QCOMPARE(Database::defaultPath(), wanted);
        qunsetenv("FIREBREAK_DB");
        QVERIFY(Database::defaultPath().endsWith(QLatin1String("cases.sqlite")));
    }

    // A worker thread's connection is gone once QThread::wait() returns, so
    // the owner may delete the Database right away. (It used to be closed
    // by a thread_local destructor, which runs after wait() has returned: a
    // Database deleted at that moment raced the dying thread for the same
    // connection and crashed under ASan.)
    void workerConnectionsAreClosedBeforeWaitReturns()
    {
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("threads.sqlite")));
        QVERIFY(db.ok());
        for (int round = 0; round < 50; ++round) {
            QString name;
            bool opened = false;
            std::unique_ptr<QThread> worker(QThread::create([&] {
                QSqlDatabase conn = (*db)->connection();
                name = conn.connectionName();
                QSqlQuery q(conn);
                opened = q.exec(QStringLiteral("SELECT count(*) FROM incidents")) && q.next();
            }));
            worker->start();
            QVERIFY(worker->wait(30000));
            QVERIFY(opened);
            QVERIFY2(!QSqlDatabase::contains(name), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(name)));
        }
        // The owning thread's own connection is untouched by its workers.
        QVERIFY((*db)->connection().isOpen());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
