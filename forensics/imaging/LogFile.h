#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

namespace firebreak {

// Small-file writes for logs and hash files, with every write() checked.
// (QSaveFile is not used: when a buffered flush fails with ENOSPC it still
// renames the empty temporary over the target, which would turn the log
// of a failed acquisition into an empty file.)

// Temporary file in the same directory, fsync, rename over `path`.
Status writeFileAtomically(const QString &path, const QByteArray &data);

// Reserves `bytes` of disk blocks for `path` without changing its size
// (fallocate KEEP_SIZE), so rewriteInPlace() still works once the image
// has filled the disk.
void reserveSpace(const QString &path, qint64 bytes);

// Overwrites `path` from offset 0 and truncates it to `data`'s length:
// needs no new blocks while the data fits in what the file already holds.
Status rewriteInPlace(const QString &path, const QByteArray &data);

} // namespace firebreak
