// `firebreak-cli evidence ...` end to end: the built binary on real temp
// databases and files, checking exit codes, output, that a mismatch stands
// out, that refused commands change nothing, and that Ctrl-C cancels an add
// cleanly.

#include "model/CaseStore.h"
#include "support/CliRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace firebreak::test;

namespace {

// {"evidence", "add", ...} without a QStringLiteral per word.
QStringList w(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *word : words)
        out << QString::fromUtf8(word);
    return out;
}

} // namespace

class TestEvidenceCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_id;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    ProcessResult cli(const QStringList &args)
    {
        return runCli(args, {.db = m_db, .env = {QStringLiteral("FIREBREAK_ACTOR=Bob Marley")}});
    }
    QJsonArray listJson()
    {
        return QJsonDocument::fromJson(cli(w({"evidence", "list"}) << m_id << QStringLiteral("--json")).out.toUtf8())
            .array();
    }
    QJsonObject showJson(const QString &number)
    {
        return QJsonDocument::fromJson(
                   cli(w({"evidence", "show"}) << m_id << number << QStringLiteral("--json")).out.toUtf8())
            .object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("case.sqlite"));
        auto n = cli(w({"incident", "new", "--title", "Ransomware on fs01"}));
        QCOMPARE(n.exitCode, 0);
        m_id = n.out.trimmed();
    }

    void helpForEachSubcommand()
    {
        for (const char *sub : {"add", "list", "show", "verify", "transfer", "custody", "link-system"}) {
            auto h = runCli({QStringLiteral("evidence"), QString::fromLatin1(sub), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.startsWith(QStringLiteral("Usage: firebreak-cli evidence %1").arg(QLatin1String(sub))),
                     qPrintable(h.out));
        }
        auto all = runCli({QStringLiteral("--help")});
        for (const char *sub : {"evidence add", "evidence list", "evidence verify", "evidence transfer"})
            QVERIFY2(all.out.contains(QLatin1String(sub)), sub);
        auto bare = runCli({QStringLiteral("evidence")});
        QCOMPARE(bare.exitCode, 2);
    }

    void addPrintsNumberAndCoreutilsHashes()
    {
        const QString file = path(QStringLiteral("auth.log"));
        QVERIFY(writeRandomFile(file, 1500000, 5));
        auto r = cli(w({"evidence", "add"}) << m_id << file
                                            << w({"--description", "auth.log of fs01", "--source", "fs01:/var/log",
                                                  "--storage", "locker 3", "--volatility", "disk", "--progress",
                                                  "--collected-at", "2026-11-19T08:00", "--zone", "Europe/Paris"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("E-001"));
        QCOMPARE(lines.value(1), QStringLiteral("md5     ") + coreutilsSum(QStringLiteral("md5sum"), file));
        QCOMPARE(lines.value(2), QStringLiteral("sha1    ") + coreutilsSum(QStringLiteral("sha1sum"), file));
        QCOMPARE(lines.value(3), QStringLiteral("sha256  ") + coreutilsSum(QStringLiteral("sha256sum"), file));
        QVERIFY2(r.err.contains(QLatin1String("100.0%")), qPrintable(r.err)); // --progress: final line on stderr
        QVERIFY(r.err.contains(QLatin1String("registered")));

        // Collection time read in the given zone; JSON output.
        const QString second = path(QStringLiteral("photo-of-label.jpg"));
        QVERIFY(writeRandomFile(second, 2048, 6));
        auto j = cli(w({"evidence", "add"}) << m_id << second
                                            << w({"--description", "photo of the disk label", "--number", "E-010",
                                                  "--collected-by", "A. Lovelace, +33 1 00", "--collected-at",
                                                  "2026-01-15T09:30", "--zone", "America/New_York", "--json"}));
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("number")).toString(), QStringLiteral("E-010"));
        QCOMPARE(o.value(QStringLiteral("collected_at")).toString(), QStringLiteral("2026-01-15T14:30:00.000Z"));
        QCOMPARE(o.value(QStringLiteral("collected_zone")).toString(), QStringLiteral("America/New_York"));
        QCOMPARE(o.value(QStringLiteral("collected_by")).toString(), QStringLiteral("A. Lovelace, +33 1 00"));
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), coreutilsSum(QStringLiteral("sha256sum"), second));
        QCOMPARE(o.value(QStringLiteral("path")).toString(), second);
        QCOMPARE(listJson().size(), 2);
    }

    void addRefusalsChangeNothing()
    {
        const QString good = path(QStringLiteral("good.bin"));
        QVERIFY(writeRandomFile(good, 100, 7));
        const QByteArray before = fileSha256(m_db);
        struct Case {
            QStringList args;
            int exitCode;
            QString mention;
        };
        const QList<Case> cases{
            {w({"evidence", "add"}) << m_id << path(QStringLiteral("absent.bin")) << w({"--description", "x"}), 1,
             QStringLiteral("absent.bin")},
            {w({"evidence", "add"}) << m_id << m_dir.path() << w({"--description", "x"}), 2,
             QStringLiteral("directory")},
            {w({"evidence", "add"}) << m_id << good, 2, QStringLiteral("--description")},
            {w({"evidence", "add"}) << m_id << w({"--description", "x"}), 2, QStringLiteral("file")},
            {w({"evidence", "add", "INC-1", "x", "--description", "x"}), 2, QStringLiteral("INC-1")},
            {w({"evidence", "add", "INC-2020-0099"}) << good << w({"--description", "x"}), 1,
             QStringLiteral("INC-2020-0099")},
            {w({"evidence", "add"}) << m_id << good << w({"--description", "x", "--number", "E-001"}), 1,
             QStringLiteral("E-001")},
            {w({"evidence", "add"}) << m_id << good << w({"--description", "x", "--volatility", "lukewarm"}), 2,
             QStringLiteral("lukewarm")},
            {w({"evidence", "add"}) << m_id << good << w({"--description", "x", "--zone", "Mars/Base"}), 2,
             QStringLiteral("Mars/Base")},
            {w({"evidence", "add"}) << m_id << good << w({"--description", "x", "--collected-at", "yesterday"}), 2,
             QStringLiteral("yesterday")},
        };
        for (const Case &c : cases) {
            auto r = cli(c.args);
            QVERIFY2(r.exitCode == c.exitCode, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                                          QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
            QVERIFY2(r.err.contains(c.mention), qPrintable(r.err));
        }
        QCOMPARE(fileSha256(m_db), before);
    }

    void transferCustodyAndShow()
    {
        auto t = cli(w({"evidence", "transfer"})
                     << m_id
                     << w({"E-001", "--from", "B. Marley, analyst", "--to", "Lt. Dupont, OFAC, +33 1 40 00 00 00",
                           "--purpose", "analysis by law enforcement", "--method", "courier, tracking 1Z999", "--at",
                           "2026-11-20T10:15", "--zone", "Europe/Paris", "--location", "Nanterre"}));
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        QVERIFY(t.out.contains(QLatin1String("transferred")));
        auto s = cli(w({"evidence", "custody"})
                     << m_id << w({"E-001", "--action", "stored", "--location", "OFAC evidence room 2"}));
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        auto e = cli(w({"evidence", "custody"})
                     << m_id << w({"E-001", "--action", "examined", "--by", "Sgt. Martin", "--purpose", "timeline"}));
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));

        const QByteArray before = fileSha256(m_db);
        const QList<std::pair<QStringList, QString>> bad{
            {w({"evidence", "transfer"}) << m_id << w({"E-001", "--from", "a", "--purpose", "p"}),
             QStringLiteral("--to")},
            {w({"evidence", "transfer"}) << m_id << w({"E-001", "--from", "a", "--to", "b"}),
             QStringLiteral("--purpose")},
            {w({"evidence", "transfer"}) << m_id
                                         << w({"E-001", "--from", "a", "--to", "b", "--purpose", "p", "--zone",
                                               "Nowhere/X"}),
             QStringLiteral("Nowhere/X")},
            {w({"evidence", "transfer"}) << m_id
                                         << w({"E-001", "--from", "a", "--to", "b", "--purpose", "p", "--at",
                                               "2026-11-18T10:00", "--zone", "Europe/Paris"}),
             QStringLiteral("before E-001 was collected")},
            {w({"evidence", "custody"}) << m_id << w({"E-001", "--action", "juggled"}), QStringLiteral("juggled")},
            {w({"evidence", "custody"}) << m_id << w({"E-001", "--action", "transferred"}),
             QStringLiteral("evidence transfer")},
            {w({"evidence", "custody"}) << m_id << w({"E-001", "--action", "stored"}), QStringLiteral("location")},
            {w({"evidence", "transfer"}) << m_id << w({"--from", "a", "--to", "b", "--purpose", "p"}),
             QStringLiteral("evidence number")},
        };
        for (const auto &[args, mention] : bad) {
            auto r = cli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + r.err));
            QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        }
        auto unknown =
            cli(w({"evidence", "transfer"}) << m_id << w({"E-404", "--from", "a", "--to", "b", "--purpose", "p"}));
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QLatin1String("E-404")));
        QCOMPARE(fileSha256(m_db), before);

        const QJsonObject o = showJson(QStringLiteral("E-001"));
        const QJsonArray chain = o.value(QStringLiteral("custody")).toArray();
        QCOMPARE(chain.size(), 4);
        QCOMPARE(chain.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("collected"));
        const QJsonObject tr = chain.at(1).toObject();
        QCOMPARE(tr.value(QStringLiteral("action")).toString(), QStringLiteral("transferred"));
        QCOMPARE(tr.value(QStringLiteral("to")).toString(), QStringLiteral("Lt. Dupont, OFAC, +33 1 40 00 00 00"));
        QCOMPARE(tr.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-20T09:15:00.000Z"));
        QCOMPARE(tr.value(QStringLiteral("method")).toString(), QStringLiteral("courier, tracking 1Z999"));
        QCOMPARE(chain.at(3).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("Sgt. Martin"));
        QCOMPARE(o.value(QStringLiteral("storage_location")).toString(), QStringLiteral("OFAC evidence room 2"));

        auto text = cli(w({"evidence", "show"}) << m_id << QStringLiteral("E-001"));
        QCOMPARE(text.exitCode, 0);
        for (const char *want :
             {"auth.log of fs01", "SHA-256", "TRANSFERRED", "Lt. Dupont", "courier, tracking 1Z999",
              "2026-11-20 10:15:00 Europe/Paris (2026-11-20 09:15:00 UTC)", "STORED", "EXAMINED", "never re-verified"})
            QVERIFY2(text.out.contains(QLatin1String(want)), want);
        QCOMPARE(cli(w({"evidence", "show"}) << m_id << QStringLiteral("E-404")).exitCode, 1);
        QCOMPARE(cli(w({"evidence", "show"}) << m_id).exitCode, 2);
    }

    // Issue #21.12: after transferCustodyAndShow, Lt. Dupont holds E-001.
    void transferFromNonHolderNeedsAReason()
    {
        const QByteArray before = fileSha256(m_db);
        const QStringList fromMallory = w({"evidence", "transfer"}) << m_id
                                                                    << w({"E-001", "--from", "Mallory", "--to",
                                                                          "Court clerk", "--purpose", "trial"});
        auto refused = cli(fromMallory);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("held by \"Lt. Dupont, OFAC")) &&
                     refused.err.contains(QLatin1String("--override-reason")),
                 qPrintable(refused.err));
        QCOMPARE(fileSha256(m_db), before);
        auto empty = cli(QStringList(fromMallory) << w({"--override-reason", " "}));
        QCOMPARE(empty.exitCode, 2);
        QCOMPARE(fileSha256(m_db), before);

        auto held = cli(w({"evidence", "show"}) << m_id << QStringLiteral("E-001"));
        QVERIFY2(held.out.contains(QLatin1String("Held by Lt. Dupont, OFAC")), qPrintable(held.out));

        auto kept = cli(QStringList(fromMallory)
                        << w({"--override-reason", "Dupont's deputy; signed form to follow", "--json"}));
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        QCOMPARE(
            QJsonDocument::fromJson(kept.out.toUtf8()).object().value(QStringLiteral("override_reason")).toString(),
            QStringLiteral("Dupont's deputy; signed form to follow"));
        auto text = cli(w({"evidence", "show"}) << m_id << QStringLiteral("E-001"));
        QVERIFY2(text.out.contains(QLatin1String("recorded although the giver did not hold it: Dupont's deputy")) &&
                     text.out.contains(QLatin1String("Held by Court clerk")),
                 qPrintable(text.out));
    }

    void verifyReportsMismatchLoudly()
    {
        const QString file = path(QStringLiteral("auth.log"));
        auto ok = cli(w({"evidence", "verify"}) << m_id << QStringLiteral("E-001"));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY(ok.out.contains(QLatin1String("VERIFIED")));

        const QString registered = coreutilsSum(QStringLiteral("sha256sum"), file);
        QVERIFY(flipByte(file, 777));
        const QString now = coreutilsSum(QStringLiteral("sha256sum"), file);
        auto bad = cli(w({"evidence", "verify"}) << m_id << QStringLiteral("E-001"));
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains(QLatin1String("MISMATCH")) && bad.out.contains(file) &&
                     bad.out.contains(registered) && bad.out.contains(now),
                 qPrintable(bad.out));
        QVERIFY(bad.err.contains(QLatin1String("did NOT verify")));

        // The list shows it, and warns on stderr.
        auto list = cli(w({"evidence", "list"}) << m_id);
        QCOMPARE(list.exitCode, 0);
        const QString row = list.out.split(QLatin1Char('\n')).filter(QStringLiteral("E-001")).value(0);
        QVERIFY2(row.contains(QLatin1String("MISMATCH")) && row.contains(registered.left(16)), qPrintable(row));
        QVERIFY2(list.err.contains(QLatin1String("WARNING")) && list.err.contains(QLatin1String("E-001")),
                 qPrintable(list.err));
        QCOMPARE(listJson().at(0).toObject().value(QStringLiteral("verification")).toString(),
                 QStringLiteral("mismatch"));
        QCOMPARE(listJson().at(0).toObject().value(QStringLiteral("sha256")).toString(), registered);

        // --all: one bad item makes the exit code 1; --json names each finding.
        auto all = cli(w({"evidence", "verify"}) << m_id << w({"--all", "--json"}));
        QCOMPARE(all.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("mismatch"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
        const QJsonObject finding =
            results.at(0).toObject().value(QStringLiteral("findings")).toArray().last().toObject();
        QCOMPARE(finding.value(QStringLiteral("problem")).toString(), QStringLiteral("sha256"));
        QCOMPARE(finding.value(QStringLiteral("expected")).toString(), registered);
        QCOMPARE(finding.value(QStringLiteral("actual")).toString(), now);

        // History keeps every result; show lists them.
        const QJsonArray history = showJson(QStringLiteral("E-001")).value(QStringLiteral("verifications")).toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("verified"));
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("verified_by")).toString(),
                 QStringLiteral("Bob Marley"));

        // Deleted: FAILED naming the file.
        QVERIFY(QFile::remove(path(QStringLiteral("photo-of-label.jpg"))));
        auto gone = cli(w({"evidence", "verify"}) << m_id << QStringLiteral("E-010"));
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.out.contains(QLatin1String("FAILED")) && gone.out.contains(QLatin1String("photo-of-label.jpg")) &&
                     gone.out.contains(QLatin1String("missing")),
                 qPrintable(gone.out));

        QCOMPARE(cli(w({"evidence", "verify"}) << m_id << QStringLiteral("E-404")).exitCode, 1);
        QCOMPARE(cli(w({"evidence", "verify"}) << m_id).exitCode, 2);
        QCOMPARE(cli(w({"evidence", "verify"}) << m_id << w({"E-001", "--all"})).exitCode, 2);
        QCOMPARE(cli(w({"evidence", "verify", "INC-2020-0099", "--all"})).exitCode, 1);

        auto audit = cli(w({"audit", "verify"}));
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
    }

    // A read error in the middle of the file (LD_PRELOAD shim, as a failing
    // disk would give it): add refuses naming the file and offset and
    // registers nothing; verify records Failed naming the file.
    void readErrorsNameTheFile()
    {
#ifndef FIREBREAK_FAULT_SHIM
        QSKIP("the read-error shim (tests/forensics/faultshim) is not built");
#else
        const QString file = path(QStringLiteral("failing.bin"));
        QVERIFY(writeRandomFile(file, 3 * (1 << 20), 9));
        const QStringList fault{QStringLiteral("LD_PRELOAD=") + QStringLiteral(FIREBREAK_FAULT_SHIM),
                                QStringLiteral("FIREBREAK_FAULT_FILE=") + file,
                                QStringLiteral("FIREBREAK_FAULT_SECTORS=4100")};
        const qsizetype before = listJson().size();
        auto add = runCli(w({"evidence", "add"}) << m_id << file << w({"--description", "failing disk"}),
                          {.db = m_db, .env = fault});
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains(file) && add.err.contains(QLatin1String("offset")) &&
                     add.err.contains(QLatin1String("nothing was registered")),
                 qPrintable(add.err));
        QCOMPARE(listJson().size(), before);

        auto ok =
            cli(w({"evidence", "add"}) << m_id << file << w({"--description", "failing disk", "--number", "E-050"}));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        auto verify = runCli(w({"evidence", "verify"}) << m_id << QStringLiteral("E-050"), {.db = m_db, .env = fault});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(QLatin1String("FAILED")) && verify.out.contains(file) &&
                     verify.out.contains(QLatin1String("cannot be read")),
                 qPrintable(verify.out));
        const QJsonArray history = showJson(QStringLiteral("E-050")).value(QStringLiteral("verifications")).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
