// The Qt wrapper the GUI uses: the job runs on its own thread, progress and
// finished arrive as queued signals in the receiver's thread, cancel() works
// from any thread, and destroying a running runner leaves a marked
// incomplete image with its log rather than a half-written file.

#include "ImagingTestSupport.h"
#include "forensics/imaging/ImagingRunner.h"

#include <QtTest>

#include <chrono>
#include <thread>

using namespace firebreak;
using namespace firebreak::test;

class TestImagingRunner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    ImagingOptions options(const QString &name, qint64 size)
    {
        ImagingOptions o;
        o.source = path(name + QStringLiteral(".bin"));
        o.destination = path(name + QStringLiteral(".raw"));
        o.blockSize = 64 * 1024;
        o.bufferCount = 4;
        o.verifyImage = true;
        if (!writeRandomFile(o.source, size))
            o.source.clear();
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void signalsArriveInTheReceiversThread()
    {
        ImagingRunner runner;
        const ImagingOptions o = options(QStringLiteral("ok"), 8 << 20);
        QList<ImagingProgress> seen;
        bool onMainThread = true;
        connect(&runner, &ImagingRunner::progress, this, [&](const ImagingProgress &p) {
            onMainThread = onMainThread && QThread::currentThread() == thread();
            seen << p;
        });
        std::optional<AcquisitionReport> report;
        connect(&runner, &ImagingRunner::finished, this, [&](const AcquisitionReport &r) {
            onMainThread = onMainThread && QThread::currentThread() == thread();
            report = r;
        });
        QVERIFY(runner.start(o));
        QVERIFY(!runner.start(o) || !runner.isRunning()); // one job at a time
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 120000);
        QVERIFY2(report->success(), qPrintable(report->error));
        QCOMPARE(report->hashes.value(HashAlgorithm::Sha256), hexOfFile(HashAlgorithm::Sha256, o.source));
        QVERIFY(onMainThread);
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](const ImagingProgress &p) {
            return p.phase == ImagingPhase::Acquire && p.bytesDone == p.bytesTotal;
        }));
    }

    void cancelFromAnotherThread()
    {
        ImagingRunner runner;
        ImagingOptions o = options(QStringLiteral("cancel"), 16 << 20);
        o.afterBlockRead = [&runner](qint64 offset) {
            if (offset == (4 << 20))
                runner.cancel(); // on the reader thread, as a GUI button would from its own
        };
        std::optional<AcquisitionReport> report;
        connect(&runner, &ImagingRunner::finished, this, [&](const AcquisitionReport &r) { report = r; });
        QVERIFY(runner.start(o));
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 120000);
        QCOMPARE(report->outcome, ImagingOutcome::Cancelled);
        QVERIFY(QFileInfo::exists(o.destination + QStringLiteral(".incomplete")));
    }

    void destroyingARunningRunnerLeavesAMarkedImage()
    {
        ImagingOptions o = options(QStringLiteral("destroyed"), 16 << 20);
        std::atomic<bool> started{false};
        o.afterBlockRead = [&started](qint64) {
            started = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(5)); // keep it running
        };
        {
            ImagingRunner runner;
            QVERIFY(runner.start(o));
            QTRY_VERIFY_WITH_TIMEOUT(started.load(), 60000);
        } // the destructor cancels and waits
        QVERIFY(!QFileInfo::exists(o.destination));
        QVERIFY(QFileInfo::exists(o.destination + QStringLiteral(".incomplete")));
        QVERIFY(readAll(o.destination + QStringLiteral(".incomplete.info")).contains("INCOMPLETE: cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestImagingRunner)
#include "tst_imagingrunner.moc"
