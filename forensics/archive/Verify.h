#pragma once

#include "forensics/common/ByteProgress.h"
#include "forensics/common/CancelToken.h"
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
    QString anchor; // how the signer was trusted: "fingerprint ...", "CA file ..."
    int files = 0;
    qint64 bytes = 0;
    int problems() const;
    bool ok() const { return problems() == 0; }
    // Intact, signed, and the signer tied to an anchor from outside the
    // package: the only state a recipient may call VERIFIED.
    bool verified() const { return ok() && signed_ && anchored; }
};

struct VerifyOptions {
    // Trust anchors, from outside the package (at least one is needed for
    // a VERIFIED result): a CA file (the organisation's root, or the
    // examiner's certificate obtained separately; never one inside the
    // package), and/or the signer certificate's SHA-256 fingerprint as
    // written on the custody paperwork (see normalizeFingerprint).
    QString caFile;
    QString fingerprint;                        // 64 lowercase hex digits
    QString crlFile;                            // optional: the issuing CA's revocation list (PEM)
    QString decryptKey, decryptCert;            // for an encrypted package
    QByteArray passphrase;                      // of decryptKey
    QString workDir;                            // where a tar is unpacked (default: the system temp folder)
    std::function<void(const QString &)> phase; // "decrypting", "unpacking", "checking"
};

// "SHA256:AB:CD:...", "ab cd ...", "abcd..." -> 64 lowercase hex digits;
// empty when the text is not a SHA-256 fingerprint.
QString normalizeFingerprint(const QString &text);

// Checks a package as the recipient would: a folder, a tar, or an
// encrypted tar (.p7m). Signature, every MANIFEST.sha256 entry, files
// added or removed, and every shipped item against its acquisition hashes
// (raw segments concatenated in order; E01 sets through libewf). Result
// error only when the package cannot be read at all.
Result<PackageVerdict> verifyPackage(const QString &path, const VerifyOptions &options, const ByteProgress &progress,
                                     const CancelToken &cancel);

} // namespace firebreak::archive
