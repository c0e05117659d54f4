// The pure logic of the imaging engine: verification verdicts (every hash
// must match, full length), the hash-thread split, segment names, sizes,
// coreutils hash lines, the buffer pool and queue.

#include "forensics/imaging/AcquisitionLog.h"
#include "forensics/imaging/BoundedQueue.h"
#include "forensics/imaging/BufferPool.h"
#include "forensics/imaging/ByteSize.h"
#include "forensics/imaging/DeviceProbe.h"
#include "forensics/imaging/HashConsumer.h"
#include "forensics/imaging/ImageWriter.h"
#include "forensics/imaging/Preflight.h"
#include "forensics/imaging/Verification.h"

#include <QTemporaryDir>
#include <QtTest>

#include <thread>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace firebreak;

class TestImagingLogic : public QObject {
    Q_OBJECT

private slots:
    // A retry after a cancelled or failed acquisition gets a name of its
    // own: nothing of the first attempt (.incomplete files, their log,
    // segments) is ever written over or mixed with the second.
    void freshDestinationAfterAFailedAttempt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto touch = [&dir](const QString &name) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        };
        const QString dest = dir.filePath(QStringLiteral("E-001.dd"));
        QCOMPARE(freeDestinationLike(dest), dest); // nothing there yet
        touch(QStringLiteral("E-001.dd.incomplete"));
        touch(QStringLiteral("E-001.dd.incomplete.info"));
        QCOMPARE(freeDestinationLike(dest), dir.filePath(QStringLiteral("E-001-2.dd")));
        touch(QStringLiteral("E-001-2.dd.001.incomplete")); // a split second attempt
        QCOMPARE(freeDestinationLike(dir.filePath(QStringLiteral("E-001-2.dd"))),
                 dir.filePath(QStringLiteral("E-001-3.dd")));
        // An E01 base name has no extension; its segments carry it.
        touch(QStringLiteral("disk.incomplete.E01"));
        QCOMPARE(freeDestinationLike(dir.filePath(QStringLiteral("disk"))), dir.filePath(QStringLiteral("disk-2")));
        // "E-005" alone is a name, not the fifth attempt at "E".
        touch(QStringLiteral("E-005.dd"));
        QCOMPARE(freeDestinationLike(dir.filePath(QStringLiteral("E-005.dd"))),
                 dir.filePath(QStringLiteral("E-005-2.dd")));
    }

    void everyRequestedHashMustMatch()
    {
        const QList<HashAlgorithm> all{HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256};
        HashValues expected{{HashAlgorithm::Md5, Digest::hexOf(HashAlgorithm::Md5, "x")},
                            {HashAlgorithm::Sha1, Digest::hexOf(HashAlgorithm::Sha1, "x")},
                            {HashAlgorithm::Sha256, Digest::hexOf(HashAlgorithm::Sha256, "x")}};
        QVERIFY(mismatchedHashes(all, expected, expected).isEmpty());

        // One matching hash must not make the verification pass (Guymager ORs).
        HashValues oneBad = expected;
        oneBad[HashAlgorithm::Sha256] = Digest::hexOf(HashAlgorithm::Sha256, "y");
        QCOMPARE(mismatchedHashes(all, expected, oneBad), QList<HashAlgorithm>{HashAlgorithm::Sha256});

        // Equal first 16 bytes are not enough (Guymager's SHA-256 compare).
        HashValues tail = expected;
        QString s = tail[HashAlgorithm::Sha256];
        s[63] = s[63] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        tail[HashAlgorithm::Sha256] = s;
        QCOMPARE(mismatchedHashes(all, expected, tail), QList<HashAlgorithm>{HashAlgorithm::Sha256});
        HashValues truncated = expected;
        truncated[HashAlgorithm::Sha256] = expected[HashAlgorithm::Sha256].left(32);
        QCOMPARE(mismatchedHashes(all, truncated, truncated), QList<HashAlgorithm>{HashAlgorithm::Sha256});

        // A requested hash that was not computed is a failure, not a pass.
        HashValues missing = expected;
        missing.remove(HashAlgorithm::Sha1);
        QCOMPARE(mismatchedHashes(all, expected, missing), QList<HashAlgorithm>{HashAlgorithm::Sha1});
        // Case does not matter.
        HashValues upper = expected;
        upper[HashAlgorithm::Md5] = upper[HashAlgorithm::Md5].toUpper();
        QVERIFY(mismatchedHashes(all, expected, upper).isEmpty());
    }

    void hashThreadsSplitByCost()
    {
        const QList<HashAlgorithm> three{HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256};
        const auto plan = planHashThreads(three, 2);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan[0], QList<HashAlgorithm>{HashAlgorithm::Md5});
        QVERIFY(plan[1].contains(HashAlgorithm::Sha1) && plan[1].contains(HashAlgorithm::Sha256));
        QCOMPARE(planHashThreads(three, 1).size(), 1);
        QCOMPARE(planHashThreads(three, 8).size(), 3);
        QCOMPARE(planHashThreads({HashAlgorithm::Sha256}, 2).size(), 1);
        QCOMPARE(hashThreadCount(1), 1);
        QVERIFY(hashThreadCount(3) >= 2);
    }

    void segmentNames()
    {
        QCOMPARE(segmentPaths(QStringLiteral("/x/d.raw"), 100, 0), QStringList{QStringLiteral("/x/d.raw")});
        QCOMPARE(segmentPaths(QStringLiteral("/x/d"), 10, 4),
                 (QStringList{QStringLiteral("/x/d.001"), QStringLiteral("/x/d.002"), QStringLiteral("/x/d.003")}));
        QCOMPARE(segmentPaths(QStringLiteral("d"), 8, 4).size(), 2); // exact multiple: no empty segment
        QCOMPARE(segmentPaths(QStringLiteral("d"), 0, 4), QStringList{QStringLiteral("d.001")});
        const QStringList many = segmentPaths(QStringLiteral("d"), 1200, 1);
        QCOMPARE(many.first(), QStringLiteral("d.0001"));
        QCOMPARE(many.last(), QStringLiteral("d.1200"));
    }

    void byteSizes()
    {
        QCOMPARE(parseByteSize(QStringLiteral("4096")), qint64(4096));
        QCOMPARE(parseByteSize(QStringLiteral("650M")), qint64(650) << 20);
        QCOMPARE(parseByteSize(QStringLiteral("2G")), qint64(2) << 30);
        QCOMPARE(parseByteSize(QStringLiteral("2GiB")), qint64(2) << 30);
        QCOMPARE(parseByteSize(QStringLiteral("1.5k")), qint64(1536));
        QCOMPARE(parseByteSize(QStringLiteral("1T")), qint64(1) << 40);
        QVERIFY(!parseByteSize(QStringLiteral("")));
        QVERIFY(!parseByteSize(QStringLiteral("0")));
        QVERIFY(!parseByteSize(QStringLiteral("12x")));
        QVERIFY(!parseByteSize(QStringLiteral("-5M")));
        QVERIFY(!parseByteSize(QStringLiteral("0.3"))); // not whole bytes
        QCOMPARE(formatBytes(512), QStringLiteral("512 bytes"));
        QCOMPARE(formatBytes(qint64(4) << 30), QStringLiteral("4.00 GiB"));
    }

    void coreutilsLines()
    {
        QCOMPARE(coreutilsHashLine(QStringLiteral("abc"), QStringLiteral("disk.raw")),
                 QStringLiteral("abc  disk.raw\n"));
        // coreutils marks escaped names with a leading backslash.
        QCOMPARE(coreutilsHashLine(QStringLiteral("abc"), QStringLiteral("a\\b")), QStringLiteral("\\abc  a\\\\b\n"));
        QCOMPARE(coreutilsHashLine(QStringLiteral("abc"), QStringLiteral("a\nb")), QStringLiteral("\\abc  a\\nb\n"));
    }

    void poolSharesBuffersAndBoundsMemory()
    {
        BufferPool pool(8192, 3);
        QVERIFY(pool.valid());
        Buffer *a = pool.acquire(2);
        QVERIFY(a);
        QCOMPARE(reinterpret_cast<quintptr>(a->data) % BufferPool::Alignment, quintptr(0));
        a->size = 100;
        a->release();
        QVERIFY(!pool.allReturned()); // one consumer still holds it
        QCOMPARE(pool.completedBytes(), qint64(0));
        a->release();
        QVERIFY(pool.allReturned());
        QCOMPARE(pool.completedBytes(), qint64(100));

        // With every buffer out, acquire() waits until one comes back.
        Buffer *b[3] = {pool.acquire(1), pool.acquire(1), pool.acquire(1)};
        std::thread giver([&] { b[1]->release(); });
        Buffer *again = pool.acquire(1);
        giver.join();
        QCOMPARE(again, b[1]);
        pool.interrupt();
        QCOMPARE(pool.acquire(1), nullptr);
        b[0]->release();
        b[2]->release();
        again->release();
        QVERIFY(pool.allReturned());
    }

    void mountPointsComeFromMountinfo()
    {
        // The root file system's device number must map back to "/": reads
        // /proc/self/mountinfo, which reports a size of 0 to stat().
        struct stat st {};
        QCOMPARE(::stat("/", &st), 0);
        const QString dev = QStringLiteral("%1:%2").arg(major(st.st_dev)).arg(minor(st.st_dev));
        QVERIFY2(mountPointsOf({dev}, {}).contains(QStringLiteral("/")), qPrintable(dev));
        QVERIFY(mountPointsOf({QStringLiteral("4095:4095")}, {}).isEmpty());
    }

    void queueDrainsAfterClose()
    {
        BoundedQueue<int> q(2);
        QVERIFY(q.push(1));
        QVERIFY(q.push(2));
        q.close();
        QVERIFY(!q.push(3));
        QCOMPARE(q.pop(), std::optional<int>(1));
        QCOMPARE(q.pop(), std::optional<int>(2));
        QCOMPARE(q.pop(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestImagingLogic)
#include "tst_imaginglogic.moc"
