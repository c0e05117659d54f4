// Unreadable sectors and block devices, through firebreak-cli as a real
// process: read errors injected into its own read path by an LD_PRELOAD
// shim (device-mapper is not available on the test machines), loop devices
// via losetup, and dc3dd under the same faults as the reference.

#include "ImagingTestSupport.h"

#include <QtTest>

using namespace firebreak;
using namespace firebreak::test;

class TestImagingDevices : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(cliPath()), qPrintable(cliPath()));
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
            QTest::addRow("run and strays, %s", qPrintable(mode))
                << size << QList<qint64>{2047, 2048, 2049, 5000, 8193} << mode;
        }
        QTest::addRow("partial last sector") << qint64((1 << 20) + 700) << QList<qint64>{2049} << QStringLiteral("eio");
    }

    void badSectorsAreZeroFilledExactly()
    {
        QFETCH(qint64, size);
        QFETCH(QList<qint64>, sectors);
        QFETCH(QString, mode);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('_'))
                                .remove(QLatin1Char(','));
        const QString src = path(tag + QStringLiteral(".bin"));
        const QString dest = path(tag + QStringLiteral(".raw"));
        QVERIFY(writeRandomFile(src, size, 11));
        const QByteArray expected = zeroSectors(readAll(src), sectors);
        const ProcessResult r = runCli({QStringLiteral("image"), QStringLiteral("--source"), src,
                                        QStringLiteral("--dest"), dest, QStringLiteral("--verify")},
                                       {.env = faultEnv(src, sectors, mode)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(dest) == expected);
        QCOMPARE(printedHash(r.out, QStringLiteral("sha256")),
                 QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
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
        const ProcessResult recovered =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"),
                    path(QStringLiteral("flaky3.raw")), QStringLiteral("--retries"), QStringLiteral("3")},
                   {.env = faultEnv(src, {10, 3000}, QStringLiteral("eio"), 2)});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.err));
        QVERIFY(readAll(path(QStringLiteral("flaky3.raw"))) == readAll(src));
        QCOMPARE(
            readJson(path(QStringLiteral("flaky3.raw.json"))).value(QStringLiteral("bad_sector_count")).toInteger(),
            qint64(0));

        const ProcessResult zeroed =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"),
                    path(QStringLiteral("flaky0.raw")), QStringLiteral("--retries"), QStringLiteral("0")},
                   {.env = faultEnv(src, {10, 3000}, QStringLiteral("eio"), 2)});
        QVERIFY2(zeroed.exitCode == 0, qPrintable(zeroed.err));
        QVERIFY(readAll(path(QStringLiteral("flaky0.raw"))) == zeroSectors(readAll(src), {10, 3000}));
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
        const ProcessResult r =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), dev, QStringLiteral("--dest"), dest,
                    QStringLiteral("--verify"), QStringLiteral("--verify-source"), QStringLiteral("--write-blocker"),
                    QStringLiteral("none (loop device)")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(printedHash(r.out, QStringLiteral("sha256")), coreutilsSum(QStringLiteral("sha256sum"), file));
        const QJsonObject log = readJson(dest + QStringLiteral(".json"));
        const QJsonObject source = log.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("type")).toString(), QStringLiteral("block-device"));
        QCOMPARE(source.value(QStringLiteral("size_bytes")).toInteger(), qint64(16 << 20));
        QCOMPARE(source.value(QStringLiteral("logical_sector_size")).toInt(), 512);
        QCOMPARE(
            source.value(QStringLiteral("device")).toObject().value(QStringLiteral("loop_backing_file")).toString(),
            file);
        const QJsonObject wp = log.value(QStringLiteral("write_protection")).toObject();
        QVERIFY(wp.value(QStringLiteral("kernel_flag_before")).toBool());
        QVERIFY(!wp.value(QStringLiteral("kernel_flag_set_by_firebreak")).toBool());
        QCOMPARE(wp.value(QStringLiteral("declared_blocker")).toString(), QStringLiteral("none (loop device)"));
        QVERIFY(log.value(QStringLiteral("source_verification")).toObject().value(QStringLiteral("matched")).toBool());

        // `devices` lists it with its size and backing file.
        const ProcessResult list = runCli({QStringLiteral("devices"), QStringLiteral("--json")});
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
        QVERIFY(runCli({QStringLiteral("devices")}).out.contains(dev));
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
        const ProcessResult r =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), dev, QStringLiteral("--dest"), dest});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject wp =
            readJson(dest + QStringLiteral(".json")).value(QStringLiteral("write_protection")).toObject();
        QVERIFY(!wp.value(QStringLiteral("kernel_flag_before")).toBool());
        QVERIFY(wp.value(QStringLiteral("kernel_flag_set_by_firebreak")).toBool());
        QVERIFY(wp.value(QStringLiteral("kernel_flag_restored")).toBool());
        QCOMPARE(runProcess(QStringLiteral("blockdev"), {QStringLiteral("--getro"), dev}).out.trimmed(),
                 QStringLiteral("0"));
        QVERIFY(
            readAll(dest + QStringLiteral(".info")).contains("set by Firebreak during the acquisition, then restored"));
    }

    void mountedDeviceIsFlaggedAndNotMadeReadOnly()
    {
        if (!programExists(QStringLiteral("mkfs.ext4")))
            QSKIP("mkfs.ext4 (e2fsprogs) is not installed");
        const QString file = path(QStringLiteral("fs.img"));
        QVERIFY(writeRandomFile(file, 8 << 20, 24));
        QCOMPARE(runProcess(QStringLiteral("mkfs.ext4"), {QStringLiteral("-q"), QStringLiteral("-F"), file}).exitCode,
                 0);
        const QString dev = attachLoop(file, false);
        if (dev.isEmpty())
            QSKIP("losetup cannot attach a loop device on this machine");
        auto detach = qScopeGuard([&] { detachLoop(dev); });
        const QString mnt = path(QStringLiteral("mnt"));
        QVERIFY(QDir().mkpath(mnt));
        if (runProcess(QStringLiteral("mount"), {dev, mnt}).exitCode != 0)
            QSKIP("cannot mount a loop device here");
        auto unmount = qScopeGuard([&] { runProcess(QStringLiteral("umount"), {mnt}); });

        bool listed = false;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(runCli({QStringLiteral("devices"), QStringLiteral("--json")}).out.toUtf8())
                 .array()) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("path")).toString() == dev) {
                listed = true;
                QCOMPARE(d.value(QStringLiteral("mount_points")).toArray().first().toString(), mnt);
                QVERIFY(d.value(QStringLiteral("in_use")).toBool());
            }
        }
        QVERIFY(listed);

        // Imaging a mounted device is allowed (live response) but flagged,
        // and the kernel read-only flag is left alone: setting it under a
        // mounted file system would make the running system fail.
        const QString dest = path(QStringLiteral("mounted.raw"));
        const ProcessResult r =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), dev, QStringLiteral("--dest"), dest});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("MOUNTED at %1").arg(mnt)), qPrintable(r.err));
        const QJsonObject log = readJson(dest + QStringLiteral(".json"));
        QVERIFY(!log.value(QStringLiteral("warnings")).toArray().isEmpty());
        const QJsonObject wp = log.value(QStringLiteral("write_protection")).toObject();
        QVERIFY(!wp.value(QStringLiteral("kernel_flag_set_by_firebreak")).toBool());
        QVERIFY(wp.value(QStringLiteral("note")).toString().contains(QLatin1String("in use")));
        QCOMPARE(runProcess(QStringLiteral("blockdev"), {QStringLiteral("--getro"), dev}).out.trimmed(),
                 QStringLiteral("0"));
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
        const ProcessResult r =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), dev, QStringLiteral("--dest"), dest},
                   {.env = faultEnv(dev, bad)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(readAll(dest) == expected);
        if (!programExists(QStringLiteral("dc3dd")))
            QSKIP("dc3dd is not installed: the cross-check with the reference imager was skipped");
        const QString dc3ddOut = path(QStringLiteral("bad-loop.dc3dd"));
        runProcess(QStringLiteral("dc3dd"),
                   {QStringLiteral("if=") + dev, QStringLiteral("of=") + dc3ddOut,
                    QStringLiteral("log=") + path(QStringLiteral("dc3dd.log"))},
                   {}, foreignFaultEnv(dev, bad));
        QVERIFY2(readAll(dc3ddOut) == readAll(dest), readAll(path(QStringLiteral("dc3dd.log"))).constData());
    }
};

QTEST_GUILESS_MAIN(TestImagingDevices)
#include "tst_imagingdevices.moc"
