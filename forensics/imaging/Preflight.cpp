#include "Preflight.h"

#include "AcquisitionLog.h"
#include "ByteSize.h"
#include "SourceDevice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace firebreak {

Status checkOptions(const ImagingOptions &o)
{
    if (o.source.trimmed().isEmpty())
        return Error::usage(QStringLiteral("no source given"));
    if (o.destination.trimmed().isEmpty())
        return Error::usage(QStringLiteral("no destination given"));
    if (o.hashes.isEmpty())
        return Error::usage(QStringLiteral("at least one hash algorithm is required"));
    for (qsizetype i = 0; i < o.hashes.size(); ++i)
        if (o.hashes.indexOf(o.hashes[i]) != i)
            return Error::usage(QStringLiteral("hash %1 is listed twice").arg(hashAlgorithmKey(o.hashes[i])));
    if (o.blockSize < 4096 || o.blockSize % 4096 != 0 || o.blockSize > (64 << 20))
        return Error::usage(QStringLiteral("block size %1 must be a multiple of 4096 up to 64 MiB").arg(o.blockSize));
    if (o.bufferCount < 2 || o.blockSize * o.bufferCount > (qint64(192) << 20))
        return Error::usage(QStringLiteral("%1 buffers of %2 bytes: need at least 2 and at most 192 MiB in all")
                                .arg(o.bufferCount)
                                .arg(o.blockSize));
    if (o.splitSize < 0 || (o.splitSize > 0 && (o.splitSize < 4096 || o.splitSize % 512 != 0)))
        return Error::usage(
            QStringLiteral("split size %1 must be a whole number of 512-byte sectors, at least 4096 bytes")
                .arg(o.splitSize));
    if (o.format == ImageFormat::E01) {
        if (o.splitSize > 0)
            return Error::usage(QStringLiteral("an E01 image is split into segments by its segment size, not by a "
                                               "split size; use --segment-size"));
        // ewfacquire's minimum; libewf enforces the format's maximum.
        if (o.blockSize % (256 * 1024) != 0)
            return Error::usage(QStringLiteral("block size %1 must be a multiple of 256 KiB for E01 (whole 32 KiB "
                                               "chunks, 256 KiB on 4K-sector disks)")
                                    .arg(o.blockSize));
        if (o.ewfSegmentSize < (1 << 20))
            return Error::usage(
                QStringLiteral("E01 segment size %1 is below the 1 MiB minimum").arg(formatBytes(o.ewfSegmentSize)));
    }
    if (o.retries < 0 || o.retries > 100)
        return Error::usage(QStringLiteral("retries %1 must be between 0 and 100").arg(o.retries));
    return {};
}

QString freeDestinationLike(const QString &destination)
{
    const QFileInfo info(destination);
    const QDir dir = info.absoluteDir();
    // "E-001.dd" -> stem "E-001", suffix ".dd"; an E01 base has no suffix.
    const QString name = info.fileName();
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    const QStringList existing =
        dir.exists() ? dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System) : QStringList();
    auto taken = [&existing](const QString &candidateStem) {
        for (const QString &e : existing)
            if (e == candidateStem || e.startsWith(candidateStem + QLatin1Char('.')))
                return true;
        return false;
    };
    if (!taken(stem))
        return destination;
    // A third attempt after "E-001-2" is "E-001-3", not "E-001-2-2" (only
    // when "E-001" itself is there: "E-001" alone is a name, not attempt 1 of "E").
    static const QRegularExpression numbered(QStringLiteral("^(.+)-(\\d{1,4})$"));
    QString base = stem;
    int n = 2;
    if (const auto m = numbered.match(stem); m.hasMatch() && taken(m.captured(1))) {
        base = m.captured(1);
        n = m.captured(2).toInt() + 1;
    }
    for (;; ++n) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(n);
        if (!taken(candidate))
            return dir.filePath(candidate + suffix);
    }
}

QStringList outputNamesFor(const ImagingOptions &o, const QStringList &segmentPaths)
{
    QStringList names;
    for (const QString &p : segmentPaths)
        names << p << output::incomplete(p);
    const QString d = o.destination;
    names << d << output::incomplete(d);
    for (const QString &base : {d, output::incomplete(d)})
        names << output::infoPath(base) << output::jsonPath(base);
    for (HashAlgorithm a : {HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512})
        names << output::hashFilePath(d, a);
    names.removeDuplicates();
    return names;
}

Status checkDestination(const ImagingOptions &o, const SourceDevice &source, const QStringList &segmentPaths)
{
    for (const QString &p : outputNamesFor(o, segmentPaths)) {
        if (QFileInfo(p).exists() || QFileInfo(p).isSymLink())
            return Error{Error::Kind::Conflict,
                         QStringLiteral("%1 already exists; Firebreak never overwrites an image or its "
                                        "log. Choose another destination name.")
                             .arg(p)};
    }
    const QString dir = QFileInfo(o.destination).absolutePath();
    const QByteArray nativeDir = QFile::encodeName(dir);
    struct stat st {};
    if (::stat(nativeDir.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return Error::failed(QStringLiteral("destination directory %1 does not exist").arg(dir));
    if (::access(nativeDir.constData(), W_OK) != 0)
        return Error::failed(QStringLiteral("destination directory %1 is not writable: %2")
                                 .arg(dir, QString::fromLocal8Bit(std::strerror(errno))));

    // Writing the image onto the disk being imaged would change the
    // evidence: compare the directory's file system with the source
    // device and its partitions.
    const SourceIdentity &src = source.identity();
    if (src.isBlockDevice) {
        const QString fsDev = QStringLiteral("%1:%2").arg(major(st.st_dev)).arg(minor(st.st_dev));
        bool onSource = st.st_dev == source.rdev();
        for (const QString &part : src.device.partitions) {
            QFile f(QStringLiteral("/sys/class/block/%1/dev").arg(part));
            if (f.open(QIODevice::ReadOnly) && QString::fromLatin1(f.readAll()).trimmed() == fsDev)
                onSource = true;
        }
        if (onSource)
            return Error::failed(QStringLiteral("destination %1 is on the source device %2 itself; writing there would "
                                                "change the evidence. Use another disk.")
                                     .arg(dir, src.path));
    }

    if (o.checkFreeSpace) {
        struct statvfs vfs {};
        if (::statvfs(nativeDir.constData(), &vfs) == 0) {
            const qint64 free = static_cast<qint64>(vfs.f_bavail) * static_cast<qint64>(vfs.f_frsize);
            const qint64 needed = src.sizeBytes + (1 << 20); // image + logs and hash files
            if (free < needed)
                return Error::failed(QStringLiteral("destination %1 has %2 free, the image of %3 needs %4 (%5 bytes); "
                                                    "free space or choose another disk")
                                         .arg(dir, formatBytes(free), src.path, formatBytes(src.sizeBytes))
                                         .arg(src.sizeBytes));
        }
    }
    return {};
}

} // namespace firebreak
