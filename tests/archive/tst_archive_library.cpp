// The archive library in-process: a cancelled or failed export leaves
// nothing that looks like a package, unsafe names are refused on both
// sides, encryption and decryption stream (memory stays flat), and
// signatures made with either key type verify.

#include "ArchiveFixture.h"
#include "forensics/archive/Cms.h"
#include "forensics/archive/Handover.h"
#include "forensics/archive/Verify.h"

#include <QTest>

#include <sys/resource.h>

using namespace firebreak;
using namespace firebreak::archive;
using namespace firebreak::archivetest;

namespace {

qint64 peakRssBytes()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<qint64>(u.ru_maxrss) * 1024;
}

} // namespace

class TestArchiveLibrary : public QObject {
    Q_OBJECT

    ArchiveFixture f;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CaseStore> m_store;

    PackagePlan plan()
    {
        HandoverRequest req;
        req.incidentId = f.incident;
        req.recipient = QStringLiteral("OFAC");
        auto p = planHandover(*m_store, req);
        if (!p)
            qWarning() << p.error().message;
        return p ? *p : PackagePlan{};
    }

    QStringList leftovers() const
    {
        return QDir(f.dir.path()).entryList({QStringLiteral("*incomplete*")}, QDir::AllEntries | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.dir.isValid());
        QVERIFY2(f.build(), qPrintable(f.error));
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        auto s = CaseStore::openSqlite(f.db, *m_clock, QStringLiteral("ada"));
        QVERIFY(s);
        m_store = std::move(s).value();
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<bool>("tar");
        QTest::addColumn<bool>("encrypt");
        QTest::newRow("folder") << false << false;
        QTest::newRow("tar") << true << false;
        QTest::newRow("encrypted tar") << true << true;
    }

