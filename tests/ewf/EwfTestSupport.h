#pragma once

// Helpers for the E01 tests: source files with random data and zero runs
// (so compression has something to do), and the libewf tools as processes.

#include "forensics/ImagingTestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace firebreak::test {

// Random data with a zero run in every fourth MiB: fast and best
// compression then give different sizes than none.
inline bool writeMixedFile(const QString &path, qint64 size, quint32 seed = 7)
{
    if (!writeRandomFile(path, size, seed))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const QByteArray zeros(1 << 20, '\0');
    for (qint64 off = 1 << 20; off < size; off += 4 << 20) {
        f.seek(off);
        f.write(zeros.constData(), qMin<qint64>(zeros.size(), size - off));
    }
    return f.flush();
}

// `ewfacquire` unattended, the reference writer.
inline ProcessResult ewfacquire(const QString &source, const QString &targetBase, const QStringList &extra = {})
{
    return runProcess(QStringLiteral("ewfacquire"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("-q"), QStringLiteral("-t"), targetBase} +
                          extra + QStringList{source});
}

inline ProcessResult ewfverify(const QString &first)
{
    return runProcess(QStringLiteral("ewfverify"),
                      {QStringLiteral("-q"), QStringLiteral("-d"), QStringLiteral("sha1"), first});
}

// "MD5 hash calculated over data:\t\tHEX"
inline QString toolValue(const QString &out, const QString &label)
{
    const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral(":\\s*([^\\n]*)"));
    const auto m = re.match(out);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace firebreak::test
