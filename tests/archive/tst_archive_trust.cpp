// What a handover package proves, tried as a receiving lab would: a forged
// package (look-alike certificate, rebuilt and re-signed manifest), a
// stripped signature, listed files replaced by folders, and an examiner
// certificate issued by an organisation CA (with an intermediate and a
// CRL). Each is checked with `archive verify` and with the README's
// stock-openssl procedure, which must reject the first two and accept the
// organisation's package with only its root as anchor.

#include "ArchiveFixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace firebreak;
using namespace firebreak::archivetest;
using firebreak::test::onPostgres;

namespace {

ProcessResult openssl(const QStringList &args, const QString &wd = {})
{
    return runProcess(QStringLiteral("openssl"), args, {}, {}, wd);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// "sha256 Fingerprint=AB:CD:..." -> "AB:CD:..."
QString fingerprintOf(const QString &certPath)
{
    auto r = openssl({QStringLiteral("x509"), QStringLiteral("-in"), certPath, QStringLiteral("-noout"),
                      QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    return r.out.trimmed().section(QLatin1Char('='), 1);
}

// The verdict line of `archive verify` says VERIFIED (not "NOT VERIFIED").
bool saysVerified(const QString &out)
{
    return out.contains(QRegularExpression(QStringLiteral("^VERIFIED: "), QRegularExpression::MultilineOption));
}

// Rewrites MANIFEST.sha256 over every file of the folder (except the
// manifest and its signature), as someone forging a package would.
bool rebuildManifest(const QString &pkg)
{
    auto r = runProcess(
        QStringLiteral("sh"),
        {QStringLiteral("-c"),
         QStringLiteral("find . -type f ! -name MANIFEST.sha256 ! -name MANIFEST.sha256.p7s | sed 's|^\\./||' "
                        "| LC_ALL=C sort | xargs sha256sum > MANIFEST.sha256")},
        {}, {}, pkg);
    return r.exitCode == 0;
}

} // namespace

class TestArchiveTrust : public QObject {
    Q_OBJECT

    ArchiveFixture f;
    QString m_genuine;   // a signed folder package, copied for each case
    QString m_paperwork; // the fingerprint written on the custody paperwork
    QString m_ca;        // organisation CA folder
    int m_copies = 0;

    QString copyOf(const QString &from)
    {
        const QString to = f.path(QStringLiteral("copy-%1").arg(++m_copies));
        return runProcess(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}).exitCode == 0 ? to : QString();
    }

    ProcessResult verify(const QString &pkg, const QStringList &extra = {}, const QString &wd = {})
    {
        return runCli(
            QStringList{QStringLiteral("archive"), QStringLiteral("verify"), pkg} + extra,
            {.env = {QStringLiteral("QT_QPA_PLATFORM=offscreen")}, .workDir = wd.isEmpty() ? f.dir.path() : wd});
    }

    // The README's stock-tool procedure, step by step: the certificate's
    // fingerprint against the paperwork, the signature against an anchor
    // from outside the package (optionally with a CRL), then sha256sum -c.
    // Returns empty when every step passes, else the step that refused.
    QString stockProcedure(const QString &pkg, const QString &paperworkFingerprint, const QString &anchor,
                           const QString &crl = {})
    {
        const QString readme = readText(pkg + QStringLiteral("/README.txt"));
        if (!paperworkFingerprint.isEmpty()) {
            if (!readme.contains(QLatin1String("openssl x509 -in examiner-cert.pem -noout -subject -fingerprint")))
                return QStringLiteral("README does not give the fingerprint command");
            const QString fp = fingerprintOf(pkg + QStringLiteral("/examiner-cert.pem"));
            if (fp != paperworkFingerprint)
                return QStringLiteral("fingerprint %1 is not the paperwork's %2").arg(fp, paperworkFingerprint);
        }
        QStringList args{QStringLiteral("cms"),
                         QStringLiteral("-verify"),
                         QStringLiteral("-binary"),
                         QStringLiteral("-inform"),
                         QStringLiteral("DER"),
                         QStringLiteral("-in"),
                         QStringLiteral("MANIFEST.sha256.p7s"),
                         QStringLiteral("-content"),
                         QStringLiteral("MANIFEST.sha256"),
                         QStringLiteral("-CAfile"),
                         anchor,
                         QStringLiteral("-out"),
                         QStringLiteral("/dev/null")};
        if (!crl.isEmpty()) {
            // openssl cms takes CRLs from the -CAfile: the README says to put the root and the CRL in one file.
            if (!readme.contains(QLatin1String("-crl_check")) || !readme.contains(QLatin1String("CRL.pem > ")))
                return QStringLiteral("README does not say how to check a CRL");
            const QString both = f.path(QStringLiteral("anchor-and-crl-%1.pem").arg(++m_copies));
            if (!writeText(both, readText(anchor).toUtf8() + readText(crl).toUtf8()))
                return QStringLiteral("cannot write %1").arg(both);
            args[10] = both;
            args << QStringLiteral("-crl_check");
        }
        auto cms = openssl(args, pkg);
        if (cms.exitCode != 0 || !cms.err.contains(QLatin1String("Verification successful")))
            return QStringLiteral("openssl cms -verify: %1").arg(cms.err.trimmed());
        auto sums = runProcess(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")},
                               {}, {}, pkg);
        if (sums.exitCode != 0)
            return QStringLiteral("sha256sum -c: %1").arg(sums.out + sums.err);
        return {};
    }

    bool makeOrgCa()
    {
        m_ca = f.path(QStringLiteral("org-ca"));
        QDir().mkpath(m_ca + QStringLiteral("/newcerts"));
        writeText(m_ca + QStringLiteral("/index.txt"), {});
        writeText(m_ca + QStringLiteral("/serial"), "1000\n");
        writeText(m_ca + QStringLiteral("/crlnumber"), "1000\n");
        const QByteArray cnf = "[ ca ]\ndefault_ca = CA_default\n"
                               "[ CA_default ]\ndir = " +
                               m_ca.toUtf8() +
                               "\ndatabase = $dir/index.txt\nnew_certs_dir = $dir/newcerts\nserial = $dir/serial\n"
                               "crlnumber = $dir/crlnumber\ndefault_md = sha256\npolicy = policy_any\n"
                               "default_crl_days = 30\nunique_subject = no\n"
                               "[ policy_any ]\ncommonName = supplied\norganizationName = optional\n"
                               "emailAddress = optional\n"
                               "[ v3_inter ]\nbasicConstraints = critical,CA:TRUE,pathlen:0\n"
                               "keyUsage = critical,keyCertSign,cRLSign\nsubjectKeyIdentifier = hash\n"
                               "authorityKeyIdentifier = keyid\n"
                               "[ v3_leaf ]\nbasicConstraints = critical,CA:FALSE\n"
                               "keyUsage = critical,digitalSignature,nonRepudiation\n"
                               "extendedKeyUsage = emailProtection\nsubjectKeyIdentifier = hash\n"
                               "authorityKeyIdentifier = keyid\n";
        writeText(m_ca + QStringLiteral("/ca.cnf"), cnf);
        auto ok = [&](const QStringList &args) {
            auto r = openssl(args, m_ca);
            if (r.exitCode != 0)
                f.error = QStringLiteral("openssl %1: %2").arg(args.join(QLatin1Char(' ')), r.err);
            return r.exitCode == 0;
        };
        auto leaf = [&](const QString &name, const QStringList &dates) {
            return ok({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=Ada Moreau/O=Example SOC/emailAddress=ada@example.org")}) &&
                   ok(QStringList{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                                  QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
                                  QStringLiteral("inter.pem"), QStringLiteral("-keyfile"), QStringLiteral("inter.key"),
                                  QStringLiteral("-extensions"), QStringLiteral("v3_leaf"), QStringLiteral("-in"),
                                  name + QStringLiteral(".csr"), QStringLiteral("-out"),
                                  name + QStringLiteral(".pem")} +
                      dates);
        };
        return ok({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QStringLiteral("root.key"), QStringLiteral("-out"), QStringLiteral("root.pem"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Example SOC Root CA"), QStringLiteral("-addext"),
                   QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                   QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}) &&
               ok({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("inter.key"),
                   QStringLiteral("-out"), QStringLiteral("inter.csr"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Example SOC Issuing CA")}) &&
               ok({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("inter.csr"),
                   QStringLiteral("-CA"), QStringLiteral("root.pem"), QStringLiteral("-CAkey"),
                   QStringLiteral("root.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                   QStringLiteral("inter.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                   QStringLiteral("-extfile"), QStringLiteral("ca.cnf"), QStringLiteral("-extensions"),
                   QStringLiteral("v3_inter")}) &&
               leaf(QStringLiteral("ada"), {QStringLiteral("-days"), QStringLiteral("30")}) &&
               ok({QStringLiteral("ca"), QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
                   QStringLiteral("inter.pem"), QStringLiteral("-keyfile"), QStringLiteral("inter.key"),
                   QStringLiteral("-gencrl"), QStringLiteral("-out"), QStringLiteral("crl-clean.pem")}) &&
               leaf(QStringLiteral("revoked"), {QStringLiteral("-days"), QStringLiteral("30")}) &&
               leaf(QStringLiteral("future"), {QStringLiteral("-startdate"), QStringLiteral("20300101000000Z"),
                                               QStringLiteral("-enddate"), QStringLiteral("20310101000000Z")}) &&
               // The issuing CA's chain as an organisation hands it out: intermediate, then root.
               writeText(m_ca + QStringLiteral("/chain.pem"),
                         readText(m_ca + QStringLiteral("/inter.pem")).toUtf8() +
                             readText(m_ca + QStringLiteral("/root.pem")).toUtf8());
    }

    bool revokeAndPublish()
    {
        auto a = openssl({QStringLiteral("ca"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                          QStringLiteral("-cert"), QStringLiteral("inter.pem"), QStringLiteral("-keyfile"),
                          QStringLiteral("inter.key"), QStringLiteral("-revoke"), QStringLiteral("revoked.pem")},
                         m_ca);
        auto b =
            openssl({QStringLiteral("ca"), QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
                     QStringLiteral("inter.pem"), QStringLiteral("-keyfile"), QStringLiteral("inter.key"),
                     QStringLiteral("-gencrl"), QStringLiteral("-out"), QStringLiteral("crl-revoked.pem")},
                    m_ca);
        return a.exitCode == 0 && b.exitCode == 0;
    }

    QStringList orgSignArgs(const QString &leaf) const
    {
        // The organisation's keys are plain PEM (no passphrase): no passphrase is asked for.
        return {QStringLiteral("--sign-key"),   m_ca + QLatin1Char('/') + leaf + QStringLiteral(".key"),
                QStringLiteral("--sign-cert"),  m_ca + QLatin1Char('/') + leaf + QStringLiteral(".pem"),
                QStringLiteral("--sign-chain"), m_ca + QStringLiteral("/chain.pem")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.dir.isValid());
        QVERIFY2(f.build(), qPrintable(f.error));
        QVERIFY2(makeOrgCa(), qPrintable(f.error));
        m_genuine = f.path(QStringLiteral("genuine"));
        auto r = f.exportTo(m_genuine, f.signArgs() + QStringList{QStringLiteral("--format"), QStringLiteral("dir"),
                                                                  QStringLiteral("--items"), QStringLiteral("E-002")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        m_paperwork = fingerprintOf(f.examinerCert); // what keygen printed for the paperwork
        QVERIFY(!m_paperwork.isEmpty());
    }

    // The genuine package verifies only against an anchor from outside it.
    void anchoredVerification()
    {
        auto fp = verify(m_genuine, {QStringLiteral("--fingerprint"), QStringLiteral("SHA256:") + m_paperwork});
        QVERIFY2(fp.exitCode == 0 && fp.out.contains(QLatin1String("VERIFIED")), qPrintable(fp.out + fp.err));
        auto ca = verify(m_genuine, {QStringLiteral("--CAfile"), f.examinerCert});
        QVERIFY2(ca.exitCode == 0 && ca.out.contains(QLatin1String("VERIFIED")), qPrintable(ca.out + ca.err));
        QCOMPARE(stockProcedure(m_genuine, m_paperwork, f.examinerCert), QString());
        // The README sends the recipient to the paperwork, and carries no fingerprint to compare with itself.
        const QString readme = readText(m_genuine + QStringLiteral("/README.txt"));
        QVERIFY2(readme.contains(QLatin1String("custody paperwork")), qPrintable(readme));
        QVERIFY2(!readme.contains(m_paperwork), qPrintable(readme));

        // No anchor: not VERIFIED, and the exit status says so.
        auto none = verify(m_genuine);
        QVERIFY2(none.exitCode != 0, qPrintable(none.out));
        QVERIFY2(!saysVerified(none.out), qPrintable(none.out));
        QVERIFY2(none.out.contains(QLatin1String("--fingerprint")), qPrintable(none.out));
        // The package's own certificate is no anchor.
        auto inside =
            verify(QStringLiteral("."), {QStringLiteral("--CAfile"), QStringLiteral("examiner-cert.pem")}, m_genuine);
        QVERIFY2(inside.exitCode == 1 && inside.out.contains(QLatin1String("inside the package")),
                 qPrintable(inside.out + inside.err));
        // A wrong fingerprint fails, naming both.
        auto wrong = verify(m_genuine, {QStringLiteral("--fingerprint"), fingerprintOf(f.otherCert)});
        QVERIFY2(wrong.exitCode == 1 && wrong.out.contains(QLatin1String("FAILED    MANIFEST.sha256.p7s")),
                 qPrintable(wrong.out));
        auto junk = verify(m_genuine, {QStringLiteral("--fingerprint"), QStringLiteral("SHA256:12:34")});
        QVERIFY2(junk.exitCode == 2 && junk.err.contains(QLatin1String("SHA256:12:34")), qPrintable(junk.err));
    }

    // The package's audit extract carries each entry exactly as hashed
    // (db_user included on a team store): jq and sha256sum recompute every
    // entry_hash and the links between them.
    void auditExtractRecomputesWithJq()
    {
        const QString extract = m_genuine + QStringLiteral("/audit/audit-trail.json");
        const QString script = QStringLiteral(
            "set -e; f=\"$1\"; n=$(jq '.entries | length' \"$f\"); test \"$n\" -gt 0; i=0; bad=0; prev=''\n"
            "while [ $i -lt $n ]; do\n"
            "  seq=$(jq -r \".entries[$i].seq\" \"$f\"); ph=$(jq -r \".entries[$i].prev_hash\" \"$f\")\n"
            "  eh=$(jq -r \".entries[$i].entry_hash\" \"$f\")\n"
            "  rec=$(jq -cjS \".entries[$i] | del(.prev_hash, .entry_hash) | .seq |= tostring\" \"$f\")\n"
            "  got=$( { printf 'firebreak.audit.v1\\0%s\\0%s\\0' \"$seq\" \"$ph\"; printf '%s' \"$rec\"; } | sha256sum "
            "| cut -c1-64)\n"
            "  if [ \"$got\" != \"$eh\" ]; then echo \"entry $seq: computed $got, stored $eh\"; bad=1; fi\n"
            "  i=$((i+1))\n"
            "done\n"
            "echo \"checked $n\"; exit $bad\n");
        auto r = runProcess(QStringLiteral("sh"), {QStringLiteral("-c"), script, QStringLiteral("sh"), extract});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("checked")), qPrintable(r.out + r.err));
        // On a team store every entry names its login, and the extract says so.
        auto users =
            runProcess(QStringLiteral("jq"),
                       {QStringLiteral("-r"), QStringLiteral("[.entries[].db_user] | unique | join(\",\")"), extract});
        if (onPostgres())
            QVERIFY2(!users.out.trimmed().isEmpty(), qPrintable(users.out + users.err));
        else
            QCOMPARE(users.out.trimmed(), QString());
        // The CLI's --json is the same codec.
        auto cli = f.cli({QStringLiteral("audit"), QStringLiteral("log"), f.incident, QStringLiteral("--json")});
        QCOMPARE(cli.exitCode, 0);
        const QJsonArray fromCli = QJsonDocument::fromJson(cli.out.toUtf8()).array();
        QFile ef(extract);
        QVERIFY(ef.open(QIODevice::ReadOnly));
        const QJsonArray fromPackage =
            QJsonDocument::fromJson(ef.readAll()).object().value(QStringLiteral("entries")).toArray();
        QVERIFY(!fromPackage.isEmpty() && fromCli.size() >= fromPackage.size());
        for (int i = 0; i < fromPackage.size(); ++i)
            QCOMPARE(fromCli.at(i).toObject(), fromPackage.at(i).toObject());
    }

    // Custody and acquisition facts a receiving lab relies on.
    void custodyAndAcquisitionFacts()
    {
        // Evidence and packages are their owner's only (0400 images, 0600 files, 0700 folders).
        const auto others =
            QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        const QStringList images = QDir(f.path(QStringLiteral("images"))).entryList(QDir::Files);
        QVERIFY(images.size() >= 5);
        for (const QString &name : images) {
            const QFileInfo fi(f.path(QStringLiteral("images/") + name));
            QVERIFY2((fi.permissions() & others) == QFileDevice::Permissions{}, qPrintable(name));
            if (name.contains(QLatin1String(".raw.0")) || name.contains(QLatin1String(".E0")))
                QVERIFY2(!(fi.permissions() & QFileDevice::WriteOwner), qPrintable(name)); // read-only evidence
        }
        QDirIterator it(m_genuine, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QVERIFY((QFileInfo(m_genuine).permissions() & (others | QFileDevice::ExeGroup | QFileDevice::ExeOther)) ==
                QFileDevice::Permissions{});
        while (it.hasNext()) {
            const QFileInfo fi(it.next());
            QVERIFY2((fi.permissions() & (others | QFileDevice::ExeGroup | QFileDevice::ExeOther)) ==
                         QFileDevice::Permissions{},
                     qPrintable(fi.filePath()));
        }

        // The acquisition log names the program that ran by its SHA-256; the E01 header names the program.
        const QString cliSha = fileHash(cliPath(), QCryptographicHash::Sha256);
        QVERIFY2(readText(f.path(QStringLiteral("images/fs01 disk.raw.info"))).contains(cliSha),
                 qPrintable(readText(f.path(QStringLiteral("images/fs01 disk.raw.info")))));
        auto ewf = runProcess(QStringLiteral("ewfinfo"), {f.path(QStringLiteral("images/usb.E01"))});
        QVERIFY2(ewf.out.contains(QLatin1String("Firebreak ")), qPrintable(ewf.out));

        // An imaged item was collected when its acquisition started.
        auto show = f.cli({QStringLiteral("evidence"), QStringLiteral("show"), f.incident, QStringLiteral("E-001"),
                           QStringLiteral("--json")});
        const QJsonObject item = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QFile logJson(f.path(QStringLiteral("images/fs01 disk.raw.json")));
        QVERIFY(logJson.open(QIODevice::ReadOnly));
        const QDateTime started = QDateTime::fromString(
            QJsonDocument::fromJson(logJson.readAll()).object().value(QStringLiteral("started_utc")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(started.isValid());
        QCOMPARE(QDateTime::fromString(item.value(QStringLiteral("collected_at")).toString(), Qt::ISODateWithMs),
                 started);

        // A transfer time given with an offset keeps that offset (no --zone).
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-30).toOffsetFromUtc(-5 * 3600);
        const QString atText = at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("-05:00");
        auto t = f.cli({QStringLiteral("evidence"), QStringLiteral("transfer"), f.incident, QStringLiteral("E-001"),
                        QStringLiteral("--from"), QStringLiteral("ada"), QStringLiteral("--to"), QStringLiteral("bob"),
                        QStringLiteral("--purpose"), QStringLiteral("analysis"), QStringLiteral("--at"), atText});
        QVERIFY2(t.exitCode == 0, qPrintable(t.out + t.err));
        QVERIFY2(t.out.contains(at.toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC-05")),
                 qPrintable(t.out));
        show = f.cli({QStringLiteral("evidence"), QStringLiteral("show"), f.incident, QStringLiteral("E-001"),
                      QStringLiteral("--json")});
        const QJsonArray chain =
            QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("custody")).toArray();
        QString zone;
        for (const QJsonValue &c : chain)
            if (c.toObject().value(QStringLiteral("action")).toString() == QLatin1String("transferred") &&
                c.toObject().value(QStringLiteral("to")).toString() == QLatin1String("bob"))
                zone = c.toObject().value(QStringLiteral("zone")).toString();
        QVERIFY2(zone.startsWith(QLatin1String("UTC-05")), qPrintable(show.out)); // a fixed-offset zone, not Etc/UTC
    }

    // Custody record edited, certificate replaced by a look-alike, manifest
    // rebuilt and signed with the look-alike key.
    void forgedPackage()
    {
        const QString pkg = copyOf(m_genuine);
        QVERIFY(!pkg.isEmpty());
        const QString custody = pkg + QStringLiteral("/custody/custody.json");
        QString text = readText(custody);
        QVERIFY(text.contains(QLatin1String("OFAC")));
        QVERIFY(writeText(custody, text.replace(QLatin1String("OFAC"), QLatin1String("Nobody")).toUtf8()));
        const QString fakeKey = f.path(QStringLiteral("lookalike-key.pem"));
        const QString fakeCert = f.path(QStringLiteral("lookalike-cert.pem"));
        QVERIFY2(f.keygen(fakeKey, fakeCert, QStringLiteral("Ada Moreau"), QStringLiteral("rsa3072")),
                 qPrintable(f.error));
        QVERIFY(QFile::remove(pkg + QStringLiteral("/examiner-cert.pem")));
        QVERIFY(QFile::copy(fakeCert, pkg + QStringLiteral("/examiner-cert.pem")));
        // MANIFEST.json names the look-alike as signer too.
        const QString json = pkg + QStringLiteral("/MANIFEST.json");
        QString j = readText(json);
        const QString realFp = m_paperwork.toLower().remove(QLatin1Char(':'));
        const QString fakeFp = fingerprintOf(fakeCert).toLower().remove(QLatin1Char(':'));
        QVERIFY(j.contains(realFp));
        QVERIFY(writeText(json, j.replace(realFp, fakeFp).toUtf8()));
        QVERIFY(rebuildManifest(pkg));
        QVERIFY(QFile::remove(pkg + QStringLiteral("/MANIFEST.sha256.p7s")));
        auto s = openssl(
            {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"), QStringLiteral("-outform"),
             QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("MANIFEST.sha256"), QStringLiteral("-signer"),
             fakeCert, QStringLiteral("-inkey"), fakeKey, QStringLiteral("-passin"),
             QStringLiteral("file:") + f.passFile, QStringLiteral("-out"), QStringLiteral("MANIFEST.sha256.p7s")},
            pkg);
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));

        // The forger's command from the old README: no longer VERIFIED.
        auto asReadme =
            verify(QStringLiteral("."), {QStringLiteral("--CAfile"), QStringLiteral("examiner-cert.pem")}, pkg);
        QVERIFY2(asReadme.exitCode != 0 && !saysVerified(asReadme.out), qPrintable(asReadme.out));
        auto none = verify(pkg);
        QVERIFY2(none.exitCode != 0 && !saysVerified(none.out), qPrintable(none.out));
        auto byPaperwork = verify(pkg, {QStringLiteral("--fingerprint"), QStringLiteral("SHA256:") + m_paperwork});
        QVERIFY2(byPaperwork.exitCode == 1 && byPaperwork.out.contains(QLatin1String("FAILED    MANIFEST.sha256.p7s")),
                 qPrintable(byPaperwork.out));
        auto byCert = verify(pkg, {QStringLiteral("--CAfile"), f.examinerCert});
        QVERIFY2(byCert.exitCode == 1, qPrintable(byCert.out));
        // The stock procedure refuses it: at the fingerprint, and at the signature with the examiner's own cert.
        QVERIFY(stockProcedure(pkg, m_paperwork, f.examinerCert).startsWith(QLatin1String("fingerprint")));
        QVERIFY(stockProcedure(pkg, {}, f.examinerCert).startsWith(QLatin1String("openssl cms -verify")));
    }

    // Signature deleted, a file edited, the manifest rebuilt.
    void strippedSignature()
    {
        const QString pkg = copyOf(m_genuine);
        QVERIFY(!pkg.isEmpty());
        QVERIFY(QFile::remove(pkg + QStringLiteral("/MANIFEST.sha256.p7s")));
        QFile readme(pkg + QStringLiteral("/README.txt"));
        QVERIFY(readme.open(QIODevice::Append));
        readme.write("Nothing to see here.\n");
        readme.close();
        QVERIFY(rebuildManifest(pkg));
        for (const QStringList &anchor : {QStringList{}, QStringList{QStringLiteral("--fingerprint"), m_paperwork},
                                          QStringList{QStringLiteral("--CAfile"), f.examinerCert}}) {
            auto v = verify(pkg, anchor);
            QVERIFY2(v.exitCode == 1, qPrintable(anchor.join(QLatin1Char(' ')) + QLatin1Char('\n') + v.out));
            QVERIFY2(!saysVerified(v.out), qPrintable(v.out));
            // MANIFEST.json names a signer: the missing signature is a failure whatever the anchor.
            QVERIFY2(v.out.contains(QLatin1String("MISSING   MANIFEST.sha256.p7s")) &&
                         v.out.contains(QLatin1String("names signer")),
                     qPrintable(v.out));
        }
        QVERIFY(stockProcedure(pkg, m_paperwork, f.examinerCert).startsWith(QLatin1String("openssl cms -verify")));
    }

    void directorySubstituted_data()
    {
        QTest::addColumn<QString>("listed");
        QTest::addColumn<bool>("tar");
        for (const bool tar : {false, true})
            for (const char *p : {"report/internal-report.pdf", "audit/audit-trail.json", "custody/custody.json",
                                  "README.txt", "examiner-cert.pem"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 in a %2")
                                   .arg(QLatin1String(p), tar ? QStringLiteral("tar") : QStringLiteral("folder"))))
                    << QString::fromLatin1(p) << tar;
    }

    // A listed file replaced by an empty folder, in a folder or in a tar.
    void directorySubstituted()
    {
        QFETCH(QString, listed);
        QFETCH(bool, tar);
        QString pkg = copyOf(m_genuine);
        QVERIFY(!pkg.isEmpty());
        QVERIFY(QFile::remove(pkg + QLatin1Char('/') + listed));
        QVERIFY(QDir().mkdir(pkg + QLatin1Char('/') + listed));
        if (tar) {
            const QString t = pkg + QStringLiteral(".tar");
            QCOMPARE(runProcess(QStringLiteral("tar"), {QStringLiteral("-cf"), t, QFileInfo(pkg).fileName()}, {}, {},
                                f.dir.path())
                         .exitCode,
                     0);
            pkg = t;
        } else {
            auto sums = runProcess(QStringLiteral("sha256sum"),
                                   {QStringLiteral("-c"), QStringLiteral("MANIFEST.sha256")}, {}, {}, pkg);
            QVERIFY(sums.exitCode != 0); // the stock tool reports it
        }
        auto v = verify(pkg, {QStringLiteral("--fingerprint"), m_paperwork});
        QVERIFY2(v.exitCode == 1, qPrintable(v.out));
        QVERIFY2(v.out.contains(QStringLiteral("FAILED    %1  is not a regular file").arg(listed)), qPrintable(v.out));
        QVERIFY2(!saysVerified(v.out), qPrintable(v.out));
    }

    // An examiner certificate from the organisation's CA (root -> issuing
    // CA -> examiner): verified with only the root as anchor, by archive
    // verify and by stock openssl, with an optional CRL.
    void organisationCertificate()
    {
        const QString out = f.path(QStringLiteral("org-package"));
        // The key is not encrypted: no passphrase source, no terminal, and it still signs.
        auto r =
            runCli(QStringList{QStringLiteral("--db"), f.db, QStringLiteral("archive"), QStringLiteral("export"),
                               f.incident, QStringLiteral("--out"), out, QStringLiteral("--recipient"),
                               QStringLiteral("OFAC, Lt. Martin"), QStringLiteral("--items"), QStringLiteral("E-002")} +
                       orgSignArgs(QStringLiteral("ada")),
                   {.env = {QStringLiteral("FIREBREAK_ACTOR=ada"), QStringLiteral("QT_QPA_PLATFORM=offscreen")},
                    .workDir = f.dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(QFileInfo(out + QStringLiteral("/examiner-chain.pem")).isFile());
        const QString root = m_ca + QStringLiteral("/root.pem");
        const QString crl = m_ca + QStringLiteral("/crl-clean.pem");
        auto v = verify(out, {QStringLiteral("--CAfile"), root});
        QVERIFY2(v.exitCode == 0 && v.out.contains(QLatin1String("VERIFIED")), qPrintable(v.out + v.err));
        auto withCrl = verify(out, {QStringLiteral("--CAfile"), root, QStringLiteral("--CRLfile"), crl});
        QVERIFY2(withCrl.exitCode == 0, qPrintable(withCrl.out + withCrl.err));
        const QString leafFp = fingerprintOf(m_ca + QStringLiteral("/ada.pem"));
        QCOMPARE(stockProcedure(out, leafFp, root), QString());
        QCOMPARE(stockProcedure(out, leafFp, root, crl), QString());
        QVERIFY2(readText(out + QStringLiteral("/README.txt")).contains(QLatin1String("Example SOC Root CA")),
                 "the README names the root to get from the organisation");

        // A revoked examiner certificate: its package fails with the CRL, in both.
        const QString rev = f.path(QStringLiteral("revoked-package"));
        auto rr = f.exportTo(rev, orgSignArgs(QStringLiteral("revoked")) +
                                      QStringList{QStringLiteral("--items"), QStringLiteral("E-002")});
        QVERIFY2(rr.exitCode == 0, qPrintable(rr.out + rr.err));
        QVERIFY(revokeAndPublish());
        const QString revokedCrl = m_ca + QStringLiteral("/crl-revoked.pem");
        auto vr = verify(rev, {QStringLiteral("--CAfile"), root, QStringLiteral("--CRLfile"), revokedCrl});
        QVERIFY2(vr.exitCode == 1 && vr.out.contains(QLatin1String("revoked")), qPrintable(vr.out));
        QVERIFY(stockProcedure(rev, {}, root, revokedCrl).contains(QLatin1String("revoked")));
        QCOMPARE(stockProcedure(out, leafFp, root, revokedCrl), QString()); // Ada's other certificate still holds
    }

    // A certificate not valid yet is refused before anything is written or recorded.
    void notYetValidCertificateIsRefused()
    {
        const int auditBefore =
            f.cli({QStringLiteral("audit"), QStringLiteral("log"), f.incident}).out.count(QLatin1Char('\n'));
        const QString out = f.path(QStringLiteral("future-package.tar"));
        auto r = f.exportTo(out, orgSignArgs(QStringLiteral("future")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not valid before")) && r.err.contains(QLatin1String("future.pem")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(
            QDir(f.dir.path()).entryList({QStringLiteral(".*incomplete*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
        QCOMPARE(f.cli({QStringLiteral("audit"), QStringLiteral("log"), f.incident}).out.count(QLatin1Char('\n')),
                 auditBefore);
    }

    // The SHA-256 of the container that leaves the building is printed and recorded.
    void containerHashIsRecorded()
    {
        const QString out = f.path(QStringLiteral("sent.tar.p7m"));
        auto r = f.exportTo(out, f.signArgs() + QStringList{QStringLiteral("--encrypt-to"), f.recipientCert,
                                                            QStringLiteral("--items"), QStringLiteral("E-002")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        auto sum = runProcess(QStringLiteral("sha256sum"), {out});
        const QString sha = sum.out.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(sha.size(), 64);
        QVERIFY2(r.out.contains(QStringLiteral("sent.tar.p7m SHA-256: ") + sha), qPrintable(r.out));
        QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{});
        auto custody = f.cli({QStringLiteral("evidence"), QStringLiteral("show"), f.incident, QStringLiteral("E-002")});
        QVERIFY2(custody.out.contains(sha), qPrintable(custody.out + custody.err));
        auto log = f.cli({QStringLiteral("audit"), QStringLiteral("log"), f.incident, QStringLiteral("--json")});
        QVERIFY2(log.out.contains(sha), qPrintable(log.err));
    }

    // Issue #21.12: once bob holds E-001, ada cannot hand it over: refused
    // before a byte is written, unless a reason is given, which the
    // recorded transfer keeps.
    void handoverFromNonHolderIsRefusedBeforeWriting()
    {
        // (With a reason: bob may already hold it from custodyAndAcquisitionFacts.)
        auto t = f.cli({QStringLiteral("evidence"), QStringLiteral("transfer"), f.incident, QStringLiteral("E-001"),
                        QStringLiteral("--from"), QStringLiteral("ada"), QStringLiteral("--to"), QStringLiteral("bob"),
                        QStringLiteral("--purpose"), QStringLiteral("analysis"), QStringLiteral("--override-reason"),
                        QStringLiteral("set-up of this test")});
        QVERIFY2(t.exitCode == 0, qPrintable(t.err));
        const QString out = f.path(QStringLiteral("not-yours.tar"));
        auto refused = f.exportTo(out, f.signArgs() + QStringList{QStringLiteral("--items"), QStringLiteral("E-001")});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("E-001 is held by \"bob\"")), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(out));
        auto kept = f.exportTo(out, f.signArgs() + QStringList{QStringLiteral("--items"), QStringLiteral("E-001"),
                                                               QStringLiteral("--override-reason"),
                                                               QStringLiteral("bob asked ada to send the copy")});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.out + kept.err));
        auto show = f.cli({QStringLiteral("evidence"), QStringLiteral("show"), f.incident, QStringLiteral("E-001"),
                           QStringLiteral("--json")});
        const QJsonArray chain =
            QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("custody")).toArray();
        QCOMPARE(chain.last().toObject().value(QStringLiteral("override_reason")).toString(),
                 QStringLiteral("bob asked ada to send the copy"));
        // A package is a copy: bob still holds the original.
        auto text = f.cli({QStringLiteral("evidence"), QStringLiteral("show"), f.incident, QStringLiteral("E-001")});
        QVERIFY2(text.out.contains(QLatin1String("Held by bob")), qPrintable(text.out));
    }
};

QTEST_GUILESS_MAIN(TestArchiveTrust)
#include "tst_archive_trust.moc"