    void cancelLeavesNothing()
    {
        QFETCH(bool, tar);
        QFETCH(bool, encrypt);
        const PackagePlan p = plan();
        QVERIFY(!p.files.isEmpty());
        ExportOptions o;
        o.outPath = f.path(encrypt ? QStringLiteral("c.tar.p7m") : tar ? QStringLiteral("c.tar") : QStringLiteral("c"));
        o.format = tar ? ContainerFormat::Tar : ContainerFormat::Directory;
        if (encrypt)
            o.encryptTo = f.recipientCert;
        CancelToken cancel;
        qint64 lastDone = -1, lastTotal = 0;
        bool tempSeen = false;
        auto r = exportPackage(
            p, o,
            [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
                if (done > (20 << 20) && !cancel.stopRequested()) {
                    tempSeen = !leftovers().isEmpty(); // work goes on under a temporary name
                    cancel.requestStop();
                }
            },
            cancel);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("cancelled")), qPrintable(r.error().message));
        QVERIFY(tempSeen);
        QVERIFY(lastDone < lastTotal);
        QVERIFY(lastTotal > (64 << 20));
        QVERIFY(!QFileInfo::exists(o.outPath));
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
    }

    void failureMidwayLeavesNothing()
    {
        // A source that vanishes after 64 MiB were already packed.
        PackagePlan p = plan();
        p.files.append({QStringLiteral("evidence/late.bin"),
                        f.path(QStringLiteral("gone.bin")),
                        {},
                        QStringLiteral("evidence"),
                        QStringLiteral("E-009")});
        for (bool tar : {false, true}) {
            ExportOptions o;
            o.outPath = f.path(tar ? QStringLiteral("fail.tar") : QStringLiteral("fail"));
            o.format = tar ? ContainerFormat::Tar : ContainerFormat::Directory;
            CancelToken cancel;
            auto r = exportPackage(p, o, {}, cancel);
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(f.path(QStringLiteral("gone.bin"))), qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(QLatin1String("nothing was left")));
            QVERIFY(!QFileInfo::exists(o.outPath));
            QVERIFY(leftovers().isEmpty());
        }
    }

    void verifyCancels()
    {
        const PackagePlan p = plan();
        ExportOptions o;
        o.outPath = f.path(QStringLiteral("to-verify.tar"));
        o.format = ContainerFormat::Tar;
        CancelToken none;
        QVERIFY(exportPackage(p, o, {}, none));
        CancelToken cancel;
        qint64 seenTotal = 0;
        auto v = verifyPackage(
            o.outPath, {},
            [&](qint64 done, qint64 total) {
                seenTotal = total;
                if (done > (16 << 20))
                    cancel.requestStop();
            },
            cancel);
        QVERIFY(!v);
        QVERIFY2(v.error().message.contains(QLatin1String("cancelled")), qPrintable(v.error().message));
        QVERIFY(seenTotal > (64 << 20));
    }

    // An evidence file swapped for a link is never shipped as if it were the evidence.
    void symlinkedEvidenceIsNotShipped()
    {
        const QString moved = f.addedFile + QStringLiteral(".moved");
        QVERIFY(QFile::rename(f.addedFile, moved));
        QVERIFY(QFile::link(moved, f.addedFile));
        HandoverRequest req;
        req.incidentId = f.incident;
        req.recipient = QStringLiteral("OFAC");
        auto p = planHandover(*m_store, req);
        QVERIFY(QFile::remove(f.addedFile));
        QVERIFY(QFile::rename(moved, f.addedFile));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(f.addedFile) && p.error().message.contains(QLatin1String("symbolic link")),
                 qPrintable(p.error().message));
        QVERIFY(plan().files.size() > 0); // restored: the same request plans again
    }

    void unsafeNames()
    {
        for (const QString &bad : {QStringLiteral("../escape"), QStringLiteral("/etc/passwd"),
                                   QStringLiteral("a/../../b"), QStringLiteral("with space")}) {
            PackagePlan p;
            p.files.append({bad, {}, QByteArrayLiteral("x"), QStringLiteral("log"), {}});
            ExportOptions o;
            o.outPath = f.path(QStringLiteral("unsafe"));
            CancelToken cancel;
            auto r = exportPackage(p, o, {}, cancel);
            QVERIFY2(!r && r.error().message.contains(bad), qPrintable(bad));
            QVERIFY(!QFileInfo::exists(o.outPath));
        }
        for (const QString &name :
             {QStringLiteral("../../etc/passwd"), QStringLiteral("/abs/x"), QStringLiteral(".hidden/..")}) {
            const QString safe = safePackagePath(name);
            QVERIFY2(isContainedPath(safe) && !safe.contains(QLatin1String("..")) && !safe.startsWith(QLatin1Char('.')),
                     qPrintable(safe));
        }
        QCOMPARE(safeComponent(QStringLiteral("fs01 disk.raw.001")), QStringLiteral("fs01_disk.raw.001"));

        // A tar whose entry has an absolute name is refused by the verifier, naming it.
        const QString evil = f.path(QStringLiteral("evil.tar"));
        QCOMPARE(runProcess(QStringLiteral("tar"), {QStringLiteral("-cPf"), evil, f.addedFile}).exitCode, 0);
        CancelToken cancel;
        auto v = verifyPackage(evil, {}, {}, cancel);
        QVERIFY(!v);
        QVERIFY2(v.error().message.contains(f.addedFile), qPrintable(v.error().message));
    }

    void encryptionStreams()
    {
        // 64+ MiB through encryption and back: the peak memory must not grow
        // by anything near the package size.
        const PackagePlan p = plan();
        ExportOptions o;
        o.outPath = f.path(QStringLiteral("stream.tar.p7m"));
        o.format = ContainerFormat::Tar;
        o.encryptTo = f.recipientCert;
        CancelToken cancel;
        const qint64 before = peakRssBytes();
        auto r = exportPackage(p, o, {}, cancel);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(r->outputBytes > (64 << 20));
        const QString tar = f.path(QStringLiteral("stream.tar"));
        auto d = decryptFile(o.outPath, tar, f.recipientKey, f.recipientCert,
                             QByteArrayLiteral("correct horse battery"), {}, cancel);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        const qint64 growth = peakRssBytes() - before;
        QVERIFY2(growth < (24 << 20), qPrintable(QStringLiteral("peak RSS grew by %1 bytes").arg(growth)));
        QVERIFY(looksLikeTarFile(tar));
        // Wrong passphrase: refused, naming the key.
        auto bad = decryptFile(o.outPath, f.path(QStringLiteral("x.tar")), f.recipientKey, f.recipientCert,
                               QByteArrayLiteral("wrong"), {}, cancel);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(f.recipientKey));
    }

    void decryptsWhatStockOpensslEncrypts_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("DER, definite lengths") << false;
        QTest::newRow("BER, -stream") << true;
    }

    void decryptsWhatStockOpensslEncrypts()
    {
        // Envelopes from `openssl cms -encrypt` (RSA key transport here; the
        // exporter's own are EC key agreement above) open the same way.
        QFETCH(bool, stream);
        const QString plain = f.addedFile;
        const QString sealed = f.path(stream ? QStringLiteral("stock-stream.p7m") : QStringLiteral("stock.p7m"));
        QStringList args{QStringLiteral("cms"),      QStringLiteral("-encrypt"),
                         QStringLiteral("-binary"),  QStringLiteral("-aes256"),
                         QStringLiteral("-outform"), QStringLiteral("DER"),
                         QStringLiteral("-in"),      plain,
                         QStringLiteral("-out"),     sealed};
        if (stream)
            args << QStringLiteral("-stream");
        args << f.examinerCert;
        QCOMPARE(runProcess(QStringLiteral("openssl"), args).exitCode, 0);
        QVERIFY(looksEnveloped(sealed));
        const QString opened = sealed + QStringLiteral(".out");
        CancelToken cancel;
        auto d = decryptFile(sealed, opened, f.examinerKey, f.examinerCert, QByteArrayLiteral("correct horse battery"),
                             {}, cancel);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(fileHash(opened, QCryptographicHash::Sha256), fileHash(plain, QCryptographicHash::Sha256));
    }

    void signaturesBothKeyTypes()
    {
        const QByteArray content = QByteArrayLiteral("0123  a\n");
        for (const auto &[key, cert] : {std::pair{f.examinerKey, f.examinerCert}, std::pair{f.otherKey, f.otherCert}}) {
            auto id = SigningIdentity::load(key, cert, QByteArrayLiteral("correct horse battery"));
            QVERIFY2(id, id ? "" : qPrintable(id.error().message));
            auto sig = id->signDetached(content);
            QVERIFY(sig);
            const SignatureCheck ok = verifyDetached(*sig, content, cert);
            QVERIFY2(ok.valid && ok.anchored, qPrintable(ok.problem));
            QCOMPARE(ok.signerFingerprint, id->info().fingerprint);
            QVERIFY(!verifyDetached(*sig, content + "x", cert).valid);
            const SignatureCheck selfOnly = verifyDetached(*sig, content, {});
            QVERIFY(selfOnly.valid && !selfOnly.anchored);
        }
        // Anchored to the wrong certificate: invalid.
        auto mallory = SigningIdentity::load(f.otherKey, f.otherCert, QByteArrayLiteral("correct horse battery"));
        QVERIFY(mallory);
        QVERIFY(!verifyDetached(*mallory->signDetached(content), content, f.examinerCert).valid);
    }

private:
    static bool looksLikeTarFile(const QString &p)
    {
        return runProcess(QStringLiteral("tar"), {QStringLiteral("-tf"), p}).exitCode == 0;
    }
};

QTEST_GUILESS_MAIN(TestArchiveLibrary)
#include "tst_archive_library.moc"
