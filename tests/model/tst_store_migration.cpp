// store migrate at the model level (model/StoreMigration, storage/StoreCopy):
// the copy covers every table of the schema in an order the foreign keys
// accept, keeps ids, hashes and the store id, rolls everything back on a
// failure and never writes the source. Runs plain (target: a new SQLite
// file) and as tst_model_store_migration_pg (target: a PostgreSQL database).

#include "model/CaseStore.h"
#include "model/StoreMigration.h"
#include "model/storage/Database.h"
#include "model/storage/Schema.h"
#include "model/storage/StoreCopy.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

namespace {

template <typename T> QString errorOf(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

QStringList column(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The tables the schema really has, asked of the database with the test's
// own SQL (not StoreCopy's), so a table added by a later migration shows.
QStringList schemaTables(Database &db)
{
    QSqlDatabase c = db.connection();
    QStringList t =
        db.dialect() == Dialect::PostgreSQL
            // audit_transactions is PostgreSQL's own bookkeeping (which
            // transactions wrote an audit entry), not case data.
            ? column(c, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                       "AND tablename <> 'audit_transactions'"))
            : column(c, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                       "LIKE 'sqlite%'"));
    t.sort();
    return t;
}

QMap<QString, qint64> rowCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const QString &t : schemaTables(db))
        counts[t] = column(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(t)).value(0).toLongLong();
    return counts;
}

} // namespace

