#pragma once

// Shared helpers for tests: real files, real processes, no fakes.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>

namespace firebreak::test {

inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a real program to completion (sqlite3, sha256sum, firebreak-cli...).
inline ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &stdinData = {},
                                const QStringList &extraEnv = {})
{
    QProcess p;
    if (!extraEnv.isEmpty()) {
        QStringList env = QProcess::systemEnvironment();
        env += extraEnv;
        p.setEnvironment(env);
    }
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, QStringLiteral("could not start %1").arg(program)};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Edits a case file behind Firebreak's back with the stock sqlite3 tool,
// the way an attacker or a careless admin would.
inline ProcessResult sqlite3(const QString &dbPath, const QString &script)
{
    return runProcess(QStringLiteral("sqlite3"), {dbPath}, script.toUtf8());
}

} // namespace firebreak::test
