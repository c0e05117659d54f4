// firebreak-cli image/devices as real processes, checked with real tools:
// coreutils *sum, sha256sum -c, prlimit, the case store and its audit
// verifier.

#include "ImagingTestSupport.h"
#include "model/CaseStore.h"

#include <QtTest>

#include <csignal>

using namespace firebreak;
using namespace firebreak::test;

class TestImagingCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), qPrintable(cliPath()));
    }

    void hundredMiBMatchesCoreutils()
    {
        const QString src = path(QStringLiteral("hundred.bin"));
        const QString dest = path(QStringLiteral("hundred.raw"));
        QVERIFY(writeRandomFile(src, (100 << 20) + 12345, 100));
        const ProcessResult r =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"), dest,
                    QStringLiteral("--hash"), QStringLiteral("md5,sha1,sha256"), QStringLiteral("--verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const auto &[alg, tool] : {std::pair{QStringLiteral("md5"), QStringLiteral("md5sum")},
                                        std::pair{QStringLiteral("sha1"), QStringLiteral("sha1sum")},
                                        std::pair{QStringLiteral("sha256"), QStringLiteral("sha256sum")}}) {
            const QString reference = coreutilsSum(tool, src);
            QCOMPARE(reference.size(), alg == QLatin1String("md5") ? 32 : alg == QLatin1String("sha1") ? 40 : 64);
            QCOMPARE(printedHash(r.out, alg), reference);
            QCOMPARE(coreutilsSum(tool, dest), reference);
            // The hash file checks with the stock tool in the image's directory.
            const ProcessResult check =
                runProcess(tool, {QStringLiteral("-c"), QFileInfo(dest).fileName() + QLatin1Char('.') + alg}, {}, {},
                           m_dir.path());
            QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
            QCOMPARE(check.out.trimmed(), QStringLiteral("hundred.raw: OK"));
        }
        QVERIFY(r.err.contains(QLatin1String("image re-read MATCHES")));
    }

    void splitImageChecksWithTheDocumentedCommand()
    {
        const QString src = path(QStringLiteral("splitme.bin"));
        const QString dest = path(QStringLiteral("splitme.raw"));
        QVERIFY(writeRandomFile(src, (10 << 20) + 5, 3));
        const ProcessResult r =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"), dest,
                    QStringLiteral("--split"), QStringLiteral("4M")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QFileInfo(dest + QStringLiteral(".001")).size(), qint64(4 << 20));
        QCOMPARE(QFileInfo(dest + QStringLiteral(".002")).size(), qint64(4 << 20));
        QCOMPARE(QFileInfo(dest + QStringLiteral(".003")).size(), qint64((2 << 20) + 5));
        QVERIFY(!QFileInfo::exists(dest));
        for (const QString &alg : {QStringLiteral("md5"), QStringLiteral("sha1"), QStringLiteral("sha256")}) {
            const QString hashFile = QString::fromUtf8(readAll(dest + QLatin1Char('.') + alg));
            const QString command = hashFile.section(QStringLiteral("# Check: "), 1).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(command.startsWith(QLatin1String("cat splitme.raw.001 splitme.raw.002 splitme.raw.003 | ")),
                     qPrintable(hashFile));
            const ProcessResult check =
                runProcess(QStringLiteral("sh"), {QStringLiteral("-c"), command}, {}, {}, m_dir.path());
            QVERIFY2(check.exitCode == 0, qPrintable(command + check.out + check.err));
            QCOMPARE(check.out.trimmed(), QStringLiteral("-: OK"));
        }
    }

    void fileSizeLimitStopsWithAClearError()
    {
        if (!programExists(QStringLiteral("prlimit")))
            QSKIP("prlimit (util-linux) is not installed");
        const QString src = path(QStringLiteral("fsize.bin"));
        const QString dest = path(QStringLiteral("fsize.raw"));
        QVERIFY(writeRandomFile(src, 8 << 20, 9));
        const ProcessResult r = runProcess(QStringLiteral("prlimit"),
                                           {QStringLiteral("--fsize=5000000"), cliPath(), QStringLiteral("image"),
                                            QStringLiteral("--source"), src, QStringLiteral("--dest"), dest});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(dest + QStringLiteral(".incomplete")) &&
                     r.err.contains(QLatin1String("File too large")) && r.err.contains(QLatin1String("image offset")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("it is NOT a complete image")));
        QVERIFY(!QFileInfo::exists(dest));
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".sha256")));
        QVERIFY(readAll(src).startsWith(readAll(dest + QStringLiteral(".incomplete"))));
        const QByteArray info = readAll(dest + QStringLiteral(".incomplete.info"));
        QVERIFY2(info.contains("INCOMPLETE: destination error") && info.contains("File too large"), info.constData());
    }

    void interruptCancelsCleanly()
    {
        const QString src = path(QStringLiteral("slow.bin"));
        const QString dest = path(QStringLiteral("slow.raw"));
        QVERIFY(writeRandomFile(src, 64 << 20, 13));
        QProcess p;
        QStringList env = QProcess::systemEnvironment();
        env << faultEnv(src, {}) << QStringLiteral("FIREBREAK_FAULT_DELAY_US=100000"); // ~6 s for the whole source
        p.setEnvironment(env);
        p.start(cliPath(), {QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"), dest});
        QVERIFY(p.waitForStarted());
        // Wait for the acquisition to be under way, then press Ctrl-C.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dest + QStringLiteral(".incomplete")).size() > 0, 60000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("cancelled by the user")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(dest));
        QVERIFY(QFileInfo(dest + QStringLiteral(".incomplete")).size() < (64 << 20));
        QVERIFY(readAll(dest + QStringLiteral(".incomplete.info")).contains("INCOMPLETE: cancelled"));
    }

    // Issue #10: SIGKILL (no handler runs) mid-copy. The files must say
    // the image is incomplete, the case store must know the acquisition
    // started, and every later listing must call it interrupted, while a
    // run that is still going is never called interrupted.
    void sigkillLeavesAnInterruptedAcquisition()
    {
        const QString db = path(QStringLiteral("killed.db"));
        const ProcessResult created =
            runCli({QStringLiteral("--db"), db, QStringLiteral("incident"), QStringLiteral("new"),
                    QStringLiteral("--title"), QStringLiteral("Killed imaging")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString incident = created.out.trimmed();
        const QString src = path(QStringLiteral("killme.bin"));
        const QString dest = path(QStringLiteral("killme.raw"));
        QVERIFY(writeRandomFile(src, 64 << 20, 17));
        QProcess p;
        QStringList env = QProcess::systemEnvironment();
        env << faultEnv(src, {}) << QStringLiteral("FIREBREAK_FAULT_DELAY_US=100000"); // ~6 s for the whole source
        p.setEnvironment(env);
        p.start(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("--source"), src,
                            QStringLiteral("--dest"), dest, QStringLiteral("--incident"), incident,
                            QStringLiteral("--examiner"), QStringLiteral("A. Examiner")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dest + QStringLiteral(".incomplete")).size() > 0, 60000);

        auto status = [&] {
            const ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("image"),
                                            QStringLiteral("status"), incident, QStringLiteral("--json")});
            return QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        };
        // Alive: recorded as started, with who and where, and not interrupted.
        QJsonObject running = status();
        QCOMPARE(running.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(running.value(QStringLiteral("pid")).toInteger(), p.processId());
        QCOMPARE(running.value(QStringLiteral("examiner")).toString(), QStringLiteral("A. Examiner"));
        QCOMPARE(running.value(QStringLiteral("image")).toString(), dest + QStringLiteral(".incomplete"));

        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        // The files: never one that looks complete, and a log that says so.
        QVERIFY(!QFileInfo::exists(dest));
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".sha256")));
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".info")));
        QVERIFY(QFileInfo(dest + QStringLiteral(".incomplete")).size() < (64 << 20));
        QVERIFY2(readAll(dest + QStringLiteral(".incomplete.info")).contains("the acquisition never finished"),
                 readAll(dest + QStringLiteral(".incomplete.info")).constData());

        // The store: interrupted from now on, in every listing.
        const QJsonObject after = status();
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
        QCOMPARE(after.value(QStringLiteral("log")).toString(), dest + QStringLiteral(".incomplete.info"));
        const ProcessResult list =
            runCli({QStringLiteral("--db"), db, QStringLiteral("evidence"), QStringLiteral("list"), incident});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QLatin1String("INTERRUPTED")) &&
                     list.out.contains(dest + QStringLiteral(".incomplete")),
                 qPrintable(list.out));
        QVERIFY2(list.err.contains(QLatin1String("was interrupted")), qPrintable(list.err));
        const ProcessResult audit =
            runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
        const ProcessResult log = runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("log"),
                                          incident, QStringLiteral("--json")});
        QVERIFY(log.out.contains(QLatin1String("acquisition.start")));
        QVERIFY(!log.out.contains(QLatin1String("acquisition.end")));

        // A cancelled run (Ctrl-C) is recorded as such, not as interrupted.
        const QString dest2 = path(QStringLiteral("killme2.raw"));
        QProcess q;
        q.setEnvironment(env);
        q.start(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("--source"), src,
                            QStringLiteral("--dest"), dest2, QStringLiteral("--incident"), incident});
        QVERIFY(q.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(dest2 + QStringLiteral(".incomplete")).size() > 0, 60000);
        ::kill(static_cast<pid_t>(q.processId()), SIGINT);
        QVERIFY(q.waitForFinished(60000));
        QCOMPARE(q.exitCode(), 1);
        const ProcessResult all = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonArray rows = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
    }

    void registersEvidenceAndTheAuditStaysIntact()
    {
        const QString db = path(QStringLiteral("case.db"));
        const ProcessResult created =
            runCli({QStringLiteral("--db"), db, QStringLiteral("incident"), QStringLiteral("new"),
                    QStringLiteral("--title"), QStringLiteral("Ransomware on file server")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString incident = created.out.trimmed();
        const QString src = path(QStringLiteral("evidence.bin"));
        const QString dest = path(QStringLiteral("evidence.raw"));
        QVERIFY(writeRandomFile(src, 3 << 20, 31));

        // An unknown incident is refused before anything is read or created.
        const ProcessResult unknown =
            runCli({QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("--source"), src,
                    QStringLiteral("--dest"), dest, QStringLiteral("--incident"), QStringLiteral("INC-2099-0999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".incomplete.info")) && !QFileInfo::exists(dest));

        const ProcessResult r =
            runCli({QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("--source"), src,
                    QStringLiteral("--dest"), dest, QStringLiteral("--verify"), QStringLiteral("--incident"), incident,
                    QStringLiteral("--examiner"), QStringLiteral("A. Examiner"), QStringLiteral("--description"),
                    QStringLiteral("File server system disk"), QStringLiteral("--media-location"),
                    QStringLiteral("Evidence locker 2, bag 0017")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("registered as evidence E-001 of %1").arg(incident)), qPrintable(r.err));
        QVERIFY(readAll(dest + QStringLiteral(".info")).contains("Original media at: Evidence locker 2, bag 0017"));
        QCOMPARE(readJson(dest + QStringLiteral(".json"))
                     .value(QStringLiteral("case"))
                     .toObject()
                     .value(QStringLiteral("evidence_id"))
                     .toString(),
                 QStringLiteral("E-001"));

        {
            SystemClock clock;
            auto store = CaseStore::openSqlite(db, clock, QStringLiteral("test"));
            QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
            auto items = (*store)->evidence(incident);
            QVERIFY(items);
            QCOMPARE(items->size(), 1);
            const EvidenceItem &e = items->first();
            QCOMPARE(e.evidenceNumber, QStringLiteral("E-001"));
            QCOMPARE(e.kind, EvidenceKind::Image);
            QCOMPARE(e.sha256, coreutilsSum(QStringLiteral("sha256sum"), src));
            QCOMPARE(e.md5, coreutilsSum(QStringLiteral("md5sum"), src));
            QCOMPARE(e.sizeBytes, qint64(3 << 20));
            QCOMPARE(e.verification, Verification::Verified);
            QCOMPARE(e.examiner, QStringLiteral("A. Examiner"));
            QCOMPARE(e.imagePath, dest);
            QCOMPARE(e.source, src);
            QCOMPARE(e.details.value(QStringLiteral("log_info")).toString(), dest + QStringLiteral(".info"));
            QCOMPARE(e.details.value(QStringLiteral("segments")).toArray().size(), 1);
            QCOMPARE(e.details.value(QStringLiteral("media_location")).toString(),
                     QStringLiteral("Evidence locker 2, bag 0017"));
        }

        // A taken evidence number is refused before imaging.
        const ProcessResult taken =
            runCli({QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("--source"), src,
                    QStringLiteral("--dest"), path(QStringLiteral("evidence2.raw")), QStringLiteral("--incident"),
                    incident, QStringLiteral("--evidence-id"), QStringLiteral("E-001")});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY(taken.err.contains(QLatin1String("already used")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("evidence2.raw.incomplete.info"))));

        const ProcessResult audit =
            runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0 && audit.out.startsWith(QLatin1String("OK")), qPrintable(audit.out + audit.err));
        const ProcessResult log = runCli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("log"),
                                          incident, QStringLiteral("--json")});
        QVERIFY(log.out.contains(QLatin1String("evidence.register")));
        QVERIFY(log.out.contains(coreutilsSum(QStringLiteral("sha256sum"), src)));
    }

    void usageAndRefusals()
    {
        const QString src = path(QStringLiteral("small.bin"));
        QVERIFY(writeRandomFile(src, 10000, 41));
        const QString dest = path(QStringLiteral("small.raw"));
        auto image = [&](QStringList extra) {
            return runCli(QStringList{QStringLiteral("image"), QStringLiteral("--source"), src} + extra);
        };
        QCOMPARE(image({}).exitCode, 2); // no --dest
        QCOMPARE(image({QStringLiteral("--dest"), dest, QStringLiteral("--hash"), QStringLiteral("md6")}).exitCode, 2);
        QCOMPARE(image({QStringLiteral("--dest"), dest, QStringLiteral("--split"), QStringLiteral("12x")}).exitCode, 2);
        QCOMPARE(image({QStringLiteral("--dest"), dest, QStringLiteral("--split"), QStringLiteral("1000")}).exitCode,
                 2);
        QCOMPARE(image({QStringLiteral("--dest"), dest, QStringLiteral("--incident"), QStringLiteral("nope")}).exitCode,
                 2);
        QVERIFY(!QFileInfo::exists(dest));

        QFile existing(dest);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        const ProcessResult refused = image({QStringLiteral("--dest"), dest});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(dest) && refused.err.contains(QLatin1String("never overwrites")),
                 qPrintable(refused.err));
        QCOMPARE(readAll(dest), QByteArray("keep me"));

        const ProcessResult missing =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), path(QStringLiteral("absent")),
                    QStringLiteral("--dest"), path(QStringLiteral("absent.raw"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(path(QStringLiteral("absent"))));
        QCOMPARE(runCli({QStringLiteral("devices")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestImagingCli)
#include "tst_imagingcli.moc"
