// The imaging engine in-process: exact images for awkward sizes, split
// segments, cancellation, verification catching a changed image, refusal
// to overwrite, a full destination. Reference hashes come from the Digest
// known-answer-tested wrapper over the source file itself.

#include "ImagingTestSupport.h"
#include "forensics/imaging/AcquisitionLog.h"
#include "forensics/imaging/ImagingJob.h"

#include <QtTest>

#include <sys/mount.h>

using namespace firebreak;
using namespace firebreak::test;

namespace {
const QList<HashAlgorithm> AllFour{HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256,
                                   HashAlgorithm::Sha512};
}

class TestImagingJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Small blocks and few buffers, so even small sources span many blocks
    // and every buffer is recycled many times.
    ImagingOptions options(const QString &src, const QString &dest) const
    {
        ImagingOptions o;
        o.source = src;
        o.destination = dest;
        o.blockSize = 64 * 1024;
        o.bufferCount = 4;
        o.caseInfo.examiner = QStringLiteral("Test Examiner");
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exactImageForAwkwardSizes_data()
    {
        QTest::addColumn<qint64>("size");
        for (qint64 s : {qint64(0), qint64(1), qint64(511), qint64(512), qint64(513), qint64(4095), qint64(4097),
                         qint64(65536 * 3 + 7), qint64((1 << 20) - 1), qint64(1 << 20), qint64((1 << 20) + 1),
                         qint64(5 * (1 << 20) + 123)})
            QTest::addRow("%lld bytes", static_cast<long long>(s)) << s;
    }

    void exactImageForAwkwardSizes()
    {
        QFETCH(qint64, size);
        const QString src = path(QStringLiteral("awk-%1.bin").arg(size));
        const QString dest = path(QStringLiteral("awk-%1.raw").arg(size));
        QVERIFY(writeRandomFile(src, size, static_cast<quint32>(size)));
        ImagingOptions o = options(src, dest);
        o.hashes = AllFour;
        o.verifyImage = true;
        QList<ImagingProgress> progress;
        ImagingJob job(o);
        job.setProgressHandler([&](const ImagingProgress &p) { progress << p; });
        const AcquisitionReport r = job.run();
        QVERIFY2(r.success(), qPrintable(r.error));
        QCOMPARE(readAll(dest), readAll(src));
        for (HashAlgorithm a : AllFour)
            QCOMPARE(r.hashes.value(a), hexOfFile(a, src));
        QVERIFY(r.imageVerification.matched);
        QCOMPARE(r.bytesAcquired, size);
        QCOMPARE(r.segments.size(), 1);
        QCOMPARE(r.segments.first().path, dest);

        // Outputs under their final names, nothing left marked incomplete.
        QVERIFY(QFileInfo::exists(dest + QStringLiteral(".info")));
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".incomplete")));
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".incomplete.info")));
        QCOMPARE(QString::fromUtf8(readAll(dest + QStringLiteral(".sha512"))),
                 QStringLiteral("%1  %2\n").arg(hexOfFile(HashAlgorithm::Sha512, src), QFileInfo(dest).fileName()));
        const QJsonObject log = readJson(dest + QStringLiteral(".json"));
        QCOMPARE(log.value(QStringLiteral("outcome")).toString(), QStringLiteral("complete"));
        QCOMPARE(log.value(QStringLiteral("bytes_acquired")).toInteger(), size);
        QCOMPARE(log.value(QStringLiteral("case")).toObject().value(QStringLiteral("examiner")).toString(),
                 QStringLiteral("Test Examiner"));
        QVERIFY(!progress.isEmpty());
        for (qsizetype i = 1; i < progress.size(); ++i)
            if (progress[i].phase == progress[i - 1].phase)
                QVERIFY(progress[i].bytesDone >= progress[i - 1].bytesDone);
        QCOMPARE(progress.last().bytesDone, size);
    }

    void splitSegmentsHaveTheRequestedSize_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("split");
        QTest::newRow("aligned split, short tail") << qint64(10 * (1 << 20) + 1234) << qint64(3 << 20);
        QTest::newRow("exact multiple") << qint64(6 << 20) << qint64(2 << 20);
        QTest::newRow("sector but not page multiple") << qint64(3 * (1 << 20) + 5) << qint64(1000448);
    }

    void splitSegmentsHaveTheRequestedSize()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, split);
        const QString src = path(QStringLiteral("split-%1-%2.bin").arg(size).arg(split));
        const QString dest = path(QStringLiteral("split-%1-%2").arg(size).arg(split));
        QVERIFY(writeRandomFile(src, size, 7));
        ImagingOptions o = options(src, dest);
        o.splitSize = split;
        o.verifyImage = true;
        const AcquisitionReport r = ImagingJob(o).run();
        QVERIFY2(r.success(), qPrintable(r.error));
        const qint64 count = (size + split - 1) / split;
        QCOMPARE(r.segments.size(), count);
        QByteArray joined;
        for (qint64 i = 0; i < count; ++i) {
            const QString seg = dest + QStringLiteral(".%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            QCOMPARE(r.segments[i].path, seg);
            const qint64 expectedSize = i + 1 < count ? split : size - split * (count - 1);
            QCOMPARE(QFileInfo(seg).size(), expectedSize);
            joined += readAll(seg);
        }
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".%1").arg(count + 1, 3, 10, QLatin1Char('0'))));
        QVERIFY(joined == readAll(src));
        const QString sha = QString::fromUtf8(readAll(dest + QStringLiteral(".sha256")));
        QVERIFY(sha.contains(hexOfFile(HashAlgorithm::Sha256, src) + QStringLiteral("  -\n")));
    }

    void cancelLeavesAnIncompleteImageAndItsLog()
    {
        const QString src = path(QStringLiteral("cancel.bin"));
        const QString dest = path(QStringLiteral("cancel.raw"));
        QVERIFY(writeRandomFile(src, 16 << 20));
        ImagingOptions o = options(src, dest);
        ImagingJob *running = nullptr;
        bool sawInProgressLog = false;
        o.afterBlockRead = [&](qint64 offset) {
            if (offset == 0) // the log written at the start is there while running
                sawInProgressLog = readAll(dest + QStringLiteral(".incomplete.info")).contains("IN PROGRESS");
            if (offset >= (2 << 20))
                running->cancel();
        };
        ImagingJob job(o);
        running = &job;
        const AcquisitionReport r = job.run();
        QCOMPARE(r.outcome, ImagingOutcome::Cancelled);
        QVERIFY(sawInProgressLog);
        QVERIFY(!QFileInfo::exists(dest));
        QVERIFY(QFileInfo::exists(dest + QStringLiteral(".incomplete")));
        QVERIFY(QFileInfo(dest + QStringLiteral(".incomplete")).size() < (16 << 20));
        QVERIFY(!QFileInfo::exists(dest + QStringLiteral(".sha256")));
        const QString info = QString::fromUtf8(readAll(dest + QStringLiteral(".incomplete.info")));
        QVERIFY2(info.contains(QLatin1String("INCOMPLETE: cancelled")), qPrintable(info));
        QVERIFY(info.contains(QLatin1String("cancelled by the user after")));
        QVERIFY(info.contains(QLatin1String("None: the acquisition did not finish")));
        QCOMPARE(r.infoPath, dest + QStringLiteral(".incomplete.info"));
    }

    void verificationCatchesAChangedImage()
    {
        const QString src = path(QStringLiteral("mismatch.bin"));
        const QString dest = path(QStringLiteral("mismatch.raw"));
        QVERIFY(writeRandomFile(src, 3 << 20));
        ImagingOptions o = options(src, dest);
        o.verifyImage = true;
        o.beforeVerifyImage = [](const QStringList &files) {
            // One flipped bit in the middle, as a failing destination would.
            QFile f(files.first());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            char c = 0;
            f.getChar(&c);
            f.seek(f.size() / 2);
            f.putChar(static_cast<char>(c ^ 1));
        };
        const AcquisitionReport r = ImagingJob(o).run();
        QCOMPARE(r.outcome, ImagingOutcome::VerifyFailed);
        QVERIFY(r.imageVerification.performed);
        QVERIFY(!r.imageVerification.matched);
        QCOMPARE(r.imageVerification.mismatched.size(), 3);
        QVERIFY(!QFileInfo::exists(dest));
        QVERIFY(QFileInfo::exists(dest + QStringLiteral(".incomplete")));
        const QJsonObject log = readJson(dest + QStringLiteral(".incomplete.json"));
        QCOMPARE(log.value(QStringLiteral("outcome")).toString(), QStringLiteral("verify-failed"));
        QCOMPARE(log.value(QStringLiteral("image_verification")).toObject().value(QStringLiteral("matched")).toBool(),
                 false);
    }

    void sourceRereadThatDiffersIsReported()
    {
        const QString src = path(QStringLiteral("changing.bin"));
        const QString dest = path(QStringLiteral("changing.raw"));
        QVERIFY(writeRandomFile(src, 2 << 20));
        const QByteArray original = readAll(src);
        ImagingOptions o = options(src, dest);
        o.verifyImage = true;
        o.verifySource = true;
        o.beforeVerifyImage = [src](const QStringList &) {
            QFile f(src); // the source changes after it was read (a live disk)
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write("changed");
        };
        const AcquisitionReport r = ImagingJob(o).run();
        QCOMPARE(r.outcome, ImagingOutcome::SourceNotVerified);
        QVERIFY(r.imageVerification.matched);
        QVERIFY(r.sourceVerification.performed && !r.sourceVerification.matched);
        // The image is faithful to what was read, so it keeps its name.
        QVERIFY(readAll(dest) == original);
        QVERIFY(readAll(dest + QStringLiteral(".info")).contains("source re-read did NOT confirm"));
    }

    void sourceThatEndsEarlyStopsTheJob()
    {
        const QString src = path(QStringLiteral("shrinking.bin"));
        const QString dest = path(QStringLiteral("shrinking.raw"));
        QVERIFY(writeRandomFile(src, 4 << 20));
        ImagingOptions o = options(src, dest);
        o.afterBlockRead = [src](qint64 offset) {
            if (offset == 0) // the source disappears under the imager
                QFile::resize(src, 1 << 20);
        };
        const AcquisitionReport r = ImagingJob(o).run();
        QCOMPARE(r.outcome, ImagingOutcome::SourceError);
        QVERIFY2(r.error.contains(src) && r.error.contains(QLatin1String("ended at offset 1048576")),
                 qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(dest));
        QVERIFY(readAll(dest + QStringLiteral(".incomplete.info")).contains("INCOMPLETE: source error"));
        QVERIFY(r.hashes.isEmpty());
    }

    void neverOverwrites()
    {
        const QString src = path(QStringLiteral("keep.bin"));
        QVERIFY(writeRandomFile(src, 4096));
        for (const QString &existing : {QStringLiteral("keep.raw"), QStringLiteral("keep.raw.info"),
                                        QStringLiteral("keep.raw.incomplete"), QStringLiteral("keep.raw.sha1")}) {
            QFile f(path(existing));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
            f.close();
            const AcquisitionReport r = ImagingJob(options(src, path(QStringLiteral("keep.raw")))).run();
            QCOMPARE(r.outcome, ImagingOutcome::NotStarted);
            QVERIFY2(r.error.contains(path(existing)) && r.error.contains(QLatin1String("already exists")),
                     qPrintable(r.error));
            QCOMPARE(readAll(path(existing)), QByteArray("precious"));
            QFile::remove(path(existing));
        }
        const AcquisitionReport missingDir = ImagingJob(options(src, path(QStringLiteral("no/such/dir/x.raw")))).run();
        QCOMPARE(missingDir.outcome, ImagingOutcome::NotStarted);
        QVERIFY(missingDir.error.contains(QLatin1String("does not exist")));
        const AcquisitionReport missingSrc =
            ImagingJob(options(path(QStringLiteral("nope.bin")), path(QStringLiteral("n.raw")))).run();
        QCOMPARE(missingSrc.outcome, ImagingOutcome::NotStarted);
        QVERIFY(missingSrc.error.contains(path(QStringLiteral("nope.bin"))));
    }

    void fullDestination()
    {
        const QString mnt = path(QStringLiteral("small-tmpfs"));
        QVERIFY(QDir().mkpath(mnt));
        if (::mount("tmpfs", QFile::encodeName(mnt).constData(), "tmpfs", 0, "size=8m") != 0)
            QSKIP("cannot mount a small tmpfs here (needs root); ENOSPC is covered by the RLIMIT_FSIZE CLI test");
        auto cleanup = qScopeGuard([&] { ::umount2(QFile::encodeName(mnt).constData(), MNT_DETACH); });
        const QString src = path(QStringLiteral("big.bin"));
        QVERIFY(writeRandomFile(src, 20 << 20));
        const QString dest = mnt + QStringLiteral("/big.raw");

        // Refused before reading a byte when the space is visibly too small.
        const AcquisitionReport refused = ImagingJob(options(src, dest)).run();
        QCOMPARE(refused.outcome, ImagingOutcome::NotStarted);
        QVERIFY2(refused.error.contains(mnt) && refused.error.contains(QLatin1String("free")),
                 qPrintable(refused.error));
        QVERIFY(QDir(mnt).isEmpty());

        // Told to go ahead anyway, it fails on ENOSPC, naming file and offset.
        ImagingOptions o = options(src, dest);
        o.checkFreeSpace = false;
        const AcquisitionReport r = ImagingJob(o).run();
        QCOMPARE(r.outcome, ImagingOutcome::DestinationError);
        QVERIFY2(r.error.contains(dest + QStringLiteral(".incomplete")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("No space left on device")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("image offset %1").arg(r.bytesAcquired)), qPrintable(r.error));
        QVERIFY(r.bytesAcquired > 0 && r.bytesAcquired < (20 << 20));
        QVERIFY(!QFileInfo::exists(dest));
        QVERIFY(QFileInfo::exists(dest + QStringLiteral(".incomplete")));
        const QString info = QString::fromUtf8(readAll(dest + QStringLiteral(".incomplete.info")));
        QVERIFY2(info.contains(QLatin1String("INCOMPLETE: destination error")), qPrintable(info));
        QVERIFY(info.contains(QLatin1String("No space left on device")));
        // What was written is exactly the start of the source.
        QVERIFY(readAll(src).startsWith(readAll(dest + QStringLiteral(".incomplete"))));
    }
};

QTEST_GUILESS_MAIN(TestImagingJob)
#include "tst_imagingjob.moc"
