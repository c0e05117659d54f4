#include "Verify.h"

#include "Cms.h"
#include "ExaminerKey.h"
#include "Manifest.h"
#include "TarContainer.h"
#include "forensics/ewf/EwfCheck.h"
#include "forensics/hash/Digest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace firebreak::archive {

QString verdictLabel(FileVerdict::State s)
{
    switch (s) {
    case FileVerdict::State::Ok: return QStringLiteral("OK");
    case FileVerdict::State::Modified: return QStringLiteral("MODIFIED");
    case FileVerdict::State::Missing: return QStringLiteral("MISSING");
    case FileVerdict::State::Added: return QStringLiteral("ADDED");
    case FileVerdict::State::Failed: return QStringLiteral("FAILED");
    case FileVerdict::State::Note: return QStringLiteral("NOTE");
    }
    return {};
}

QString normalizeFingerprint(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive))
        t = t.mid(7);
    else if (t.startsWith(QLatin1String("sha256 fingerprint="), Qt::CaseInsensitive))
        t = t.mid(19);
    t.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    t = t.toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(t).hasMatch() ? t : QString();
}

int PackageVerdict::problems() const
{
    return static_cast<int>(
        std::count_if(lines.begin(), lines.end(), [](const FileVerdict &l) { return l.problem(); }));
}

namespace {

using State = FileVerdict::State;

struct Hashes {
    QString md5, sha1, sha256;
};

// The three digests of one image stream, fed segment by segment.
struct StreamDigest {
    Digest md5{HashAlgorithm::Md5}, sha1{HashAlgorithm::Sha1}, sha256{HashAlgorithm::Sha256};
    void update(const char *d, qint64 n)
    {
        md5.update(d, static_cast<std::size_t>(n));
        sha1.update(d, static_cast<std::size_t>(n));
        sha256.update(d, static_cast<std::size_t>(n));
    }
    Hashes finish() { return {md5.finishHex(), sha1.finishHex(), sha256.finishHex()}; }
};

// A manifest of a million files is ~100 MB of sha256sum text; anything
// beyond this is not a package we made, and is not read into memory.
constexpr qint64 kMaxManifestBytes = 128ll * 1024 * 1024;

// The first component of `rel` (under `root`) that is a symbolic link, or
// empty. Manifest paths are relative and free of "..", but a link in the
// received folder (evidence -> /home) would still lead the checks out of
// the package: such a path is refused, never followed.
QString linkOnPath(const QString &root, const QString &rel)
{
    QString prefix;
    for (const QString &part : rel.split(QLatin1Char('/'))) {
        prefix += (prefix.isEmpty() ? QString() : QStringLiteral("/")) + part;
        if (QFileInfo(root + QLatin1Char('/') + prefix).isSymLink())
            return prefix;
    }
    return {};
}

class DirVerifier {
public:
    DirVerifier(const QString &root, const VerifyOptions &o, const ByteProgress &progress, const CancelToken &cancel,
                PackageVerdict &v)
        : m_root(root), m_o(o), m_progress(progress), m_cancel(cancel), m_v(v)
    {
    }

    Status run()
    {
        QFile mf(m_root + QLatin1Char('/') + kManifestName);
        if (!QFileInfo(mf.fileName()).isSymLink() && !mf.exists()) {
            add(State::Missing, QString(kManifestName), QStringLiteral("the package has no manifest"));
            return {};
        }
        QByteArray manifest;
        if (!readPackageFile(mf, manifest))
            return {};
        m_v.manifestSha256 = Digest::hexOf(HashAlgorithm::Sha256, manifest);
        // MANIFEST.json (itself checked against MANIFEST.sha256 below) says
        // who signed: a package naming a signer must carry that signature.
        QFile jf(m_root + QLatin1Char('/') + kJsonManifestName);
        QByteArray json;
        const bool haveJson = (jf.exists() || QFileInfo(jf.fileName()).isSymLink()) && readPackageFile(jf, json);
        checkSignature(manifest, haveJson ? namedSigner(json) : QString());
        auto lines = parseSha256sum(manifest, QString(kManifestName));
        if (!lines) {
            add(State::Failed, QString(kManifestName), lines.error().message);
            return {};
        }
        QHash<QString, QString> expected;
        QStringList order;
        for (const Sha256Line &l : *lines) {
            expected.insert(l.path, l.sha256);
            order << l.path;
        }
        // Items (from MANIFEST.json, itself checked against MANIFEST.sha256 below).
        QList<ManifestItem> items;
        if (haveJson) {
            auto parsed = itemsFromJson(json, QString(kJsonManifestName));
            if (parsed)
                items = *parsed;
            else
                add(State::Failed, QString(kJsonManifestName), parsed.error().message);
        }

        // Files present that the manifest does not name.
        QStringList present;
        QDirIterator it(m_root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString full = it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.isDir() && !fi.isSymLink())
                continue;
            const QString rel = QDir(m_root).relativeFilePath(full);
            if (rel == kManifestName || rel == kSignatureName)
                continue;
            present << rel;
            if (!expected.contains(rel))
                add(State::Added, rel, QStringLiteral("in the package but not in %1").arg(kManifestName));
            // A listed name that is a link, a folder or a device is reported by checkFile.
        }

