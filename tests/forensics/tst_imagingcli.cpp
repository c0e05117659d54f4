// firebreak-cli image/devices as real processes, checked with real tools:
// coreutils *sum, sha256sum -c, dc3dd, losetup, prlimit. Read errors are
// injected into the CLI's own read path by an LD_PRELOAD shim.

#include "ImagingTestSupport.h"
#include "model/CaseStore.h"

#include <QtTest>

#include <csignal>

using namespace firebreak;
using namespace firebreak::test;

namespace {

QString cliPath() { return QStringLiteral(FIREBREAK_CLI_PATH); }

Run cli(const QStringList &args, const QStringList &env = {}) { return runProgram(cliPath(), args, env); }

QStringList faultEnv(const QString &file, const QList<qint64> &sectors, const QString &mode = QStringLiteral("eio"),
                     int transient = 0)
{
    QStringList list;
    for (qint64 s : sectors)
        list << QString::number(s);
    return {QStringLiteral("LD_PRELOAD=%1").arg(QStringLiteral(FIREBREAK_FAULT_SHIM)),
            QStringLiteral("FIREBREAK_FAULT_FILE=%1").arg(file),
            QStringLiteral("FIREBREAK_FAULT_SECTORS=%1").arg(list.join(QLatin1Char(','))),
            QStringLiteral("FIREBREAK_FAULT_MODE=%1").arg(mode),
            QStringLiteral("FIREBREAK_FAULT_TRANSIENT=%1").arg(transient)};
}

// The source with exactly the given 512-byte sectors zeroed: what a
// correct imager writes (dc3dd on a device does the same).
QByteArray zeroSectors(QByteArray data, const QList<qint64> &sectors)
{
    for (qint64 s : sectors) {
        const qint64 from = s * 512;
        data.replace(from, qMin<qint64>(512, data.size() - from), QByteArray(qMin<qint64>(512, data.size() - from), '\0'));
    }
    return data;
}

// "md5     HEX" lines printed by `image`.
QString printedHash(const QString &out, const QString &alg)
{
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.startsWith(alg + QLatin1Char(' ')))
            return line.section(QLatin1Char(' '), -1);
    return {};
}

