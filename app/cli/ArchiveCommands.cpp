// `firebreak-cli archive export|verify|keygen`: evidence handover packages
// for law enforcement, checked on the receiving side with stock tools or
// with `archive verify`. Runs under a QGuiApplication (offscreen) because
// export lays out the custody forms and the internal report.
#include "CliSupport.h"
#include "Passphrase.h"

#include "app/services/HandoverExport.h"
#include "forensics/archive/Cms.h"
#include "forensics/archive/ExaminerKey.h"
#include "forensics/archive/Handover.h"
#include "forensics/archive/Verify.h"
#include "forensics/imaging/ByteSize.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace firebreak::cli {

namespace {

QStringList listOption(const QCommandLineParser &p, const char *name)
{
    QStringList out;
    for (const QString &v : p.values(QLatin1String(name)))
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

Result<QByteArray> passphrase(const QCommandLineParser &p, const QString &what, bool confirm)
{
    return readPassphrase({p.value(QStringLiteral("passphrase-file")), "FIREBREAK_KEY_PASSPHRASE"}, what, confirm);
}

// A progress line on a terminal, a few times a second; nothing when piped.
class ProgressLine {
public:
    explicit ProgressLine(QString label) : m_label(std::move(label)), m_tty(isatty(STDERR_FILENO)) { m_timer.start(); }
    ByteProgress callback()
    {
        return [this](qint64 done, qint64 total) {
            if (!m_tty || m_timer.elapsed() - m_last < 250)
                return;
            m_last = m_timer.elapsed();
            const double secs = static_cast<double>(m_timer.elapsed()) / 1000.0;
            const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
            QString line = QStringLiteral("\r%1 %2").arg(m_label, formatBytes(done));
            if (total > 0)
                line += QStringLiteral(" / %1 (%2%)")
                            .arg(formatBytes(total))
                            .arg(100.0 * static_cast<double>(done) / static_cast<double>(total), 0, 'f', 1);
            line += QStringLiteral("  %1 MB/s   ").arg(rate / 1e6, 0, 'f', 1);
            std::fprintf(stderr, "%s", line.toLocal8Bit().constData());
            std::fflush(stderr);
            m_dirty = true;
        };
    }
    ~ProgressLine()
    {
        if (m_dirty)
            std::fprintf(stderr, "\n");
    }

private:
    QString m_label;
    bool m_tty;
    QElapsedTimer m_timer;
    qint64 m_last = -1000;
    bool m_dirty = false;
};

int archiveExport(Context &ctx, const QCommandLineParser &p)
{
    using namespace archive;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !isIncidentId(pos.first()))
        return ctx.usage(QStringLiteral("expected one incident id (e.g. INC-2026-0001); see --help"));
    const QString out = p.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--out PATH is required (a folder, or a .tar / .tar.p7m file)"));
    const bool encrypt = p.isSet(QStringLiteral("encrypt-to"));
    QString format = p.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = encrypt || out.endsWith(QLatin1String(".tar")) || out.endsWith(QLatin1String(".p7m"))
                     ? QStringLiteral("tar")
                     : QStringLiteral("dir");
    if (format != QLatin1String("dir") && format != QLatin1String("tar"))
        return ctx.usage(QStringLiteral("--format must be dir or tar, not '%1'").arg(format));
    if (encrypt && format != QLatin1String("tar"))
        return ctx.usage(QStringLiteral("--encrypt-to needs --format tar (one file is encrypted)"));
    if (p.isSet(QStringLiteral("sign-key")) != p.isSet(QStringLiteral("sign-cert")))
        return ctx.usage(QStringLiteral("--sign-key and --sign-cert go together"));
    if (!p.isSet(QStringLiteral("recipient")))
        return ctx.usage(QStringLiteral("--recipient \"agency, officer, reference\" is required"));

    CaseStore *store = ctx.store();
    if (!store)
        return Failed;

    if (p.isSet(QStringLiteral("sign-chain")) && !p.isSet(QStringLiteral("sign-key")))
        return ctx.usage(QStringLiteral("--sign-chain goes with --sign-key and --sign-cert"));
    std::optional<SigningIdentity> signer;
    if (p.isSet(QStringLiteral("sign-key"))) {
        const QString key = p.value(QStringLiteral("sign-key"));
        QByteArray pass;
        if (keyNeedsPassphrase(key)) {
            auto given = passphrase(p, QStringLiteral("signing key %1").arg(key), false);
            if (!given)
                return ctx.fail(given.error());
            pass = *given;
        }
        auto id = SigningIdentity::load(key, p.value(QStringLiteral("sign-cert")), pass,
                                        p.value(QStringLiteral("sign-chain")));
        if (!id)
            return ctx.fail(id.error());
        signer.emplace(std::move(id).value());
    }

    HandoverRequest req;
    req.incidentId = pos.first();
    req.items = listOption(p, "items");
    req.hashOnly = listOption(p, "hash-only");
    req.recipient = p.value(QStringLiteral("recipient"));
    if (p.isSet(QStringLiteral("purpose")))
        req.purpose = p.value(QStringLiteral("purpose"));
    req.method = p.value(QStringLiteral("method"));
    req.examiner = ctx.actor();
    req.overrideReason = p.value(QStringLiteral("override-reason"));
    auto handover = services::HandoverExport::prepare(*store, req);
    if (!handover)
        return ctx.fail(handover.error());

    ExportOptions o;
    o.outPath = out;
    o.format = format == QLatin1String("tar") ? ContainerFormat::Tar : ContainerFormat::Directory;
    o.signer = signer ? &*signer : nullptr;
    o.encryptTo = p.value(QStringLiteral("encrypt-to"));
    CancelToken cancel;
    StopGuard guard(&cancel);
    Result<services::HandoverOutcome> outcome = [&] {
        ProgressLine line(QStringLiteral("packing"));
        return handover->run(*store, o, line.callback(), cancel);
    }();
    if (!outcome)
        return ctx.fail(outcome.error());
    const ExportResult &r = outcome->result;
    const archive::PackagePlan &plan = handover->plan();

    QStringList shipped, hashOnly;
    for (const ManifestItem &i : plan.items)
        (i.shipped ? shipped : hashOnly) << i.evidenceNumber;
    QTextStream &os = ctx.out();
    os << "package: " << r.path << " (" << (o.format == ContainerFormat::Tar ? "tar" : "folder")
       << (r.isSigned ? ", signed" : ", NOT signed")
       << (r.encrypted ? QStringLiteral(", encrypted to ") + r.recipientSubject : QString()) << ")" << Qt::endl;
    os << "items: " << (shipped.isEmpty() ? QStringLiteral("none") : shipped.join(QStringLiteral(", ")))
       << (hashOnly.isEmpty() ? QString()
                              : QStringLiteral("; hash records only: ") + hashOnly.join(QStringLiteral(", ")))
       << Qt::endl;
    const double rate = r.seconds > 0 ? static_cast<double>(r.payloadBytes) / r.seconds / 1e6 : 0;
    os << "files: " << r.files.size() << ", " << formatBytes(r.payloadBytes) << " in "
       << QString::number(r.seconds, 'f', 1) << " s (" << QString::number(rate, 'f', 1) << " MB/s)" << Qt::endl;
    if (r.isSigned)
        os << "signed by: " << r.signerSubject << Qt::endl
           << "certificate SHA-256: " << r.signerFingerprint << Qt::endl;
    os << "manifest SHA-256: " << r.manifestSha256 << Qt::endl;
    if (!r.containerSha256.isEmpty())
        os << QFileInfo(r.path).fileName() << " SHA-256: " << r.containerSha256 << Qt::endl;
    os << "the recipient runs:" << Qt::endl;
    for (const QString &c : r.recipientCommands)
        os << "  " << c << Qt::endl;
    if (!outcome->recordError.isEmpty())
        return ctx.fail(Error::failed(outcome->recordError));
    os << "recorded: custody 'transferred' to " << req.recipient << " for "
       << (shipped.isEmpty() ? QStringLiteral("no item") : shipped.join(QStringLiteral(", ")))
       << "; audit entry archive.export" << Qt::endl;
    return Ok;
}

int archiveVerify(Context &ctx, const QCommandLineParser &p)
{
    using namespace archive;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1)
        return ctx.usage(QStringLiteral("expected one package (folder, .tar or .tar.p7m); see --help"));
    VerifyOptions o;
    o.caFile = p.value(QStringLiteral("CAfile"));
    o.crlFile = p.value(QStringLiteral("CRLfile"));
    if (p.isSet(QStringLiteral("fingerprint"))) {
        o.fingerprint = normalizeFingerprint(p.value(QStringLiteral("fingerprint")));
        if (o.fingerprint.isEmpty())
            return ctx.usage(QStringLiteral("--fingerprint '%1' is not a SHA-256 fingerprint (SHA256:AB:CD:... with "
                                            "32 pairs, as on the custody paperwork)")
                                 .arg(p.value(QStringLiteral("fingerprint"))));
    }
    o.decryptKey = p.value(QStringLiteral("decrypt-key"));
    o.decryptCert = p.value(QStringLiteral("decrypt-cert"));
    o.workDir = p.value(QStringLiteral("work-dir"));
    if (o.decryptKey.isEmpty() != o.decryptCert.isEmpty())
        return ctx.usage(QStringLiteral("--decrypt-key and --decrypt-cert go together"));
    if (!o.decryptKey.isEmpty() && looksEnveloped(pos.first()) && keyNeedsPassphrase(o.decryptKey)) {
        auto pass = passphrase(p, QStringLiteral("decryption key %1").arg(o.decryptKey), false);
        if (!pass)
            return ctx.fail(pass.error());
        o.passphrase = *pass;
    }
    CancelToken cancel;
    StopGuard guard(&cancel);
    Result<PackageVerdict> v = [&] {
        ProgressLine line(QStringLiteral("checking"));
        return verifyPackage(pos.first(), o, line.callback(), cancel);
    }();
    if (!v)
        return ctx.fail(v.error());
    QTextStream &os = ctx.out();
    for (const FileVerdict &l : v->lines)
        os << QStringLiteral("%1 %2  %3").arg(verdictLabel(l.state), -9).arg(l.subject, l.detail) << Qt::endl;
    os << "manifest SHA-256: " << (v->manifestSha256.isEmpty() ? QStringLiteral("-") : v->manifestSha256) << Qt::endl;
    if (v->verified())
        os << "VERIFIED: " << v->files << " file(s), " << formatBytes(v->bytes) << ", signed by " << v->signerSubject
           << ", trusted through " << v->anchor << Qt::endl;
    else if (v->ok())
        // Intact against its own manifest, but nothing from outside the
        // package says who made it: a forger's package looks the same.
        os << "NOT VERIFIED: the files match the package's own manifest, but "
           << (v->signed_ ? QStringLiteral("the signer was not checked against an anchor from outside the package; "
                                           "give --fingerprint SHA256:... (from the custody paperwork) or --CAfile "
                                           "(the organisation's root)")
                          : QStringLiteral("the package is not signed: it shows damage, not tampering"))
           << Qt::endl;
    else
        os << "FAILED: " << v->problems() << " problem(s) in " << v->path << Qt::endl;
    return v->verified() ? Ok : Failed;
}

