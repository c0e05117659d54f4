// `firebreak-cli store migrate` end to end: a laptop's case file made by
// the real firebreak-cli (every table holding rows, a signed checkpoint
// exported off the "laptop"), copied into a target that is a new SQLite file
// in the plain run and a PostgreSQL database in tst_store_migrate_pg; then
// the target is checked with the same CLI and with SQL of the test's own.

#include "support/CliRunner.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak::test;

namespace {

// Rows per table and the store id, read with the test's own SQL.
struct Snapshot {
    QMap<QString, qint64> rows;
    QString storeId;
    bool operator==(const Snapshot &o) const { return rows == o.rows && storeId == o.storeId; }
};

QString firstValue(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0).toString();
}

Snapshot snapshotOf(QSqlDatabase &db, bool postgres)
{
    Snapshot s;
    QStringList tables;
    {
        QSqlQuery q(db);
        q.exec(postgres ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                         "AND tablename <> 'audit_transactions'")
                        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                         "'sqlite%'"));
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &t : tables)
        s.rows[t] = firstValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(t)).toLongLong();
    if (tables.contains(QLatin1String("store_meta"))) {
        s.storeId = firstValue(db, QStringLiteral("SELECT value FROM store_meta WHERE key = 'store_id'"));
        // PostgreSQL keeps the schema version as a row, SQLite in user_version.
        if (postgres)
            s.rows[QStringLiteral("store_meta")] -= 1;
    }
    return s;
}

// Command-line words; QAnyStringView takes both literals and QStrings.
QStringList words(std::initializer_list<QAnyStringView> list)
{
    QStringList out;
    for (QAnyStringView w : list)
        out << w.toString();
    return out;
}

} // namespace