// Attaches FILE to a free loop device; empty when this machine cannot.
QString attachLoop(const QString &file, bool readOnly)
{
    QStringList args{QStringLiteral("-f"), QStringLiteral("--show")};
    if (readOnly)
        args << QStringLiteral("-r");
    const Run r = runProgram(QStringLiteral("losetup"), args << file);
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

void detachLoop(const QString &dev) { runProgram(QStringLiteral("losetup"), {QStringLiteral("-d"), dev}); }

} // namespace

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
        const Run r = cli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"), dest,
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
            const Run check = runProgram(tool, {QStringLiteral("-c"), QFileInfo(dest).fileName() + QLatin1Char('.') + alg}, {},
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
        const Run r = cli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"), dest,
                           QStringLiteral("--split"), QStringLiteral("4M")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QFileInfo(dest + QStringLiteral(".001")).size(), qint64(4 << 20));
        QCOMPARE(QFileInfo(dest + QStringLiteral(".002")).size(), qint64(4 << 20));
        QCOMPARE(QFileInfo(dest + QStringLiteral(".003")).size(), qint64((2 << 20) + 5));
        QVERIFY(!QFileInfo::exists(dest));
        for (const QString &alg : {QStringLiteral("md5"), QStringLiteral("sha1"), QStringLiteral("sha256")}) {
            const QString hashFile = QString::fromUtf8(readAll(dest + QLatin1Char('.') + alg));
            const QString command = hashFile.section(QStringLiteral("# Check: "), 1).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(command.startsWith(QLatin1String("cat splitme.raw.001 splitme.raw.002 splitme.raw.003 | ")), qPrintable(hashFile));
            const Run check = runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), command}, {}, m_dir.path());
            QVERIFY2(check.exitCode == 0, qPrintable(command + check.out + check.err));
            QCOMPARE(check.out.trimmed(), QStringLiteral("-: OK"));
        }
    }

    void badSectorsAreZeroFilledExactly_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QList<qint64>>("sectors");
        QTest::addColumn<QString>("mode");
        const qint64 size = (4 << 20) + 1536; // 8195 sectors, not a whole number of blocks
        for (const QString &mode : {QStringLiteral("eio"), QStringLiteral("short")}) {
            QTest::addRow("first sector, %s", qPrintable(mode)) << size << QList<qint64>{0} << mode;
            QTest::addRow("middle sector, %s", qPrintable(mode)) << size << QList<qint64>{4097} << mode;
            QTest::addRow("last sector, %s", qPrintable(mode)) << size << QList<qint64>{8194} << mode;
            QTest::addRow("run and strays, %s", qPrintable(mode)) << size << QList<qint64>{2047, 2048, 2049, 5000, 8193} << mode;
        }
        QTest::addRow("partial last sector") << qint64((1 << 20) + 700) << QList<qint64>{2049} << QStringLiteral("eio");
    }

    void badSectorsAreZeroFilledExactly()
    {
        QFETCH(qint64, size);
        QFETCH(QList<qint64>, sectors);
        QFETCH(QString, mode);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')).remove(QLatin1Char(','));
        const QString src = path(tag + QStringLiteral(".bin"));
        const QString dest = path(tag + QStringLiteral(".raw"));
        QVERIFY(writeRandomFile(src, size, 11));
        const QByteArray expected = zeroSectors(readAll(src), sectors);
        const Run r = cli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"), dest,
                           QStringLiteral("--verify")},
                          faultEnv(src, sectors, mode));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(dest) == expected);
        QCOMPARE(printedHash(r.out, QStringLiteral("sha256")), QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
        QVERIFY2(r.err.contains(QStringLiteral("%1 unreadable sector(s)").arg(sectors.size())), qPrintable(r.err));

        // The log lists exactly those sectors, merged into ranges.
        const QJsonObject log = readJson(dest + QStringLiteral(".json"));
        QCOMPARE(log.value(QStringLiteral("bad_sector_count")).toInteger(), qint64(sectors.size()));
        QList<qint64> logged;
        for (const QJsonValue &v : log.value(QStringLiteral("bad_sectors")).toArray()) {
            const QJsonObject range = v.toObject();
            QCOMPARE(range.value(QStringLiteral("fill")).toString(), QStringLiteral("zeros"));
            QCOMPARE(range.value(QStringLiteral("error")).toString(), QStringLiteral("Input/output error"));
            for (qint64 k = 0; k < range.value(QStringLiteral("sector_count")).toInteger(); ++k)
                logged << range.value(QStringLiteral("first_sector")).toInteger() + k;
        }
        QCOMPARE(logged, sectors);
        QVERIFY(readAll(dest + QStringLiteral(".info")).contains("Each was filled with zero bytes"));
    }

    void retriesRecoverTransientErrors()
    {
        const QString src = path(QStringLiteral("flaky.bin"));
        QVERIFY(writeRandomFile(src, 2 << 20, 5));
        // Each bad sector fails twice (the block read and the first sector
        // read), then reads fine: retries recover the real data.
        const Run recovered = cli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"),
                                   path(QStringLiteral("flaky3.raw")), QStringLiteral("--retries"), QStringLiteral("3")},
                                  faultEnv(src, {10, 3000}, QStringLiteral("eio"), 2));
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.err));
        QVERIFY(readAll(path(QStringLiteral("flaky3.raw"))) == readAll(src));
        QCOMPARE(readJson(path(QStringLiteral("flaky3.raw.json"))).value(QStringLiteral("bad_sector_count")).toInteger(), qint64(0));

        const Run zeroed = cli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"),
                                path(QStringLiteral("flaky0.raw")), QStringLiteral("--retries"), QStringLiteral("0")},
                               faultEnv(src, {10, 3000}, QStringLiteral("eio"), 2));
        QVERIFY2(zeroed.exitCode == 0, qPrintable(zeroed.err));
        QVERIFY(readAll(path(QStringLiteral("flaky0.raw"))) == zeroSectors(readAll(src), {10, 3000}));
    }

    void fileSizeLimitStopsWithAClearError()
    {
        if (!programExists(QStringLiteral("prlimit")))
            QSKIP("prlimit (util-linux) is not installed");
        const QString src = path(QStringLiteral("fsize.bin"));
        const QString dest = path(QStringLiteral("fsize.raw"));
        QVERIFY(writeRandomFile(src, 8 << 20, 9));
        const Run r = runProgram(QStringLiteral("prlimit"), {QStringLiteral("--fsize=5000000"), cliPath(), QStringLiteral("image"),
                                                             QStringLiteral("--source"), src, QStringLiteral("--dest"), dest});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(dest + QStringLiteral(".incomplete")) && r.err.contains(QLatin1String("File too large")) &&
                     r.err.contains(QLatin1String("image offset")),
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
        env << faultEnv(src, {}) << QStringLiteral("FIREBREAK_FAULT_DELAY_US=50000"); // ~3 s for the whole source
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

    void loopDevice()
    {
        const QString file = path(QStringLiteral("disk.img"));
        QVERIFY(writeRandomFile(file, 16 << 20, 21));
        const QString dev = attachLoop(file, true);
        if (dev.isEmpty())
            QSKIP("losetup cannot attach a loop device on this machine; block-device imaging is not tested here");
        auto detach = qScopeGuard([&] { detachLoop(dev); });
        const QString dest = path(QStringLiteral("loop-ro.raw"));
        const Run r = cli({QStringLiteral("image"), QStringLiteral("--source"), dev, QStringLiteral("--dest"), dest, QStringLiteral("--verify"),
                           QStringLiteral("--verify-source"), QStringLiteral("--write-blocker"), QStringLiteral("none (loop device)")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(printedHash(r.out, QStringLiteral("sha256")), coreutilsSum(QStringLiteral("sha256sum"), file));
        const QJsonObject log = readJson(dest + QStringLiteral(".json"));
        const QJsonObject source = log.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("type")).toString(), QStringLiteral("block-device"));
        QCOMPARE(source.value(QStringLiteral("size_bytes")).toInteger(), qint64(16 << 20));
        QCOMPARE(source.value(QStringLiteral("logical_sector_size")).toInt(), 512);
        QCOMPARE(source.value(QStringLiteral("device")).toObject().value(QStringLiteral("loop_backing_file")).toString(), file);
        const QJsonObject wp = log.value(QStringLiteral("write_protection")).toObject();
        QVERIFY(wp.value(QStringLiteral("kernel_flag_before")).toBool());
        QVERIFY(!wp.value(QStringLiteral("kernel_flag_set_by_firebreak")).toBool());
        QCOMPARE(wp.value(QStringLiteral("declared_blocker")).toString(), QStringLiteral("none (loop device)"));
        QVERIFY(log.value(QStringLiteral("source_verification")).toObject().value(QStringLiteral("matched")).toBool());

        // `devices` lists it with its size and backing file.
        const Run list = cli({QStringLiteral("devices"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        bool listed = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("path")).toString() == dev) {
                listed = true;
                QCOMPARE(d.value(QStringLiteral("size_bytes")).toInteger(), qint64(16 << 20));
                QCOMPARE(d.value(QStringLiteral("loop_backing_file")).toString(), file);
                QVERIFY(d.value(QStringLiteral("read_only")).toBool());
            }
        }
        QVERIFY2(listed, qPrintable(list.out));
        QVERIFY(cli({QStringLiteral("devices")}).out.contains(dev));
    }

    void writableLoopDeviceIsMadeReadOnlyThenRestored()
    {
        const QString file = path(QStringLiteral("disk-rw.img"));
        QVERIFY(writeRandomFile(file, 4 << 20, 22));
        const QString dev = attachLoop(file, false);
        if (dev.isEmpty())
            QSKIP("losetup cannot attach a loop device on this machine; BLKROSET is not tested here");
        auto detach = qScopeGuard([&] { detachLoop(dev); });
        const QString dest = path(QStringLiteral("loop-rw.raw"));
        const Run r = cli({QStringLiteral("image"), QStringLiteral("--source"), dev, QStringLiteral("--dest"), dest});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject wp = readJson(dest + QStringLiteral(".json")).value(QStringLiteral("write_protection")).toObject();
        QVERIFY(!wp.value(QStringLiteral("kernel_flag_before")).toBool());
        QVERIFY(wp.value(QStringLiteral("kernel_flag_set_by_firebreak")).toBool());
        QVERIFY(wp.value(QStringLiteral("kernel_flag_restored")).toBool());
        QCOMPARE(runProgram(QStringLiteral("blockdev"), {QStringLiteral("--getro"), dev}).out.trimmed(), QStringLiteral("0"));
        QVERIFY(readAll(dest + QStringLiteral(".info")).contains("set by Firebreak during the acquisition, then restored"));
    }

    void loopDeviceBadSectorsMatchDc3dd()
    {
        const QString file = path(QStringLiteral("bad-disk.img"));
        QVERIFY(writeRandomFile(file, 4 << 20, 23));
        const QString dev = attachLoop(file, true);
        if (dev.isEmpty())
            QSKIP("losetup cannot attach a loop device on this machine");
        auto detach = qScopeGuard([&] { detachLoop(dev); });
        const QList<qint64> bad{0, 3000, 3001, 8191};
        const QByteArray expected = zeroSectors(readAll(file), bad);
        const QString dest = path(QStringLiteral("bad-loop.raw"));
        const Run r = cli({QStringLiteral("image"), QStringLiteral("--source"), dev, QStringLiteral("--dest"), dest},
                          faultEnv(dev, bad));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(dest) == expected);
        if (!programExists(QStringLiteral("dc3dd")))
            QSKIP("dc3dd is not installed: the cross-check with the reference imager was skipped");
        const QString dc3ddOut = path(QStringLiteral("bad-loop.dc3dd"));
        runProgram(QStringLiteral("dc3dd"), {QStringLiteral("if=") + dev, QStringLiteral("of=") + dc3ddOut,
                                             QStringLiteral("log=") + path(QStringLiteral("dc3dd.log"))},
                   faultEnv(dev, bad));
        QVERIFY2(readAll(dc3ddOut) == readAll(dest), readAll(path(QStringLiteral("dc3dd.log"))).constData());
    }

    void registersEvidenceAndTheAuditStaysIntact()
    {
        const QString db = path(QStringLiteral("case.db"));
        const Run created = cli({QStringLiteral("--db"), db, QStringLiteral("incident"), QStringLiteral("new"),
                                 QStringLiteral("--title"), QStringLiteral("Ransomware on file server")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString incident = created.out.trimmed();
        const QString src = path(QStringLiteral("evidence.bin"));
        const QString dest = path(QStringLiteral("evidence.raw"));
        QVERIFY(writeRandomFile(src, 3 << 20, 31));

        // An unknown incident is refused before anything is read or created.
        const Run unknown = cli({QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("--source"), src,
                                 QStringLiteral("--dest"), dest, QStringLiteral("--incident"), QStringLiteral("INC-2099-0999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".incomplete.info")) && !QFileInfo::exists(dest));

        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("--source"), src,
                           QStringLiteral("--dest"), dest, QStringLiteral("--verify"), QStringLiteral("--incident"), incident,
                           QStringLiteral("--examiner"), QStringLiteral("A. Examiner"), QStringLiteral("--description"),
                           QStringLiteral("File server system disk")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("registered as evidence E-001 of %1").arg(incident)), qPrintable(r.err));
        QCOMPARE(readJson(dest + QStringLiteral(".json")).value(QStringLiteral("case")).toObject().value(QStringLiteral("evidence_id")).toString(),
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
        }

        // A taken evidence number is refused before imaging.
        const Run taken = cli({QStringLiteral("--db"), db, QStringLiteral("image"), QStringLiteral("--source"), src,
                               QStringLiteral("--dest"), path(QStringLiteral("evidence2.raw")), QStringLiteral("--incident"),
                               incident, QStringLiteral("--evidence-id"), QStringLiteral("E-001")});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY(taken.err.contains(QLatin1String("already used")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("evidence2.raw.incomplete.info"))));

        const Run audit = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0 && audit.out.startsWith(QLatin1String("OK")), qPrintable(audit.out + audit.err));
        const Run log = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("log"), incident, QStringLiteral("--json")});
        QVERIFY(log.out.contains(QLatin1String("evidence.register")));
        QVERIFY(log.out.contains(coreutilsSum(QStringLiteral("sha256sum"), src)));
    }

    void usageAndRefusals()
    {
        const QString src = path(QStringLiteral("small.bin"));
        QVERIFY(writeRandomFile(src, 10000, 41));
        const QString dest = path(QStringLiteral("small.raw"));
        auto image = [&](QStringList extra) {
            return cli(QStringList{QStringLiteral("image"), QStringLiteral("--source"), src} + extra);
        };
        QCOMPARE(image({}).exitCode, 2); // no --dest
        QCOMPARE(image({QStringLiteral("--dest"), dest, QStringLiteral("--hash"), QStringLiteral("md6")}).exitCode, 2);
        QCOMPARE(image({QStringLiteral("--dest"), dest, QStringLiteral("--split"), QStringLiteral("12x")}).exitCode, 2);
        QCOMPARE(image({QStringLiteral("--dest"), dest, QStringLiteral("--split"), QStringLiteral("1000")}).exitCode, 2);
        QCOMPARE(image({QStringLiteral("--dest"), dest, QStringLiteral("--incident"), QStringLiteral("nope")}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(dest));

        QFile existing(dest);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        const Run refused = image({QStringLiteral("--dest"), dest});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(dest) && refused.err.contains(QLatin1String("never overwrites")), qPrintable(refused.err));
        QCOMPARE(readAll(dest), QByteArray("keep me"));

        const Run missing = cli({QStringLiteral("image"), QStringLiteral("--source"), path(QStringLiteral("absent")),
                                 QStringLiteral("--dest"), path(QStringLiteral("absent.raw"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(path(QStringLiteral("absent"))));
        QCOMPARE(cli({QStringLiteral("devices")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestImagingCli)
#include "tst_imagingcli.moc"
