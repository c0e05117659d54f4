#include "EwfCheck.h"

#include "EwfHandle.h"
#include "EwfSegments.h"
#include "forensics/imaging/BufferPool.h"
#include "forensics/imaging/HashConsumer.h"
#include "forensics/imaging/Pipeline.h"

#include <QFileInfo>

#include <memory>
#include <vector>

namespace firebreak {

using ewf::EwfError;

namespace {

// Big reads: libewf decompresses chunk by chunk inside one call, so the
// per-call overhead vanishes at a few MiB (IMAGING.md).
constexpr std::size_t ReadBlock = 4 << 20;
constexpr int ReadBuffers = 8;

QString segmentOfOffset(libewf_handle_t *h, qint64 offset)
{
    EwfError err;
    if (libewf_handle_seek_offset(h, offset, SEEK_SET, &err) < 0)
        return {};
    size_t size = 0;
    if (libewf_handle_get_filename_size(h, &size, &err) != 1 || size == 0)
        return {};
    QByteArray name(static_cast<qsizetype>(size), '\0');
    if (libewf_handle_get_filename(h, name.data(), size, &err) != 1)
        return {};
    return QFile::decodeName(name.constData());
}

QString storedHash(libewf_handle_t *h, HashAlgorithm a)
{
    EwfError err;
    QByteArray raw(hashAlgorithmSize(a), '\0');
    auto *p = reinterpret_cast<uint8_t *>(raw.data());
    const auto n = static_cast<size_t>(raw.size());
    const int got = a == HashAlgorithm::Md5 ? libewf_handle_get_md5_hash(h, p, n, &err)
                                            : libewf_handle_get_sha1_hash(h, p, n, &err);
    if (got == 1 && raw.count('\0') != raw.size())
        return QString::fromLatin1(raw.toHex());
    // Some writers keep the SHA-1 only in the hash values (xheader).
    err.clear();
    const QByteArray id = a == HashAlgorithm::Md5 ? QByteArrayLiteral("MD5") : QByteArrayLiteral("SHA1");
    char text[129] = {};
    if (libewf_handle_get_utf8_hash_value(h, reinterpret_cast<const uint8_t *>(id.constData()),
                                          static_cast<size_t>(id.size()), reinterpret_cast<uint8_t *>(text),
                                          sizeof text, &err) == 1)
        return QString::fromLatin1(text).trimmed().toLower();
    return {};
}

} // namespace

bool EwfCheck::intact() const
{
    return problems().isEmpty();
}

QStringList EwfCheck::problems() const
{
    QStringList out;
    const QString first = segments.value(0);
    if (cancelled)
        out << QStringLiteral("%1: the check was cancelled after %2 of %3 bytes")
                   .arg(first)
                   .arg(bytesRead)
                   .arg(mediaSize);
    out << segmentProblems;
    if (!error.isEmpty())
        out << error;
    else if (!cancelled && bytesRead != mediaSize)
        out << QStringLiteral("%1: read %2 of the %3 bytes the image declares")
                   .arg(first)
                   .arg(bytesRead)
                   .arg(mediaSize);
    for (const EwfBadRange &r : checksumErrors) {
        // With a segment missing or cut short libewf reports the data it
        // lacks as checksum errors: the segment problems above name the file.
        if (!segmentProblems.isEmpty()) {
            out << QStringLiteral("%1: media data at offset %2 (%3 bytes) is missing or damaged")
                       .arg(first)
                       .arg(r.offset)
                       .arg(r.length);
            continue;
        }
        out << QStringLiteral("%1: chunk checksum error at media offset %2 (%3 bytes): the data there is damaged")
                   .arg(r.file.isEmpty() ? first : r.file)
                   .arg(r.offset)
                   .arg(r.length);
    }
    if (stored.isEmpty() && segmentProblems.isEmpty())
        out << QStringLiteral("%1: the image stores no MD5 or SHA-1 to check the data against").arg(first);
    const bool readAll = error.isEmpty() && !cancelled && bytesRead == mediaSize;
    for (auto it = stored.cbegin(); readAll && it != stored.cend(); ++it) {
        const QString got = computed.value(it.key());
        if (got != it.value())
            out << QStringLiteral("%1: stored %2 %3 but the data reads back as %4")
                       .arg(first, hashAlgorithmLabel(it.key()), it.value(), got);
    }
    return out;
}

Result<EwfCheck> checkEwfImage(const QString &firstSegment, const ByteProgress &progress, const CancelToken &cancel)
{
    if (!QFileInfo(firstSegment).isFile())
        return Error::notFound(QStringLiteral("%1: no such file").arg(firstSegment));
    auto globbed = ewf::globSegments(firstSegment);
    if (!globbed)
        return globbed.error();
    EwfCheck check;
    check.segments = *globbed;
    check.segmentProblems = ewf::checkSegmentChain(check.segments);

    ewf::Handle handle;
    if (!handle.valid())
        return Error::failed(QStringLiteral("libewf: %1").arg(handle.initError()));
    libewf_handle_t *h = handle.get();
    {
        std::vector<QByteArray> names;
        std::vector<char *> argv;
        for (const QString &s : std::as_const(check.segments))
            names.push_back(QFile::encodeName(s));
        for (QByteArray &n : names)
            argv.push_back(n.data());
        EwfError err;
        if (libewf_handle_open(h, argv.data(), static_cast<int>(argv.size()), LIBEWF_OPEN_READ, &err) != 1)
            return Error::failed(
                check.segmentProblems.isEmpty()
                    ? QStringLiteral("cannot open the EWF set %1 (%2 segment files, the last %3): %4")
                          .arg(firstSegment)
                          .arg(check.segments.size())
                          .arg(check.segments.last(), err.text())
                    : QStringLiteral("cannot open the EWF set %1: %2 (libewf: %3)")
                          .arg(firstSegment, check.segmentProblems.join(QStringLiteral("; ")), err.text()));
        handle.markOpen();
    }
    EwfError err;
    size64_t mediaSize = 0;
    uint32_t bytesPerSector = 512;
    if (libewf_handle_get_media_size(h, &mediaSize, &err) != 1)
        return Error::failed(QStringLiteral("%1: cannot read the media size: %2").arg(firstSegment, err.text()));
    libewf_handle_get_bytes_per_sector(h, &bytesPerSector, &err);
    err.clear();
    check.mediaSize = static_cast<qint64>(mediaSize);
    // A damaged chunk reads as zeros and is listed as a checksum error, so
    // one bad chunk does not hide the state of everything after it.
    libewf_handle_set_read_zero_chunk_on_error(h, 1, &err);
    err.clear();

    check.caseNumber = ewf::headerValue(h, "case_number");
    check.evidenceNumber = ewf::headerValue(h, "evidence_number");
    check.examiner = ewf::headerValue(h, "examiner_name");
    check.description = ewf::headerValue(h, "description");
    check.notes = ewf::headerValue(h, "notes");
    for (HashAlgorithm a : {HashAlgorithm::Md5, HashAlgorithm::Sha1}) {
        const QString v = storedHash(h, a);
        if (!v.isEmpty())
            check.stored.insert(a, v);
    }

    const QList<HashAlgorithm> algorithms{HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256};
    std::vector<std::unique_ptr<HashConsumer>> hashers;
    std::vector<BlockConsumer *> consumers;
    for (const QList<HashAlgorithm> &group : planHashThreads(algorithms, hashThreadCount(3))) {
        hashers.push_back(std::make_unique<HashConsumer>(group));
        consumers.push_back(hashers.back().get());
    }
    BufferPool pool(ReadBlock, ReadBuffers);
    if (!pool.valid())
        return Error::failed(QStringLiteral("cannot allocate read buffers for %1").arg(firstSegment));

    QString readError;
    const BlockProducer produce = [&](std::byte *dst, qint64 offset, std::size_t length) -> Status {
        std::size_t done = 0;
        while (done < length) {
            EwfError e;
            const ssize_t n = libewf_handle_read_random(h, dst + done, length - done,
                                                        static_cast<off64_t>(offset) + static_cast<off64_t>(done), &e);
            if (n <= 0) {
                const qint64 at = offset + static_cast<qint64>(done);
                const QString msg = n < 0 ? e.text() : QStringLiteral("unexpected end of data");
                const QString file = segmentOfOffset(h, at);
                readError = QStringLiteral("%1: cannot read media data at offset %2: %3")
                                .arg(file.isEmpty() ? firstSegment : file)
                                .arg(at)
                                .arg(msg);
                return Error::failed(readError);
            }
            done += static_cast<std::size_t>(n);
        }
        return {};
    };
    Pipeline pipeline(pool, cancel);
    const PipelineOutcome out = pipeline.run(check.mediaSize, produce, consumers, [&](qint64 done) {
        if (progress)
            progress(done, check.mediaSize);
    });
    check.bytesRead = out.bytesDone;
    switch (out.end) {
    case PipelineOutcome::End::Completed:
        for (const auto &hc : hashers)
            check.computed.insert(hc->results());
        break;
    case PipelineOutcome::End::Cancelled: check.cancelled = true; break;
    case PipelineOutcome::End::Failed: check.error = out.error.message; break;
    }

    uint32_t errorCount = 0;
    if (libewf_handle_get_number_of_checksum_errors(h, &errorCount, &err) == 1) {
        for (uint32_t i = 0; i < errorCount; ++i) {
            uint64_t start = 0, count = 0;
            if (libewf_handle_get_checksum_error(h, i, &start, &count, &err) != 1) {
                err.clear();
                continue;
            }
            EwfBadRange r;
            r.offset = static_cast<qint64>(start * bytesPerSector);
            r.length = static_cast<qint64>(count * bytesPerSector);
            r.file = segmentOfOffset(h, r.offset);
            check.checksumErrors << r;
        }
    }
    err.clear();
    if (auto st = handle.close(); !st && check.error.isEmpty())
        check.error = QStringLiteral("%1: closing the set failed: %2").arg(firstSegment, st.error().message);
    return check;
}

} // namespace firebreak
