#pragma once

#include "forensics/ewf/EwfCheck.h" // ByteProgress, CancelToken
#include "model/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace firebreak::archive {

// One line of a verification report, naming the file or item it is about.
struct FileVerdict {
    enum class State { Ok, Modified, Missing, Added, Failed, Note };
    State state = State::Ok;
    QString subject; // a package path, "signature", or an evidence number
    QString detail;
    bool problem() const { return state != State::Ok && state != State::Note; }
};
QString verdictLabel(FileVerdict::State s); // OK, MODIFIED, MISSING, ADDED, FAILED, NOTE

struct PackageVerdict {
    QString path;
    QString manifestSha256;
    QList<FileVerdict> lines;
    bool signed_ = false, anchored = false;
    QString signerSubject, signerFingerprint;
    int files = 0;
    qint64 bytes = 0;
    int problems() const;
    bool ok() const { return problems() == 0; }
};

struct VerifyOptions {
    QString caFile;                             // trust anchor for the signature
    QString decryptKey, decryptCert;            // for an encrypted package
    QByteArray passphrase;                      // of decryptKey
    QString workDir;                            // where a tar is unpacked (default: the system temp folder)
    std::function<void(const QString &)> phase; // "decrypting", "unpacking", "checking"
};

// Checks a package as the recipient would: a folder, a tar, or an
// encrypted tar (.p7m). Signature, every MANIFEST.sha256 entry, files
// added or removed, and every shipped item against its acquisition hashes
// (raw segments concatenated in order; E01 sets through libewf). Result
// error only when the package cannot be read at all.
Result<PackageVerdict> verifyPackage(const QString &path, const VerifyOptions &options, const ByteProgress &progress,
                                     const CancelToken &cancel);

} // namespace firebreak::archive
