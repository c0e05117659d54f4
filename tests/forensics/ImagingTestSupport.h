#pragma once

// Helpers for the imaging tests: real files with known random content,
// real processes, reference hashes from the coreutils tools.

#include "forensics/hash/Digest.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace firebreak::test {

// Writes `size` pseudo-random bytes (fixed seed per call site, so a failure
// reproduces) and returns false on any I/O problem.
inline bool writeRandomFile(const QString &path, qint64 size, quint32 seed = 42)
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

struct Run {
    int exitCode = -1;
    QString out, err;
};

inline Run runProgram(const QString &program, const QStringList &args, const QStringList &extraEnv = {},
                      const QString &workDir = {})
{
    QProcess p;
    QStringList env = QProcess::systemEnvironment();
    env += extraEnv;
    p.setEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, QStringLiteral("could not start %1").arg(program)};
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The first field of a coreutils *sum output line.
inline QString coreutilsSum(const QString &tool, const QString &path)
{
    return runProgram(tool, {path}).out.section(QLatin1Char(' '), 0, 0);
}

inline bool programExists(const QString &name)
{
    return QProcess::execute(QStringLiteral("sh"),
                             {QStringLiteral("-c"), QStringLiteral("command -v %1 >/dev/null").arg(name)}) == 0;
}

// ---- firebreak-cli as a process (FIREBREAK_CLI_PATH, FIREBREAK_FAULT_SHIM
// come from the test's compile definitions) ----
#ifdef FIREBREAK_FAULT_SHIM

inline QString cliPath()
{
    return QStringLiteral(FIREBREAK_CLI_PATH);
}

inline Run cli(const QStringList &args, const QStringList &env = {})
{
    return runProgram(cliPath(), args, env);
}

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
    const Run r = runProgram(QStringLiteral("losetup"), args << file);
    return r.exitCode == 0 ? r.out.trimmed() : QString();
}

inline void detachLoop(const QString &dev)
{
    runProgram(QStringLiteral("losetup"), {QStringLiteral("-d"), dev});
}

#endif

} // namespace firebreak::test