class TestStoreMigrate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(2, 0), QTimeZone::utc())};
    int m_n = 0;

    QString file(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name)); }

    // A laptop's store made through the real services, closed afterwards
    // (as Firebreak leaves it: the WAL folded into the file).
    QString laptopStore()
    {
        const QString path = file(QStringLiteral("laptop.sqlite"));
        auto store = CaseStore::openSqlite(path, m_clock, QStringLiteral("ada"));
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        auto a = (*store)->createIncident({QStringLiteral("Ransomware on fs01"),
                                           QStringLiteral("files encrypted"),
                                           Severity::Critical,
                                           QStringLiteral("Ada"),
                                           {},
                                           {},
                                           {}});
        auto b = (*store)->createIncident({QStringLiteral("Lost laptop"), {}, Severity::Low, {}, {}, {}, {}});
        if (!a || !b)
            qFatal("cannot create incidents");
        for (const char *name : {"Bob", "Chidi", "Dana"})
            (void)(*store)->addPerson(a->id,
                                      Person{0, {}, QString::fromLatin1(name), QStringLiteral("responder"), {}, {}});
        (void)(*store)->addPerson(b->id, Person{0, {}, QStringLiteral("Eve"), {}, {}, {}});
        (void)(*store)->addSystem(
            a->id, AffectedSystem{0, {}, QStringLiteral("fs01"), QStringLiteral("10.0.0.5"), {}, {}, {}, {}});
        return path;
    }

    QString target(const QString &name)
    {
        const QString spec = storeSpec(m_dir, QStringLiteral("%1-%2").arg(++m_n).arg(name));
        if (spec.isEmpty())
            qFatal("no target store");
        return spec;
    }

    MigrationRequest request(const QString &from, const QString &to)
    {
        MigrationRequest r;
        r.sourcePath = from;
        r.targetSpec = to;
        r.actor = QStringLiteral("migrator");
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void copyCoversEveryTableOfTheSchema()
    {
        // If this fails, a migration added a table: put it in
        // StoreCopy::tablesInCopyOrder() after the tables it references.
        auto db = Database::open(target(QStringLiteral("schema")));
        QVERIFY2(db, qPrintable(errorOf(db)));
        QStringList expected = StoreCopy::tablesInCopyOrder();
        QCOMPARE(QSet<QString>(expected.cbegin(), expected.cend()).size(), expected.size()); // no duplicates
        expected.sort();
        QCOMPARE(schemaTables(**db), expected);
        // ...and the copy's own catalogue query sees the same.
        QSqlDatabase c = (*db)->connection();
        auto listed = StoreCopy::tables(c);
        QVERIFY2(listed, qPrintable(errorOf(listed)));
        QCOMPARE(*listed, expected);
    }

    void copyOrderPutsReferencedTablesFirst()
    {
        auto db = Database::open(target(QStringLiteral("order")));
        QVERIFY2(db, qPrintable(errorOf(db)));
        const QStringList order = StoreCopy::tablesInCopyOrder();
        QSqlDatabase c = (*db)->connection();
        QList<QPair<QString, QString>> references; // child -> parent
        if ((*db)->dialect() == Dialect::PostgreSQL) {
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT conrelid::regclass::text, confrelid::regclass::text "
                                          "FROM pg_constraint WHERE contype = 'f'")));
            while (q.next())
                references.append({q.value(0).toString(), q.value(1).toString()});
        } else {
            for (const QString &t : order)
                for (const QString &parent :
                     column(c, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(t)))
                    references.append({t, parent});
        }
        QVERIFY(references.size() >= 10);
        for (const auto &[child, parent] : references)
            QVERIFY2(order.indexOf(parent) < order.indexOf(child),
                     qPrintable(QStringLiteral("%1 references %2 but is copied first").arg(child, parent)));
        QVERIFY(order.indexOf(QStringLiteral("audit_log")) < order.indexOf(QStringLiteral("audit_checkpoints")));
    }

    void copiesEverythingAndVerifiesOnArrival()
    {
        const QString from = laptopStore();
        const QByteArray sha = fileSha256(from);
        const QString to = target(QStringLiteral("team"));
        auto report = migrateStore(request(from, to), m_clock);
        QVERIFY2(report, qPrintable(errorOf(report)));
        QCOMPARE(fileSha256(from), sha);
        QCOMPARE(report->sourceSha256.toLatin1(), sha);
        QCOMPARE(report->copiedEntries, qint64(7));
        QCOMPARE(report->targetChain.entries, qint64(8));
        QCOMPARE(report->migrateEntry.seq, qint64(8));
        QCOMPARE(report->migrateEntry.action, QStringLiteral("store.migrate"));
        QCOMPARE(report->migrateEntry.actor, QStringLiteral("migrator"));
        QCOMPARE(report->migrateEntry.dbUser, onPostgres() ? QStringLiteral("firebreak_admin") : QString());
        QCOMPARE(report->migrateEntry.data.value(QStringLiteral("source_sha256")).toString().toLatin1(), sha);
        QCOMPARE(report->migrateEntry.data.value(QStringLiteral("source_entries")).toInteger(), qint64(7));
        QCOMPARE(report->migrateEntry.data.value(QStringLiteral("source_head_hash")).toString(),
                 report->sourceHeadHash);
        QCOMPARE(report->targetCreated, !onPostgres());

        auto source = Database::openSqlite(from);
        auto copy = Database::open(to);
        QVERIFY(source && copy);
        QMap<QString, qint64> expected = rowCounts(**source);
        expected[QStringLiteral("audit_log")] += 1;
        QMap<QString, qint64> got = rowCounts(**copy);
        if (onPostgres())
            got[QStringLiteral("store_meta")] -= 1; // the schema version is a row there, user_version in SQLite
        QCOMPARE(got, expected);

        CaseStore team(std::move(copy).value(), m_clock, QStringLiteral("bob"));
        CaseStore laptop(std::move(source).value(), m_clock, QStringLiteral("ada"));
        QCOMPARE(team.storeId(), laptop.storeId());
        QCOMPARE(team.storeId(), report->storeId);
        auto verdict = team.verifyAudit();
        QVERIFY(verdict && verdict->state == AuditVerdict::State::Intact);
        QCOMPARE(verdict->entries, qint64(8));
        auto before = laptop.auditLog();
        auto after = team.auditLog();
        QVERIFY(before && after);
        for (int i = 0; i < before->size(); ++i)
            QCOMPARE(after->at(i).entryHash, before->at(i).entryHash);

        // Ids kept, and the team's next row follows the copied ones.
        const QString inc = QStringLiteral("INC-2026-0001"); // Bob, Chidi, Dana
        QList<qint64> ids;
        for (const Person &p : *team.people(inc))
            ids << p.id;
        QList<qint64> laptopIds;
        for (const Person &p : *laptop.people(inc))
            laptopIds << p.id;
        QCOMPARE(ids, laptopIds);
        auto added = team.addPerson(inc, Person{0, {}, QStringLiteral("Frank"), {}, {}, {}});
        QVERIFY2(added, qPrintable(errorOf(added)));
        QCOMPARE(added->id, qint64(5));
        QVERIFY(team.verifyAudit()->state == AuditVerdict::State::Intact);
    }

    void aFailureRollsBackEverything()
    {
        const QString from = laptopStore();
        const QString to = target(QStringLiteral("rollback"));
        MigrationRequest r = request(from, to);
        bool reached = false;
        r.checkTarget = [&](const CaseStore &t) -> Status {
            // Inside the transaction everything is there...
            reached = t.auditLastSeq().value() == 8 && t.incidents()->size() == 2;
            return Error::failed(QStringLiteral("planted failure"));
        };
        auto report = migrateStore(r, m_clock);
        QVERIFY(!report);
        QVERIFY(reached);
        QVERIFY2(report.error().message.contains(QLatin1String("planted failure")) &&
                     report.error().message.contains(QLatin1String("Nothing was written")),
                 qPrintable(report.error().message));
        // ...and after it nothing is: a new file is gone, a database empty.
        if (!onPostgres()) {
            QVERIFY(!QFileInfo::exists(to));
            QVERIFY(!QFileInfo::exists(to + QStringLiteral("-wal")));
            return;
        }
        auto db = Database::open(to);
        QVERIFY(db);
        const QMap<QString, qint64> counts = rowCounts(**db);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == (it.key() == QLatin1String("store_meta") ? 2 : 0), qPrintable(it.key()));
    }

    void aNonEmptyTargetIsRefusedUntouched()
    {
        const QString from = laptopStore();
        const QString to = target(QStringLiteral("busy"));
        {
            auto busy = CaseStore::open(to, m_clock, QStringLiteral("bob"));
            QVERIFY(busy);
            QVERIFY((*busy)->createIncident({QStringLiteral("Already here"), {}, Severity::Low, {}, {}, {}, {}}));
        }
        auto db = Database::open(to);
        QVERIFY(db);
        const auto before = rowCounts(**db);
        auto report = migrateStore(request(from, to), m_clock);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Conflict);
        QVERIFY2(report.error().message.contains((*db)->path()) &&
                     report.error().message.contains(QLatin1String("not empty")),
                 qPrintable(report.error().message));
        QCOMPARE(rowCounts(**db), before);
    }

    void aBrokenSourceChainIsRefusedBeforeTheTargetIsOpened()
    {
        const QString from = laptopStore();
        QCOMPARE(sqlite3(from, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                              "UPDATE audit_log SET payload = '{}' WHERE seq = 4;"))
                     .exitCode,
                 0);
        const QByteArray sha = fileSha256(from);
        const QString to = onPostgres() ? target(QStringLiteral("broken")) : file(QStringLiteral("broken.sqlite"));
        auto report = migrateStore(request(from, to), m_clock);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Corrupt);
        QVERIFY2(report.error().message.contains(QLatin1String("broken at entry 4")) &&
                     report.error().message.contains(from),
                 qPrintable(report.error().message));
        QCOMPARE(fileSha256(from), sha);
        if (!onPostgres()) {
            QVERIFY(!QFileInfo::exists(to));
            return;
        }
        // Not even the schema: the target was never opened.
        QSqlDatabase admin = pgAdminConnection(QUrl(to).path().mid(1));
        QVERIFY(admin.isOpen());
        const QStringList tables = column(admin, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                                                "current_schema()"));
        pgDisconnect(admin);
        QVERIFY2(tables.isEmpty(), qPrintable(tables.join(u' ')));
    }

    void aSourceStillOpenSomewhereIsRefused()
    {
        const QString from = laptopStore();
        auto open = CaseStore::openSqlite(from, m_clock, QStringLiteral("ada"));
        QVERIFY(open);
        QVERIFY((*open)->createIncident({QStringLiteral("still typing"), {}, Severity::Low, {}, {}, {}, {}}));
        QVERIFY(QFileInfo(from + QStringLiteral("-wal")).size() > 0);
        auto report = migrateStore(request(from, file(QStringLiteral("unused.sqlite"))), m_clock);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, Error::Kind::Locked);
        QVERIFY2(report.error().message.contains(QLatin1String("-wal")), qPrintable(report.error().message));
    }

    void theSourceFolderIsLeftAsItWas()
    {
        const QString from = laptopStore();
        QDir folder = QFileInfo(from).dir();
        const QStringList before = folder.entryList(QDir::Files);
        const QDateTime modified = QFileInfo(from).lastModified();
        const QByteArray sha = fileSha256(from);
        auto report = migrateStore(request(from, target(QStringLiteral("folder"))), m_clock);
        QVERIFY2(report, qPrintable(errorOf(report)));
        QCOMPARE(fileSha256(from), sha);
        QCOMPARE(QFileInfo(from).lastModified(), modified);
        QStringList after = folder.entryList(QDir::Files);
        if (!onPostgres())
            after.removeAll(QFileInfo(report->target).fileName()); // the new target file
        QCOMPARE(after, before);                                   // no -wal or -shm beside the source
    }

    void anOlderLaptopFileIsUpgradedInTheCopyOnly()
    {
        // Schema 7: before team mode (no db_user, no row_version).
        const QString from = file(QStringLiteral("v7.sqlite"));
        AuditEntry e;
        e.seq = 1;
        e.at = m_clock.nowUtc();
        e.actor = QStringLiteral("ada");
        e.action = QStringLiteral("incident.create");
        e.object = e.incidentId = QStringLiteral("INC-2026-0001");
        e.data = QJsonObject{{QStringLiteral("title"), QStringLiteral("Old case")}};
        e.prevHash = audit::genesisHash();
        e.entryHash = audit::computeEntryHash(e.seq, e.prevHash, audit::canonicalRecord(e));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            db.setDatabaseName(from);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int v = 1; v <= 7; ++v)
                for (const QString &s : schema::migrationTo(v, Dialect::SQLite))
                    QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            const QString at = toIsoUtc(e.at);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO incidents (id, title, severity, phase, status, created_at, "
                                          "updated_at) VALUES ('INC-2026-0001', 'Old case', 'high', 'triage', "
                                          "'open', '%1', '%1')")
                               .arg(at)));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, object, incident_id, "
                                             "payload, prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?)")));
            for (const QVariant &v :
                 {QVariant(e.seq), QVariant(at), QVariant(e.actor), QVariant(e.action), QVariant(e.object),
                  QVariant(e.incidentId), QVariant(QString::fromUtf8(audit::canonicalJson(e.data))),
                  QVariant(e.prevHash), QVariant(e.entryHash)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));
        const QByteArray sha = fileSha256(from);

        auto report = migrateStore(request(from, target(QStringLiteral("upgraded"))), m_clock);
        QVERIFY2(report, qPrintable(errorOf(report)));
        QCOMPARE(fileSha256(from), sha);
        QCOMPARE(sqlite3(from, QStringLiteral("PRAGMA user_version;")).out.trimmed(), QStringLiteral("7"));
        QCOMPARE(report->copiedEntries, qint64(1));
        QCOMPARE(report->sourceHeadHash, e.entryHash);
        auto team = CaseStore::open(report->target, m_clock, QStringLiteral("bob"));
        QVERIFY(team);
        QCOMPARE((*team)->incident(QStringLiteral("INC-2026-0001"))->title, QStringLiteral("Old case"));
        QCOMPARE((*team)->auditLog()->first().entryHash, e.entryHash);
        QCOMPARE((*team)->verifyAudit()->entries, qint64(2));
    }

    void whatIsNotAStoreIsRefused()
    {
        const QString to = file(QStringLiteral("never.sqlite"));
        auto missing = migrateStore(request(file(QStringLiteral("missing.sqlite")), to), m_clock);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);

        const QString text = file(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto notStore = migrateStore(request(text, to), m_clock);
        QVERIFY(!notStore);
        QVERIFY2(notStore.error().message.contains(text) &&
                     !notStore.error().message.contains(QLatin1String("source.sqlite")), // the scratch copy
                 qPrintable(notStore.error().message));

        const QString empty = file(QStringLiteral("empty.sqlite"));
        QVERIFY(Database::openSqlite(empty)); // a store with nothing in it
        auto nothing = migrateStore(request(empty, to), m_clock);
        QVERIFY(!nothing);
        QVERIFY2(nothing.error().message.contains(QLatin1String("nothing to migrate")),
                 qPrintable(nothing.error().message));
        QVERIFY(!QFileInfo::exists(to));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrate)
#include "tst_store_migration.moc"
