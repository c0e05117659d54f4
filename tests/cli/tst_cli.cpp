// firebreak-cli end to end: the built binary on real temp databases,
// checking exit codes, output and that refused operations change nothing.

#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak::test;

class TestCli : public QObject {
    Q_OBJECT

    QString m_db;

    ProcessResult cli(const QStringList &args, const QStringList &env = {}) { return runCli(args, {.env = env}); }
    ProcessResult onDb(QStringList args) { return cli(QStringList{QStringLiteral("--db"), m_db} + args); }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("case-%1.sqlite").arg(++n));
    }

    void versionAndHelp()
    {
        auto v = cli({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QLatin1String("firebreak-cli ")));
        auto h = cli({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        for (const char *cmd : {"incident new", "incident list", "incident show", "audit verify", "audit log"})
            QVERIFY2(h.out.contains(QLatin1String(cmd)), cmd);
        for (const QStringList &cmd : {QStringList{QStringLiteral("incident"), QStringLiteral("new")},
                                       QStringList{QStringLiteral("incident"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("incident"), QStringLiteral("show")},
                                       QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
                                       QStringList{QStringLiteral("audit"), QStringLiteral("log")}}) {
            auto ch = cli(cmd + QStringList{QStringLiteral("--help")});
            QCOMPARE(ch.exitCode, 0);
            QVERIFY2(ch.out.startsWith(QStringLiteral("Usage: firebreak-cli ") + cmd.join(QLatin1Char(' '))),
                     qPrintable(ch.out));
        }
        // A command family's help lists its commands and is not an error.
        for (const char *family : {"report", "incident", "archive", "clock"}) {
            auto fh = cli({QLatin1String(family), QStringLiteral("--help")});
            QCOMPARE(fh.exitCode, 0);
            QVERIFY2(fh.out.startsWith(QStringLiteral("Usage: firebreak-cli %1 SUBCOMMAND").arg(QLatin1String(family))),
                     qPrintable(fh.out + fh.err));
        }
        QVERIFY(cli({QStringLiteral("report"), QStringLiteral("--help")}).out.contains(QLatin1String("report rfo")));
        // Without --help a bare family is still a usage error.
        QCOMPARE(cli({QStringLiteral("report")}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_db)); // help never creates a database
    }

    void createListShow()
    {
        auto n = onDb({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                       QStringLiteral("Ransomware on fs01"), QStringLiteral("--severity"), QStringLiteral("critical"),
                       QStringLiteral("--commander"), QStringLiteral("Ada")});
        QCOMPARE(n.exitCode, 0);
        const QString id = n.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^INC-\\d{4}-0001$")).match(id).hasMatch(), qPrintable(id));

        QCOMPARE(onDb({QStringLiteral("person"), QStringLiteral("add"), id, QStringLiteral("--name"),
                       QStringLiteral("Bob Marley"), QStringLiteral("--role"), QStringLiteral("forensics")})
                     .exitCode,
                 0);
        QCOMPARE(onDb({QStringLiteral("system"), QStringLiteral("add"), id, QStringLiteral("--hostname"),
                       QStringLiteral("fs01"), QStringLiteral("--ip"), QStringLiteral("10.0.0.5")})
                     .exitCode,
                 0);

        auto list = onDb({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.first().toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(arr.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));

        auto show = onDb({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Ransomware on fs01"));
        QCOMPARE(o.value(QStringLiteral("commander")).toString(), QStringLiteral("Ada"));
        QCOMPARE(
            o.value(QStringLiteral("people")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Bob Marley"));
        QCOMPARE(o.value(QStringLiteral("systems"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("ip_address"))
                     .toString(),
                 QStringLiteral("10.0.0.5"));

        auto text = onDb({QStringLiteral("incident"), QStringLiteral("show"), id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("Bob Marley")));

        auto log = onDb({QStringLiteral("audit"), QStringLiteral("log"), id, QStringLiteral("--json")});
        QCOMPARE(log.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(log.out.toUtf8()).array();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("incident.create"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("person.add"));
    }

    void environmentChoosesTheDatabase()
    {
        auto n =
            cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("x")},
                {QStringLiteral("FIREBREAK_DB=") + m_db});
        QCOMPARE(n.exitCode, 0);
        QVERIFY(QFileInfo::exists(m_db));
        QCOMPARE(onDb({QStringLiteral("incident"), QStringLiteral("list")}).out.count(QLatin1String("INC-")), 1);
    }

    void actorIsRecorded()
    {
        QCOMPARE(
            cli({QStringLiteral("--db"), m_db, QStringLiteral("--actor"), QStringLiteral("Grace Hopper"),
                 QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("x")})
                .exitCode,
            0);
        auto log = onDb({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(log.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("actor"))
                     .toString(),
                 QStringLiteral("Grace Hopper"));
    }

    void usageErrorsExitTwoAndChangeNothing()
    {
        QCOMPARE(
            onDb({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("keep")})
                .exitCode,
            0);
        const QByteArray before = fileSha256(m_db);
        struct Case {
            QStringList args;
            const char *mention;
        };
        const QList<Case> cases = {
            {{QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QString()}, "title"},
            {{QStringLiteral("incident"), QStringLiteral("new")}, "title"},
            {{QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("t"),
              QStringLiteral("--severity"), QStringLiteral("apocalyptic")},
             "apocalyptic"},
            {{QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("42")}, "42"},
            {{QStringLiteral("incident"), QStringLiteral("frobnicate")}, "incident"},
            {{QStringLiteral("teleport")}, "teleport"},
            {{QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--colour")}, "colour"},
        };
        for (const Case &c : cases) {
            auto r = onDb(c.args);
            QVERIFY2(r.exitCode == 2, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + r.err));
            QVERIFY2(r.err.contains(QLatin1String(c.mention)), qPrintable(r.err));
        }
        QCOMPARE(fileSha256(m_db), before);
    }

    void unknownIncidentExitsOne()
    {
        QCOMPARE(onDb({QStringLiteral("incident"), QStringLiteral("list")}).exitCode, 0);
        auto r = onDb({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("INC-2026-0404")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("INC-2026-0404")));
        QVERIFY(r.err.contains(m_db));
        auto p = onDb({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("INC-2026-0404"),
                       QStringLiteral("--name"), QStringLiteral("Bob")});
        QCOMPARE(p.exitCode, 1);
    }

    void auditVerifyFindsTampering()
    {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(onDb({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                           QStringLiteral("case %1").arg(i)})
                         .exitCode,
                     0);
        auto ok = onDb({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QLatin1String("intact")));

        QCOMPARE(sqlite3(m_db, QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                              "UPDATE audit_log SET actor = 'nobody' WHERE seq = 3;"))
                     .exitCode,
                 0);
        auto bad = onDb({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("seq 3")), qPrintable(bad.err));

        auto json = onDb({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("first_bad_seq")).toInt(), 3);
    }

    void auditVerifyFindsDeletedRow()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(onDb({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                           QStringLiteral("case %1").arg(i)})
                         .exitCode,
                     0);
        QCOMPARE(sqlite3(m_db, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 1;"))
                     .exitCode,
                 0);
        auto bad = onDb({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("seq 2")), qPrintable(bad.err));
        // The dropped append-only guard is named too.
        QVERIFY2(bad.err.contains(QLatin1String("trigger audit_log_no_delete that Firebreak created is missing")),
                 qPrintable(bad.err));
    }

    void exportedCheckpointRevealsCutTail()
    {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(onDb({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                           QStringLiteral("case %1").arg(i)})
                         .exitCode,
                     0);
        const QString key = m_dir.filePath(QStringLiteral("audit-key.pem"));
        const QString exported = m_dir.filePath(QStringLiteral("checkpoint.json"));
        const QString passFile = m_dir.filePath(QStringLiteral("audit-key.pass"));
        QFile pass(passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("a passphrase of some length\n");
        pass.close();
        auto cp = onDb({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--key"), key,
                        QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--export"), exported});
        QVERIFY2(cp.exitCode == 0, qPrintable(cp.err));
        QCOMPARE(
            onDb({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--against"), exported}).exitCode,
            0);
        QCOMPARE(sqlite3(m_db, QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 4;"))
                     .exitCode,
                 0);
        auto bad = onDb({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--against"), exported});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("tail deleted")), qPrintable(bad.err));
    }

    void refusesFilesItMustNotTouch()
    {
        // Not SQLite
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a database\n").repeated(100));
        f.close();
        const QByteArray before = fileSha256(notes);
        auto r = cli({QStringLiteral("--db"), notes, QStringLiteral("incident"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(notes) && r.err.contains(QLatin1String("not an SQLite database")), qPrintable(r.err));
        QCOMPARE(fileSha256(notes), before);

        // Newer schema
        QCOMPARE(onDb({QStringLiteral("incident"), QStringLiteral("list")}).exitCode, 0);
        QCOMPARE(sqlite3(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = 99;")).exitCode,
                 0);
        const QByteArray dbBefore = fileSha256(m_db);
        auto tooNew =
            onDb({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(tooNew.exitCode, 1);
        QVERIFY2(tooNew.err.contains(QLatin1String("schema version 99")), qPrintable(tooNew.err));
        QCOMPARE(fileSha256(m_db), dbBefore);

        // Unwritable location
        const QString under = notes + QStringLiteral("/cases.sqlite");
        auto unw = cli({QStringLiteral("--db"), under, QStringLiteral("incident"), QStringLiteral("new"),
                        QStringLiteral("--title"), QStringLiteral("x")});
        QCOMPARE(unw.exitCode, 1);
        QVERIFY2(unw.err.contains(under), qPrintable(unw.err));
    }

    void lockedDatabaseExitsOneAndNamesIt()
    {
        QCOMPARE(
            onDb({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("a")})
                .exitCode,
            0);
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {m_db});
        QVERIFY(holder.waitForStarted());
        holder.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n");
        QVERIFY(holder.waitForReadyRead(10000));
        auto r =
            onDb({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("b")});
        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        holder.waitForFinished(10000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("locked by another process")) && r.err.contains(m_db), qPrintable(r.err));
        QCOMPARE(onDb({QStringLiteral("incident"), QStringLiteral("list")}).out.count(QLatin1String("INC-")), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
