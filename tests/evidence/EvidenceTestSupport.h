#pragma once

// Helpers for the evidence tests: real files, real outside tools.

#include "support/TestSupport.h"

#include <QFile>
#include <QRandomGenerator>

namespace firebreak::test {

inline bool writeRandom(const QString &path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator rng(seed);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = qMin<qint64>(chunk.size(), size - done);
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (f.write(chunk.constData(), n) != n)
            return false;
        done += n;
    }
    return f.flush();
}

// The hex digest printed by md5sum / sha1sum / sha256sum (coreutils).
inline QString coreutilsHash(const QString &tool, const QString &path)
{
    const ProcessResult r = runProcess(tool, {path});
    return r.exitCode == 0 ? r.out.section(QLatin1Char(' '), 0, 0) : QString();
}

// Flips every bit of the byte at `offset` in place (same size, new content).
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (f.read(&c, 1) != 1 || !f.seek(offset))
        return false;
    c = static_cast<char>(~c);
    return f.write(&c, 1) == 1;
}

} // namespace firebreak::test
