#pragma once

// Helpers for the imaging tests: real files with known random content
// (writeRandomFile, support/TestSupport.h), real processes, reference
// hashes from the coreutils tools, read errors injected by the fault shim.

#include "forensics/hash/Digest.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace firebreak::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString hexOfFile(HashAlgorithm a, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Digest d(a);
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        d.update(chunk);
    }
    return d.finishHex();
}

inline QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

inline bool programExists(const QString &name)
{
    return QProcess::execute(QStringLiteral("sh"),
                             {QStringLiteral("-c"), QStringLiteral("command -v %1 >/dev/null").arg(name)}) == 0;
}

// ---- firebreak-cli under the read-error shim (FIREBREAK_FAULT_SHIM comes
// from firebreak_use_fault_shim; the CLI itself runs through runCli) ----
#ifdef FIREBREAK_FAULT_SHIM

inline QStringList faultEnv(const QString &file, const QList<qint64> &sectors,
                            const QString &mode = QStringLiteral("eio"), int transient = 0)
{
    QStringList list;
    for (qint64 s : sectors)
        list << QString::number(s);
    return {QStringLiteral("LD_PRELOAD=%1").arg(QStringLiteral(FIREBREAK_FAULT_SHIM)),
            QStringLiteral("FIREBREAK_FAULT_FILE=%1").arg(file),
            QStringLiteral("FIREBREAK_FAULT_SECTORS=%1").arg(list.join(QLatin1Char(','))),
            QStringLiteral("FIREBREAK_FAULT_MODE=%1").arg(mode),
            QStringLiteral("FIREBREAK_FAULT_TRANSIENT=%1").arg(transient)};
}

// faultEnv() for a reference tool that is not ours (dc3dd): the shim alone.
// In a FIREBREAK_SANITIZE build FIREBREAK_FAULT_SHIM also preloads the ASan
// runtime ahead of the shim, which only our instrumented binaries need; in
// an uninstrumented tool it would only report that tool's own leaks.
inline QStringList foreignFaultEnv(const QString &file, const QList<qint64> &sectors)
{
    QStringList env = faultEnv(file, sectors);
    const QString shim = QStringLiteral(FIREBREAK_FAULT_SHIM).section(QLatin1Char(':'), -1);
    for (QString &e : env) {
        if (e.startsWith(QLatin1String("LD_PRELOAD=")))
            e = QStringLiteral("LD_PRELOAD=") + shim;
    }
    return env;
}

// The source with exactly the given 512-byte sectors zeroed: what a
// correct imager writes (dc3dd on a device does the same).
inline QByteArray zeroSectors(QByteArray data, const QList<qint64> &sectors)
{
    for (qint64 s : sectors) {
        const qint64 from = s * 512;
        data.replace(from, qMin<qint64>(512, data.size() - from),
                     QByteArray(qMin<qint64>(512, data.size() - from), '\0'));
    }
    return data;
}

// "md5     HEX" lines printed by `image`.
inline QString printedHash(const QString &out, const QString &alg)
{
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.startsWith(alg + QLatin1Char(' ')))
            return line.section(QLatin1Char(' '), -1);
    return {};
}

// Attaches FILE to a free loop device; empty when this machine cannot.
inline QString attachLoop(const QString &file, bool readOnly)
{
    QStringList args{QStringLiteral("-f"), QStringLiteral("--show")};
    if (readOnly)
        args << QStringLiteral("-r");
    const ProcessResult r = runProcess(QStringLiteral("losetup"), args << file);
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

inline void detachLoop(const QString &dev)
{
    runProcess(QStringLiteral("losetup"), {QStringLiteral("-d"), dev});
}

#endif

} // namespace firebreak::test
