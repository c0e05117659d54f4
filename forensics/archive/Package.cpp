#include "Package.h"

#include "Cms.h"
#include "TarContainer.h"
#include "forensics/hash/Digest.h"
#include "model/Clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace firebreak::archive {

namespace {

constexpr qint64 kBlock = 1 << 20;

// Package files are evidence: readable by their owner only, whatever the
// umask (0600 files, 0700 folders), like the case file.
bool ownerOnly(QFile &f)
{
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Status makeFolders(const QString &root, const QString &relative)
{
    QString at = root;
    for (const QString &part : relative.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        at += QLatin1Char('/') + part;
        if (QFileInfo(at).isDir())
            continue;
        if (::mkdir(QFile::encodeName(at).constData(), 0700) != 0)
            return Error::failed(
                QStringLiteral("cannot create folder %1: %2").arg(at, QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

// Where package files go: a folder being filled, or a tar stream.
class Output {
public:
    virtual ~Output() = default;
    virtual Status begin(const QString &path, qint64 size) = 0;
    virtual Status write(const char *data, qint64 size) = 0;
    virtual Status end() = 0;
    virtual Status finish() = 0;
};

class DirOutput : public Output {
public:
    explicit DirOutput(QString root) : m_root(std::move(root)) {}
    Status begin(const QString &path, qint64) override
    {
        const QString target = m_root + QLatin1Char('/') + path;
        if (Status s = makeFolders(m_root, QFileInfo(path).path()); !s)
            return s;
        m_file.setFileName(target);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !ownerOnly(m_file))
            return Error::failed(QStringLiteral("cannot create %1: %2").arg(target, m_file.errorString()));
        return {};
    }
    Status write(const char *data, qint64 size) override
    {
        if (m_file.write(data, size) != size)
            return Error::failed(QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }
    Status end() override
    {
        // On disk before the rename makes the package look complete.
        const bool ok = m_file.flush() && ::fsync(m_file.handle()) == 0;
        m_file.close();
        if (!ok || m_file.error() != QFileDevice::NoError)
            return Error::failed(QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return {};
    }
    Status finish() override { return {}; }

private:
    QString m_root;
    QFile m_file;
};

class TarOutput : public Output {
public:
    static Result<std::unique_ptr<TarOutput>> create(const QString &tmpPath, const QString &top,
                                                     const QString &encryptTo, const QDateTime &mtime)
    {
        std::unique_ptr<TarOutput> o(new TarOutput);
        o->m_top = top;
        o->m_mtime = mtime;
        if (!encryptTo.isEmpty()) {
            auto enc = CmsEncryptor::create(encryptTo, tmpPath);
            if (!enc)
                return enc.error();
            o->m_encryptor = std::move(enc).value();
        } else {
            o->m_file.setFileName(tmpPath);
            if (!o->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !ownerOnly(o->m_file))
                return Error::failed(QStringLiteral("cannot create %1: %2").arg(tmpPath, o->m_file.errorString()));
        }
        TarOutput *self = o.get();
        auto tar = TarWriter::open(
            [self](const char *data, qint64 size) -> Status {
                if (self->m_encryptor)
                    return self->m_encryptor->write(data, size);
                if (self->m_file.write(data, size) != size)
                    return Error::failed(
                        QStringLiteral("cannot write %1: %2").arg(self->m_file.fileName(), self->m_file.errorString()));
                return {};
            },
            tmpPath);
        if (!tar)
            return tar.error();
        o->m_tar = std::move(tar).value();
        return o;
    }
    Status begin(const QString &path, qint64 size) override
    {
        return m_tar->beginFile(m_top + QLatin1Char('/') + path, size, m_mtime);
    }
    Status write(const char *data, qint64 size) override { return m_tar->writeData(data, size); }
    Status end() override { return {}; }
    Status finish() override
    {
        if (Status s = m_tar->close(); !s)
            return s;
        if (m_encryptor)
            return m_encryptor->finish();
        if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
            return Error::failed(QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_file.close();
        return {};
    }

private:
    TarOutput() = default;
    QString m_top;
    QDateTime m_mtime;
    QFile m_file;
    std::unique_ptr<CmsEncryptor> m_encryptor;
    std::unique_ptr<TarWriter> m_tar; // destroyed first: its sink points at the members above
};

// Copies one file into the output while computing its three hashes.
class Copier {
public:
    Copier(Output &out, const ByteProgress &progress, const CancelToken &cancel, qint64 total)
        : m_out(out), m_progress(progress), m_cancel(cancel), m_total(total), m_buf(kBlock, Qt::Uninitialized)
    {
    }

    Result<ManifestEntry> copy(const PackageFile &f)
    {
        ManifestEntry e{f.path, 0, {}, {}, {}, f.role, f.evidenceNumber};
        Digest md5(HashAlgorithm::Md5), sha1(HashAlgorithm::Sha1), sha256(HashAlgorithm::Sha256);
        auto feed = [&](const char *data, qint64 n) -> Status {
            md5.update(data, static_cast<std::size_t>(n));
            sha1.update(data, static_cast<std::size_t>(n));
            sha256.update(data, static_cast<std::size_t>(n));
            e.size += n;
            return m_out.write(data, n);
        };
        if (f.sourcePath.isEmpty()) {
            if (Status s = m_out.begin(f.path, f.bytes.size()); !s)
                return s.error();
            if (Status s = feed(f.bytes.constData(), f.bytes.size()); !s)
                return s.error();
        } else {
            QFile in(f.sourcePath);
            if (!in.open(QIODevice::ReadOnly))
                return Error::failed(QStringLiteral("cannot read %1 (%2 of %3): %4")
                                         .arg(f.sourcePath, f.role, f.evidenceNumber, in.errorString()));
            const qint64 size = in.size();
            if (Status s = m_out.begin(f.path, size); !s)
                return s.error();
            while (e.size < size) {
                if (m_cancel.stopRequested())
                    return Error::failed(QStringLiteral("export cancelled"));
                const qint64 n = in.read(m_buf.data(), std::min(kBlock, size - e.size));
                if (n <= 0)
                    return Error::failed(QStringLiteral("cannot read %1 at byte %2: %3")
                                             .arg(f.sourcePath)
                                             .arg(e.size)
                                             .arg(n < 0 ? in.errorString() : QStringLiteral("file got shorter")));
                if (Status s = feed(m_buf.constData(), n); !s)
                    return s.error();
                m_done += n;
                if (m_progress)
                    m_progress(m_done, m_total);
            }
            if (!in.atEnd() && in.read(1).size() == 1)
                return Error::failed(
                    QStringLiteral("%1 grew while it was being packed; evidence must not change").arg(f.sourcePath));
        }
        if (Status s = m_out.end(); !s)
            return s.error();
        e.md5 = md5.finishHex();
        e.sha1 = sha1.finishHex();
        e.sha256 = sha256.finishHex();
        return e;
    }

private:
    Output &m_out;
    const ByteProgress &m_progress;
    const CancelToken &m_cancel;
    qint64 m_total = 0, m_done = 0;
    QByteArray m_buf;
};

QByteArray readme(const PackagePlan &plan, const ExportOptions &o, const QString &name, const QStringList &commands)
{
    const ManifestHeader &h = plan.header;
    QString t;
    t += QStringLiteral("EVIDENCE HANDOVER PACKAGE %1\n").arg(name);
    t += QStringLiteral("==========================%1\n\n").arg(QString(name.size(), QLatin1Char('=')));
    t += QStringLiteral("Incident:    %1\nCreated:     %2 (UTC)\nCreated by:  %3\nRecipient:   %4\nPurpose:     %5\n")
             .arg(h.incidentId, toIsoUtc(h.createdAt), h.createdBy, h.recipient, h.purpose);
    if (!h.method.isEmpty())
        t += QStringLiteral("Method:      %1\n").arg(h.method);
    t += QStringLiteral("\nEvidence items:\n");
    for (const ManifestItem &i : plan.items)
        t += QStringLiteral("  %1  %2  %3 bytes  SHA-256 %4%5\n")
                 .arg(i.evidenceNumber, i.format, QString::number(i.sizeBytes), i.sha256,
                      i.shipped ? QString() : QStringLiteral("  (NOT IN THIS PACKAGE: on separate media)"));
    t += QStringLiteral("\nWHAT IS HERE\n"
                        "  MANIFEST.sha256       SHA-256 of every file below, in the format of sha256sum\n"
                        "  MANIFEST.sha256.p7s   detached CMS (PKCS#7) signature of MANIFEST.sha256 (DER)\n"
                        "  MANIFEST.json         sizes, MD5, SHA-1, SHA-256 and evidence number of every file;\n"
                        "                        per item, the acquisition hashes over all its segments in order\n"
                        "  examiner-cert.pem     the examiner's certificate (also carried in the signature)\n"
                        "  evidence/E-NNN/       the image segments or files of each item and its acquisition log\n"
                        "  custody/              chain-of-custody record (JSON) and form (PDF)\n"
                        "  report/               the internal incident report (PDF)\n"
                        "  audit/                extract of the tamper-evident audit trail with its chain head\n");
    t += QStringLiteral("\nHOW TO VERIFY (stock tools: OpenSSL, GNU coreutils, tar)\n");
    for (const QString &c : commands)
        t += QStringLiteral("  %1\n").arg(c);
    if (o.signer) {
        t += QStringLiteral(
            "\nWHAT YOU MUST CHECK\n"
            "  1. The fingerprint. \"openssl x509 ... -fingerprint\" prints the SHA-256 fingerprint of the\n"
            "     certificate in this package. Compare it with the fingerprint written on the custody paperwork\n"
            "     (or given to you by the examiner by phone or letter), NEVER with anything in this package:\n"
            "     whoever could alter the package could alter this file too. If they differ, stop.\n");
        if (o.signer->selfSigned())
            t += QStringLiteral(
                "  2. The signature. With the certificate's fingerprint confirmed, \"openssl cms -verify\" must print\n"
                "     \"Verification successful\": MANIFEST.sha256 is exactly what that certificate's holder signed.\n"
                "     A missing MANIFEST.sha256.p7s is a failure (MANIFEST.json names the signer).\n");
        else
            t += QStringLiteral(
                     "  2. The signature. The examiner's certificate was issued by an organisation CA; the signature\n"
                     "     carries the issuing CA certificates (also in %1). Use YOUR OWN copy of the\n"
                     "     organisation's root certificate, obtained from the organisation, as %2:\n"
                     "       root: %3\n"
                     "     \"openssl cms -verify\" must print \"Verification successful\".\n")
                     .arg(kChainName, kOrgRootPlaceholder, o.signer->anchorSubject());
        t += QStringLiteral(
            "     To check revocation with the issuing CA's current CRL, put your anchor and the CRL in one file\n"
            "     (cat ANCHOR.pem CRL.pem > anchor-and-crl.pem), give that file as -CAfile and add -crl_check.\n"
            "  3. The files. \"sha256sum -c\" must print OK for every line; files not listed are not the examiner's.\n"
            "\nWHAT THE SIGNATURE PROVES: the holder of the examiner's key approved MANIFEST.sha256, hence every\n"
            "listed file, byte for byte, at signing. It does NOT prove when (the signing time is the signer's own\n"
            "clock), that the key was not stolen, or that the evidence was acquired correctly: that is what the\n"
            "acquisition logs, the custody record and the paperwork are for.\n");
    } else {
        t += QStringLiteral("\nThis package is NOT signed: the manifest shows accidental damage, not tampering.\n");
    }
    t += QStringLiteral(
             "\nsha256sum -c must print OK for every line. For images, MANIFEST.json also lists the hashes taken at\n"
             "acquisition: concatenating an image's segments in order (cat E-001.raw.001 E-001.raw.002 ... | "
             "sha256sum)\n"
             "must give the acquisition SHA-256; ewfverify checks E01 sets. Firebreak users can run\n"
             "  firebreak-cli archive verify <package> %1\n")
             .arg(!o.signer || o.signer->selfSigned()
                      ? QStringLiteral("--fingerprint SHA256:<the fingerprint on the custody paperwork>")
                      : QStringLiteral("--CAfile %1 [--CRLfile CRL.pem]").arg(kOrgRootPlaceholder));
    if (!plan.readmeNotes.isEmpty())
        t += QLatin1Char('\n') + plan.readmeNotes + QLatin1Char('\n');
    return t.toUtf8();
}

Result<QString> fileSha256(const QString &path, const CancelToken &cancel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read back %1: %2").arg(path, f.errorString()));
    Digest d(HashAlgorithm::Sha256);
    QByteArray buf(kBlock, Qt::Uninitialized);
    for (;;) {
        if (cancel.stopRequested())
            return Error::failed(QStringLiteral("export cancelled"));
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return Error::failed(QStringLiteral("cannot read back %1: %2").arg(path, f.errorString()));
        if (n == 0)
            return d.finishHex();
        d.update(buf.constData(), static_cast<std::size_t>(n));
    }
}

Status renameNoReplace(const QString &from, const QString &to)
{
    if (::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD, QFile::encodeName(to).constData(),
                    RENAME_NOREPLACE) != 0)
        return Error::failed(QStringLiteral("cannot move the finished package to %1: %2")
                                 .arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

} // namespace

QString packageNameFor(const QString &outPath)
{
    QString name = QFileInfo(QDir::cleanPath(outPath)).fileName();
    for (const char *ext : {".tar.p7m", ".p7m", ".tar"})
        if (name.endsWith(QLatin1String(ext)))
            name.chop(static_cast<qsizetype>(qstrlen(ext)));
    return safeComponent(name);
}

QStringList recipientCommands(const QString &packageName, bool isTar, bool isSigned, bool encrypted,
                              const QString &fileName, bool selfSigned)
{
    QStringList c;
    if (encrypted)
        c << QStringLiteral("openssl cms -decrypt -binary -inform DER -in %1 -inkey YOUR-KEY.pem -recip YOUR-CERT.pem "
                            "-out %2.tar")
                 .arg(fileName, packageName);
    if (isTar)
        c << QStringLiteral("tar -xf %1").arg(encrypted ? packageName + QStringLiteral(".tar") : fileName);
    c << QStringLiteral("cd %1").arg(packageName);
    if (isSigned) {
        c << QStringLiteral("openssl x509 -in examiner-cert.pem -noout -subject -fingerprint -sha256   # compare with "
                            "the custody paperwork");
        c << QStringLiteral("openssl cms -verify -binary -inform DER -in MANIFEST.sha256.p7s -content MANIFEST.sha256 "
                            "-CAfile %1 -out /dev/null")
                 .arg(selfSigned ? QStringLiteral("examiner-cert.pem") : QString(kOrgRootPlaceholder));
    }
    c << QStringLiteral("sha256sum -c MANIFEST.sha256");
    return c;
}

Result<ExportResult> exportPackage(const PackagePlan &plan, const ExportOptions &o, const ByteProgress &progress,
                                   const CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QString outPath = QDir::cleanPath(QFileInfo(o.outPath).absoluteFilePath());
    if (o.outPath.trimmed().isEmpty())
        return Error::usage(QStringLiteral("no output path given for the package"));
    if (QFileInfo::exists(outPath))
        return Error{Error::Kind::Conflict,
                     QStringLiteral("%1 already exists; a package never replaces anything").arg(outPath)};
    const QFileInfo parent(QFileInfo(outPath).absolutePath());
    if (!parent.isDir() || !parent.isWritable())
        return Error::failed(QStringLiteral("cannot write into folder %1").arg(parent.absoluteFilePath()));
    if (!o.encryptTo.isEmpty() && o.format != ContainerFormat::Tar)
        return Error::usage(QStringLiteral("encryption needs the tar format (one file to encrypt)"));

    ExportResult r;
    r.packageName = packageNameFor(outPath);
    r.isSigned = o.signer != nullptr;
    r.encrypted = !o.encryptTo.isEmpty();
    if (r.encrypted) {
        auto rc = readCertificate(o.encryptTo);
        if (!rc)
            return rc.error();
        r.recipientSubject = rc->subject;
    }
    if (o.signer) {
        r.signerSubject = o.signer->info().subject;
        r.signerFingerprint = o.signer->info().fingerprint;
    }
    r.recipientCommands = recipientCommands(r.packageName, o.format == ContainerFormat::Tar, r.isSigned, r.encrypted,
                                            QFileInfo(outPath).fileName(), !o.signer || o.signer->selfSigned());

    // Names are checked before anything is written.
    QStringList seen;
    for (const PackageFile &f : plan.files) {
        if (f.path != safePackagePath(f.path) || !isContainedPath(f.path))
            return Error::usage(QStringLiteral("package path \"%1\" is not a safe relative name").arg(f.path));
        if (seen.contains(f.path))
            return Error::usage(QStringLiteral("package path \"%1\" is used twice").arg(f.path));
        seen << f.path;
    }
    qint64 total = 0;
    for (const PackageFile &f : plan.files)
        total += f.sourcePath.isEmpty() ? f.bytes.size() : QFileInfo(f.sourcePath).size();

    // A hidden temporary next to the target: same file system, so the final
    // rename is atomic; its name says it is not a package.
    const QString tmp = parent.absoluteFilePath() +
                        QStringLiteral("/.%1.incomplete-%2")
                            .arg(QFileInfo(outPath).fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8));
    auto discard = [&]() {
        if (QFileInfo(tmp).isDir())
            QDir(tmp).removeRecursively();
        else
            QFile::remove(tmp);
    };

    std::unique_ptr<Output> out;
    if (o.format == ContainerFormat::Directory) {
        if (::mkdir(QFile::encodeName(tmp).constData(), 0700) != 0)
            return Error::failed(
                QStringLiteral("cannot create folder %1: %2").arg(tmp, QString::fromLocal8Bit(std::strerror(errno))));
        out = std::make_unique<DirOutput>(tmp);
    } else {
        auto t = TarOutput::create(tmp, r.packageName, o.encryptTo, plan.header.createdAt);
        if (!t) {
            discard();
            return t.error();
        }
        out = std::move(t).value();
    }

    auto body = [&]() -> Status {
        Copier copier(*out, progress, cancel, total);
        for (const PackageFile &f : plan.files) {
            auto e = copier.copy(f);
            if (!e)
                return e.error();
            r.payloadBytes += e->size;
            r.files << *e;
        }
        QList<PackageFile> tail;
        if (o.signer)
            tail << PackageFile{
                QString(kCertificateName), {}, o.signer->certificatePem(), QStringLiteral("certificate"), {}};
        if (o.signer && !o.signer->chainPem().isEmpty())
            tail << PackageFile{QString(kChainName), {}, o.signer->chainPem(), QStringLiteral("certificate"), {}};
        tail << PackageFile{QString(kReadmeName),
                            {},
                            readme(plan, o, r.packageName, r.recipientCommands),
                            QStringLiteral("readme"),
                            {}};
        ManifestHeader header = plan.header;
        header.packageName = r.packageName;
        header.signerSubject = r.signerSubject;
        header.signerFingerprint = r.signerFingerprint;
        for (const PackageFile &f : tail) {
            auto e = copier.copy(f);
            if (!e)
                return e.error();
            r.files << *e;
        }
        QList<ManifestEntry> all = r.files;
        auto json = copier.copy(PackageFile{
            QString(kJsonManifestName), {}, jsonManifest(header, all, plan.items), QStringLiteral("manifest"), {}});
        if (!json)
            return json.error();
        all << *json;
        const QByteArray manifest = sha256sumText(all);
        r.manifestSha256 = Digest::hexOf(HashAlgorithm::Sha256, manifest);
        if (auto m = copier.copy(PackageFile{QString(kManifestName), {}, manifest, QStringLiteral("manifest"), {}}); !m)
            return m.error();
        if (o.signer) {
            auto sig = o.signer->signDetached(manifest);
            if (!sig)
                return sig.error();
            if (auto s = copier.copy(PackageFile{QString(kSignatureName), {}, *sig, QStringLiteral("signature"), {}});
                !s)
                return s.error();
        }
        r.files = all;
        if (cancel.stopRequested())
            return Error::failed(QStringLiteral("export cancelled"));
        return out->finish();
    };
    Status s = body();
    out.reset();
    if (!s) {
        discard();
        return Error{s.error().kind, QStringLiteral("%1; nothing was left at %2").arg(s.error().message, outPath)};
    }
    if (o.format == ContainerFormat::Tar) {
        // What is sent is this file: its hash goes on the custody record.
        auto sha = fileSha256(tmp, cancel);
        if (!sha) {
            discard();
            return Error{sha.error().kind,
                         QStringLiteral("%1; nothing was left at %2").arg(sha.error().message, outPath)};
        }
        r.containerSha256 = *sha;
    }
    if (Status mv = renameNoReplace(tmp, outPath); !mv) {
        discard();
        return mv.error();
    }
    r.path = outPath;
    r.outputBytes = o.format == ContainerFormat::Tar ? QFileInfo(outPath).size() : 0;
    r.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return r;
}

} // namespace firebreak::archive
