#include "Verification.h"

#include "HashConsumer.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace firebreak {

QList<HashAlgorithm> mismatchedHashes(const QList<HashAlgorithm> &requested, const HashValues &expected,
                                      const HashValues &computed)
{
    QList<HashAlgorithm> bad;
    for (HashAlgorithm a : requested) {
        const QString e = expected.value(a).toLower();
        const QString c = computed.value(a).toLower();
        if (e.isEmpty() || c.isEmpty() || e.size() != hashAlgorithmSize(a) * 2 || e != c)
            bad.append(a);
    }
    return bad;
}

Result<std::unique_ptr<SegmentReader>> SegmentReader::open(const QList<ImageSegment> &segments)
{
    std::unique_ptr<SegmentReader> r(new SegmentReader);
    r->m_segments = segments;
    for (const ImageSegment &s : segments) {
        const int fd = ::open(QFile::encodeName(s.path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return Error::failed(QStringLiteral("cannot open image file %1 to verify it: %2")
                                     .arg(s.path, QString::fromLocal8Bit(std::strerror(errno))));
        r->m_fds.append(fd);
        struct stat st {};
        if (::fstat(fd, &st) != 0 || st.st_size != s.sizeBytes)
            return Error::failed(QStringLiteral("image file %1 holds %2 bytes, but %3 were written to it")
                                     .arg(s.path)
                                     .arg(static_cast<qint64>(st.st_size))
                                     .arg(s.sizeBytes));
        const int flags = ::fcntl(fd, F_GETFL);
        const bool direct = flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_DIRECT) == 0;
        if (!direct) // buffered: drop cached pages so the medium is read back
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        r->m_direct.append(direct);
        r->m_total += s.sizeBytes;
    }
    return r;
}

SegmentReader::~SegmentReader()
{
    for (int fd : m_fds)
        ::close(fd);
}

Status SegmentReader::read(std::byte *dst, qint64 offset, std::size_t length)
{
    std::size_t done = 0;
    qint64 segStart = 0;
    for (qsizetype i = 0; i < m_segments.size() && done < length; ++i) {
        const qint64 segSize = m_segments[i].sizeBytes;
        const qint64 at = offset + static_cast<qint64>(done);
        if (at >= segStart + segSize) {
            segStart += segSize;
            continue;
        }
        qint64 pos = at - segStart;
        std::size_t want =
            static_cast<std::size_t>(std::min<qint64>(segSize - pos, static_cast<qint64>(length - done)));
        while (want > 0) {
            const bool aligned =
                pos % 4096 == 0 && want % 4096 == 0 && reinterpret_cast<quintptr>(dst + done) % 4096 == 0;
            if (m_direct[i] && !aligned) {
                const int flags = ::fcntl(m_fds[i], F_GETFL);
                ::fcntl(m_fds[i], F_SETFL, flags & ~O_DIRECT);
                m_direct[i] = false;
            }
            const ssize_t n = ::pread(m_fds[i], dst + done, want, pos);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return Error::failed(QStringLiteral("reading image file %1 at offset %2 failed: %3")
                                         .arg(m_segments[i].path)
                                         .arg(pos)
                                         .arg(n == 0 ? QStringLiteral("the file is shorter than written")
                                                     : QString::fromLocal8Bit(std::strerror(errno))));
            done += static_cast<std::size_t>(n);
            pos += n;
            want -= static_cast<std::size_t>(n);
        }
        segStart += segSize;
    }
    if (done < length)
        return Error::failed(QStringLiteral("the image files end at offset %1, before the acquired size")
                                 .arg(offset + static_cast<qint64>(done)));
    return {};
}

VerificationRecord verifyStream(Pipeline &pipeline, qint64 total, const BlockProducer &produce,
                                const QList<HashAlgorithm> &algorithms, const HashValues &expected,
                                const std::function<void(qint64)> &tick, const Clock &clock)
{
    VerificationRecord rec;
    rec.requested = true;
    rec.startedUtc = clock.nowUtc();
    std::vector<std::unique_ptr<HashConsumer>> hashers;
    std::vector<BlockConsumer *> consumers;
    for (const QList<HashAlgorithm> &group :
         planHashThreads(algorithms, hashThreadCount(static_cast<int>(algorithms.size())))) {
        hashers.push_back(std::make_unique<HashConsumer>(group));
        consumers.push_back(hashers.back().get());
    }
    const PipelineOutcome out = pipeline.run(total, produce, consumers, tick);
    rec.endedUtc = clock.nowUtc();
    rec.bytesRead = out.bytesDone;
    if (out.end == PipelineOutcome::End::Cancelled) {
        rec.error = QStringLiteral("verification cancelled at offset %1").arg(out.bytesDone);
        return rec;
    }
    if (out.end == PipelineOutcome::End::Failed) {
        rec.error = out.error.message;
        return rec;
    }
    rec.performed = true;
    for (const auto &h : hashers)
        rec.computed.insert(h->results());
    rec.mismatched = mismatchedHashes(algorithms, expected, rec.computed);
    rec.matched = rec.mismatched.isEmpty();
    return rec;
}

} // namespace firebreak