class TestStoreMigrate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source; // the laptop's case file, never migrated from directly
    QString m_anchor; // a checkpoint exported from it
    QString m_data;   // XDG_DATA_HOME: the laptop's signing key
    qint64 m_sourceEntries = 0;
    QString m_sourceHead;
    QString m_inc; // the incident most of the records belong to

    ProcessResult cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        QStringList e{QStringLiteral("XDG_DATA_HOME=") + m_data, QStringLiteral("FIREBREAK_ACTOR=ada"),
                      QStringLiteral("FIREBREAK_AUDIT_KEY_PASSPHRASE=laptop-pw")};
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e << it.key() + QLatin1Char('=') + it.value();
        return runCli(args, {.env = e}); // stdin is no terminal: never a prompt
    }
    ProcessResult on(const QString &store, const QStringList &args)
    {
        return cli(QStringList{QStringLiteral("--db"), store} + args);
    }
    ProcessResult migrate(const QString &from, const QString &to, const QMap<QString, QString> &env = {})
    {
        return cli({QStringLiteral("store"), QStringLiteral("migrate"), QStringLiteral("--from"), from,
                    QStringLiteral("--to"), to},
                   env);
    }

    // A copy of the laptop's file, so each test starts from the same one.
    QString laptopCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_source, path))
            qFatal("cannot copy the source");
        return path;
    }

    QString target(const QString &name)
    {
        const QString spec = storeSpec(m_dir, name);
        if (spec.isEmpty())
            qFatal("no target store");
        return spec;
    }

    // The target seen through SQL of the test's own; for a store that does
    // not exist yet, an empty snapshot.
    Snapshot snapshotOfTarget(const QString &spec)
    {
        if (onPostgres()) {
            QSqlDatabase db = pgAdminConnection(QUrl(spec).path().mid(1));
            const Snapshot s = snapshotOf(db, true);
            pgDisconnect(db);
            return s;
        }
        if (!QFileInfo::exists(spec))
            return {};
        return snapshotOfFile(spec);
    }
    static Snapshot snapshotOfFile(const QString &path)
    {
        Snapshot s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open())
                s = snapshotOf(db, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
        return s;
    }

    QJsonObject verifyJson(const QString &store)
    {
        auto r = on(store, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QJsonArray auditLog(const QString &store)
    {
        return QJsonDocument::fromJson(
                   on(store, {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")}).out.toUtf8())
            .array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("laptop-data"));
        m_source = m_dir.filePath(QStringLiteral("laptop.sqlite"));
        m_anchor = m_dir.filePath(QStringLiteral("anchor.json"));
        const QString log = m_dir.filePath(QStringLiteral("access.log"));
        const QString disk = m_dir.filePath(QStringLiteral("usb.bin"));
        QDir(m_dir.path()).mkdir(QStringLiteral("images"));
        for (const auto &[path, bytes] :
             {std::pair{log, QByteArray("GET /shell.php 200\n")}, std::pair{disk, QByteArray(64 * 1024, 'u')}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        // Aware an hour ago, so the notice below is on time.
        const QString aware = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        const QString sent = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        auto first = on(m_source, words({"incident", "new", "--title", "Ransomware on fs01", "--severity", "critical",
                                         "--commander", "Ada"}));
        auto second = on(
            m_source, words({"incident", "new", "--title", "Phishing wave", "--playbook", "compromised-credentials"}));
        QVERIFY2(first.exitCode == 0 && second.exitCode == 0, qPrintable(first.err + second.err));
        m_inc = first.out.trimmed();
        const QString other = second.out.trimmed();
        const QList<QStringList> steps = {
            words({"person", "add", m_inc, "--name", "Bob Marley", "--role", "forensics"}),
            words({"person", "add", other, "--name", "Eve", "--role", "helpdesk"}),
            words({"system", "add", m_inc, "--hostname", "fs01", "--ip", "10.0.0.5"}),
            words({"evidence", "add", m_inc, log, "--description", "web server log", "--storage", "locker 3"}),
            words({"evidence", "transfer", m_inc, "E-001", "--from", "Ada", "--to", "Bob", "--purpose", "analysis"}),
            words({"evidence", "verify", m_inc, "E-001"}),
            words({"image", "--source", disk, "--dest", m_dir.filePath(QStringLiteral("images/usb.img")), "--incident",
                   m_inc, "--description", "USB stick from reception", "--system", "fs01"}),
            // Who holds E-001 now is Bob: a hand-over from someone else keeps its reason.
            words({"evidence", "transfer", m_inc, "E-001", "--from", "Eve", "--to", "Locker", "--purpose", "storage",
                   "--override-reason", "Bob was away; Eve carried it"}),
            words({"evidence", "link-system", m_inc, "E-001", "--system", "fs01"}),
            words({"clock", "classify", m_inc, "--personal-data", "--aware-at", aware, "--reason", "customer records"}),
            words({"clock", "notice", m_inc, "gdpr-art33", "--sent-at", sent, "--recipient", "CNIL", "--reference",
                   "R-1"}),
            words({"clock", "waive", m_inc, "customer-personal", "--justification", "no customer data after all"}),
            words({"clock", "classify", m_inc, "--material", "--aware-at", aware, "--reason", "board"}),
            words({"clock", "delay", m_inc, "sec-8k", "--days", "30", "--ground", "national-security",
                   "--determined-at", aware, "--ag-reference", "AG-1", "--reason", "AG letter"}),
            words({"breach", "set", m_inc, "--nature", "exfiltration", "--subject-count", "120"}),
            words({"step", "done", m_inc, "notify-senior", "--note", "CTO called"}),
            words({"timeline", "add", m_inc, "--at", aware, "--text", "first beacon", "--source", "EDR"}),
            words({"contact", "add", m_inc, "--type", "law-enforcement", "--summary", "complaint filed",
                   "--organisation", "Police"}),
            words({"isolate", "add", m_inc, "--system", "fs01", "--action", "network cut"}),
            words({"recovery", "add", m_inc, "--kind", "action", "--text", "restored from backup", "--system", "fs01"}),
            words({"rca", "set", m_inc, "--root-cause", "unpatched VPN", "--why", "no patch window"}),
            words({"corrective", "add", m_inc, "--action", "patch the VPN", "--owner", "Ada", "--due", "2026-12-31"}),
            words({"report", "customer-text", m_inc, "--field", "summary", "--text", "A VPN flaw let an attacker in."}),
            words({"audit", "key", "init"}),
            words({"audit", "checkpoint", "export", m_anchor}),
            // After the anchor, so the anchor vouches for less than the head.
            words({"person", "add", m_inc, "--name", "Chidi", "--role", "network"}),
        };
        for (const QStringList &step : steps) {
            auto r = on(m_source, step);
            QVERIFY2(r.exitCode == 0, qPrintable(step.join(u' ') + QStringLiteral(": ") + r.err));
        }
        // Realistic means every table holds something, so every table's copy is checked.
        const Snapshot s = snapshotOfFile(m_source);
        QVERIFY(s.rows.size() >= 22);
        for (auto it = s.rows.cbegin(); it != s.rows.cend(); ++it)
            QVERIFY2(it.value() > 0, qPrintable(QStringLiteral("no rows in %1").arg(it.key())));
        QCOMPARE(QFileInfo(m_source + QStringLiteral("-wal")).size(), 0); // all folded into the file
        const QJsonObject v = verifyJson(m_source);
        QVERIFY(v.value(QStringLiteral("intact")).toBool());
        m_sourceEntries = v.value(QStringLiteral("entries")).toInteger();
        m_sourceHead = v.value(QStringLiteral("head_hash")).toString();
        QVERIFY(m_sourceEntries > 20);
    }

    void migratesWithTheChainIntactAndVerifiedOnArrival()
    {
        const QString from = laptopCopy(QStringLiteral("laptop-1.sqlite"));
        const QByteArray sha = fileSha256(from);
        const Snapshot source = snapshotOfFile(from);
        const QString to = target(QStringLiteral("team.sqlite"));

        auto r = migrate(from, to);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("verified on arrival")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromLatin1(sha)) && r.out.contains(m_sourceHead) &&
                     r.out.contains(QStringLiteral("%1 entries copied").arg(m_sourceEntries)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("audit_checkpoints")) && r.out.contains(QLatin1String("custody_events")),
                 qPrintable(r.out));
        QCOMPARE(fileSha256(from), sha);

        // The CLI's own verdict on the target: one more entry, all intact.
        const QJsonObject v = verifyJson(to);
        QVERIFY2(v.value(QStringLiteral("intact")).toBool() && v.value(QStringLiteral("checkpoints_ok")).toBool(),
                 QJsonDocument(v).toJson().constData());
        QCOMPARE(v.value(QStringLiteral("entries")).toInteger(), m_sourceEntries + 1);
        QVERIFY(v.value(QStringLiteral("missing_safeguards")).toArray().isEmpty());
        // The checkpoint exported from the laptop holds on the team store.
        auto anchored =
            on(to, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), m_anchor});
        QVERIFY2(anchored.exitCode == 0, qPrintable(anchored.out + anchored.err));

        // Every table: same rows (audit_log one more), same store id.
        Snapshot expected = source;
        expected.rows[QStringLiteral("audit_log")] += 1;
        const Snapshot got = snapshotOfTarget(to);
        QCOMPARE(got.rows, expected.rows);
        QCOMPARE(got.storeId, source.storeId);

        // Entry by entry, and the one that records the move.
        const QJsonArray before = auditLog(from);
        const QJsonArray after = auditLog(to);
        QCOMPARE(after.size(), before.size() + 1);
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i).toObject(), before.at(i).toObject());
        const QJsonObject last = after.last().toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("store.migrate"));
        const QJsonObject data = last.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("from")).toString(), QFileInfo(from).absoluteFilePath());
        QCOMPARE(data.value(QStringLiteral("source_sha256")).toString().toLatin1(), sha);
        QCOMPARE(data.value(QStringLiteral("source_entries")).toInteger(), m_sourceEntries);
        QCOMPARE(data.value(QStringLiteral("source_head_hash")).toString(), m_sourceHead);
        if (onPostgres()) {
            QSqlDatabase db = pgAdminConnection(QUrl(to).path().mid(1));
            const QString users = firstValue(db, QStringLiteral("SELECT string_agg(DISTINCT db_user, ',') FROM "
                                                                "audit_log"));
            pgDisconnect(db);
            QCOMPARE(users, QStringLiteral(",firebreak_admin")); // the laptop's entries name nobody
        }

        // The records read back the same, and the team can carry on.
        const QList<QStringList> reads = {
            words({"incident", "list", "--json"}),        words({"incident", "show", m_inc, "--json"}),
            words({"evidence", "list", m_inc, "--json"}), words({"evidence", "show", m_inc, "E-001", "--json"}),
            words({"step", "list", m_inc, "--json"}),     words({"contact", "list", m_inc, "--json"}),
            words({"breach", "show", m_inc, "--json"}),   words({"rca", "show", m_inc}),
            words({"timeline", "list", m_inc}),
        };
        for (const QStringList &cmd : reads) {
            const auto a = on(from, cmd);
            const auto b = on(to, cmd);
            QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(cmd.join(u' ') + u' ' + a.err + b.err));
            QCOMPARE(b.out, a.out);
        }
        auto later = on(to, {QStringLiteral("person"), QStringLiteral("add"), m_inc, QStringLiteral("--name"),
                             QStringLiteral("Dana")});
        QVERIFY2(later.exitCode == 0, qPrintable(later.err));
        QCOMPARE(verifyJson(to).value(QStringLiteral("entries")).toInteger(), m_sourceEntries + 2);
    }

    void aSecondMigrateIsRefusedAndChangesNothing()
    {
        const QString from = laptopCopy(QStringLiteral("laptop-2.sqlite"));
        const QString to = target(QStringLiteral("twice.sqlite"));
        QCOMPARE(migrate(from, to).exitCode, 0);
        const Snapshot before = snapshotOfTarget(to);
        const QString head = verifyJson(to).value(QStringLiteral("head_hash")).toString();

        auto again = migrate(from, to);
        QCOMPARE(again.exitCode, 1);
        const QString shown = onPostgres() ? QUrl(to).path().mid(1) : to;
        QVERIFY2(again.err.contains(QLatin1String("not empty")) && again.err.contains(shown) &&
                     again.err.contains(QLatin1String("Nothing was written")),
                 qPrintable(again.err));
        QCOMPARE(snapshotOfTarget(to), before);
        QCOMPARE(verifyJson(to).value(QStringLiteral("head_hash")).toString(), head);
    }

    void aTamperedSourceIsRefusedNamingTheEntry()
    {
        const QString from = laptopCopy(QStringLiteral("laptop-tampered.sqlite"));
        QCOMPARE(sqlite3(from, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                              "UPDATE audit_log SET actor = 'mallory' WHERE seq = 5;"))
                     .exitCode,
                 0);
        const QByteArray sha = fileSha256(from);
        const QString to = target(QStringLiteral("tampered-target.sqlite"));

        auto r = migrate(from, to);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("broken at entry 5")) && r.err.contains(QLatin1String("row edited")) &&
                     r.err.contains(from) && r.err.contains(QLatin1String("nothing was copied")),
                 qPrintable(r.err));
        QCOMPARE(fileSha256(from), sha);
        // The target was never opened: no file, no schema, no rows.
        QCOMPARE(snapshotOfTarget(to), Snapshot());
        QVERIFY(!QFileInfo::exists(to + QStringLiteral("-wal")));
    }

    void clearErrors()
    {
        const QString to = target(QStringLiteral("errors.sqlite"));
        auto usage = cli({QStringLiteral("store"), QStringLiteral("migrate"), QStringLiteral("--to"), to});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QLatin1String("--from FILE")), qPrintable(usage.err));

        const QString missing = m_dir.filePath(QStringLiteral("no-such.sqlite"));
        auto absent = migrate(missing, to);
        QCOMPARE(absent.exitCode, 1);
        QVERIFY2(absent.err.contains(missing) && absent.err.contains(QLatin1String("does not exist")),
                 qPrintable(absent.err));

        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'n'));
        f.close();
        auto text = migrate(notes, to);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.err.contains(notes) && text.err.contains(QLatin1String("not an SQLite database")),
                 qPrintable(text.err));

        const QString other = m_dir.filePath(QStringLiteral("other-app.sqlite"));
        QCOMPARE(
            sqlite3(other, QStringLiteral("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');")).exitCode,
            0);
        auto foreign = migrate(other, to);
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains(other) && foreign.err.contains(QLatin1String("another application")),
                 qPrintable(foreign.err));

        const QString from = laptopCopy(QStringLiteral("laptop-errors.sqlite"));
        const QString nowhere = QStringLiteral("postgresql://firebreak_admin@127.0.0.1:1/nowhere");
        auto unreachable = migrate(from, nowhere);
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains(QLatin1String("cannot connect to case store ") + nowhere) &&
                     unreachable.err.contains(QLatin1String("Nothing was copied")),
                 qPrintable(unreachable.err));

        if (onPostgres()) {
            // No ~/.pgpass entry and no terminal to ask on: say where it goes.
            auto noPassword =
                migrate(from, to, {{QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("none"))}});
            QCOMPARE(noPassword.exitCode, 1);
            QVERIFY2(noPassword.err.contains(QLatin1String("needs a password")) &&
                         noPassword.err.contains(QLatin1String("~/.pgpass")),
                     qPrintable(noPassword.err));
        }
        QCOMPARE(snapshotOfTarget(to), Snapshot());
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrate)
#include "tst_store_migrate.moc"
