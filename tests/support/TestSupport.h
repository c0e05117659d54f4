#pragma once

// Shared helpers for tests: real files, real processes, no fakes.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

namespace firebreak::test {

// The hex digest of a file's content; empty when it cannot be read.
inline QString fileHash(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(algorithm);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

inline QByteArray fileSha256(const QString &path)
{
    return fileHash(path, QCryptographicHash::Sha256).toLatin1();
}

// Writes `size` pseudo-random bytes (fixed seed per call site, so a failure
// reproduces; the same seed gives the same bytes everywhere) and returns
// false on any I/O problem.
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

// Flips every bit of the byte at `offset` in place: same size, new content
// (what a bad sector or a tamperer leaves).
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (f.read(&c, 1) != 1 || !f.seek(offset))
        return false;
    c = static_cast<char>(~c);
    return f.write(&c, 1) == 1 && f.flush();
}

struct ProcessResult {
    int exitCode = -1; // -1: did not start, crashed or did not finish
    QString out;
    QString err;
};

// Runs a real program to completion (sqlite3, sha256sum, ewfacquire,
// firebreak-cli...): `stdinData` on its standard input, which is then
// closed (so it never waits for a prompt), `extraEnv` ("NAME=value") added
// to this process's environment (a name already there takes the new
// value), in `workDir` unless empty.
inline ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &stdinData = {},
                                const QStringList &extraEnv = {}, const QString &workDir = {})
{
    QProcess p;
    if (!extraEnv.isEmpty())
        p.setEnvironment(QProcess::systemEnvironment() + extraEnv);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, QStringLiteral("could not start %1").arg(program)};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished(10000);
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QStringLiteral("%1 did not finish in 300 s").arg(program)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The hex digest printed by md5sum / sha1sum / sha256sum (coreutils);
// empty when the tool failed.
inline QString coreutilsSum(const QString &tool, const QString &path)
{
    const ProcessResult r = runProcess(tool, {path});
    return r.exitCode == 0 ? r.out.section(QLatin1Char(' '), 0, 0) : QString();
}

// Edits a case file behind Firebreak's back with the stock sqlite3 tool,
// the way an attacker or a careless admin would.
inline ProcessResult sqlite3(const QString &dbPath, const QString &script)
{
    return runProcess(QStringLiteral("sqlite3"), {dbPath}, script.toUtf8());
}

} // namespace firebreak::test
