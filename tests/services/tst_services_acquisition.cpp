// The acquisition use case (app/services/AcquisitionSession) as both front
// ends run it: on a BackgroundJob's worker with a store of its own (the
// GUI), and on the calling thread (the CLI). A real SQLite case file, real
// files imaged and hashed, the register read back.

#include "app/services/AcquisitionSession.h"
#include "app/services/BackgroundJob.h"
#include "forensics/ImagingTestSupport.h"
#include "model/evidence/AcquisitionService.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <optional>
#include <thread>

using namespace firebreak;
using namespace firebreak::services;
using namespace firebreak::test;

class TestServicesAcquisition : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<CaseStore> m_store;
    QString m_incident;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ImagingOptions options(const QString &name, qint64 size)
    {
        ImagingOptions o;
        o.source = path(name + QStringLiteral(".bin"));
        o.destination = path(name + QStringLiteral(".raw"));
        o.blockSize = 64 * 1024;
        o.bufferCount = 4;
        o.verifyImage = true;
        o.checkFreeSpace = false;
        o.caseInfo.examiner = QStringLiteral("Bruno Marley");
        o.caseInfo.incidentId = m_incident;
        if (!writeRandomFile(o.source, size))
            o.source.clear();
        return o;
    }

    QList<AcquisitionRecord> acquisitions()
    {
        auto list = AcquisitionService(*m_store).acquisitions(m_incident);
        return list ? *list : QList<AcquisitionRecord>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = CaseStore::openSqlite(path(QStringLiteral("cases.sqlite")), m_clock, QStringLiteral("tester"));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        NewIncident spec;
        spec.title = QStringLiteral("Acquisition service");
        spec.commander = QStringLiteral("Ada Moreau");
        auto inc = m_store->createIncident(spec);
        QVERIFY2(inc.ok(), inc.ok() ? "" : qPrintable(inc.error().message));
        m_incident = inc->id;
    }

    // Before a byte is read: a typo in the incident, a taken evidence
    // number or an unknown system is refused, naming what is wrong.
    void prepareRefusesBeforeReading()
    {
        ImagingOptions o = options(QStringLiteral("prep"), 4096);
        o.caseInfo.incidentId = QStringLiteral("INC-26-1");
        auto bad = AcquisitionSession::prepare(*m_store, o);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("INC-26-1")), qPrintable(bad.error().message));

        o.caseInfo.incidentId = m_incident;
        o.caseInfo.system = QStringLiteral("no-such-host");
        auto unknown = AcquisitionSession::prepare(*m_store, o);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(QLatin1String("no-such-host")), qPrintable(unknown.error().message));

        o.caseInfo.system.clear();
        auto ok = AcquisitionSession::prepare(*m_store, o);
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QVERIFY2(o.caseInfo.evidenceId.startsWith(QLatin1String("E-")), qPrintable(o.caseInfo.evidenceId));
        QVERIFY(!QFileInfo::exists(o.destination)); // nothing was read or written
    }

    // The CLI's way: on the calling thread, with the caller's store.
    void completeImageIsRegisteredWithItsEnd()
    {
        ImagingOptions o = options(QStringLiteral("cli"), 4 << 20);
        QVERIFY(AcquisitionSession::prepare(*m_store, o).ok());
        const QString number = o.caseInfo.evidenceId;
        const int before = int(acquisitions().size());
        AcquisitionSession session(m_store.get(), o);
        int progressCalls = 0;
        session.setProgressHandler([&](const ImagingProgress &) { ++progressCalls; });
        const AcquisitionOutcome out = session.run();
        QVERIFY2(out.report.success(), qPrintable(out.report.error));
        QVERIFY2(out.registered.has_value(), qPrintable(out.registrationError));
        QCOMPARE(out.registered->evidenceNumber, number);
        QCOMPARE(out.registered->sha256, hexOfFile(HashAlgorithm::Sha256, o.source));
        QVERIFY(progressCalls > 0);
        const auto list = acquisitions();
        QCOMPARE(int(list.size()), before + 1);
        QCOMPARE(list.last().state, AcquisitionRecord::State::Complete);
        auto items = m_store->evidence(m_incident);
        QVERIFY(items.ok());
        QVERIFY(std::any_of(items->cbegin(), items->cend(),
                            [&](const EvidenceItem &i) { return i.evidenceNumber == number; }));
    }

    // The GUI's way: on a BackgroundJob's worker with its own store; the
    // outcome is delivered on this thread. Cancel from the owner: the
    // partial image stays marked incomplete, and the store says it was
    // cancelled (not "running", which would read as interrupted).
    void cancelledOnTheWorkerIsRecordedAsCancelled()
    {
        ImagingOptions o = options(QStringLiteral("gui"), 16 << 20);
        QVERIFY(AcquisitionSession::prepare(*m_store, o).ok());
        std::atomic<bool> reading{false};
        o.afterBlockRead = [&reading](qint64) {
            reading = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(2)); // keep it running until cancelled
        };
        BackgroundJob job;
        std::optional<AcquisitionOutcome> outcome;
        bool deliveredHere = false;
        QVERIFY(job.start(
            *m_store,
            [&, o](CaseStore &store, const BackgroundJob::Progress &,
                   const CancelToken &cancel) -> std::function<void()> {
                AcquisitionSession session(&store, o);
                session.followCancel(&cancel);
                AcquisitionOutcome out = session.run();
                return [&, out] {
                    deliveredHere = QThread::currentThread() == thread();
                    outcome = out;
                };
            },
            [](const Error &e) { QFAIL(qPrintable(e.message)); }));
        QTRY_VERIFY_WITH_TIMEOUT(reading.load(), 60000);
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 120000);
        QVERIFY(deliveredHere);
        QCOMPARE(outcome->report.outcome, ImagingOutcome::Cancelled);
        QVERIFY(!outcome->registered);
        QVERIFY2(outcome->endRecordError.isEmpty(), qPrintable(outcome->endRecordError));
        QVERIFY(QFileInfo::exists(o.destination + QStringLiteral(".incomplete")));
        QCOMPARE(acquisitions().last().state, AcquisitionRecord::State::Cancelled);
        auto interrupted = AcquisitionService(*m_store).interrupted(m_incident);
        QVERIFY(interrupted.ok());
        QVERIFY(interrupted->isEmpty());
    }

    // Closing the window while imaging destroys the job: it cancels, waits,
    // and the worker still records how the acquisition ended.
    void destroyingARunningJobStillRecordsTheEnd()
    {
        ImagingOptions o = options(QStringLiteral("destroyed"), 16 << 20);
        QVERIFY(AcquisitionSession::prepare(*m_store, o).ok());
        std::atomic<bool> reading{false};
        o.afterBlockRead = [&reading](qint64) {
            reading = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        };
        {
            BackgroundJob job;
            QVERIFY(job.start(*m_store,
                              [o](CaseStore &store, const BackgroundJob::Progress &, const CancelToken &cancel) {
                                  AcquisitionSession session(&store, o);
                                  session.followCancel(&cancel);
                                  (void)session.run();
                                  return std::function<void()>{};
                              },
                              {}));
            QTRY_VERIFY_WITH_TIMEOUT(reading.load(), 60000);
        } // the destructor cancels and waits
        QVERIFY(!QFileInfo::exists(o.destination));
        QVERIFY(readAll(o.destination + QStringLiteral(".incomplete.info")).contains("INCOMPLETE: cancelled"));
        QCOMPARE(acquisitions().last().state, AcquisitionRecord::State::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestServicesAcquisition)
#include "tst_services_acquisition.moc"
