#pragma once

#include "ImagingTypes.h"
#include "Pipeline.h"

#include <memory>

namespace firebreak {

// Which requested algorithms do not match. Every requested hash must be
// present on both sides and equal over its full length: one matching hash
// never makes a verification pass (Guymager ORs them, and compares only 16
// bytes of SHA-256).
QList<HashAlgorithm> mismatchedHashes(const QList<HashAlgorithm> &requested, const HashValues &expected,
                                      const HashValues &computed);

// Reads an image back as one stream across its segment files, through
// O_DIRECT when possible so the medium is read, not the page cache.
class SegmentReader {
public:
    // `segments` in order with their expected sizes.
    static Result<std::unique_ptr<SegmentReader>> open(const QList<ImageSegment> &segments);
    ~SegmentReader();
    SegmentReader(const SegmentReader &) = delete;
    SegmentReader &operator=(const SegmentReader &) = delete;

    qint64 size() const { return m_total; }
    Status read(std::byte *dst, qint64 offset, std::size_t length);

private:
    SegmentReader() = default;
    QList<ImageSegment> m_segments;
    QList<int> m_fds;
    QList<bool> m_direct;
    qint64 m_total = 0;
};

// Runs `produce` over [0, total) through hash threads and compares with
// `expected`. The record says whether it ran to the end and matched.
VerificationRecord verifyStream(Pipeline &pipeline, qint64 total, const BlockProducer &produce,
                                const QList<HashAlgorithm> &algorithms, const HashValues &expected,
                                const std::function<void(qint64)> &tick, const Clock &clock);

} // namespace firebreak
