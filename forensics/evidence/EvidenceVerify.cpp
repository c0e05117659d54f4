// Re-hashing a registered item on demand. Every file is checked for
// existence and size before any hashing, so a missing or truncated segment
// is named as such rather than as a hash mismatch; the result is appended to
// the verification history and never replaces what was registered.

#include "EvidenceFiles.h"

#include "EvidenceHashing.h"
#include "forensics/imaging/Verification.h"
#include "model/evidence/EvidenceService.h"

#include <QFileInfo>
#include <QJsonArray>

namespace firebreak {

namespace {

// What one verification found, before it is recorded.
struct Outcome {
    Verification result = Verification::Verified;
    HashValues computed;
    QList<EvidenceFinding> findings;
    QString summary; // first line of the details when nothing is wrong
    bool cancelled = false;
};

QList<ImageSegment> segmentsOf(const EvidenceItem &e)
{
    QList<ImageSegment> out;
    for (const QJsonValue &v : e.details.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("path")).toString(),
                    static_cast<qint64>(o.value(QStringLiteral("size_bytes")).toDouble())});
    }
    // A single-file item (or an older register entry without segments).
    if (out.isEmpty())
        out.append({e.imagePath, e.sizeBytes});
    return out;
}

QString bytesText(qint64 n)
{
    return QStringLiteral("%1 bytes").arg(n);
}

// Registered hash vs computed, one finding per algorithm that differs.
// Algorithms the register never had (an image acquired with --hash sha256
// only) are not compared; at least one must be.
void compareHashes(const EvidenceItem &e, const QString &file, const HashValues &computed, Outcome &o)
{
    const QList<std::pair<HashAlgorithm, QString>> registered{
        {HashAlgorithm::Md5, e.md5}, {HashAlgorithm::Sha1, e.sha1}, {HashAlgorithm::Sha256, e.sha256}};
    int compared = 0;
    for (const auto &[algorithm, expected] : registered) {
        if (expected.isEmpty())
            continue;
        ++compared;
        const QString actual = computed.value(algorithm);
        if (actual.compare(expected, Qt::CaseInsensitive) != 0)
            o.findings.append({file, hashAlgorithmKey(algorithm), expected.toLower(), actual});
    }
    if (compared == 0) {
        o.findings.append({file, QStringLiteral("no registered hash"), {}, {}});
        o.result = Verification::Failed;
    } else if (!o.findings.isEmpty()) {
        o.result = Verification::Mismatch;
    }
}

// A file item or a raw image: the segments as one stream.
void verifySegments(const EvidenceItem &e, const ByteProgress &progress, const CancelToken &cancel, Outcome &o)
{
    const QList<ImageSegment> segments = segmentsOf(e);
    qint64 total = 0;
    for (const ImageSegment &s : segments) {
        const QFileInfo fi(s.path);
        total += s.sizeBytes;
        if (fi.isSymLink()) {
            // Following it would hash whatever it points to and call that the evidence.
            o.findings.append({s.path, QStringLiteral("replaced by a symbolic link"), {}, fi.symLinkTarget()});
            o.result = Verification::Failed;
        } else if (!fi.exists()) {
            o.findings.append({s.path, QStringLiteral("missing"), bytesText(s.sizeBytes), {}});
            o.result = Verification::Failed;
        } else if (!fi.isFile()) {
            o.findings.append({s.path, QStringLiteral("not a regular file"), {}, {}});
            o.result = Verification::Failed;
        } else if (fi.size() != s.sizeBytes) {
            o.findings.append({s.path, QStringLiteral("size"), bytesText(s.sizeBytes), bytesText(fi.size())});
            if (o.result == Verification::Verified)
                o.result = Verification::Mismatch;
        }
    }
    if (total != e.sizeBytes && segments.size() > 1)
        o.findings.append({e.imagePath, QStringLiteral("segment sizes"), bytesText(e.sizeBytes), bytesText(total)});
    // A size that differs cannot hash the same, and a shifted segment would
    // make every later offset wrong: report the sizes, not a hash.
    if (!o.findings.isEmpty()) {
        if (o.result == Verification::Verified)
            o.result = Verification::Failed;
        return;
    }

    auto reader = SegmentReader::open(segments);
    if (!reader) {
        o.findings.append({segments.first().path, QStringLiteral("unreadable"), {}, reader.error().message});
        o.result = Verification::Failed;
        return;
    }
    SegmentReader &r = **reader;
    const StreamHash h = hashStream(
        total, [&](std::byte *dst, qint64 offset, std::size_t length) { return r.read(dst, offset, length); }, progress,
        cancel);
    if (h.cancelled) {
        o.cancelled = true;
        return;
    }
    const QString label = segments.size() == 1
                              ? segments.first().path
                              : QStringLiteral("%1 (%2 segments)").arg(e.imagePath).arg(segments.size());
    if (!h.complete()) {
        o.findings.append({label, QStringLiteral("unreadable"), {}, h.error});
        o.result = Verification::Failed;
        return;
    }
    o.computed = h.hashes;
    compareHashes(e, label, h.hashes, o);
    if (o.findings.isEmpty())
        o.summary = QStringLiteral("MD5, SHA-1 and SHA-256 of %1 (%2) match the register").arg(label, bytesText(total));
}