        for (const QString &p : order)
            if (linkOnPath(m_root, p).isEmpty())
                m_total += QFileInfo(m_root + QLatin1Char('/') + p).size();

        // Shipped items' segments first, in order, so each segment is read
        // once for both its own hash and its image's stream hash.
        QStringList done;
        for (const ManifestItem &item : items) {
            if (!item.shipped) {
                add(State::Note, item.evidenceNumber,
                    QStringLiteral("hash record only (on separate media): %1 bytes, SHA-256 %2")
                        .arg(item.sizeBytes)
                        .arg(item.sha256));
                continue;
            }
            StreamDigest stream;
            bool complete = true;
            for (const QString &seg : item.segments) {
                if (!expected.contains(seg)) {
                    add(State::Failed, item.evidenceNumber,
                        QStringLiteral("segment %1 is not in %2").arg(seg, kManifestName));
                    complete = false;
                    continue;
                }
                const bool fileOk =
                    checkFile(seg, expected.value(seg), item.format != QLatin1String("e01") ? &stream : nullptr);
                complete = complete && fileOk;
                done << seg;
                if (m_cancel.stopRequested())
                    return Error::failed(QStringLiteral("verification cancelled"));
            }
            checkItem(item, stream, complete);
        }
        for (const QString &p : order) {
            if (done.contains(p))
                continue;
            checkFile(p, expected.value(p), nullptr);
            if (m_cancel.stopRequested())
                return Error::failed(QStringLiteral("verification cancelled"));
        }
        return {};
    }

private:
    void add(State s, const QString &subject, const QString &detail) { m_v.lines.append({s, subject, detail}); }

    // Reads one of the package's own small files (manifests, signature):
    // a link, a non-regular file or an oversized file is reported, not read.
    bool readPackageFile(QFile &f, QByteArray &out)
    {
        const QString name = QFileInfo(f.fileName()).fileName();
        const QFileInfo fi(f.fileName());
        if (fi.isSymLink() || !fi.isFile()) {
            add(State::Failed, name, QStringLiteral("is not a regular file (a link?); refused, not followed"));
            return false;
        }
        if (fi.size() > kMaxManifestBytes) {
            add(State::Failed, name,
                QStringLiteral("is %1 bytes, more than a package manifest can be; not read").arg(fi.size()));
            return false;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            add(State::Failed, name, QStringLiteral("cannot read: %1").arg(f.errorString()));
            return false;
        }
        out = f.read(kMaxManifestBytes);
        return true;
    }

    // The signer MANIFEST.json names (fingerprint), or empty.
    static QString namedSigner(const QByteArray &json)
    {
        const QJsonObject signer = QJsonDocument::fromJson(json).object().value(QStringLiteral("signer")).toObject();
        return normalizeFingerprint(signer.value(QStringLiteral("sha256_fingerprint")).toString());
    }

    // A CA file inside the package is chosen by whoever made the package:
    // it anchors nothing (a forger ships their own).
    bool insidePackage(const QString &file) const
    {
        const QString canon = QFileInfo(file).canonicalFilePath();
        const QString root = QFileInfo(m_root).canonicalFilePath();
        return !canon.isEmpty() && !root.isEmpty() && canon.startsWith(root + QLatin1Char('/'));
    }