int archiveKeygen(Context &ctx, const QCommandLineParser &p)
{
    using namespace archive;
    const QString key = p.value(QStringLiteral("key")), cert = p.value(QStringLiteral("cert"));
    if (key.isEmpty() || cert.isEmpty())
        return ctx.usage(QStringLiteral("--key K.pem and --cert C.pem are required"));
    if (!p.isSet(QStringLiteral("name")))
        return ctx.usage(QStringLiteral("--name \"Examiner Name\" is required (the certificate's CN)"));
    ExaminerIdentity who;
    who.name = p.value(QStringLiteral("name"));
    who.organisation = p.value(QStringLiteral("org"));
    who.email = p.value(QStringLiteral("email"));
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        who.days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            return ctx.usage(QStringLiteral("--days must be a number, not '%1'").arg(p.value(QStringLiteral("days"))));
    }
    const QString alg =
        p.isSet(QStringLiteral("algorithm")) ? p.value(QStringLiteral("algorithm")) : QStringLiteral("rsa3072");
    if (alg != QLatin1String("rsa3072") && alg != QLatin1String("p256"))
        return ctx.usage(QStringLiteral("--algorithm must be rsa3072 or p256, not '%1'").arg(alg));
    for (const QString &f : {key, cert})
        if (QFileInfo::exists(f))
            return ctx.fail(
                Error{Error::Kind::Conflict, QStringLiteral("%1 already exists; it is not overwritten").arg(f)});
    auto pass = passphrase(p, QStringLiteral("new key %1").arg(key), true);
    if (!pass)
        return ctx.fail(pass.error());
    auto info = generateExaminerKey(who, alg == QLatin1String("p256") ? KeyAlgorithm::EcP256 : KeyAlgorithm::Rsa3072,
                                    *pass, key, cert);
    if (!info)
        return ctx.fail(info.error());
    ctx.out() << "key:         " << key << " (PKCS#8, AES-256, passphrase-protected)" << Qt::endl;
    ctx.out() << "certificate: " << cert << Qt::endl;
    ctx.out() << "subject:     " << info->subject << Qt::endl;
    ctx.out() << "valid:       " << toIsoUtc(info->notBefore) << " to " << toIsoUtc(info->notAfter) << Qt::endl;
    ctx.out() << "sha256 Fingerprint=" << colonFingerprint(info->fingerprint) << Qt::endl;
    ctx.out() << "Give this fingerprint to recipients by another channel (phone, letter)." << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> archiveCommands()
{
    const QCommandLineOption passFile = opt("passphrase-file",
                                            "Read the key's passphrase from the first line of FILE "
                                            "(else $FIREBREAK_KEY_PASSPHRASE, else a prompt).",
                                            "FILE");
    return {
        // The package carries custody forms and the internal report as PDF.
        exports(rendersDocuments(
            {{QStringLiteral("archive"), QStringLiteral("export")},
             QStringLiteral("ID --out PATH --recipient \"agency, officer, reference\" [--items E-001,E-002] "
                            "[--hash-only E-003] [--format dir|tar] [--sign-key KEY.pem --sign-cert CERT.pem] "
                            "[--passphrase-file F] [--encrypt-to RECIPIENT.pem] [--purpose P] [--method M]"),
             QStringLiteral(
                 "Pack evidence for handover: manifest, CMS signature, optional encryption; records the transfer."),
             [passFile](QCommandLineParser &p) {
                 p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
                 p.addOption(
                     opt("out", "Package to create: a folder, or FILE.tar / FILE.tar.p7m (never replaced).", "PATH"));
                 p.addOption(opt("items", "Evidence numbers to ship (default: every item not --hash-only).", "LIST"));
                 p.addOption(
                     opt("hash-only", "Items whose data travels on separate media: hashes and logs only.", "LIST"));
                 p.addOption(
                     opt("format", "dir or tar (default: tar when encrypting or PATH ends in .tar).", "FORMAT"));
                 p.addOption(
                     opt("sign-key", "Examiner's private key (PEM; asks for a passphrase only if encrypted).", "KEY"));
                 p.addOption(opt("sign-cert", "Examiner's certificate (PEM).", "CERT"));
                 p.addOption(opt("sign-chain",
                                 "Certificates of the CA that issued --sign-cert (PEM: intermediates, then root); "
                                 "carried in the signature and as examiner-chain.pem.",
                                 "PEM"));
                 p.addOption(passFile);
                 p.addOption(opt("encrypt-to", "Encrypt the tar (CMS, AES-256) to this recipient certificate.", "PEM"));
                 p.addOption(opt("recipient", "Who receives it: agency, officer, reference.", "TEXT"));
                 p.addOption(opt("purpose", "Purpose of the transfer (default: handover to law enforcement).", "TEXT"));
                 p.addOption(opt("method", "How it is handed over (in person, courier + shipping number).", "TEXT"));
                 p.addOption(opt("override-reason",
                                 "Hand over although you do not hold an item by its chain of custody, and why.",
                                 "TEXT"));
             },
             archiveExport})),
        {{QStringLiteral("archive"), QStringLiteral("verify")},
         QStringLiteral("PATH --fingerprint SHA256:... | --CAfile ROOT.pem [--CRLfile CRL.pem] "
                        "[--decrypt-key K --decrypt-cert C] [--passphrase-file F]"),
         QStringLiteral("Check a handover package file by file against an anchor from outside it; exit 0 only if "
                        "everything holds."),
         [passFile](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Package folder, .tar or .tar.p7m."));
             p.addOption(opt("fingerprint",
                             "SHA-256 fingerprint of the examiner's certificate, as written on the custody paperwork.",
                             "SHA256:..."));
             p.addOption(opt("CAfile",
                             "Trust anchor from outside the package: the organisation's root, or the examiner's "
                             "certificate obtained separately.",
                             "PEM"));
             p.addOption(opt("CRLfile", "Revocation list of the CA that issued the examiner's certificate.", "PEM"));
             p.addOption(opt("decrypt-key", "Recipient's private key, for an encrypted package.", "KEY"));
             p.addOption(opt("decrypt-cert", "Recipient's certificate, for an encrypted package.", "CERT"));
             p.addOption(passFile);
             p.addOption(opt("work-dir", "Where a tar is unpacked for checking (default: the temp folder).", "DIR"));
         },
         archiveVerify},
        {{QStringLiteral("archive"), QStringLiteral("keygen")},
         QStringLiteral("--key K.pem --cert C.pem --name NAME [--org O] [--email E] [--days D] "
                        "[--algorithm rsa3072|p256] [--passphrase-file F]"),
         QStringLiteral("Create an examiner signing key (passphrase-protected) and a self-signed certificate."),
         [passFile](QCommandLineParser &p) {
             p.addOption(opt("key", "Private key to write (PKCS#8 PEM, AES-256 encrypted, mode 0600).", "KEY"));
             p.addOption(opt("cert", "Self-signed certificate to write (PEM).", "CERT"));
             p.addOption(opt("name", "Examiner's name (CN).", "NAME"));
             p.addOption(opt("org", "Organisation (O).", "ORG"));
             p.addOption(opt("email", "E-mail address.", "EMAIL"));
             p.addOption(opt("days", "Validity in days (default 730).", "DAYS"));
             p.addOption(opt("algorithm", "rsa3072 (default) or p256.", "ALG"));
             p.addOption(passFile);
         },
         archiveKeygen},
    };
}

} // namespace firebreak::cli
