// Evidence register, library level: adding a file (hashes checked against
// coreutils), every refusal, re-verification of files and raw split images
// catching a changed byte, a truncated or missing segment and a deleted
// file, cancellation recording nothing, and the audit chain still verifying.
// Real SQLite store, real files, real outside tools.

#include "forensics/evidence/EvidenceFiles.h"
#include "forensics/imaging/ImagingJob.h"
#include "forensics/imaging/Registration.h"
#include "model/evidence/EvidenceService.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace firebreak;
using namespace firebreak::test;

class TestEvidenceFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};
    std::unique_ptr<CaseStore> m_store;
    QString m_id;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    FileEvidenceRequest request(const QString &file) const
    {
        FileEvidenceRequest r;
        r.incidentId = m_id;
        r.path = file;
        r.description = QStringLiteral("auth.log from fs01");
        r.source = QStringLiteral("fs01:/var/log/auth.log");
        r.collectedBy = QStringLiteral("B. Marley, forensic analyst, +33 6 00 00 00 01");
        r.collectedAt = QDateTime(QDate(2026, 11, 23), QTime(2, 40), QTimeZone("Europe/Paris"));
        r.collectedZone = QStringLiteral("Europe/Paris");
        r.storageLocation = QStringLiteral("evidence locker 3, shelf B");
        r.volatility = QStringLiteral("disk");
        return r;
    }

    Result<EvidenceItem> add(const FileEvidenceRequest &r, QList<std::pair<qint64, qint64>> *ticks = nullptr)
    {
        CancelToken cancel;
        return addFileEvidence(
            *m_store, r,
            [&](qint64 done, qint64 total) {
                if (ticks)
                    ticks->append({done, total});
            },
            cancel);
    }

    Result<EvidenceCheck> verify(const QString &number)
    {
        CancelToken cancel;
        return verifyEvidence(*m_store, m_id, number, {}, cancel);
    }

    qsizetype auditCount() { return m_store->auditLog()->size(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = CaseStore::openSqlite(path(QStringLiteral("case.sqlite")), m_clock, QStringLiteral("bob"));
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_store = std::move(opened).value();
        auto inc = m_store->createIncident({QStringLiteral("Ransomware on fs01"), {}, Severity::High, {}, {}, {}, {}});
        QVERIFY(inc.ok());
        m_id = inc->id;
    }

    void addHashesMatchCoreutils_data()
    {
        QTest::addColumn<qint64>("size");
        for (qint64 s : {qint64(0), qint64(1), qint64(4097), qint64((1 << 20) - 1), qint64(3 * (1 << 20) + 123)})
            QTest::addRow("%lld bytes", static_cast<long long>(s)) << s;
    }

    void addHashesMatchCoreutils()
    {
        QFETCH(qint64, size);
        const QString file = path(QStringLiteral("kat-%1.bin").arg(size));
        QVERIFY(writeRandomFile(file, size, quint32(size + 7)));
        QList<std::pair<qint64, qint64>> ticks;
        // A relative path is registered as the absolute one.
        const QString relative = QDir::current().relativeFilePath(file);
        FileEvidenceRequest r = request(relative);
        r.evidenceNumber = QStringLiteral("K-%1").arg(size);
        auto added = add(r, &ticks);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->md5, coreutilsSum(QStringLiteral("md5sum"), file));
        QCOMPARE(added->sha1, coreutilsSum(QStringLiteral("sha1sum"), file));
        QCOMPARE(added->sha256, coreutilsSum(QStringLiteral("sha256sum"), file));
        if (size == 0)
            QCOMPARE(added->sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(added->kind, EvidenceKind::File);
        QCOMPARE(added->imagePath, QFileInfo(file).absoluteFilePath());
        QCOMPARE(added->sizeBytes, size);
        QCOMPARE(added->evidenceNumber, r.evidenceNumber);
        QVERIFY(!ticks.isEmpty());
        QCOMPARE(ticks.last().first, size); // progress ends at done == total
        QCOMPARE(ticks.last().second, size);

        // What the register holds, read back from the store.
        EvidenceService svc(*m_store);
        auto item = svc.item(m_id, r.evidenceNumber);
        QVERIFY(item.ok());
        QCOMPARE(item->sha256, added->sha256);
        QCOMPARE(item->details.value(QStringLiteral("format")).toString(), QStringLiteral("file"));
        QCOMPARE(item->details.value(QStringLiteral("original_path")).toString(), relative);
        QCOMPARE(item->details.value(QStringLiteral("file_size")).toInteger(), size);
        QCOMPARE(fromIsoUtc(item->details.value(QStringLiteral("file_mtime_utc")).toString()).toSecsSinceEpoch(),
                 QFileInfo(file).lastModified().toSecsSinceEpoch());
        QCOMPARE(item->collectedAt, QDateTime(QDate(2026, 11, 23), QTime(1, 40), QTimeZone::utc()));
        QCOMPARE(item->collectedZone, QStringLiteral("Europe/Paris"));
        QCOMPARE(item->storageLocation, QStringLiteral("evidence locker 3, shelf B"));
        QCOMPARE(item->volatility, QStringLiteral("disk"));
        QCOMPARE(item->source, QStringLiteral("fs01:/var/log/auth.log"));
        auto chain = svc.custody(m_id, r.evidenceNumber);
        QCOMPARE(chain->size(), 1);
        QCOMPARE(chain->first().action, QStringLiteral("collected"));
        QVERIFY(chain->first().toParty.startsWith(QLatin1String("B. Marley")));
        QCOMPARE(chain->first().zone, QStringLiteral("Europe/Paris"));
        const QList<AuditEntry> log = *m_store->auditLog(m_id);
        QCOMPARE(log.last().action, QStringLiteral("evidence.register"));
        QVERIFY(log.last().object.endsWith(r.evidenceNumber));
    }

    void defaultsNumberActorAndNow()
    {
        const QString file = path(QStringLiteral("defaults.txt"));
        QVERIFY(writeRandomFile(file, 100, 1));
        FileEvidenceRequest r;
        r.incidentId = m_id;
        r.path = file;
        r.description = QStringLiteral("note");
        auto added = add(r);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QVERIFY(added->evidenceNumber.startsWith(QLatin1String("E-")));
        QCOMPARE(added->examiner, QStringLiteral("bob"));
        QCOMPARE(added->collectedAt, m_clock.nowUtc());
        QCOMPARE(added->source, QFileInfo(file).absoluteFilePath());
        QVERIFY(!added->collectedZone.isEmpty());
    }

    void badInputsAreRefusedAndRecordNothing()
    {
        const QString good = path(QStringLiteral("good.bin"));
        QVERIFY(writeRandomFile(good, 5000, 3));
        const QString fifo = path(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        FileEvidenceRequest taken = request(good);
        taken.evidenceNumber = QStringLiteral("T-1");
        QVERIFY(add(taken).ok());

        const qsizetype items = m_store->evidence(m_id)->size();
        const qsizetype audits = auditCount();
        struct Case {
            const char *name;
            FileEvidenceRequest r;
            QString mustName;
        };
        QList<Case> cases;
        FileEvidenceRequest r = request(path(QStringLiteral("nope.bin")));
        cases.append({"missing file", r, QStringLiteral("nope.bin")});
        r = request(m_dir.path());
        cases.append({"directory", r, QStringLiteral("directory")});
        r = request(fifo);
        cases.append({"fifo", r, QStringLiteral("not a regular file")});
        r = request(QStringLiteral("/dev/null"));
        cases.append({"device", r, QStringLiteral("device")});
        r = request(good);
        r.volatility = QStringLiteral("very");
        cases.append({"volatility", r, QStringLiteral("\"very\"")});
        r = request(good);
        r.incidentId = QStringLiteral("INC-2020-9999");
        cases.append({"unknown incident", r, QStringLiteral("INC-2020-9999")});
        r = request(good);
        r.evidenceNumber = QStringLiteral("T-1");
        cases.append({"taken number", r, QStringLiteral("T-1")});
        r = request(good);
        r.description.clear();
        cases.append({"no description", r, QStringLiteral("description")});
        r = request(good);
        r.collectedZone = QStringLiteral("Mars/Olympus");
        cases.append({"bad zone", r, QStringLiteral("Mars/Olympus")});
        r = request(good);
        r.collectedAt = m_clock.nowUtc().addDays(2);
        cases.append({"future", r, QStringLiteral("future")});
        r = request(QString());
        cases.append({"no path", r, QStringLiteral("no file")});
        for (const Case &c : cases) {
            auto refused = add(c.r);
            QVERIFY2(!refused.ok(), c.name);
            QVERIFY2(refused.error().message.contains(c.mustName), qPrintable(refused.error().message));
        }
        // Permission refusal (root reads anything, so only as a normal user).
        if (::geteuid() != 0) {
            const QString locked = path(QStringLiteral("locked.bin"));
            QVERIFY(writeRandomFile(locked, 10, 4));
            QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
            auto refused = add(request(locked));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("locked.bin")),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(m_store->evidence(m_id)->size(), items);
        QCOMPARE(auditCount(), audits);
    }

    // A live log that grows while it is hashed has no single hash: refused.
    void fileChangingWhileHashedIsRefused()
    {
        const QString file = path(QStringLiteral("live.log"));
        QVERIFY(writeRandomFile(file, 300000, 8));
        const qsizetype audits = auditCount();
        CancelToken cancel;
        bool appended = false;
        auto refused = addFileEvidence(
            *m_store, request(file),
            [&](qint64, qint64) {
                if (appended)
                    return;
                QFile f(file);
                appended = f.open(QIODevice::Append) && f.write("new line\n") == 9;
            },
            cancel);
        QVERIFY(appended);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("changed while it was being hashed")) &&
                     refused.error().message.contains(file),
                 qPrintable(refused.error().message));
        QCOMPARE(auditCount(), audits);
    }

    void verifyPassesThenCatchesOneFlippedByte()
    {
        const QString file = path(QStringLiteral("memdump.raw"));
        QVERIFY(writeRandomFile(file, 2 * (1 << 20) + 5, 11));
        auto added = add(request(file));
        QVERIFY(added.ok());
        const QString number = added->evidenceNumber;

        auto ok = verify(number);
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->event.result, Verification::Verified);
        QVERIFY(ok->findings.isEmpty());
        QCOMPARE(ok->event.sha256, added->sha256);
        QCOMPARE(ok->event.verifiedBy, QStringLiteral("bob"));

        QVERIFY(flipByte(file, 1 << 20));
        const QString now = coreutilsSum(QStringLiteral("sha256sum"), file);
        QVERIFY(now != added->sha256);
        m_clock.advanceSecs(60);
        auto bad = verify(number);
        QVERIFY(bad.ok());
        QCOMPARE(bad->event.result, Verification::Mismatch);
        QCOMPARE(bad->findings.size(), 3); // MD5, SHA-1 and SHA-256 all differ
        QCOMPARE(bad->event.sha256, now);
        const QString d = bad->event.details;
        QVERIFY2(d.contains(file) && d.contains(added->sha256) && d.contains(now) &&
                     d.contains(QLatin1String("SHA-256")),
                 qPrintable(d));
        QVERIFY(d.contains(added->md5) && d.contains(coreutilsSum(QStringLiteral("md5sum"), file)));

        // Nothing registered was overwritten; the history keeps both results.
        EvidenceService svc(*m_store);
        auto item = svc.item(m_id, number);
        QCOMPARE(item->sha256, added->sha256);
        QCOMPARE(item->verification, Verification::Mismatch);
        auto history = svc.verifications(m_id, number);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).result, Verification::Verified);
        QCOMPARE(history->at(1).result, Verification::Mismatch);

        // Put the byte back: verifies again, and the mismatch stays in the history.
        QVERIFY(flipByte(file, 1 << 20));
        QCOMPARE(verify(number)->event.result, Verification::Verified);
        QCOMPARE(svc.verifications(m_id, number)->size(), 3);
        QCOMPARE(svc.verifications(m_id, number)->at(1).result, Verification::Mismatch);
    }

    void grownAndDeletedFiles()
    {
        const QString file = path(QStringLiteral("pcap.pcap"));
        QVERIFY(writeRandomFile(file, 70000, 12));
        auto added = add(request(file));
        QVERIFY(added.ok());
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("more");
        }
        auto grown = verify(added->evidenceNumber);
        QCOMPARE(grown->event.result, Verification::Mismatch);
        QCOMPARE(grown->findings.first().problem, QStringLiteral("size"));
        QVERIFY2(grown->event.details.contains(QLatin1String("70000 bytes")) &&
                     grown->event.details.contains(QLatin1String("70004 bytes")),
                 qPrintable(grown->event.details));

        QVERIFY(QFile::remove(file));
        auto gone = verify(added->evidenceNumber);
        QVERIFY(gone.ok());
        QCOMPARE(gone->event.result, Verification::Failed);
        QCOMPARE(gone->findings.first().problem, QStringLiteral("missing"));
        QVERIFY2(gone->event.details.contains(file) && gone->event.details.contains(QLatin1String("missing")),
                 qPrintable(gone->event.details));
        EvidenceService svc(*m_store);
        QCOMPARE(svc.item(m_id, added->evidenceNumber)->sha256, added->sha256);
        QCOMPARE(svc.verifications(m_id, added->evidenceNumber)->size(), 2);
    }

    // A link names one file and may point at another by the time anyone
    // checks: refused when adding, reported (not followed) when verifying.
    void symbolicLinksAreNeverTakenForEvidence()
    {
        const QString real = path(QStringLiteral("memory.lime"));
        QVERIFY(writeRandomFile(real, 50000, 21));
        const QString link = path(QStringLiteral("memory-link.lime"));
        QVERIFY(QFile::link(real, link));
        const qsizetype before = auditCount();
        auto refused = add(request(link));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(link) && refused.error().message.contains(real) &&
                     refused.error().message.contains(QLatin1String("symbolic link")),
                 qPrintable(refused.error().message));
        QCOMPARE(auditCount(), before);

        // Registered for real, then swapped for a link to an identical copy
        // elsewhere: the hashes would match, so the swap must be reported.
        auto added = add(request(real));
        QVERIFY(added.ok());
        const QString copy = path(QStringLiteral("elsewhere.lime"));
        QVERIFY(QFile::copy(real, copy));
        QVERIFY(QFile::remove(real));
        QVERIFY(QFile::link(copy, real));
        auto swapped = verify(added->evidenceNumber);
        QVERIFY(swapped.ok());
        QCOMPARE(swapped->event.result, Verification::Failed);
        QVERIFY2(swapped->event.details.contains(QLatin1String("replaced by a symbolic link to ") + copy),
                 qPrintable(swapped->event.details));
        EvidenceService svc(*m_store);
        QCOMPARE(svc.item(m_id, added->evidenceNumber)->sha256, added->sha256);
    }

    void rawSplitImageSegments()
    {
        const QString src = path(QStringLiteral("disk.bin"));
        QVERIFY(writeRandomFile(src, 3 * (1 << 20) + 777, 21));
        ImagingOptions o;
        o.source = src;
        o.destination = path(QStringLiteral("disk.raw"));
        o.splitSize = 1 << 20;
        o.blockSize = 64 * 1024;
        o.bufferCount = 4;
        o.caseInfo.examiner = QStringLiteral("Test Examiner");
        o.caseInfo.incidentId = m_id;
        o.caseInfo.evidenceId = QStringLiteral("IMG-1");
        o.caseInfo.description = QStringLiteral("fs01 disk");
        ImagingJob job(o);
        const AcquisitionReport report = job.run();
        QVERIFY2(report.success(), qPrintable(report.error));
        QCOMPARE(report.segments.size(), 4);
        auto item = registerAcquisition(*m_store, report);
        QVERIFY2(item.ok(), item.ok() ? "" : qPrintable(item.error().message));
        QCOMPARE(item->sha256, coreutilsSum(QStringLiteral("sha256sum"), src));

        auto ok = verify(QStringLiteral("IMG-1"));
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QCOMPARE(ok->event.result, Verification::Verified);
        QCOMPARE(ok->event.sha256, item->sha256);
        QVERIFY2(ok->event.details.contains(QLatin1String("4 segments")), qPrintable(ok->event.details));

        // One byte changed inside the third segment: the stream hashes differ.
        const QString third = report.segments.at(2).path;
        QVERIFY(flipByte(third, 100));
        auto changed = verify(QStringLiteral("IMG-1"));
        QCOMPARE(changed->event.result, Verification::Mismatch);
        QVERIFY(changed->event.details.contains(item->sha256));
        QVERIFY(flipByte(third, 100));

        // A truncated segment is named with both sizes, before any hashing.
        const QString second = report.segments.at(1).path;
        const QByteArray keep = [&] {
            QFile f(second);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(QFile::resize(second, 1000));
        auto truncated = verify(QStringLiteral("IMG-1"));
        QCOMPARE(truncated->event.result, Verification::Mismatch);
        QCOMPARE(truncated->findings.size(), 1);
        QCOMPARE(truncated->findings.first().file, second);
        QCOMPARE(truncated->findings.first().problem, QStringLiteral("size"));
        QVERIFY2(truncated->event.details.contains(QStringLiteral("%1 bytes").arg(1 << 20)) &&
                     truncated->event.details.contains(QLatin1String("1000 bytes")),
                 qPrintable(truncated->event.details));

        // A missing segment: Failed, naming it.
        QVERIFY(QFile::remove(second));
        auto missing = verify(QStringLiteral("IMG-1"));
        QCOMPARE(missing->event.result, Verification::Failed);
        QCOMPARE(missing->findings.first().file, second);
        QCOMPARE(missing->findings.first().problem, QStringLiteral("missing"));

        // Restored: verifies again; the history holds all five results in order.
        {
            QFile f(second);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(keep), keep.size());
        }
        QCOMPARE(verify(QStringLiteral("IMG-1"))->event.result, Verification::Verified);
        EvidenceService svc(*m_store);
        QList<Verification> results;
        for (const VerificationEvent &v : *svc.verifications(m_id, QStringLiteral("IMG-1")))
            results << v.result;
        QCOMPARE(results, (QList<Verification>{Verification::Verified, Verification::Mismatch, Verification::Mismatch,
                                               Verification::Failed, Verification::Verified}));
    }

    void cancellationRecordsNothing()
    {
        const QString file = path(QStringLiteral("big.bin"));
        QVERIFY(writeRandomFile(file, 4 * (1 << 20), 31));
        const qsizetype items = m_store->evidence(m_id)->size();
        const qsizetype audits = auditCount();
        CancelToken cancel;
        cancel.requestStop(); // as if Ctrl-C came before the first block
        auto refused = addFileEvidence(*m_store, request(file), {}, cancel);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("cancelled")) &&
                     refused.error().message.contains(QLatin1String("big.bin")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_store->evidence(m_id)->size(), items);
        QCOMPARE(auditCount(), audits);

        auto added = add(request(file));
        QVERIFY(added.ok());
        const qsizetype audits2 = auditCount();
        auto stopped = verifyEvidence(*m_store, m_id, added->evidenceNumber, {}, cancel);
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.error().message.contains(QLatin1String("cancelled")));
        EvidenceService svc(*m_store);
        QVERIFY(svc.verifications(m_id, added->evidenceNumber)->isEmpty());
        QCOMPARE(svc.item(m_id, added->evidenceNumber)->verification, Verification::NotVerified);
        QCOMPARE(auditCount(), audits2);
    }

    // Cancelled in the middle of a long hash (a sparse file: minutes of
    // reading), from the progress callback as the GUI's Cancel would.
    void cancelMidStreamRecordsNothing()
    {
        const QString big = path(QStringLiteral("sparse.img"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(64) << 30));
        }
        const qsizetype audits = auditCount();
        CancelToken cancel;
        qint64 seen = 0;
        auto refused = addFileEvidence(
            *m_store, request(big),
            [&](qint64 done, qint64) {
                seen = done;
                if (done > 0)
                    cancel.requestStop();
            },
            cancel);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("cancelled")), qPrintable(refused.error().message));
        QVERIFY(seen > 0 && seen < (qint64(64) << 30));
        QCOMPARE(auditCount(), audits);
        QFile::remove(big);
    }

    void unknownItemIsNotFound()
    {
        auto r = verify(QStringLiteral("E-999"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(r.error().message.contains(QLatin1String("E-999")));
    }

    void auditTrailVerifiesAfterwards()
    {
        auto verdict = m_store->verifyAudit();
        QVERIFY(verdict.ok());
        QCOMPARE(verdict->state, AuditVerdict::State::Intact);
        const ProcessResult r = runCli({QStringLiteral("audit"), QStringLiteral("verify")}, {.db = m_store->path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceFiles)
#include "tst_evidencefiles.moc"