    void checkSignature(const QByteArray &manifest, const QString &named)
    {
        const QString sigName = QString(kSignatureName);
        QString caFile = m_o.caFile;
        if (!caFile.isEmpty() && insidePackage(caFile)) {
            add(State::Failed, sigName,
                QStringLiteral("the CA file %1 is inside the package: an anchor must come from outside it (the "
                               "fingerprint on the custody paperwork: --fingerprint SHA256:..., or the "
                               "organisation's root certificate)")
                    .arg(m_o.caFile));
            caFile.clear();
        }
        const bool anchorGiven = !caFile.isEmpty() || !m_o.fingerprint.isEmpty();
        QFile sf(m_root + QLatin1Char('/') + sigName);
        if (!sf.exists() && !QFileInfo(sf.fileName()).isSymLink()) {
            if (!named.isEmpty())
                // Removing the signature must not turn a signed package into an unsigned one.
                add(State::Missing, sigName,
                    QStringLiteral("%1 names signer SHA-256 %2, but the package carries no signature: it was "
                                   "removed, and the manifest may have been rewritten")
                        .arg(kJsonManifestName, named));
            else
                add(anchorGiven ? State::Missing : State::Note, sigName,
                    QStringLiteral("the package is not signed; the manifest shows damage, not tampering"));
            return;
        }
        QByteArray signature;
        if (!readPackageFile(sf, signature))
            return;
        const SignatureCheck c = verifyDetached(signature, manifest, caFile, m_o.crlFile);
        m_v.signerSubject = c.signerSubject;
        m_v.signerFingerprint = c.signerFingerprint;
        if (!c.valid) {
            add(State::Failed, sigName,
                QStringLiteral("signature does not verify%1: %2 (signer %3)")
                    .arg(caFile.isEmpty() ? QString() : QStringLiteral(" against %1").arg(caFile), c.problem,
                         c.signerSubject.isEmpty() ? QStringLiteral("unknown") : c.signerSubject));
            return;
        }
        m_v.signed_ = true;
        if (!named.isEmpty() && named != c.signerFingerprint) {
            add(State::Failed, sigName,
                QStringLiteral("signed by %1 (SHA-256 %2), but %3 names signer SHA-256 %4")
                    .arg(c.signerSubject, c.signerFingerprint, kJsonManifestName, named));
            return;
        }
        if (!m_o.fingerprint.isEmpty() && m_o.fingerprint != c.signerFingerprint) {
            add(State::Failed, sigName,
                QStringLiteral("signed by %1 with certificate SHA-256 %2, not by the certificate whose fingerprint "
                               "was given (%3)")
                    .arg(c.signerSubject, colonFingerprint(c.signerFingerprint), colonFingerprint(m_o.fingerprint)));
            return;
        }
        // The carried certificate file must be the one that signed.
        if (const QFileInfo cf(m_root + QLatin1Char('/') + kCertificateName); cf.isSymLink()) {
            add(State::Failed, QString(kCertificateName), QStringLiteral("is a link; refused, not followed"));
            return;
        } else if (cf.isFile()) {
            auto cert = readCertificate(m_root + QLatin1Char('/') + kCertificateName);
            if (cert && cert->fingerprint != c.signerFingerprint) {
                add(State::Failed, sigName,
                    QStringLiteral("signed by %1 (SHA-256 %2), not by the certificate in %3 (%4)")
                        .arg(c.signerSubject, c.signerFingerprint, kCertificateName, cert->subject));
                return;
            }
        }
        QStringList anchors;
        if (!m_o.fingerprint.isEmpty())
            anchors << QStringLiteral("the fingerprint given");
        if (c.anchored)
            anchors << QStringLiteral("CA file %1").arg(caFile);
        if (!m_o.crlFile.isEmpty() && c.anchored)
            anchors << QStringLiteral("not revoked in %1").arg(m_o.crlFile);
        m_v.anchored = !m_o.fingerprint.isEmpty() || c.anchored;
        m_v.anchor = anchors.join(QStringLiteral(", "));
        if (m_v.anchored)
            add(State::Ok, sigName,
                QStringLiteral("signature valid, signer %1, certificate SHA-256 %2, trusted through %3")
                    .arg(c.signerSubject, c.signerFingerprint, m_v.anchor));
        else
            add(State::Note, sigName,
                QStringLiteral("signature valid, signer %1, certificate SHA-256 %2, but NOT tied to the examiner: "
                               "the certificate came with the package. Give --fingerprint SHA256:... as written on "
                               "the custody paperwork, or --CAfile with the organisation's root (or the examiner's "
                               "certificate obtained separately)")
                    .arg(c.signerSubject, c.signerFingerprint));
    }

