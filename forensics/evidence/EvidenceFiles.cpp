// Adding a file to the evidence register: checks first (a typo must not
// cost an hour of hashing), then one pass with MD5, SHA-1 and SHA-256, then
// registration with its audit entry and the 'collected' custody event.

#include "EvidenceFiles.h"

#include "EvidenceHashing.h"
#include "forensics/imaging/Registration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace firebreak {

namespace {

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

QDateTime mtimeUtc(const struct stat &st)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000,
                                          QTimeZone::utc());
}

// Opens read-only without touching the access time when the kernel lets us
// (O_NOATIME needs ownership or CAP_FOWNER): adding evidence must not change it.
int openEvidence(const QString &path, bool &atimePreserved)
{
    const QByteArray native = QFile::encodeName(path);
    // O_NOFOLLOW: a symlink swapped in after the checks must not redirect the hash.
    int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOATIME);
    atimePreserved = fd >= 0;
    if (fd < 0 && errno == EPERM)
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    return fd;
}

struct FdCloser {
    int fd;
    ~FdCloser()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

Status checkRequest(const CaseStore &store, const FileEvidenceRequest &r, QString &number)
{
    if (r.description.trimmed().isEmpty())
        return Error::usage(QStringLiteral("a description of %1 is required (what it is, why it matters)")
                                .arg(r.path.isEmpty() ? QStringLiteral("the item") : r.path));
    if (!r.volatility.isEmpty() && !volatilityClasses().contains(r.volatility))
        return Error::usage(QStringLiteral("volatility \"%1\" is not one of %2 (RFC 3227 order)")
                                .arg(r.volatility, volatilityClasses().join(QStringLiteral(", "))));
    if (auto system = store.listedSystem(r.incidentId, r.system); !system)
        return system.error();
    if (!r.collectedZone.isEmpty() && !QTimeZone(r.collectedZone.toUtf8()).isValid())
        return Error::usage(
            QStringLiteral("time zone \"%1\" is not an IANA zone like Europe/Paris").arg(r.collectedZone));
    if (r.collectedAt.isValid() && r.collectedAt > store.clock().nowUtc().addSecs(300))
        return Error::usage(QStringLiteral("collection time %1 is in the future").arg(toIsoUtc(r.collectedAt)));
    auto reserved = reserveEvidenceNumber(store, r.incidentId, r.evidenceNumber);
    if (!reserved)
        return reserved.error();
    number = *reserved;
    return {};
}

// Refusals before any byte is read, each naming the file.
Status checkFile(const QString &path, const struct stat &st)
{
    if (S_ISDIR(st.st_mode))
        return Error::usage(
            QStringLiteral("%1 is a directory; add the files in it one by one, or archive it first").arg(path));
    if (S_ISBLK(st.st_mode) || S_ISCHR(st.st_mode))
        return Error::usage(QStringLiteral("%1 is a device; acquire it with `firebreak-cli image --incident ...`, "
                                           "which records the source identity and write protection")
                                .arg(path));
    if (!S_ISREG(st.st_mode))
        return Error::usage(
            QStringLiteral("%1 is not a regular file (a pipe or socket cannot be hashed reproducibly)").arg(path));
    return {};
}

} // namespace

QString EvidenceFinding::text() const
{
    if (problem == QLatin1String("missing"))
        return QStringLiteral("%1: missing%2")
            .arg(file, expected.isEmpty() ? QString() : QStringLiteral(" (registered with %1)").arg(expected));
    if (problem == QLatin1String("size"))
        return QStringLiteral("%1: size differs: registered %2, now %3").arg(file, expected, actual);
    if (problem == QLatin1String("unreadable"))
        return QStringLiteral("%1: cannot be read to the end: %2").arg(file, actual);
    if (problem == QLatin1String("replaced by a symbolic link"))
        return QStringLiteral("%1: replaced by a symbolic link to %2 (not followed)").arg(file, actual);
    if (problem == QLatin1String("ewf")) // libewf's finding, already naming its file
        return actual;
    if (const auto a = hashAlgorithmFromKey(problem))
        return QStringLiteral("%1: %2 differs: registered %3, now %4")
            .arg(file, hashAlgorithmLabel(*a), expected.isEmpty() ? QStringLiteral("(none)") : expected,
                 actual.isEmpty() ? QStringLiteral("(none)") : actual);
    QString line = QStringLiteral("%1: %2").arg(file, problem);
    if (!expected.isEmpty() || !actual.isEmpty())
        line += QStringLiteral(": expected %1, found %2").arg(expected, actual);
    return line;
}

