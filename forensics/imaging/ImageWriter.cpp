#include "ImageWriter.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace firebreak {

namespace {
constexpr qint64 DirectAlign = static_cast<qint64>(BufferPool::Alignment);
}

QStringList segmentPaths(const QString &destination, qint64 totalSize, qint64 splitSize)
{
    if (splitSize <= 0)
        return {destination};
    const qint64 count = std::max<qint64>(1, (totalSize + splitSize - 1) / splitSize);
    const int digits = std::max(3, static_cast<int>(QString::number(count).size()));
    QStringList out;
    for (qint64 i = 1; i <= count; ++i)
        out << QStringLiteral("%1.%2").arg(destination).arg(i, digits, 10, QLatin1Char('0'));
    return out;
}

ImageWriter::ImageWriter(QStringList paths, qint64 splitSize) : m_paths(std::move(paths)), m_splitSize(splitSize)
{
    // O_DIRECT needs every write offset and length aligned; segment
    // boundaries that are not would split a buffer at an unaligned place.
    m_directAllowed = splitSize <= 0 || splitSize % DirectAlign == 0;
}

ImageWriter::~ImageWriter()
{
    closeAll();
}

Error ImageWriter::writeError(const QString &what, int err) const
{
    const QString path = m_paths.value(std::max(m_index, 0));
    return Error::failed(QStringLiteral("%1 image file %2 failed at image offset %3 (offset %4 in that file): %5")
                             .arg(what, path)
                             .arg(m_written)
                             .arg(m_segPos)
                             .arg(QString::fromLocal8Bit(std::strerror(err))));
}

Status ImageWriter::openSegment(int index)
{
    m_index = index;
    m_segPos = 0;
    const QByteArray native = QFile::encodeName(m_paths[index]);
    // O_EXCL: never overwrite anything, even a file that appeared since the
    // pre-flight check.
    m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (m_fd < 0)
        return writeError(QStringLiteral("creating"), errno);
    m_sizes.append(0);
    // Asking after creation, so a refusal (EINVAL) leaves a usable
    // buffered descriptor instead of a created file we cannot reopen.
    m_direct = false;
    if (m_directAllowed) {
        const int flags = ::fcntl(m_fd, F_GETFL);
        m_direct = flags >= 0 && ::fcntl(m_fd, F_SETFL, flags | O_DIRECT) == 0;
        m_directUsed = m_directUsed || m_direct;
    }
    return {};
}

Status ImageWriter::closeSegment()
{
    if (m_fd < 0)
        return {};
    // The image counts as written only once it is on the medium; a delayed
    // write error (EIO, ENOSPC on thin storage) shows up here.
    if (::fdatasync(m_fd) != 0) {
        const int e = errno;
        ::close(m_fd);
        m_fd = -1;
        return writeError(QStringLiteral("flushing"), e);
    }
    struct stat st {};
    if (::fstat(m_fd, &st) == 0 && st.st_nlink == 0) {
        ::close(m_fd);
        m_fd = -1;
        return Error::failed(QStringLiteral("image file %1 was deleted during the acquisition (image offset %2)")
                                 .arg(m_paths[m_index])
                                 .arg(m_written));
    }
    const int rc = ::close(m_fd);
    m_fd = -1;
    if (rc != 0)
        return writeError(QStringLiteral("closing"), errno);
    return {};
}

void ImageWriter::closeAll()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Status ImageWriter::writeAll(const std::byte *data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        std::size_t want = size - done;
        if (m_direct && want % DirectAlign != 0) {
            // The unaligned tail of the image: finish it buffered.
            const int flags = ::fcntl(m_fd, F_GETFL);
            ::fcntl(m_fd, F_SETFL, flags & ~O_DIRECT);
            m_direct = false;
        }
        const ssize_t n = ::pwrite(m_fd, data + done, want, m_segPos);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EINVAL && m_direct) {
                // Accepted at open time but refused for this write: go buffered.
                const int flags = ::fcntl(m_fd, F_GETFL);
                ::fcntl(m_fd, F_SETFL, flags & ~O_DIRECT);
                m_direct = false;
                m_directAllowed = false;
                continue;
            }
            return writeError(QStringLiteral("writing"), errno);
        }
        if (n == 0)
            return writeError(QStringLiteral("writing"), EIO);
        done += static_cast<std::size_t>(n);
        m_segPos += n;
        m_written += n;
        m_sizes.last() = m_segPos;
        if (m_direct && n % DirectAlign != 0) {
            // A short write left the position unaligned: the rest goes buffered.
            const int flags = ::fcntl(m_fd, F_GETFL);
            ::fcntl(m_fd, F_SETFL, flags & ~O_DIRECT);
            m_direct = false;
        }
    }
    return {};
}

Status ImageWriter::consume(const Buffer &block)
{
    std::size_t pos = 0;
    while (pos < block.size) {
        if (m_fd < 0 || (m_splitSize > 0 && m_segPos >= m_splitSize)) {
            if (auto r = closeSegment(); !r)
                return r;
            if (m_index + 1 >= m_paths.size())
                return Error::failed(QStringLiteral("more data than announced for image %1").arg(m_paths.first()));
            if (auto r = openSegment(m_index + 1); !r)
                return r;
        }
        std::size_t chunk = block.size - pos;
        if (m_splitSize > 0)
            chunk = std::min<std::size_t>(chunk, static_cast<std::size_t>(m_splitSize - m_segPos));
        if (auto r = writeAll(block.data + pos, chunk); !r)
            return r;
        pos += chunk;
    }
    return {};
}

Status ImageWriter::finish()
{
    if (m_fd < 0 && m_index < 0) {
        if (auto r = openSegment(0); !r) // an empty source still gets its (empty) image file
            return r;
    }
    return closeSegment();
}

QList<ImageSegment> ImageWriter::segments() const
{
    QList<ImageSegment> out;
    for (qsizetype i = 0; i < m_sizes.size(); ++i)
        out.append({m_paths[i], m_sizes[i]});
    return out;
}

} // namespace firebreak
