// `firebreak-cli image --format e01` as a real process: the E01 set it
// writes passes ewfverify, carries the case metadata, and unreadable
// sectors injected by the LD_PRELOAD fault shim appear both in our log and
// in the image's own acquiry error list (ewfinfo -e).

#include "EwfTestSupport.h"
#include "forensics/ewf/EwfCheck.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestEwfCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"ewfverify", "ewfinfo", "ewfexport"})
            if (!programExists(QLatin1String(tool)))
                QSKIP("ewf-tools not installed (installers/bootstrap.sh installs them)");
        QVERIFY(m_dir.isValid());
    }

    void helpNamesTheOptions()
    {
        const ProcessResult r = runCli({QStringLiteral("image"), QStringLiteral("--help")});
        const QString all = r.out + r.err;
        for (const char *opt : {"--format", "--compression", "--segment-size", "e01"})
            QVERIFY2(all.contains(QLatin1String(opt)), opt);
    }

    void multiSegmentImageWithBadSectors()
    {
        const QString src = path(QStringLiteral("disk.bin"));
        QVERIFY(writeMixedFile(src, 4 * 1024 * 1024, 21));
        const QList<qint64> bad{100, 101, 102, 5000};
        const ProcessResult r =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"),
                    path(QStringLiteral("disk")), QStringLiteral("--format"), QStringLiteral("e01"),
                    QStringLiteral("--compression"), QStringLiteral("best"), QStringLiteral("--segment-size"),
                    QStringLiteral("1M"), QStringLiteral("--retries"), QStringLiteral("0"),
                    QStringLiteral("--examiner"), QStringLiteral("R. Analyst"), QStringLiteral("--description"),
                    QStringLiteral("bad disk"), QStringLiteral("--verify")},
                   {.env = faultEnv(src, bad)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString first = path(QStringLiteral("disk.E01"));
        QVERIFY(QFileInfo::exists(first));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("disk.E02"))));
        QVERIFY2(r.err.contains(QStringLiteral("unreadable sector")), qPrintable(r.err));

        // The image holds what a correct imager writes: zeros where reads failed.
        const QByteArray expected = zeroSectors(readAll(src), bad);
        const QString md5 = printedHash(r.out, QStringLiteral("md5"));
        QCOMPARE(md5, Digest::hexOf(HashAlgorithm::Md5, expected));
        const ProcessResult v = ewfverify(first);
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        QCOMPARE(toolValue(v.out, QStringLiteral("MD5 hash calculated over data")), md5);

        // Our log and the E01 acquiry error list name the same sectors.
        const QJsonArray logged =
            readJson(path(QStringLiteral("disk.json"))).value(QStringLiteral("bad_sectors")).toArray();
        QCOMPARE(logged.size(), 2);
        QCOMPARE(logged[0].toObject().value(QStringLiteral("first_sector")).toInteger(), 100);
        QCOMPARE(logged[0].toObject().value(QStringLiteral("sector_count")).toInteger(), 3);
        QCOMPARE(logged[1].toObject().value(QStringLiteral("first_sector")).toInteger(), 5000);
        const ProcessResult info = runProcess(QStringLiteral("ewfinfo"), {QStringLiteral("-e"), first});
        QVERIFY2(info.out.contains(QStringLiteral("100 - 102")) || info.out.contains(QStringLiteral("100 - 103")),
                 qPrintable(info.out));
        QVERIFY2(info.out.contains(QStringLiteral("5000")), qPrintable(info.out));
        const ProcessResult meta = runProcess(QStringLiteral("ewfinfo"), {first});
        QCOMPARE(toolValue(meta.out, QStringLiteral("Examiner name")), QStringLiteral("R. Analyst"));
        QCOMPARE(toolValue(meta.out, QStringLiteral("Description")), QStringLiteral("bad disk"));

        // The hash file's documented check command works.
        const ProcessResult check = runProcess(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("eval \"$(grep -m1 '^# Check: ' disk.sha256 | cut -c10-)\"")}, {}, {},
            m_dir.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    // A 4K-sector device (a loop device with 4096-byte logical sectors):
    // 64 sectors per chunk as ewfacquire, so 256 KiB chunks; ewfinfo shows
    // the geometry and ewfverify accepts the set.
    void fourKSectorDevice()
    {
        const QString backing = path(QStringLiteral("4kn.bin"));
        QVERIFY(writeMixedFile(backing, 8 * 1024 * 1024, 33));
        const ProcessResult lo =
            runProcess(QStringLiteral("losetup"), {QStringLiteral("-f"), QStringLiteral("--show"), QStringLiteral("-r"),
                                                   QStringLiteral("--sector-size"), QStringLiteral("4096"), backing});
        const QString dev = lo.out.trimmed();
        if (lo.exitCode != 0 || dev.isEmpty())
            QSKIP("no loop devices here (needs root and /dev/loop-control)");
        const ProcessResult r = runCli({QStringLiteral("image"), QStringLiteral("--source"), dev,
                                        QStringLiteral("--dest"), path(QStringLiteral("4kn")),
                                        QStringLiteral("--format"), QStringLiteral("e01"), QStringLiteral("--verify")});
        runProcess(QStringLiteral("losetup"), {QStringLiteral("-d"), dev});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString first = path(QStringLiteral("4kn.E01"));
        const ProcessResult info = runProcess(QStringLiteral("ewfinfo"), {first});
        QCOMPARE(toolValue(info.out, QStringLiteral("Bytes per sector")), QStringLiteral("4096"));
        QCOMPARE(toolValue(info.out, QStringLiteral("Sectors per chunk")), QStringLiteral("64"));
        const ProcessResult v = ewfverify(first);
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        QCOMPARE(toolValue(v.out, QStringLiteral("MD5 hash calculated over data")),
                 hexOfFile(HashAlgorithm::Md5, backing));
    }

    void refusals()
    {
        const QString src = path(QStringLiteral("small.bin"));
        QVERIFY(writeRandomFile(src, 4096));
        const QStringList base{QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"),
                               path(QStringLiteral("r"))};
        ProcessResult r = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("aff")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QStringLiteral("--format 'aff'")));
        r = runCli(base + QStringList{QStringLiteral("--compression"), QStringLiteral("best")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QStringLiteral("e01 only")));
        r = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("e01"),
                                      QStringLiteral("--compression"), QStringLiteral("max")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QStringLiteral("'max'")));
        r = runCli(base + QStringList{QStringLiteral("--format"), QStringLiteral("e01"),
                                      QStringLiteral("--segment-size"), QStringLiteral("lots")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QStringLiteral("'lots'")));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("r*")}, QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEwfCli)
#include "tst_ewfcli.moc"
