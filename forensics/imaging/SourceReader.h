#pragma once

#include "ImagingTypes.h"
#include "forensics/common/CancelToken.h"

#include <atomic>
#include <cstddef>
#include <mutex>

namespace firebreak {

// Reads the source stream block by block. On a read error it falls back
// to sector-sized reads over the failing block, retries each failing
// sector, and zero-fills exactly the sectors that stay unreadable (NIST
// CFTT: a benign fill of exactly the inaccessible data, not of the whole
// block around it). Anything that is not a media error (device gone, the
// source shorter than announced) stops the job instead.
class SourceReader {
public:
    SourceReader(QString path, int fd, int directFd, qint64 size, int sectorSize, int retries,
                 const CancelToken &cancel);
    ~SourceReader();
    SourceReader(const SourceReader &) = delete;
    SourceReader &operator=(const SourceReader &) = delete;

    // Fills dst with the source bytes [offset, offset + length).
    Status read(std::byte *dst, qint64 offset, std::size_t length);

    QList<BadSectorRange> badSectors() const;
    qint64 badSectorCount() const { return m_badCount.load(std::memory_order_relaxed); }

private:
    Status readSectors(std::byte *dst, qint64 offset, std::size_t length);
    // >0 bytes read, 0 end of source, -errno on failure.
    long readOnce(int fd, std::byte *dst, std::size_t length, qint64 offset);
    void recordBad(qint64 sector, int err);
    Error failure(qint64 offset, int err) const;

    QString m_path;
    int m_fd, m_directFd;
    qint64 m_size;
    int m_sectorSize;
    int m_retries;
    const CancelToken &m_cancel;
    std::byte *m_scratch = nullptr; // aligned sector buffer for O_DIRECT retries
    mutable std::mutex m_mutex;
    QList<BadSectorRange> m_bad;
    std::atomic<qint64> m_badCount{0};
};

// True for errno values that mean "this sector cannot be read" rather than
// "the device is gone".
bool isMediaError(int err);

} // namespace firebreak
