#include "SourceDevice.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace firebreak {

namespace {
QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}
} // namespace

Result<std::unique_ptr<SourceDevice>> SourceDevice::open(const QString &path)
{
    std::unique_ptr<SourceDevice> s(new SourceDevice);
    const QByteArray native = QFile::encodeName(path);
    // O_NOATIME keeps a source file's access time unchanged (the source must
    // not change); only the owner or root may ask for it.
    int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOATIME);
    s->m_identity.atimePreserved = fd >= 0;
    if (fd < 0 && errno == EPERM)
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{errno == ENOENT ? Error::Kind::NotFound : Error::Kind::Failed,
                     QStringLiteral("cannot open source %1: %2").arg(path, errnoText(errno))};
    s->m_fd = fd;

    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return Error::failed(QStringLiteral("cannot stat source %1: %2").arg(path, errnoText(errno)));
    s->m_rdev = st.st_rdev;
    s->m_dev = st.st_dev;
    s->m_ino = st.st_ino;
    SourceIdentity &id = s->m_identity;
    id.path = QFileInfo(path).absoluteFilePath(); // as named (a /dev/disk/by-id link stays one), but absolute
    id.canonicalPath = QFileInfo(path).canonicalFilePath();

    if (S_ISBLK(st.st_mode)) {
        id.isBlockDevice = true;
        id.atimePreserved = false; // meaningless for a device node
        quint64 bytes = 0;
        if (::ioctl(fd, BLKGETSIZE64, &bytes) != 0)
            return Error::failed(
                QStringLiteral("cannot read the size of %1 (BLKGETSIZE64): %2").arg(path, errnoText(errno)));
        id.sizeBytes = static_cast<qint64>(bytes);
        int logical = 0;
        unsigned int physical = 0;
        id.logicalSectorSize = ::ioctl(fd, BLKSSZGET, &logical) == 0 && logical > 0 ? logical : 512;
        id.physicalSectorSize =
            ::ioctl(fd, BLKPBSZGET, &physical) == 0 && physical > 0 ? static_cast<int>(physical) : id.logicalSectorSize;
        if (auto info = probeBlockDevice(st.st_rdev))
            id.device = *info;
        id.device.sizeBytes = id.sizeBytes;
        id.device.logicalSectorSize = id.logicalSectorSize;
        id.device.physicalSectorSize = id.physicalSectorSize;
        int ro = 0;
        if (::ioctl(fd, BLKROGET, &ro) == 0)
            s->m_protection.kernelFlagBefore = ro != 0;
        s->m_directFd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_DIRECT);
    } else if (S_ISREG(st.st_mode)) {
        id.sizeBytes = st.st_size;
        id.fileModifiedUtc =
            QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec, Qt::UTC).addMSecs(st.st_mtim.tv_nsec / 1000000);
        // Bad-sector granularity for files: the traditional 512-byte sector.
        id.logicalSectorSize = 512;
        id.physicalSectorSize = 512;
    } else {
        return Error::usage(QStringLiteral("source %1 is neither a block device nor a regular file").arg(path));
    }
    // Sequential hint: larger read-ahead on the source.
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    return s;
}

SourceDevice::~SourceDevice()
{
    restore();
    if (m_directFd >= 0)
        ::close(m_directFd);
    if (m_fd >= 0)
        ::close(m_fd);
}

void SourceDevice::protect(const QString &declaredBlocker)
{
    m_protection.declaredBlocker = declaredBlocker;
    if (!m_identity.isBlockDevice || m_protection.kernelFlagBefore)
        return;
    if (m_identity.device.inUse()) {
        m_protection.note = QStringLiteral("kernel read-only flag NOT set: the device is in use (%1) and setting it "
                                           "would make the running system fail its writes")
                                .arg(m_identity.device.stateText());
        return;
    }
    int on = 1;
    if (::ioctl(m_fd, BLKROSET, &on) != 0) {
        m_protection.note = QStringLiteral("kernel read-only flag NOT set: BLKROSET on %1 failed: %2")
                                .arg(m_identity.path, errnoText(errno));
        return;
    }
    m_protection.kernelFlagSetByFirebreak = true;
}

void SourceDevice::restore()
{
    if (!m_protection.kernelFlagSetByFirebreak || m_protection.kernelFlagRestored)
        return;
    int off = 0;
    if (::ioctl(m_fd, BLKROSET, &off) == 0)
        m_protection.kernelFlagRestored = true;
    else
        m_protection.note =
            QStringLiteral("restoring the read-write flag on %1 failed: %2 (the device stays read-only)")
                .arg(m_identity.path, errnoText(errno));
}

} // namespace firebreak
