// Re-verifying an E01 item: a set written by ewfacquire (ewf-tools, the
// reference implementation), registered with details.format = "e01", read
// back through checkEwfImage; a damaged chunk, a truncated and a missing
// segment are each reported naming the segment file, and the history keeps
// every result.

#include "forensics/evidence/EvidenceFiles.h"
#include "model/evidence/EvidenceService.h"
#include "support/CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

class TestEvidenceEwf : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};
    std::unique_ptr<CaseStore> m_store;
    QString m_id;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Result<EvidenceCheck> verify(const QString &number)
    {
        CancelToken cancel;
        return verifyEvidence(*m_store, m_id, number, {}, cancel);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("ewfacquire")).isEmpty())
            QSKIP("ewfacquire (ewf-tools) is not installed");
        auto opened = CaseStore::openSqlite(path(QStringLiteral("case.sqlite")), m_clock, QStringLiteral("bob"));
        QVERIFY(opened.ok());
        m_store = std::move(opened).value();
        m_id = m_store->createIncident({QStringLiteral("E01 handoff"), {}, Severity::High, {}, {}, {}, {}})->id;
    }

    void e01VerifiesAndDamageIsNamed()
    {
        const QString src = path(QStringLiteral("disk.bin"));
        const qint64 size = 3 * (1 << 20) + 512 * 7;
        QVERIFY(writeRandomFile(src, size, 77));
        const QString target = path(QStringLiteral("img"));
        const ProcessResult acq = runProcess(QStringLiteral("ewfacquire"), {QStringLiteral("-u"),
                                                                            QStringLiteral("-q"),
                                                                            QStringLiteral("-t"),
                                                                            target,
                                                                            QStringLiteral("-c"),
                                                                            QStringLiteral("none"),
                                                                            QStringLiteral("-S"),
                                                                            QStringLiteral("1048576"),
                                                                            QStringLiteral("-d"),
                                                                            QStringLiteral("sha1"),
                                                                            QStringLiteral("-C"),
                                                                            m_id,
                                                                            QStringLiteral("-E"),
                                                                            QStringLiteral("E-001"),
                                                                            QStringLiteral("-D"),
                                                                            QStringLiteral("fs01 disk"),
                                                                            QStringLiteral("-e"),
                                                                            QStringLiteral("Examiner"),
                                                                            QStringLiteral("-N"),
                                                                            QStringLiteral("test"),
                                                                            src});
        QVERIFY2(acq.exitCode == 0, qPrintable(acq.out + acq.err));
        const QString e01 = target + QStringLiteral(".E01"), e02 = target + QStringLiteral(".E02"),
                      e03 = target + QStringLiteral(".E03");
        QVERIFY(QFileInfo::exists(e01) && QFileInfo::exists(e02) && QFileInfo::exists(e03));
        QCOMPARE(runProcess(QStringLiteral("ewfverify"), {QStringLiteral("-q"), e01}).exitCode, 0);

        EvidenceItem item;
        item.incidentId = m_id;
        item.evidenceNumber = QStringLiteral("E-001");
        item.kind = EvidenceKind::Image;
        item.description = QStringLiteral("fs01 disk (E01 from the lab)");
        item.source = src;
        item.imagePath = e01;
        item.sizeBytes = size;
        item.md5 = coreutilsSum(QStringLiteral("md5sum"), src);
        item.sha1 = coreutilsSum(QStringLiteral("sha1sum"), src);
        item.sha256 = coreutilsSum(QStringLiteral("sha256sum"), src);
        item.examiner = QStringLiteral("Examiner");
        item.details = QJsonObject{{QStringLiteral("format"), QStringLiteral("e01")}};
        QVERIFY(m_store->registerEvidence(item).ok());

        auto ok = verify(QStringLiteral("E-001"));
        QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
        QVERIFY2(ok->event.result == Verification::Verified, qPrintable(ok->event.details));
        QCOMPARE(ok->event.sha256, item.sha256);
        QCOMPARE(ok->event.md5, item.md5);
        QVERIFY2(ok->event.details.contains(QLatin1String("E01")), qPrintable(ok->event.details));

        // One byte of chunk data in the middle of the second segment.
        const qint64 mid = QFileInfo(e02).size() / 2;
        QVERIFY(flipByte(e02, mid));
        auto damaged = verify(QStringLiteral("E-001"));
        QVERIFY(damaged.ok());
        QVERIFY2(damaged->event.result == Verification::Mismatch, qPrintable(damaged->event.details));
        QVERIFY2(damaged->event.details.contains(e02) && damaged->event.details.contains(QLatin1String("checksum")),
                 qPrintable(damaged->event.details));
        QVERIFY(damaged->event.sha256 != item.sha256);
        QVERIFY(flipByte(e02, mid));

        // A truncated segment, then a missing one: never verified, the file named.
        const QByteArray keep = [&] {
            QFile f(e02);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(QFile::resize(e02, keep.size() / 2));
        auto truncated = verify(QStringLiteral("E-001"));
        QVERIFY(truncated.ok());
        QVERIFY2(truncated->event.result != Verification::Verified && truncated->event.details.contains(e02),
                 qPrintable(truncated->event.details));
        {
            QFile f(e02);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(keep), keep.size());
        }
        QVERIFY(QFile::rename(e03, e03 + QStringLiteral(".away")));
        auto missing = verify(QStringLiteral("E-001"));
        QVERIFY(missing.ok());
        QVERIFY2(missing->event.result != Verification::Verified &&
                     missing->event.details.contains(QLatin1String("E03")),
                 qPrintable(missing->event.details));
        QVERIFY(QFile::rename(e03 + QStringLiteral(".away"), e03));

        // The first segment itself gone: Failed.
        QVERIFY(QFile::rename(e01, e01 + QStringLiteral(".away")));
        auto gone = verify(QStringLiteral("E-001"));
        QCOMPARE(gone->event.result, Verification::Failed);
        QVERIFY(gone->event.details.contains(e01));
        QVERIFY(QFile::rename(e01 + QStringLiteral(".away"), e01));

        QCOMPARE(verify(QStringLiteral("E-001"))->event.result, Verification::Verified);
        EvidenceService svc(*m_store);
        auto history = svc.verifications(m_id, QStringLiteral("E-001"));
        QCOMPARE(history->size(), 6);
        QCOMPARE(history->first().result, Verification::Verified);
        QCOMPARE(svc.item(m_id, QStringLiteral("E-001"))->sha256, item.sha256);
        QCOMPARE(m_store->verifyAudit()->state, AuditVerdict::State::Intact);
    }

    // End to end through our own tools: `firebreak-cli image --format e01
    // --incident` registers the set, `evidence verify` re-reads it, a
    // damaged chunk makes it exit 1 naming the segment file.
    void imagedE01VerifiesThroughTheCli()
    {
        const QString src = path(QStringLiteral("usb.bin"));
        QVERIFY(writeRandomFile(src, 3 * (1 << 20) + 4096, 78));
        const QString db = path(QStringLiteral("cli.sqlite"));
        auto n = runCli(
            {QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("usb stick")},
            {.db = db});
        QCOMPARE(n.exitCode, 0);
        const QString id = n.out.trimmed();
        const QString dest = path(QStringLiteral("usb"));
        auto img =
            runCli({QStringLiteral("image"), QStringLiteral("--source"), src, QStringLiteral("--dest"), dest,
                    QStringLiteral("--format"), QStringLiteral("e01"), QStringLiteral("--compression"),
                    QStringLiteral("none"), QStringLiteral("--segment-size"), QStringLiteral("1M"),
                    QStringLiteral("--incident"), id, QStringLiteral("--description"), QStringLiteral("usb stick")},
                   {.db = db});
        QVERIFY2(img.exitCode == 0, qPrintable(img.err));
        auto ok =
            runCli({QStringLiteral("evidence"), QStringLiteral("verify"), id, QStringLiteral("E-001")}, {.db = db});
        QVERIFY2(ok.exitCode == 0 && ok.out.contains(QLatin1String("VERIFIED")), qPrintable(ok.out + ok.err));
        auto show =
            runCli({QStringLiteral("evidence"), QStringLiteral("show"), id, QStringLiteral("E-001")}, {.db = db});
        QVERIFY2(show.out.contains(QLatin1String("image (e01)")), qPrintable(show.out));
        QVERIFY(show.out.contains(coreutilsSum(QStringLiteral("sha256sum"), src)));

        const QString e02 = dest + QStringLiteral(".E02");
        QVERIFY(QFileInfo::exists(e02));
        QVERIFY(flipByte(e02, QFileInfo(e02).size() / 2));
        auto bad =
            runCli({QStringLiteral("evidence"), QStringLiteral("verify"), id, QStringLiteral("E-001")}, {.db = db});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.out.contains(QLatin1String("MISMATCH")) && bad.out.contains(e02), qPrintable(bad.out));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceEwf)
#include "tst_evidenceewf.moc"
