#include "TarContainer.h"

#include "Manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace firebreak::archive {

TarWriter::~TarWriter()
{
    if (m_archive)
        archive_write_free(m_archive); // also closes; the caller discards the partial output
}

long long TarWriter::writeCallback(struct archive *, void *self, const void *buffer, size_t length)
{
    auto *w = static_cast<TarWriter *>(self);
    if (Status s = w->m_sink(static_cast<const char *>(buffer), static_cast<qint64>(length)); !s) {
        w->m_sinkFailed = true;
        w->m_sinkError = s.error();
        return -1;
    }
    return static_cast<long long>(length);
}

Result<std::unique_ptr<TarWriter>> TarWriter::open(ByteSink sink, QString label)
{
    std::unique_ptr<TarWriter> w(new TarWriter);
    w->m_sink = std::move(sink);
    w->m_label = std::move(label);
    w->m_archive = archive_write_new();
    if (!w->m_archive)
        return Error::failed(QStringLiteral("cannot start tar %1: out of memory").arg(w->m_label));
    if (archive_write_set_format_pax_restricted(w->m_archive) != ARCHIVE_OK ||
        archive_write_add_filter_none(w->m_archive) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(w->m_archive, 1) != ARCHIVE_OK ||
        archive_write_open2(w->m_archive, w.get(), nullptr,
                            reinterpret_cast<archive_write_callback *>(&TarWriter::writeCallback), nullptr,
                            nullptr) != ARCHIVE_OK)
        return w->failure(QStringLiteral("cannot start")).error();
    return w;
}

Status TarWriter::failure(const QString &what)
{
    if (m_sinkFailed)
        return m_sinkError;
    return Error::failed(
        QStringLiteral("tar %1: %2: %3").arg(m_label, what, QString::fromUtf8(archive_error_string(m_archive))));
}

Status TarWriter::beginFile(const QString &name, qint64 size, const QDateTime &mtime)
{
    struct archive_entry *e = archive_entry_new();
    const QByteArray utf8 = name.toUtf8();
    archive_entry_set_pathname_utf8(e, utf8.constData());
    archive_entry_set_size(e, size);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, mtime.toSecsSinceEpoch(), 0);
    const int r = archive_write_header(m_archive, e);
    archive_entry_free(e);
    if (r != ARCHIVE_OK)
        return failure(QStringLiteral("cannot add %1").arg(name));
    return {};
}

Status TarWriter::writeData(const char *data, qint64 size)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive, data, static_cast<size_t>(size));
        if (n <= 0)
            return failure(QStringLiteral("cannot write data"));
        data += n;
        size -= n;
    }
    return {};
}

Status TarWriter::close()
{
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return failure(QStringLiteral("cannot finish"));
    archive_write_free(m_archive);
    m_archive = nullptr;
    return {};
}

bool looksLikeTar(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray block = f.read(512);
    return block.size() == 512 && block.mid(257, 5) == "ustar";
}

Status extractTar(const QString &tarPath, const QString &dir, const ByteProgress &progress, const CancelToken &cancel)
{
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_filter_none(a);
    std::unique_ptr<struct archive, int (*)(struct archive *)> guard(a, &archive_read_free);
    if (archive_read_open_filename(a, QFile::encodeName(tarPath).constData(), 1 << 20) != ARCHIVE_OK)
        return Error::failed(
            QStringLiteral("cannot open tar %1: %2").arg(tarPath, QString::fromUtf8(archive_error_string(a))));
    const qint64 total = QFileInfo(tarPath).size();
    QByteArray buf(1 << 20, Qt::Uninitialized);
    struct archive_entry *e = nullptr;
    for (;;) {
        const int r = archive_read_next_header(a, &e);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK)
            return Error{
                Error::Kind::Corrupt,
                QStringLiteral("tar %1 is damaged: %2").arg(tarPath, QString::fromUtf8(archive_error_string(a)))};
        const char *rawName = archive_entry_pathname_utf8(e);
        const QString name = QString::fromUtf8(rawName ? rawName : archive_entry_pathname(e));
        QString clean = name;
        while (clean.endsWith(QLatin1Char('/')))
            clean.chop(1);
        if (!isContainedPath(clean))
            return Error{Error::Kind::Corrupt,
                         QStringLiteral("tar %1 holds \"%2\", a name outside the package; nothing is extracted "
                                        "from it")
                             .arg(tarPath, name)};
        const QString target = dir + QLatin1Char('/') + clean;
        const auto type = archive_entry_filetype(e);
        if (type == AE_IFDIR) {
            QDir().mkpath(target);
            continue;
        }
        if (type != AE_IFREG)
            return Error{Error::Kind::Corrupt,
                         QStringLiteral("tar %1 holds \"%2\", which is not a regular file (links are refused)")
                             .arg(tarPath, name)};
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (out.exists() || !out.open(QIODevice::WriteOnly))
            return Error::failed(
                QStringLiteral("cannot extract %1 from %2 (duplicate entry or unwritable)").arg(name, tarPath));
        for (;;) {
            if (cancel.stopRequested())
                return Error::failed(QStringLiteral("extracting %1 was cancelled").arg(tarPath));
            const la_ssize_t n = archive_read_data(a, buf.data(), static_cast<size_t>(buf.size()));
            if (n < 0)
                return Error{Error::Kind::Corrupt, QStringLiteral("tar %1: cannot read %2: %3")
                                                       .arg(tarPath, name, QString::fromUtf8(archive_error_string(a)))};
            if (n == 0)
                break;
            if (out.write(buf.constData(), n) != n)
                return Error::failed(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
            if (progress)
                progress(archive_filter_bytes(a, -1), total);
        }
        if (!out.flush())
            return Error::failed(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    }
    return {};
}

} // namespace firebreak::archive
