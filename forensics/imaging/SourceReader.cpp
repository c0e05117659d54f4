#include "SourceReader.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace firebreak {

bool isMediaError(int err)
{
    switch (err) {
    case EIO:
    case EBADMSG:
    case ENODATA:
    case EILSEQ:
    case EREMOTEIO:
    case ETIMEDOUT: return true;
    default: return false;
    }
}

SourceReader::SourceReader(QString path, int fd, int directFd, qint64 size, int sectorSize, int retries,
                           const CancelToken &cancel)
    : m_path(std::move(path)), m_fd(fd), m_directFd(directFd), m_size(size), m_sectorSize(std::max(sectorSize, 512)),
      m_retries(std::max(retries, 0)), m_cancel(cancel)
{
    const std::size_t scratch = std::max<std::size_t>(4096, static_cast<std::size_t>(m_sectorSize));
    m_scratch = static_cast<std::byte *>(std::aligned_alloc(4096, scratch));
    if (!m_scratch)
        m_directFd = -1;
}

SourceReader::~SourceReader()
{
    std::free(m_scratch);
}

long SourceReader::readOnce(int fd, std::byte *dst, std::size_t length, qint64 offset)
{
    for (;;) {
        const ssize_t n = ::pread(fd, dst, length, offset);
        if (n >= 0)
            return static_cast<long>(n);
        if (errno != EINTR)
            return -errno;
    }
}

Error SourceReader::failure(qint64 offset, int err) const
{
    if (err == 0)
        return Error::failed(QStringLiteral("source %1 ended at offset %2 although its size was %3 bytes; "
                                            "the source changed or was removed during the acquisition")
                                 .arg(m_path)
                                 .arg(offset)
                                 .arg(m_size));
    return Error::failed(QStringLiteral("reading source %1 failed at offset %2: %3")
                             .arg(m_path)
                             .arg(offset)
                             .arg(QString::fromLocal8Bit(std::strerror(err))));
}

Status SourceReader::read(std::byte *dst, qint64 offset, std::size_t length)
{
    std::size_t done = 0;
    while (done < length) {
        const long n = readOnce(m_fd, dst + done, length - done, offset + static_cast<qint64>(done));
        if (n > 0) {
            done += static_cast<std::size_t>(n); // short reads happen before a bad area: go on from there
            continue;
        }
        if (n == 0)
            return failure(offset + static_cast<qint64>(done), 0);
        if (!isMediaError(static_cast<int>(-n)))
            return failure(offset + static_cast<qint64>(done), static_cast<int>(-n));
        // A media error somewhere in the rest of the block: go sector by
        // sector from the start of the sector holding `done`.
        const std::size_t aligned =
            done / static_cast<std::size_t>(m_sectorSize) * static_cast<std::size_t>(m_sectorSize);
        return readSectors(dst + aligned, offset + static_cast<qint64>(aligned), length - aligned);
    }
    return {};
}

Status SourceReader::readSectors(std::byte *dst, qint64 offset, std::size_t length)
{
    const auto sector = static_cast<std::size_t>(m_sectorSize);
    for (std::size_t pos = 0; pos < length; pos += sector) {
        if (m_cancel.stopRequested())
            return Error::failed(QStringLiteral("cancelled while reading %1 at offset %2").arg(m_path).arg(offset));
        const qint64 at = offset + static_cast<qint64>(pos);
        const std::size_t want = std::min(sector, length - pos);
        int lastErr = 0;
        bool ok = false;
        for (int attempt = 0; attempt <= m_retries && !ok; ++attempt) {
            // The O_DIRECT descriptor bypasses the page cache, so the error is
            // that of this sector alone; it needs whole aligned sectors.
            const bool direct = m_directFd >= 0 && want == sector;
            std::size_t got = 0;
            while (got < want) {
                const long n = direct ? readOnce(m_directFd, m_scratch + got, want - got, at + static_cast<qint64>(got))
                                      : readOnce(m_fd, dst + pos + got, want - got, at + static_cast<qint64>(got));
                if (n > 0) {
                    got += static_cast<std::size_t>(n);
                    continue;
                }
                lastErr = n == 0 ? 0 : static_cast<int>(-n);
                break;
            }
            if (got == want) {
                if (direct)
                    std::memcpy(dst + pos, m_scratch, want);
                ok = true;
            } else if (lastErr == EINVAL && direct) {
                m_directFd = -1; // the device refused O_DIRECT here: retry through the page cache
                --attempt;
            } else if (lastErr == 0 || !isMediaError(lastErr)) {
                return failure(at, lastErr);
            }
        }
        if (!ok) {
            std::memset(dst + pos, 0, want);
            recordBad(at / m_sectorSize, lastErr);
        }
    }
    return {};
}

void SourceReader::recordBad(qint64 sector, int err)
{
    std::lock_guard lock(m_mutex);
    if (!m_bad.isEmpty()) {
        BadSectorRange &last = m_bad.last();
        if (last.firstSector + last.sectorCount == sector) {
            ++last.sectorCount;
            last.lastErrno = err;
            m_badCount.fetch_add(1, std::memory_order_relaxed);
            return;
        }
    }
    m_bad.append(BadSectorRange{sector, 1, m_sectorSize, err});
    m_badCount.fetch_add(1, std::memory_order_relaxed);
}

QList<BadSectorRange> SourceReader::badSectors() const
{
    std::lock_guard lock(m_mutex);
    return m_bad;
}

} // namespace firebreak
