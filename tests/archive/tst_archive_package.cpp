// Handover packages through the stock tools a recipient has: sha256sum -c,
// openssl cms -verify / -decrypt, tar, and `archive verify` on every
// tampering case. A 64 MiB two-segment raw image and an added file.

#include "ArchiveFixture.h"
#include "forensics/archive/Manifest.h"
#include "model/evidence/EvidenceService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace firebreak;
using namespace firebreak::archivetest;

class TestArchivePackage : public QObject {
    Q_OBJECT

    ArchiveFixture f;
    QString m_signedDir; // a signed folder package, copied for each tampering case

    static QString shaOfFile(const QString &p) { return fileHash(p, QCryptographicHash::Sha256); }

    QString copyPackage(const QString &from, const QString &name)
    {
        const QString to = f.path(name);
        auto r = runProcess(QStringLiteral("cp"), {QStringLiteral("-a"), from, to});
        return r.exitCode == 0 ? to : QString();
    }

    ProcessResult verify(const QString &pkg, const QStringList &extra = {})
    {
        return f.cli(QStringList{QStringLiteral("archive"), QStringLiteral("verify"), pkg} + extra);
    }

    ProcessResult cmsVerify(const QString &pkgDir, const QString &ca)
    {
        return runProcess(QStringLiteral("openssl"),
                          {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                           QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                           QStringLiteral("MANIFEST.sha256.p7s"), QStringLiteral("-content"),
                           QStringLiteral("MANIFEST.sha256"), QStringLiteral("-CAfile"), ca, QStringLiteral("-out"),
                           QStringLiteral("/dev/null")},
                          {}, {}, pkgDir);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.dir.isValid());
        QVERIFY2(f.build(), qPrintable(f.error));
    }

    void keysAtRestAreEncrypted()
    {
        QFile key(f.examinerKey);
        QVERIFY(key.open(QIODevice::ReadOnly));
        QVERIFY(key.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QCOMPARE(key.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions{});
        auto wrong = runProcess(QStringLiteral("openssl"),
                                {QStringLiteral("pkey"), QStringLiteral("-in"), f.examinerKey,
                                 QStringLiteral("-passin"), QStringLiteral("pass:wrong"), QStringLiteral("-noout")});
        QVERIFY(wrong.exitCode != 0);
        auto right =
            runProcess(QStringLiteral("openssl"),
                       {QStringLiteral("pkey"), QStringLiteral("-in"), f.examinerKey, QStringLiteral("-passin"),
                        QStringLiteral("pass:correct horse battery"), QStringLiteral("-noout")});
        QCOMPARE(right.exitCode, 0);
        // The PBES2 parameters: AES-256 protects the key.
        auto asn =
            runProcess(QStringLiteral("openssl"), {QStringLiteral("asn1parse"), QStringLiteral("-in"), f.examinerKey});
        QVERIFY2(asn.out.contains(QLatin1String("aes-256-cbc")), qPrintable(asn.out));
        auto x = runProcess(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), f.examinerCert,
                                                        QStringLiteral("-noout"), QStringLiteral("-subject")});
        QVERIFY2(x.out.contains(QLatin1String("CN = Ada Moreau")) && x.out.contains(QLatin1String("O = Example SOC")),
                 qPrintable(x.out));
    }

    void keygenRefusals()
    {
        // Existing files are never overwritten.
        auto again = f.cli({QStringLiteral("archive"), QStringLiteral("keygen"), QStringLiteral("--key"), f.examinerKey,
                            QStringLiteral("--cert"), f.path(QStringLiteral("new.pem")), QStringLiteral("--name"),
                            QStringLiteral("X"), QStringLiteral("--passphrase-file"), f.passFile});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(f.examinerKey) && again.err.contains(QLatin1String("already exists")),
                 qPrintable(again.err));
        // No passphrase source (no TTY here): refused, nothing written.
        const QString k = f.path(QStringLiteral("nopass-key.pem")), c = f.path(QStringLiteral("nopass-cert.pem"));
        auto none = f.cli({QStringLiteral("archive"), QStringLiteral("keygen"), QStringLiteral("--key"), k,
                           QStringLiteral("--cert"), c, QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("--passphrase-file")), qPrintable(none.err));
        QVERIFY(!QFileInfo::exists(k) && !QFileInfo::exists(c));
        // The environment variable works too.
        auto env = f.cli({QStringLiteral("archive"), QStringLiteral("keygen"), QStringLiteral("--key"), k,
                          QStringLiteral("--cert"), c, QStringLiteral("--name"), QStringLiteral("Env Examiner")},
                         {QStringLiteral("FIREBREAK_KEY_PASSPHRASE=from env")});
        QCOMPARE(env.exitCode, 0);
        auto open = runProcess(QStringLiteral("openssl"),
                               {QStringLiteral("pkey"), QStringLiteral("-in"), k, QStringLiteral("-passin"),
                                QStringLiteral("pass:from env"), QStringLiteral("-noout")});
        QCOMPARE(open.exitCode, 0);
    }

    void folderPackageThroughStockTools()
    {
        const QString out = f.path(QStringLiteral("handover-folder"));
        auto r = f.exportTo(out, f.signArgs() + QStringList{QStringLiteral("--format"), QStringLiteral("dir")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        m_signedDir = out;

        auto sums = runProcess(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")},
                               {}, {}, out);
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.out + sums.err));
        for (const char *name :
             {"evidence/E-001/fs01_disk.raw.001: OK", "evidence/E-001/fs01_disk.raw.002: OK",
              "evidence/E-002/auth.log: OK", "custody/custody.json: OK", "custody/custody-form-E-001.pdf: OK",
              "report/internal-report.pdf: OK", "audit/audit-trail.json: OK", "README.txt: OK", "MANIFEST.json: OK",
              "evidence/E-001/fs01_disk.raw.info: OK"})
            QVERIFY2(sums.out.contains(QLatin1String(name)), name);
        auto cms = cmsVerify(out, f.examinerCert);
        QVERIFY2(cms.exitCode == 0 && cms.err.contains(QLatin1String("Verification successful")),
                 qPrintable(cms.out + cms.err));
        // The carried certificate is the examiner's, so the README's command works as written.
        QCOMPARE(shaOfFile(out + QStringLiteral("/examiner-cert.pem")), shaOfFile(f.examinerCert));

        // The README gives the command that prints the fingerprint, but not the fingerprint itself: the
        // recipient compares with the custody paperwork, never with a value the package carries.
        auto fp = runProcess(QStringLiteral("openssl"),
                             {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("examiner-cert.pem"),
                              QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                             {}, {}, out);
        QFile readme(out + QStringLiteral("/README.txt"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString readmeText = QString::fromUtf8(readme.readAll());
        QVERIFY2(!fp.out.trimmed().isEmpty() && !readmeText.contains(fp.out.trimmed().section(QLatin1Char('='), 1)),
                 qPrintable(fp.out));
        QVERIFY(readmeText.contains(QLatin1String("openssl x509 -in examiner-cert.pem -noout -subject -fingerprint")));
        QVERIFY(readmeText.contains(QLatin1String("sha256sum -c MANIFEST.sha256")));

        // The segments, concatenated, are the acquired image.
        auto cat = runProcess(QStringLiteral("sh"),
                              {QStringLiteral("-c"), QStringLiteral("cat evidence/E-001/fs01_disk.raw.0* | sha256sum")},
                              {}, {}, out);
        QVERIFY(cat.out.startsWith(f.imageSha256));

        // MANIFEST.json: sizes, three hashes, evidence ids.
        QFile jf(out + QStringLiteral("/MANIFEST.json"));
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(jf.readAll()).object();
        QCOMPARE(j.value(QStringLiteral("incident")).toString(), f.incident);
        bool sawSegment = false;
        for (const QJsonValue &v : j.value(QStringLiteral("files")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("path")).toString() == QLatin1String("evidence/E-001/fs01_disk.raw.002")) {
                sawSegment = true;
                QCOMPARE(o.value(QStringLiteral("size")).toInteger(), qint64(24) << 20);
                QCOMPARE(o.value(QStringLiteral("evidence")).toString(), QStringLiteral("E-001"));
                QCOMPARE(o.value(QStringLiteral("md5")).toString(),
                         fileHash(out + QStringLiteral("/evidence/E-001/fs01_disk.raw.002"), QCryptographicHash::Md5));
                QCOMPARE(o.value(QStringLiteral("sha1")).toString(),
                         fileHash(out + QStringLiteral("/evidence/E-001/fs01_disk.raw.002"), QCryptographicHash::Sha1));
            }
        }
        QVERIFY(sawSegment);
        const QJsonArray items = j.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("e01"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("sha256")).toString(), f.e01Sha256);
        // The stock EWF tool accepts the set as packed.
        auto ewf = runProcess(QStringLiteral("ewfverify"), {QStringLiteral("-q"), QStringLiteral("usb.E01")}, {}, {},
                              out + QStringLiteral("/evidence/E-003"));
        QVERIFY2(ewf.exitCode == 0, qPrintable(ewf.out + ewf.err));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("sha256")).toString(), f.imageSha256);

        // Our own verifier agrees, file by file.
        auto v = verify(out, {QStringLiteral("--CAfile"), f.examinerCert});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        QVERIFY(v.out.contains(QLatin1String("OK        E-001  2 segment(s) match the acquisition hashes")));
        QVERIFY(v.out.contains(QLatin1String("OK        E-002")));
        QVERIFY2(v.out.contains(QLatin1String("OK        E-003  E01 set read through libewf")), qPrintable(v.out));
        QVERIFY(v.out.contains(QLatin1String("VERIFIED")));

        // Recorded: a transfer per item and the manifest's SHA-256 in the audit trail.
        const QString manifestSha = shaOfFile(out + QStringLiteral("/MANIFEST.sha256"));
        QVERIFY(r.out.contains(QStringLiteral("manifest SHA-256: ") + manifestSha));
        ManualClock clock(QDateTime::currentDateTimeUtc());
        auto store = CaseStore::open(f.db, clock, QStringLiteral("test"));
        QVERIFY(store);
        EvidenceService ev(**store);
        for (const char *number : {"E-001", "E-002", "E-003"}) {
            auto custody = ev.custody(f.incident, QLatin1String(number));
            QVERIFY(custody);
            const CustodyEvent &last = custody->last();
            QCOMPARE(last.action, QStringLiteral("transferred"));
            QCOMPARE(last.toParty, QStringLiteral("OFAC, Lt. Martin, PV 2026/1142"));
            QCOMPARE(last.fromParty, QStringLiteral("ada"));
            QCOMPARE(last.purpose, QStringLiteral("handover to law enforcement"));
            QVERIFY(last.notes.contains(manifestSha));
        }
        auto log = (*store)->auditLog(f.incident);
        QVERIFY(log);
        QCOMPARE(log->last().action, QStringLiteral("archive.export"));
        QCOMPARE(log->last().data.value(QStringLiteral("manifest_sha256")).toString(), manifestSha);
        auto audit = f.cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
    }

    void tarPackageThroughStockTools()
    {
        const QString out = f.path(QStringLiteral("handover.tar"));
        auto r = f.exportTo(out, f.signArgs() + QStringList{QStringLiteral("--items"), QStringLiteral("E-001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        auto list = runProcess(QStringLiteral("tar"), {QStringLiteral("-tvf"), out});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(list.out.contains(QLatin1String("handover/evidence/E-001/fs01_disk.raw.001")));
        QVERIFY(list.out.contains(QLatin1String("handover/MANIFEST.sha256.p7s")));
        QVERIFY(!list.out.contains(QLatin1String("auth.log"))); // E-002 not chosen
        const QString x = f.path(QStringLiteral("untar"));
        QDir().mkpath(x);
        QCOMPARE(runProcess(QStringLiteral("tar"), {QStringLiteral("-xf"), out}, {}, {}, x).exitCode, 0);
        auto sums = runProcess(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")},
                               {}, {}, x + QStringLiteral("/handover"));
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.out + sums.err));
        QCOMPARE(cmsVerify(x + QStringLiteral("/handover"), f.examinerCert).exitCode, 0);
        auto v = verify(out, {QStringLiteral("--CAfile"), f.examinerCert});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
    }

    void encryptedPackageThroughStockTools()
    {
        const QString out = f.path(QStringLiteral("sealed.tar.p7m"));
        auto r = f.exportTo(out, f.signArgs() + QStringList{QStringLiteral("--encrypt-to"), f.recipientCert});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("encrypted to")));
        // Nothing of the plaintext shows in the file.
        QFile sealed(out);
        QVERIFY(sealed.open(QIODevice::ReadOnly));
        QVERIFY(!sealed.readAll().contains("MANIFEST.sha256"));
        const QString tar = f.path(QStringLiteral("opened.tar"));
        auto dec = runProcess(QStringLiteral("openssl"),
                              {QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-binary"),
                               QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), out,
                               QStringLiteral("-inkey"), f.recipientKey, QStringLiteral("-passin"),
                               QStringLiteral("file:") + f.passFile, QStringLiteral("-recip"), f.recipientCert,
                               QStringLiteral("-out"), tar});
        QVERIFY2(dec.exitCode == 0, qPrintable(dec.err));
        auto list = runProcess(QStringLiteral("tar"), {QStringLiteral("-tf"), tar});
        QVERIFY2(list.exitCode == 0 && list.out.contains(QLatin1String("sealed/evidence/E-001/fs01_disk.raw.002")),
                 qPrintable(list.out + list.err));
        const QString x = f.path(QStringLiteral("unsealed"));
        QDir().mkpath(x);
        QCOMPARE(runProcess(QStringLiteral("tar"), {QStringLiteral("-xf"), tar}, {}, {}, x).exitCode, 0);
        auto sums = runProcess(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")},
                               {}, {}, x + QStringLiteral("/sealed"));
        QVERIFY2(sums.exitCode == 0, qPrintable(sums.out + sums.err));
        QCOMPARE(cmsVerify(x + QStringLiteral("/sealed"), f.examinerCert).exitCode, 0);

        // archive verify decrypts (streaming) and checks the same way.
        auto v = verify(out, {QStringLiteral("--CAfile"), f.examinerCert, QStringLiteral("--decrypt-key"),
                              f.recipientKey, QStringLiteral("--decrypt-cert"), f.recipientCert,
                              QStringLiteral("--passphrase-file"), f.passFile});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        QVERIFY(v.out.contains(QLatin1String("decrypted with police-cert.pem")));
        // Without the key it says what is missing; with the wrong key it fails naming the file.
        auto noKey = verify(out);
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY2(noKey.err.contains(QLatin1String("--decrypt-key")), qPrintable(noKey.err));
        auto wrongKey = verify(out, {QStringLiteral("--decrypt-key"), f.otherKey, QStringLiteral("--decrypt-cert"),
                                     f.otherCert, QStringLiteral("--passphrase-file"), f.passFile});
        QCOMPARE(wrongKey.exitCode, 1);
        QVERIFY2(wrongKey.err.contains(out), qPrintable(wrongKey.err));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("subject");
        QTest::newRow("flipped byte in a segment") << "flip"
                                                   << "MODIFIED"
                                                   << "evidence/E-001/fs01_disk.raw.002";
        QTest::newRow("flipped byte in an E01 segment") << "flip-e01"
                                                        << "MODIFIED"
                                                        << "evidence/E-003/usb.E02";
        QTest::newRow("flipped byte in the custody record") << "flip-custody"
                                                            << "MODIFIED"
                                                            << "custody/custody.json";
        QTest::newRow("removed file") << "remove"
                                      << "MISSING"
                                      << "evidence/E-002/auth.log";
        QTest::newRow("added file") << "add"
                                    << "ADDED"
                                    << "evidence/E-001/planted.bin";
        QTest::newRow("signature by another key") << "swap"
                                                  << "FAILED"
                                                  << "MANIFEST.sha256.p7s";
        QTest::newRow("signature removed") << "unsign"
                                           << "MISSING"
                                           << "MANIFEST.sha256.p7s";
        QTest::newRow("manifest line rewritten") << "rewrite"
                                                 << "FAILED"
                                                 << "MANIFEST.sha256.p7s";
    }

    void tampering()
    {
        QFETCH(QString, kind);
        QFETCH(QString, label);
        QFETCH(QString, subject);
        QVERIFY2(!m_signedDir.isEmpty(), "folder package test must run first");
        static int n = 0;
        const QString pkg = copyPackage(m_signedDir, QStringLiteral("tampered-%1").arg(++n));
        QVERIFY(!pkg.isEmpty());
        auto flip = [&](const QString &rel, qint64 offset) {
            QFile file(pkg + QLatin1Char('/') + rel);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(offset));
            char c = 0;
            QVERIFY(file.getChar(&c));
            QVERIFY(file.seek(offset));
            QVERIFY(file.putChar(static_cast<char>(c ^ 0x01)));
        };
        if (kind == QLatin1String("flip")) {
            flip(subject, 12345678);
        } else if (kind == QLatin1String("flip-e01")) {
            flip(subject, 4000000);
        } else if (kind == QLatin1String("flip-custody")) {
            flip(subject, 40);
        } else if (kind == QLatin1String("remove")) {
            QVERIFY(QFile::remove(pkg + QLatin1Char('/') + subject));
        } else if (kind == QLatin1String("add")) {
            QFile planted(pkg + QLatin1Char('/') + subject);
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write("not from the examiner");
        } else if (kind == QLatin1String("swap")) {
            // Mallory signs the (unchanged) manifest with her own key.
            QVERIFY(QFile::remove(pkg + QStringLiteral("/MANIFEST.sha256.p7s")));
            auto s = runProcess(QStringLiteral("openssl"),
                                {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                                 QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                 QStringLiteral("MANIFEST.sha256"), QStringLiteral("-signer"), f.otherCert,
                                 QStringLiteral("-inkey"), f.otherKey, QStringLiteral("-passin"),
                                 QStringLiteral("file:") + f.passFile, QStringLiteral("-out"),
                                 QStringLiteral("MANIFEST.sha256.p7s")},
                                {}, {}, pkg);
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            QVERIFY(cmsVerify(pkg, f.examinerCert).exitCode != 0); // the stock tool refuses it too
        } else if (kind == QLatin1String("unsign")) {
            QVERIFY(QFile::remove(pkg + QLatin1Char('/') + subject));
        } else if (kind == QLatin1String("rewrite")) {
            // Change a file and fix its manifest line: sha256sum -c passes, the signature does not.
            QFile readme(pkg + QStringLiteral("/README.txt"));
            QVERIFY(readme.open(QIODevice::Append));
            readme.write("extra line\n");
            readme.close();
            QFile mf(pkg + QStringLiteral("/MANIFEST.sha256"));
            QVERIFY(mf.open(QIODevice::ReadOnly));
            QByteArray text = mf.readAll();
            mf.close();
            const QString oldSha = shaOfFile(m_signedDir + QStringLiteral("/README.txt"));
            text.replace(oldSha.toLatin1(), shaOfFile(readme.fileName()).toLatin1());
            QVERIFY(mf.open(QIODevice::WriteOnly | QIODevice::Truncate));
            mf.write(text);
            mf.close();
            QCOMPARE(runProcess(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")},
                                {}, {}, pkg)
                         .exitCode,
                     0);
            QVERIFY(cmsVerify(pkg, f.examinerCert).exitCode != 0);
        }
        auto v = verify(pkg, {QStringLiteral("--CAfile"), f.examinerCert});
        QVERIFY2(v.exitCode == 1, qPrintable(v.out + v.err));
        const QString expected = QStringLiteral("%1 %2").arg(label, -9).arg(subject);
        QVERIFY2(v.out.contains(expected), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, v.out)));
        QVERIFY(v.out.contains(QLatin1String("FAILED: ")));
        if (kind == QLatin1String("flip"))
            QVERIFY2(v.out.contains(QLatin1String("E-001  cannot be checked")) ||
                         v.out.contains(QLatin1String("MODIFIED  E-001")),
                     qPrintable(v.out));
        if (kind == QLatin1String("flip-e01")) // libewf finds it too, by item
            QVERIFY2(v.out.contains(QLatin1String("MODIFIED  E-003")) ||
                         v.out.contains(QLatin1String("FAILED    E-003")),
                     qPrintable(v.out));
        if (kind == QLatin1String("flip") || kind == QLatin1String("remove") || kind == QLatin1String("flip-custody")) {
            auto sums = runProcess(QStringLiteral("sha256sum"),
                                   {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")}, {}, {}, pkg);
            QVERIFY(sums.exitCode != 0);
        }
    }

    void hostileManifestPaths_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("named");
        const QByteArray sha(64, 'a');
        QTest::newRow("dot-dot") << sha + "  ../outside.txt"
                                 << "\"../outside.txt\" points outside";
        QTest::newRow("nested dot-dot") << sha + "  evidence/../../outside.txt"
                                        << "\"evidence/../../outside.txt\" points outside";
        QTest::newRow("absolute") << sha + " */etc/passwd"
                                  << "\"/etc/passwd\" points outside";
        QTest::newRow("backslash") << sha + "  ..\\outside.txt"
                                   << "points outside";
        QTest::newRow("NUL") << sha + "  README.txt" + QByteArray(1, '\0') + "/../../etc/passwd"
                             << "points outside";
        QTest::newRow("not a hash") << QByteArray(64, 'z') + "  README.txt"
                                    << "is not a SHA-256";
    }

    void hostileManifestPaths()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, named);
        QVERIFY2(!m_signedDir.isEmpty(), "folder package test must run first");
        static int n = 0;
        const QString pkg = copyPackage(m_signedDir, QStringLiteral("hostile-%1").arg(++n));
        QVERIFY(!pkg.isEmpty());
        QFile mf(pkg + QStringLiteral("/MANIFEST.sha256"));
        QVERIFY(mf.open(QIODevice::Append));
        QVERIFY(mf.write(line + '\n') > 0);
        mf.close();
        auto v = verify(pkg, {QStringLiteral("--CAfile"), f.examinerCert});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.out.contains(QLatin1String("FAILED    MANIFEST.sha256")) && v.out.contains(named),
                 qPrintable(v.out));
        // Refused whole: no file is checked against a manifest that is not trusted.
        QVERIFY2(!v.out.contains(QLatin1String("OK        README.txt")), qPrintable(v.out));
    }

    void linksInThePackageAreNotFollowed()
    {
        QVERIFY2(!m_signedDir.isEmpty(), "folder package test must run first");
        // The added file's folder is replaced by a link to an outside copy
        // with the same bytes: following it would report OK for a file that
        // is not in the package.
        const QString pkg = copyPackage(m_signedDir, QStringLiteral("linked"));
        QVERIFY(!pkg.isEmpty());
        const QString outside = f.path(QStringLiteral("outside-E-002"));
        QVERIFY(QDir().rename(pkg + QStringLiteral("/evidence/E-002"), outside));
        QVERIFY(QFile::link(outside, pkg + QStringLiteral("/evidence/E-002")));
        // And MANIFEST.json becomes a link to a file outside the package.
        const QString outsideJson = f.path(QStringLiteral("outside-MANIFEST.json"));
        QVERIFY(QFile::rename(pkg + QStringLiteral("/MANIFEST.json"), outsideJson));
        QVERIFY(QFile::link(outsideJson, pkg + QStringLiteral("/MANIFEST.json")));

        auto v = verify(pkg, {QStringLiteral("--CAfile"), f.examinerCert});
        QCOMPARE(v.exitCode, 1);
        QVERIFY2(v.out.contains(QLatin1String("FAILED    evidence/E-002/auth.log")) &&
                     v.out.contains(QLatin1String("its folder evidence/E-002 is a link")),
                 qPrintable(v.out));
        QVERIFY2(!v.out.contains(QLatin1String("OK        evidence/E-002/auth.log")), qPrintable(v.out));
        QVERIFY2(v.out.contains(QLatin1String("FAILED    MANIFEST.json")) &&
                     v.out.contains(QLatin1String("not followed")),
                 qPrintable(v.out));
    }

    void hashOnlyItems()
    {
        const QString out = f.path(QStringLiteral("hash-only"));
        auto r = f.exportTo(out, f.signArgs() + QStringList{QStringLiteral("--hash-only"), QStringLiteral("E-001"),
                                                            QStringLiteral("--items"), QStringLiteral("E-002")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("hash records only: E-001")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/evidence/E-001/fs01_disk.raw.001")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/evidence/E-001/fs01_disk.raw.info"))); // log still travels
        QFile jf(out + QStringLiteral("/MANIFEST.json"));
        QVERIFY(jf.open(QIODevice::ReadOnly));
        const QJsonArray hashItems =
            QJsonDocument::fromJson(jf.readAll()).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(hashItems.size(), 2);
        const QJsonObject item = hashItems.at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("evidence_number")).toString(), QStringLiteral("E-001"));
        QCOMPARE(item.value(QStringLiteral("shipped")).toBool(), false);
        QCOMPARE(item.value(QStringLiteral("sha256")).toString(), f.imageSha256);
        auto v = verify(out, {QStringLiteral("--CAfile"), f.examinerCert});
        QVERIFY2(v.exitCode == 0, qPrintable(v.out));
        QVERIFY(v.out.contains(QLatin1String("NOTE      E-001  hash record only")));
        QCOMPARE(runProcess(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")}, {},
                            {}, out)
                     .exitCode,
                 0);
    }

    void badInput()
    {
        const int auditBefore = [&] {
            auto l = f.cli({QStringLiteral("audit"), QStringLiteral("log"), f.incident});
            return static_cast<int>(l.out.count(QLatin1Char('\n')));
        }();
        struct Case {
            QStringList args;
            int code;
            QString mentions;
        };
        const QString out = f.path(QStringLiteral("never"));
        const QString notCert = f.addedFile;
        const QString wrongPass = f.path(QStringLiteral("wrong-pass.txt"));
        QFile wp(wrongPass);
        QVERIFY(wp.open(QIODevice::WriteOnly));
        wp.write("nope\n");
        wp.close();
        const QList<Case> cases = {
            {{QStringLiteral("--items"), QStringLiteral("E-099")}, 1, QStringLiteral("E-099")},
            {{QStringLiteral("--encrypt-to"), notCert}, 1, notCert},
            {{QStringLiteral("--encrypt-to"), f.recipientCert, QStringLiteral("--format"), QStringLiteral("dir")},
             2,
             QStringLiteral("--format tar")},
            {{QStringLiteral("--sign-key"), f.examinerKey, QStringLiteral("--sign-cert"), f.examinerCert,
              QStringLiteral("--passphrase-file"), wrongPass},
             1,
             f.examinerKey},
            {{QStringLiteral("--sign-key"), f.otherKey, QStringLiteral("--sign-cert"), f.examinerCert,
              QStringLiteral("--passphrase-file"), f.passFile},
             1,
             QStringLiteral("does not belong")},
            {{QStringLiteral("--items"), QStringLiteral("E-001"), QStringLiteral("--hash-only"),
              QStringLiteral("E-001")},
             2,
             QStringLiteral("both")},
        };
        for (const Case &c : cases) {
            auto r = f.exportTo(out, c.args);
            QVERIFY2(r.exitCode == c.code, qPrintable(c.args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
            QVERIFY2(r.err.contains(c.mentions), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(out));
        }
        // An existing target is never replaced.
        auto clash = f.exportTo(m_signedDir, {});
        QCOMPARE(clash.exitCode, 1);
        QVERIFY(clash.err.contains(QLatin1String("already exists")));
        // No leftovers that look like a package, nothing recorded.
        const QStringList left =
            QDir(f.dir.path()).entryList({QStringLiteral(".*incomplete*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        auto l = f.cli({QStringLiteral("audit"), QStringLiteral("log"), f.incident});
        QCOMPARE(static_cast<int>(l.out.count(QLatin1Char('\n'))), auditBefore);

        auto missing = f.cli({QStringLiteral("archive"), QStringLiteral("verify"), f.path(QStringLiteral("nothing"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("nothing")));
        auto junk = f.cli({QStringLiteral("archive"), QStringLiteral("verify"), f.addedFile});
        QVERIFY(junk.exitCode != 0);
        QVERIFY2(junk.err.contains(f.addedFile), qPrintable(junk.err));
    }
};

QTEST_GUILESS_MAIN(TestArchivePackage)
#include "tst_archive_package.moc"
