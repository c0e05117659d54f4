#pragma once

#include "forensics/imaging/ImagingTypes.h"
#include "forensics/imaging/Pipeline.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace firebreak {

namespace ewf {
class Handle;
}

// The libewf release in use, e.g. "20140813", for logs.
const char *ewfLibraryVersion();

// NAME.E01 or NAME.e01 -> NAME; anything else is already a base name.
QString ewfBaseName(const QString &destination);
// Segment `number` (1-based) of the set NAME: NAME.E01 ... NAME.E99, NAME.EAA, ...
QString ewfSegmentPath(const QString &base, int number);
// Every name a set of `mediaSize` bytes could use with this segment size
// (compression can only make it fewer), for the never-overwrite check.
QStringList ewfSegmentPaths(const QString &base, qint64 mediaSize, qint64 segmentSize);

struct EwfWriterSettings {
    QString basePath; // NAME: libewf adds .E01, .E02, ...
    qint64 mediaSize = 0;
    int bytesPerSector = 512;
    EwfCompression compression = EwfCompression::Fast;
    qint64 segmentSize = DefaultEwfSegmentSize;
    int chunkSize = 32 * 1024; // 64 sectors of 512 bytes, as ewfacquire
    CaseInfo caseInfo;
    QString model, serialNumber; // of the source device, when known
    bool physical = true;        // a whole device rather than a file
    bool removable = false;
    QString operatingSystem;
    int compressionThreads = 0; // 0: one per core
};

// The image writer stage for E01: libewf owns the file format (sections,
// tables, segment files) but its write_buffer compresses on the calling
// thread. Here zlib compresses each 32 KiB chunk on worker threads, with
// the rule libewf applies (a chunk is stored compressed only when that
// makes it smaller than the chunk size, else raw with its Adler-32), and
// the finished chunks go to libewf_handle_write_chunk in order. While the
// workers compress block N, this stage's own thread hands block N-1's
// chunks to libewf, then helps compress.
//
// The MD5 / SHA-1 stored in the image are computed by the hash stages, so
// the set is closed by finalize() after the pipeline, not by finish().
class EwfWriter final : public BlockConsumer {
public:
    static Result<std::unique_ptr<EwfWriter>> create(const EwfWriterSettings &settings);
    ~EwfWriter() override;

    Status consume(const Buffer &block) override;
    Status finish() override;

    // Stores the hashes (MD5 and SHA-1, as ewfacquire) and the acquiry
    // error list (bad sectors, zero-filled), writes the closing sections
    // and closes every segment, flushed to the medium.
    Status finalize(const HashValues &hashes, const QList<BadSectorRange> &badSectors);
    // After a failure or a cancel: close what exists, no hashes.
    void abandon();

    qint64 bytesWritten() const { return m_written; }
    // Segment files on disk now (NAME.E01, ...), with their sizes.
    QList<ImageSegment> segments() const;
    QString firstSegmentPath() const;

private:
    struct Slot;
    struct Batch;
    explicit EwfWriter(const EwfWriterSettings &settings);
    void workerLoop();
    void compressSome(Batch &batch);
    void compressChunk(Batch &batch, int index) const;
    Status writeBatch(Batch &batch);
    Status writeStored(const Buffer &block);
    Error libewfError(const QString &what, const QString &detail) const;

    EwfWriterSettings m_settings;
    std::unique_ptr<ewf::Handle> m_handle;
    int m_zlibLevel = 0;
    std::vector<std::unique_ptr<Batch>> m_batches; // two: one compressing, one waiting to be written
    int m_current = 0;
    bool m_pending = false;
    qint64 m_written = 0;
    bool m_closed = false;

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake, m_done;
    Batch *m_job = nullptr;
    quint64 m_generation = 0;
    bool m_stop = false;
};

} // namespace firebreak
