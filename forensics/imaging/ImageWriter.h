#pragma once

#include "ImagingTypes.h"
#include "Pipeline.h"

namespace firebreak {

// Segment file names: DEST alone, or DEST.001, DEST.002, ... when split
// (at least three digits, more if the count needs them).
QStringList segmentPaths(const QString &destination, qint64 totalSize, qint64 splitSize);

// Writes the stream to the image file(s), in order, with O_DIRECT from the
// page-aligned pool buffers when the file system accepts it (kernel CPU
// time falls ~4x against buffered writes, IMAGING.md), else buffered.
// Files are created exclusively: an existing file is never overwritten.
// Each segment is flushed to the medium (fdatasync) before it counts.
class ImageWriter final : public BlockConsumer {
public:
    // `paths` from segmentPaths(); every segment but the last holds
    // exactly splitSize bytes.
    ImageWriter(QStringList paths, qint64 splitSize);
    ~ImageWriter() override;

    Status consume(const Buffer &block) override;
    Status finish() override;

    // Bytes written and synced or in flight, in stream order.
    qint64 bytesWritten() const { return m_written; }
    QList<ImageSegment> segments() const; // files created so far, with sizes
    bool directIo() const { return m_directUsed; }
    void closeAll(); // after a failure: close without syncing

private:
    Status openSegment(int index);
    Status closeSegment();
    Status writeAll(const std::byte *data, std::size_t size);
    Error writeError(const QString &what, int err) const;

    QStringList m_paths;
    qint64 m_splitSize;
    int m_index = -1;
    int m_fd = -1;
    qint64 m_segPos = 0; // position within the open segment
    qint64 m_written = 0;
    bool m_directAllowed = true;
    bool m_direct = false;
    bool m_directUsed = false;
    QList<qint64> m_sizes;
};

} // namespace firebreak
