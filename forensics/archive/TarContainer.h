#pragma once

#include "forensics/common/ByteProgress.h"
#include "forensics/common/CancelToken.h"
#include "model/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

struct archive;

namespace firebreak::archive {

// Where the tar bytes go (a file, or the CMS encryptor): called with
// blocks of the archive as libarchive produces them.
using ByteSink = std::function<Status(const char *data, qint64 size)>;

// A tar stream written through libarchive (POSIX pax, plain ustar
// headers where they suffice, so `tar -t` / `tar -x` of GNU tar and
// bsdtar read it). Entries stream: a file of any size goes through in
// blocks; its size is declared before its data.
class TarWriter {
public:
    ~TarWriter();
    static Result<std::unique_ptr<TarWriter>> open(ByteSink sink, QString label);

    Status beginFile(const QString &name, qint64 size, const QDateTime &mtime);
    Status writeData(const char *data, qint64 size);
    // Ends the archive (trailer blocks); the sink has had every byte.
    Status close();

private:
    TarWriter() = default;
    Status failure(const QString &what);
    static long long writeCallback(struct archive *, void *self, const void *buffer, size_t length);

    struct archive *m_archive = nullptr;
    ByteSink m_sink;
    QString m_label; // the file named in errors
    Error m_sinkError;
    bool m_sinkFailed = false;
    bool m_closed = false;
};

// Unpacks a tar into `dir` (which must exist and be empty) with
// libarchive, refusing entries that would land outside it (absolute
// paths, "..", links). Regular files and directories only.
Status extractTar(const QString &tarPath, const QString &dir, const ByteProgress &progress, const CancelToken &cancel);

// True if the file starts like a tar archive (ustar magic).
bool looksLikeTar(const QString &path);

} // namespace firebreak::archive