#endif
    }

    void emptyListSaysWhatToDo()
    {
        auto n = cli(w({"incident", "new", "--title", "empty"}));
        const QString other = n.out.trimmed();
        auto list = cli(w({"evidence", "list"}) << other);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QLatin1String("No evidence yet")), qPrintable(list.out));
        QCOMPARE(cli(w({"evidence", "list", "INC-2020-0099"})).exitCode, 1);
        QCOMPARE(cli(w({"evidence", "list", "nonsense"})).exitCode, 2);
    }

    // Ctrl-C during `evidence verify` of a long raw image (a sparse 64 GiB
    // segment registered directly in the store): exit 1, nothing recorded.
    void sigintCancelsVerifyCleanly()
    {
        const QString big = path(QStringLiteral("sparse.raw"));
        const qint64 size = qint64(64) << 30;
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(size));
        }
        {
            firebreak::SystemClock clock;
            auto store = firebreak::CaseStore::openSqlite(m_db, clock, QStringLiteral("tester"));
            QVERIFY(store.ok());
            firebreak::EvidenceItem e;
            e.incidentId = m_id;
            e.evidenceNumber = QStringLiteral("E-064");
            e.description = QStringLiteral("64 GiB raw image");
            e.imagePath = big;
            e.sizeBytes = size;
            e.sha256 = QString(64, QLatin1Char('0'));
            e.details = QJsonObject{
                {QStringLiteral("segments"),
                 QJsonArray{QJsonObject{{QStringLiteral("path"), big}, {QStringLiteral("size_bytes"), size}}}}};
            QVERIFY((*store)->registerEvidence(e).ok());
        }
        QProcess p;
        p.start(cliPath(), QStringList{QStringLiteral("--db"), m_db} << w({"evidence", "verify"}) << m_id
                                                                     << w({"E-064", "--progress"}));
        QVERIFY(p.waitForStarted());
        QByteArray err;
        while (!err.contains("verifying") && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("verifying"), err.constData());
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("cancelled") && err.contains("nothing was recorded"), err.constData());
        QVERIFY(showJson(QStringLiteral("E-064")).value(QStringLiteral("verifications")).toArray().isEmpty());
        QCOMPARE(showJson(QStringLiteral("E-064")).value(QStringLiteral("verification")).toString(),
                 QStringLiteral("not-verified"));
        QFile::remove(big);
    }

    // Ctrl-C while a (large, sparse) file is being hashed: exit 1, says it
    // was cancelled, nothing registered, audit chain intact.
    void sigintCancelsAddCleanly()
    {
        const QString big = path(QStringLiteral("sparse.img"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(64) << 30)); // 64 GiB of holes: minutes of hashing
        }
        const qsizetype before = listJson().size();
        QProcess p;
        p.start(cliPath(), QStringList{QStringLiteral("--db"), m_db} << w({"evidence", "add"}) << m_id << big
                                                                     << w({"--description", "sparse", "--progress"}));
        QVERIFY(p.waitForStarted());
        // Wait for the first progress line: hashing has begun.
        QByteArray err;
        while (!err.contains("hashing") && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("hashing"), err.constData());
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("cancelled") && err.contains("nothing was registered"), err.constData());
        QCOMPARE(listJson().size(), before);
        QCOMPARE(cli(w({"audit", "verify"})).exitCode, 0);
        QFile::remove(big);
    }

    // Issue #20.4: an item names the listed system it was taken from.
    void linkSystemNamesAListedSystem()
    {
        const QByteArray before = fileSha256(m_db);
        auto unlisted = cli(w({"evidence", "link-system"}) << m_id << w({"E-001", "--system", "db02"}));
        QCOMPARE(unlisted.exitCode, 2);
        QVERIFY2(unlisted.err.contains(QLatin1String("\"db02\" is not a system of")), qPrintable(unlisted.err));
        QCOMPARE(cli(w({"evidence", "link-system"}) << m_id << QStringLiteral("E-001")).exitCode, 2);
        QCOMPARE(fileSha256(m_db), before);

        QCOMPARE(cli(w({"system", "add"}) << m_id << w({"--hostname", "fs01"})).exitCode, 0);
        auto linked = cli(w({"evidence", "link-system"}) << m_id << w({"E-001", "--system", "FS01", "--json"}));
        QVERIFY2(linked.exitCode == 0, qPrintable(linked.err));
        const QJsonObject o = QJsonDocument::fromJson(linked.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("system")).toString(), QStringLiteral("fs01"));
        QCOMPARE(o.value(QStringLiteral("system_disk_image")).toBool(), false); // a file, not a disk image
        QVERIFY(showJson(QStringLiteral("E-001")).value(QStringLiteral("system")).toString() == QLatin1String("fs01"));

        // Registering with --system checks it before hashing a byte.
        const QString file = path(QStringLiteral("syslog"));
        QVERIFY(writeRandomFile(file, 4096, 9));
        auto bad = cli(w({"evidence", "add"}) << m_id << file << w({"--description", "syslog", "--system", "web9"}));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("listed: fs01")), qPrintable(bad.err));
        auto good =
            cli(w({"evidence", "add"}) << m_id << file << w({"--description", "syslog", "--system", "fs01", "--json"}));
        QVERIFY2(good.exitCode == 0, qPrintable(good.err));
        QCOMPARE(QJsonDocument::fromJson(good.out.toUtf8()).object().value(QStringLiteral("system")).toString(),
                 QStringLiteral("fs01"));
        auto none = cli(w({"evidence", "link-system"}) << m_id << w({"E-001", "--none"}));
        QVERIFY2(none.exitCode == 0 && none.out.contains(QLatin1String("no listed system")), qPrintable(none.err));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "tst_evidencecli.moc"