// An Expert Witness set: libewf reads it back (its own chunk checksums and
// stored MD5/SHA-1), and we compare what it computed with the register.
void verifyEwf(const EvidenceItem &e, const ByteProgress &progress, const CancelToken &cancel, Outcome &o)
{
    if (const QFileInfo first(e.imagePath); first.isSymLink()) {
        o.findings.append({e.imagePath, QStringLiteral("replaced by a symbolic link"), {}, first.symLinkTarget()});
        o.result = Verification::Failed;
        return;
    }
    if (!QFileInfo::exists(e.imagePath)) {
        o.findings.append({e.imagePath, QStringLiteral("missing"), {}, {}});
        o.result = Verification::Failed;
        return;
    }
    auto checked = checkEwfImage(e.imagePath, progress, cancel);
    if (!checked) {
        o.findings.append({e.imagePath, QStringLiteral("unreadable"), {}, checked.error().message});
        o.result = Verification::Failed;
        return;
    }
    const EwfCheck &c = *checked;
    if (c.cancelled || cancel.stopRequested()) {
        o.cancelled = true;
        return;
    }
    o.computed = c.computed;
    // libewf's own findings (chunk checksum errors, a missing or truncated
    // segment, stored hashes the data no longer matches), each line naming
    // its file.
    for (const QString &problem : c.problems())
        o.findings.append({e.imagePath, QStringLiteral("ewf"), {}, problem});
    // Not read to the end: the hashes say nothing, the result is a failure.
    if (!c.error.isEmpty() || c.bytesRead != c.mediaSize) {
        o.result = Verification::Failed;
        return;
    }
    if (c.mediaSize != e.sizeBytes && e.sizeBytes > 0)
        o.findings.append({e.imagePath, QStringLiteral("size"), bytesText(e.sizeBytes), bytesText(c.mediaSize)});
    Outcome hashes;
    compareHashes(e, e.imagePath, c.computed, hashes);
    o.findings += hashes.findings;
    if (hashes.result == Verification::Failed)
        o.result = Verification::Failed;
    else if (!o.findings.isEmpty())
        o.result = Verification::Mismatch;
    if (o.findings.isEmpty())
        o.summary = QStringLiteral("E01 set %1 (%2 segment(s), %3 of media) reads back intact; MD5, SHA-1 and "
                                   "SHA-256 match the register")
                        .arg(e.imagePath)
                        .arg(c.segments.size())
                        .arg(bytesText(c.mediaSize));
}

} // namespace

Result<EvidenceCheck> verifyEvidence(CaseStore &store, const QString &incidentId, const QString &evidenceNumber,
                                     const ByteProgress &progress, const CancelToken &cancel)
{
    EvidenceService service(store);
    auto item = service.item(incidentId, evidenceNumber);
    if (!item)
        return item.error();
    const EvidenceItem &e = *item;

    Outcome o;
    const QString format = e.details.value(QStringLiteral("format")).toString();
    if (e.kind == EvidenceKind::Image && format.compare(QLatin1String("e01"), Qt::CaseInsensitive) == 0)
        verifyEwf(e, progress, cancel, o);
    else
        verifySegments(e, progress, cancel, o);
    if (o.cancelled)
        return Error::failed(
            QStringLiteral("verification of %1 was cancelled; nothing was recorded").arg(evidenceNumber));

    VerificationEvent v;
    v.incidentId = incidentId;
    v.evidenceNumber = e.evidenceNumber;
    v.result = o.result;
    v.md5 = o.computed.value(HashAlgorithm::Md5);
    v.sha1 = o.computed.value(HashAlgorithm::Sha1);
    v.sha256 = o.computed.value(HashAlgorithm::Sha256);
    QStringList lines;
    if (o.findings.isEmpty())
        lines << o.summary;
    for (const EvidenceFinding &f : o.findings)
        lines << f.text();
    v.details = lines.join(QLatin1Char('\n'));
    auto recorded = service.recordVerification(v);
    if (!recorded)
        return recorded.error();
    return EvidenceCheck{*recorded, o.findings};
}

} // namespace firebreak