    bool checkFile(const QString &rel, const QString &sha256, StreamDigest *stream)
    {
        QFile f(m_root + QLatin1Char('/') + rel);
        const QFileInfo fi(f.fileName());
        if (const QString link = linkOnPath(m_root, rel); !link.isEmpty() && link != rel) {
            // The file itself being a link is reported while listing.
            add(State::Failed, rel,
                QStringLiteral("its folder %1 is a link that could lead outside the package; refused, not followed")
                    .arg(link));
            return false;
        }
        if (!fi.exists() && !fi.isSymLink()) {
            add(State::Missing, rel, QStringLiteral("listed in %1 but not in the package").arg(kManifestName));
            return false;
        }
        if (fi.isSymLink() || !fi.isFile()) {
            // sha256sum -c fails on it; so must we, whatever the hash would be.
            add(State::Failed, rel,
                QStringLiteral("is not a regular file (%1); listed in %2 with SHA-256 %3")
                    .arg(fi.isSymLink() ? QStringLiteral("a link, not followed")
                         : fi.isDir()   ? QStringLiteral("a folder")
                                        : QStringLiteral("a device, pipe or socket"),
                         kManifestName, sha256));
            return false;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            add(State::Failed, rel, QStringLiteral("cannot read: %1").arg(f.errorString()));
            return false;
        }
        Digest d(HashAlgorithm::Sha256);
        QByteArray buf(1 << 20, Qt::Uninitialized);
        for (;;) {
            if (m_cancel.stopRequested())
                return false;
            const qint64 n = f.read(buf.data(), buf.size());
            if (n < 0) {
                add(State::Failed, rel, QStringLiteral("read error: %1").arg(f.errorString()));
                return false;
            }
            if (n == 0)
                break;
            d.update(buf.constData(), static_cast<std::size_t>(n));
            if (stream)
                stream->update(buf.constData(), n);
            m_v.bytes += n;
            if (m_progress)
                m_progress(m_v.bytes, m_total);
        }
        ++m_v.files;
        const QString got = d.finishHex();
        if (got != sha256) {
            add(State::Modified, rel, QStringLiteral("SHA-256 is %1, the manifest says %2").arg(got, sha256));
            return false;
        }
        add(State::Ok, rel, QStringLiteral("SHA-256 %1").arg(got));
        return true;
    }

    void checkItem(const ManifestItem &item, StreamDigest &stream, bool complete)
    {
        if (item.format == QLatin1String("e01")) {
            checkE01(item);
            return;
        }
        if (!complete) {
            add(State::Failed, item.evidenceNumber,
                QStringLiteral("cannot be checked against its acquisition hashes: a segment is missing or altered"));
            return;
        }
        const Hashes h = stream.finish();
        QStringList bad;
        if (!item.md5.isEmpty() && h.md5 != item.md5)
            bad << QStringLiteral("MD5 %1 (acquired %2)").arg(h.md5, item.md5);
        if (!item.sha1.isEmpty() && h.sha1 != item.sha1)
            bad << QStringLiteral("SHA-1 %1 (acquired %2)").arg(h.sha1, item.sha1);
        if (h.sha256 != item.sha256)
            bad << QStringLiteral("SHA-256 %1 (acquired %2)").arg(h.sha256, item.sha256);
        if (!bad.isEmpty())
            add(State::Modified, item.evidenceNumber,
                QStringLiteral("differs from its acquisition hashes: %1").arg(bad.join(QStringLiteral("; "))));
        else
            add(State::Ok, item.evidenceNumber,
                QStringLiteral("%1 segment(s) match the %2 hashes (MD5, SHA-1, SHA-256)")
                    .arg(item.segments.size())
                    .arg(item.kind == QLatin1String("file") ? QStringLiteral("registered")
                                                            : QStringLiteral("acquisition")));
    }

