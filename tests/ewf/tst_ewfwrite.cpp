// E01 written by Firebreak's imaging engine, checked by the libewf tools
// as separate processes: ewfverify must succeed with our MD5, ewfinfo must
// show our case metadata, ewfexport must give back the source byte for
// byte. Every compression level, a multi-segment set, odd sizes, the
// never-overwrite and crash-safety conventions, and a damaged image
// caught by verification.

#include "EwfTestSupport.h"
#include "forensics/ewf/EwfCheck.h"
#include "forensics/imaging/ImagingJob.h"
#include "forensics/imaging/Registration.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestEwfWrite : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    ImagingOptions options(const QString &src, const QString &dest, EwfCompression c) const
    {
        ImagingOptions o;
        o.source = src;
        o.destination = dest;
        o.format = ImageFormat::E01;
        o.compression = c;
        o.blockSize = 256 * 1024;
        o.bufferCount = 8;
        o.caseInfo.examiner = QStringLiteral("Ada Examiner");
        o.caseInfo.incidentId = QStringLiteral("INC-2026-0042");
        o.caseInfo.evidenceId = QStringLiteral("E-007");
        o.caseInfo.description = QStringLiteral("USB stick from desk 4");
        o.caseInfo.notes = QStringLiteral("sealed bag 1182");
        return o;
    }

    // ewfexport to a raw file: the media data as another reader sees it.
    QByteArray exported(const QString &first, const QString &name)
    {
        const QString target = path(name);
        const ProcessResult r =
            runProcess(QStringLiteral("ewfexport"), {QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("-f"),
                                                     QStringLiteral("raw"), QStringLiteral("-t"), target, first});
        if (r.exitCode != 0)
            qWarning().noquote() << r.out << r.err;
        QByteArray data = readAll(target + QStringLiteral(".raw"));
        if (data.isEmpty())
            data = readAll(target);
        return data;
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"ewfverify", "ewfinfo", "ewfexport"})
            if (!programExists(QLatin1String(tool)))
                QSKIP("ewf-tools not installed (installers/bootstrap.sh installs them)");
        QVERIFY(m_dir.isValid());
    }

    void eachCompressionLevelReadsBackEverywhere_data()
    {
        QTest::addColumn<int>("compression");
        QTest::addColumn<QString>("toolLevel"); // as ewfinfo prints it
        QTest::newRow("none") << int(EwfCompression::None) << QStringLiteral("no compression");
        QTest::newRow("fast") << int(EwfCompression::Fast) << QStringLiteral("good (fast) compression");
        QTest::newRow("best") << int(EwfCompression::Best) << QStringLiteral("best compression");
    }

    void eachCompressionLevelReadsBackEverywhere()
    {
        QFETCH(int, compression);
        QFETCH(QString, toolLevel);
        const auto c = static_cast<EwfCompression>(compression);
        const QString key = ewfCompressionKey(c);
        const QString src = path(QStringLiteral("src-%1.bin").arg(key));
        QVERIFY(writeMixedFile(src, 9 * 1024 * 1024 + 3 * 512, 11));
        ImagingOptions o = options(src, path(QStringLiteral("img-%1").arg(key)), c);
        o.verifyImage = true;
        const AcquisitionReport r = ImagingJob(o).run();
        QVERIFY2(r.success(), qPrintable(r.error));
        const QString first = path(QStringLiteral("img-%1.E01").arg(key));
        QCOMPARE(r.segments.size(), 1);
        QCOMPARE(r.segments.first().path, first);
        QCOMPARE(r.segments.first().sizeBytes, QFileInfo(first).size());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("img-%1.incomplete.E01").arg(key))));
        QVERIFY(r.imageVerification.performed && r.imageVerification.matched);
        QCOMPARE(r.hashes.value(HashAlgorithm::Sha256), coreutilsSum(QStringLiteral("sha256sum"), src));

        // ewfverify: success, and its MD5 is ours.
        const ProcessResult v = ewfverify(first);
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        QCOMPARE(toolValue(v.out, QStringLiteral("MD5 hash stored in file")), r.hashes.value(HashAlgorithm::Md5));
        QCOMPARE(toolValue(v.out, QStringLiteral("MD5 hash calculated over data")), r.hashes.value(HashAlgorithm::Md5));
        QCOMPARE(toolValue(v.out, QStringLiteral("SHA1 hash calculated over data")),
                 r.hashes.value(HashAlgorithm::Sha1));

        // ewfinfo: our case metadata and compression.
        const ProcessResult info = runProcess(QStringLiteral("ewfinfo"), {first});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(toolValue(info.out, QStringLiteral("Case number")), QStringLiteral("INC-2026-0042"));
        QCOMPARE(toolValue(info.out, QStringLiteral("Evidence number")), QStringLiteral("E-007"));
        QCOMPARE(toolValue(info.out, QStringLiteral("Examiner name")), QStringLiteral("Ada Examiner"));
        QCOMPARE(toolValue(info.out, QStringLiteral("Description")), QStringLiteral("USB stick from desk 4"));
        QCOMPARE(toolValue(info.out, QStringLiteral("Notes")), QStringLiteral("sealed bag 1182"));
        QVERIFY2(info.out.contains(toolLevel, Qt::CaseInsensitive), qPrintable(info.out));
        QCOMPARE(toolValue(info.out, QStringLiteral("Media size"))
                     .section(QLatin1Char('('), 1)
                     .section(QLatin1Char(' '), 0, 0),
                 QString::number(QFileInfo(src).size()));

        // ewfexport: byte for byte the source.
        const QByteArray back = exported(first, QStringLiteral("export-%1").arg(key));
        QCOMPARE(back.size(), QFileInfo(src).size());
        QVERIFY(back == readAll(src));

        // Compression did something (zero runs shrink), none did not.
        const qint64 imageSize = QFileInfo(first).size();
        if (c == EwfCompression::None)
            QVERIFY(imageSize > QFileInfo(src).size());
        else
            QVERIFY(imageSize < QFileInfo(src).size() * 9 / 10);

        // Hash file: the media data's hash, checkable through ewfexport.
        const QString sha = QString::fromUtf8(readAll(path(QStringLiteral("img-%1.sha256").arg(key))));
        QVERIFY(sha.contains(r.hashes.value(HashAlgorithm::Sha256) + QStringLiteral("  -\n")));
        QVERIFY(sha.contains(QStringLiteral("ewfexport")));
        const QJsonObject log = readJson(path(QStringLiteral("img-%1.json").arg(key)));
        QCOMPARE(log.value(QStringLiteral("image_format")).toString(), QStringLiteral("e01"));
        QCOMPARE(log.value(QStringLiteral("ewf")).toObject().value(QStringLiteral("compression")).toString(), key);

        // The register entry the evidence-verify helper relies on.
        const EvidenceItem e = evidenceItemFor(r);
        QCOMPARE(e.imagePath, first);
        QCOMPARE(e.details.value(QStringLiteral("format")).toString(), QStringLiteral("e01"));
        const QJsonArray segs = e.details.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segs.size(), 1);
        QCOMPARE(segs.first().toObject().value(QStringLiteral("path")).toString(), first);
        QCOMPARE(segs.first().toObject().value(QStringLiteral("size_bytes")).toInteger(), QFileInfo(first).size());
    }

    void multiSegmentSetIsNamedAndRenamedWhole()
    {
        const QString src = path(QStringLiteral("multi.bin"));
        QVERIFY(writeRandomFile(src, 5 * 1024 * 1024 + 777, 5)); // odd size: not a sector multiple
        ImagingOptions o = options(src, path(QStringLiteral("multi.E01")), EwfCompression::Fast);
        o.ewfSegmentSize = 1 << 20;
        o.verifyImage = true;
        const AcquisitionReport r = ImagingJob(o).run();
        QVERIFY2(r.success(), qPrintable(r.error));
        const QStringList onDisk = QDir(m_dir.path()).entryList({QStringLiteral("multi.E*")}, QDir::Files, QDir::Name);
        QVERIFY(onDisk.size() >= 5);
        QCOMPARE(r.segments.size(), onDisk.size());
        for (int i = 0; i < onDisk.size(); ++i) {
            QCOMPARE(QFileInfo(r.segments[i].path).fileName(),
                     QStringLiteral("multi.E%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            QCOMPARE(r.segments[i].sizeBytes, QFileInfo(r.segments[i].path).size());
            QVERIFY(r.segments[i].sizeBytes <= (1 << 20) + 64 * 1024);
        }
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("multi.incomplete*")}, QDir::Files).isEmpty());
        const ProcessResult v = ewfverify(path(QStringLiteral("multi.E01")));
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        QVERIFY(exported(path(QStringLiteral("multi.E01")), QStringLiteral("multi-export")) == readAll(src));
        auto c = checkEwfImage(path(QStringLiteral("multi.E01")), {}, CancelToken{});
        QVERIFY(c);
        QVERIFY2(c->intact(), qPrintable(c->problems().join(QLatin1Char('\n'))));
        QCOMPARE(c->segments.size(), onDisk.size());
        QCOMPARE(c->computed.value(HashAlgorithm::Sha256), r.hashes.value(HashAlgorithm::Sha256));
    }

    void damagedImageFailsVerificationAndStaysIncomplete()
    {
        const QString src = path(QStringLiteral("dmg.bin"));
        QVERIFY(writeRandomFile(src, 3 * 1024 * 1024, 9));
        ImagingOptions o = options(src, path(QStringLiteral("dmg")), EwfCompression::None);
        o.ewfSegmentSize = 1 << 20;
        o.verifyImage = true;
        // Between writing and re-reading, a byte of E02's chunk data flips
        // (a failing destination medium).
        o.beforeVerifyImage = [&](const QStringList &files) {
            QVERIFY(files.size() >= 2);
            QVERIFY(flipByte(files[1], QFileInfo(files[1]).size() / 2));
        };
        const AcquisitionReport r = ImagingJob(o).run();
        QCOMPARE(r.outcome, ImagingOutcome::VerifyFailed);
        QVERIFY2(r.error.contains(QStringLiteral("dmg.incomplete.E02")), qPrintable(r.error));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("dmg.incomplete.E01"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("dmg.E01"))));
        const QJsonObject log = readJson(path(QStringLiteral("dmg.incomplete.json")));
        QCOMPARE(log.value(QStringLiteral("outcome")).toString(), QStringLiteral("verify-failed"));
    }

    void existingSegmentIsNeverOverwritten()
    {
        const QString src = path(QStringLiteral("keep.bin"));
        QVERIFY(writeRandomFile(src, 1 << 20, 3));
        QFile existing(path(QStringLiteral("keep.E01")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("evidence");
        existing.close();
        const AcquisitionReport r = ImagingJob(options(src, path(QStringLiteral("keep")), EwfCompression::Fast)).run();
        QCOMPARE(r.outcome, ImagingOutcome::NotStarted);
        QVERIFY2(r.error.contains(QStringLiteral("keep.E01")), qPrintable(r.error));
        QCOMPARE(readAll(path(QStringLiteral("keep.E01"))), QByteArray("evidence"));
    }

    void cancelLeavesIncompleteSetAndLog()
    {
        const QString src = path(QStringLiteral("stop.bin"));
        QVERIFY(writeRandomFile(src, 8 << 20, 4));
        ImagingOptions o = options(src, path(QStringLiteral("stop")), EwfCompression::Fast);
        ImagingJob *running = nullptr;
        o.afterBlockRead = [&](qint64 offset) {
            if (offset >= (2 << 20) && running)
                running->cancel();
        };
        ImagingJob job(o);
        running = &job;
        const AcquisitionReport r = job.run();
        QCOMPARE(r.outcome, ImagingOutcome::Cancelled);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("stop.E01"))));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("stop.incomplete.info"))));
        QCOMPARE(readJson(path(QStringLiteral("stop.incomplete.json"))).value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("cancelled"));
    }

    void badOptionsAreRefused()
    {
        ImagingOptions o = options(QStringLiteral("/dev/null"), path(QStringLiteral("x")), EwfCompression::Fast);
        o.ewfSegmentSize = 4096;
        const AcquisitionReport r = ImagingJob(o).run();
        QCOMPARE(r.outcome, ImagingOutcome::NotStarted);
        QVERIFY(r.error.contains(QStringLiteral("segment size")));
        o.ewfSegmentSize = DefaultEwfSegmentSize;
        o.blockSize = 64 * 1024; // not whole 256 KiB: a 4Kn disk's chunks would straddle blocks
        QVERIFY(ImagingJob(o).run().error.contains(QStringLiteral("256 KiB")));
        o.blockSize = 1 << 20;
        o.splitSize = 1 << 20;
        QVERIFY(ImagingJob(o).run().error.contains(QStringLiteral("segment-size")));
    }
};

QTEST_GUILESS_MAIN(TestEwfWrite)
#include "tst_ewfwrite.moc"