Result<EvidenceItem> addFileEvidence(CaseStore &store, const FileEvidenceRequest &request, const ByteProgress &progress,
                                     const CancelToken &cancel)
{
    if (request.path.trimmed().isEmpty())
        return Error::usage(QStringLiteral("no file given to add as evidence"));
    QString number;
    if (auto st = checkRequest(store, request, number); !st)
        return st.error();

    const QString path = QFileInfo(request.path).absoluteFilePath();
    // The register must name the file that was hashed: a link could point
    // anywhere now and somewhere else by the time the item is verified.
    if (const QFileInfo link(path); link.isSymLink())
        return Error::usage(QStringLiteral("%1 is a symbolic link to %2; add the file it points to under its own "
                                           "path, so the register names what was hashed")
                                .arg(path, link.symLinkTarget()));
    struct stat before {};
    if (::stat(QFile::encodeName(path).constData(), &before) != 0)
        return errno == ENOENT ? Error::notFound(QStringLiteral("%1: no such file").arg(path))
                               : Error::failed(QStringLiteral("%1: %2").arg(path, errnoText(errno)));
    if (auto st = checkFile(path, before); !st)
        return st.error();
    bool atimePreserved = false;
    const int fd = openEvidence(path, atimePreserved);
    if (fd < 0)
        return Error::failed(QStringLiteral("cannot read %1: %2").arg(path, errnoText(errno)));
    FdCloser closer{fd};
    if (::fstat(fd, &before) != 0)
        return Error::failed(QStringLiteral("cannot read %1: %2").arg(path, errnoText(errno)));
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);

    const qint64 size = before.st_size;
    const QDateTime startedAt = store.clock().nowUtc();
    const StreamHash h = hashStream(
        size,
        [&](std::byte *dst, qint64 offset, std::size_t length) -> Status {
            std::size_t done = 0;
            while (done < length) {
                const ssize_t n = ::pread(fd, dst + done, length - done, offset + qint64(done));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0)
                    return Error::failed(QStringLiteral("reading %1 at offset %2 failed: %3")
                                             .arg(path)
                                             .arg(offset + qint64(done))
                                             .arg(errnoText(errno)));
                if (n == 0)
                    return Error::failed(
                        QStringLiteral("%1 ended at offset %2 while it was being hashed (it was %3 bytes "
                                       "when hashing started): it is changing; copy it first, then add the copy")
                            .arg(path)
                            .arg(offset + qint64(done))
                            .arg(size));
                done += std::size_t(n);
            }
            return {};
        },
        progress, cancel);
    if (h.cancelled)
        return Error::failed(QStringLiteral("adding %1 was cancelled after %2 of %3 bytes; nothing was registered")
                                 .arg(path)
                                 .arg(h.bytes)
                                 .arg(size));
    if (!h.complete())
        return Error::failed(h.error + QStringLiteral("; nothing was registered"));

    // A live log that grew or was rewritten while we read it has no single
    // hash: refuse rather than register bytes that never existed together.
    struct stat after {};
    if (::fstat(fd, &after) != 0 || after.st_size != before.st_size || after.st_mtim.tv_sec != before.st_mtim.tv_sec ||
        after.st_mtim.tv_nsec != before.st_mtim.tv_nsec)
        return Error::failed(QStringLiteral("%1 changed while it was being hashed (size %2 -> %3 bytes); copy it "
                                            "first, then add the copy. Nothing was registered")
                                 .arg(path)
                                 .arg(before.st_size)
                                 .arg(after.st_size));

    EvidenceItem e;
    e.incidentId = request.incidentId;
    e.evidenceNumber = number;
    e.kind = EvidenceKind::File;
    e.description = request.description.trimmed();
    e.source = request.source.trimmed().isEmpty() ? path : request.source.trimmed();
    e.imagePath = path;
    e.sizeBytes = size;
    e.md5 = h.hashes.value(HashAlgorithm::Md5);
    e.sha1 = h.hashes.value(HashAlgorithm::Sha1);
    e.sha256 = h.hashes.value(HashAlgorithm::Sha256);
    e.examiner = request.collectedBy.trimmed().isEmpty() ? store.actor() : request.collectedBy.trimmed();
    e.startedAt = startedAt;
    e.endedAt = store.clock().nowUtc();
    e.collectedAt = request.collectedAt.isValid() ? request.collectedAt.toUTC() : e.endedAt;
    e.collectedZone =
        request.collectedZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : request.collectedZone;
    e.storageLocation = request.storageLocation.trimmed();
    e.volatility = request.volatility;
    e.system = request.system;
    e.details = QJsonObject{
        {QStringLiteral("format"), QStringLiteral("file")},
        {QStringLiteral("original_path"), request.path},
        {QStringLiteral("absolute_path"), path},
        {QStringLiteral("file_size"), size},
        {QStringLiteral("file_mtime_utc"), toIsoUtc(mtimeUtc(before))},
        {QStringLiteral("file_inode"), QString::number(before.st_ino)},
        {QStringLiteral("file_mode"), QString::number(before.st_mode & 07777, 8)},
        {QStringLiteral("atime_preserved"), atimePreserved},
        {QStringLiteral("hashed_by"), digestLibraryVersion()},
        {QStringLiteral("segments"),
         QJsonArray{QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("size_bytes"), size}}}},
    };
    return store.registerEvidence(e);
}

} // namespace firebreak
