#include "LogFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
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

bool writeAll(int fd, const QByteArray &data, int &err)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            err = n < 0 ? errno : EIO;
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QByteArray tmpl = QFile::encodeName(path) + ".tmp-XXXXXX";
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0)
        return Error::failed(
            QStringLiteral("cannot create a temporary file next to %1: %2").arg(path, errnoText(errno)));
    int err = 0;
    // mkostemp creates 0600, and it stays so: logs and hash files name the
    // source, host and examiner, and sit next to evidence only its owner reads.
    ::fchmod(fd, 0600);
    bool ok = writeAll(fd, data, err);
    if (ok && ::fsync(fd) != 0) {
        err = errno;
        ok = false;
    }
    if (::close(fd) != 0 && ok) {
        err = errno;
        ok = false;
    }
    if (ok && ::rename(tmpl.constData(), QFile::encodeName(path).constData()) != 0) {
        err = errno;
        ok = false;
    }
    if (!ok) {
        ::unlink(tmpl.constData());
        return Error::failed(QStringLiteral("cannot write %1: %2").arg(path, errnoText(err)));
    }
    return {};
}

void reserveSpace(const QString &path, qint64 bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, bytes); // best effort: not every file system has it
    ::close(fd);
}

Status rewriteInPlace(const QString &path, const QByteArray &data)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::failed(QStringLiteral("cannot open %1: %2").arg(path, errnoText(errno)));
    int err = 0;
    bool ok = writeAll(fd, data, err);
    if (ok && ::ftruncate(fd, data.size()) != 0) {
        err = errno;
        ok = false;
    }
    if (ok && ::fsync(fd) != 0) {
        err = errno;
        ok = false;
    }
    ::close(fd);
    if (!ok)
        return Error::failed(QStringLiteral("cannot rewrite %1: %2").arg(path, errnoText(err)));
    return {};
}

} // namespace firebreak