    void checkE01(const ManifestItem &item)
    {
        if (item.segments.isEmpty())
            return;
        // libewf opens the set by name: never hand it a path through a link.
        for (const QString &seg : item.segments)
            if (!isContainedPath(seg) || !linkOnPath(m_root, seg).isEmpty()) {
                add(State::Failed, item.evidenceNumber,
                    QStringLiteral("segment %1 is a link or lies behind one; the E01 set is not read").arg(seg));
                return;
            }
        auto check = checkEwfImage(m_root + QLatin1Char('/') + item.segments.first(), {}, m_cancel);
        if (!check) {
            add(State::Failed, item.evidenceNumber, check.error().message);
            return;
        }
        QStringList problems = check->problems();
        if (check->computed.value(HashAlgorithm::Sha256) != item.sha256 && !item.sha256.isEmpty())
            problems << QStringLiteral("media SHA-256 %1 (acquired %2)")
                            .arg(check->computed.value(HashAlgorithm::Sha256), item.sha256);
        if (!problems.isEmpty())
            add(State::Modified, item.evidenceNumber, problems.join(QStringLiteral("; ")));
        else
            add(State::Ok, item.evidenceNumber,
                QStringLiteral("E01 set read through libewf: %1 bytes, checksums and stored hashes intact, media "
                               "SHA-256 matches the acquisition")
                    .arg(check->bytesRead));
    }

    QString m_root;
    const VerifyOptions &m_o;
    const ByteProgress &m_progress;
    const CancelToken &m_cancel;
    PackageVerdict &m_v;
    qint64 m_total = 0;
};

} // namespace

Result<PackageVerdict> verifyPackage(const QString &path, const VerifyOptions &o, const ByteProgress &progress,
                                     const CancelToken &cancel)
{
    PackageVerdict v;
    v.path = path;
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error::notFound(QStringLiteral("package %1 does not exist").arg(path));
    auto phase = [&](const QString &p) {
        if (o.phase)
            o.phase(p);
    };
    if (fi.isDir()) {
        phase(QStringLiteral("checking"));
        DirVerifier dv(fi.absoluteFilePath(), o, progress, cancel, v);
        if (Status s = dv.run(); !s)
            return s.error();
        return v;
    }

    // A tar (maybe encrypted) is unpacked into a private folder first: the
    // checks then read files as the recipient's `tar -x` would leave them.
    std::unique_ptr<QTemporaryDir> work =
        o.workDir.isEmpty() ? std::make_unique<QTemporaryDir>()
                            : std::make_unique<QTemporaryDir>(o.workDir + QStringLiteral("/firebreak-verify-XXXXXX"));
    if (!work->isValid())
        return Error::failed(
            QStringLiteral("cannot create a work folder to unpack %1: %2").arg(path, work->errorString()));
    QString tarPath = path;
    if (looksEnveloped(path)) {
        if (o.decryptKey.isEmpty() || o.decryptCert.isEmpty())
            return Error::usage(
                QStringLiteral(
                    "%1 is encrypted: give the recipient's key and certificate (--decrypt-key, --decrypt-cert)")
                    .arg(path));
        phase(QStringLiteral("decrypting"));
        tarPath = work->filePath(QStringLiteral("package.tar"));
        if (Status s = decryptFile(path, tarPath, o.decryptKey, o.decryptCert, o.passphrase, progress, cancel); !s)
            return s.error();
        v.lines.append({State::Ok, QFileInfo(path).fileName(),
                        QStringLiteral("decrypted with %1").arg(QFileInfo(o.decryptCert).fileName())});
    } else if (!looksLikeTar(path)) {
        return Error{Error::Kind::Corrupt,
                     QStringLiteral("%1 is neither a package folder, a tar, nor a CMS-encrypted tar").arg(path)};
    }
    phase(QStringLiteral("unpacking"));
    const QString unpacked = work->filePath(QStringLiteral("unpacked"));
    QDir().mkpath(unpacked);
    if (Status s = extractTar(tarPath, unpacked, progress, cancel); !s)
        return s.error();
    if (tarPath != path)
        QFile::remove(tarPath);
    const QStringList top = QDir(unpacked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (top.size() != 1 || !QFileInfo(unpacked + QLatin1Char('/') + top.first()).isDir()) {
        v.lines.append(
            {State::Failed, QFileInfo(path).fileName(),
             QStringLiteral("the tar should hold one top folder; it holds: %1").arg(top.join(QStringLiteral(", ")))});
        return v;
    }
    phase(QStringLiteral("checking"));
    DirVerifier dv(unpacked + QLatin1Char('/') + top.first(), o, progress, cancel, v);
    if (Status s = dv.run(); !s)
        return s.error();
    return v;
}

} // namespace firebreak::archive
