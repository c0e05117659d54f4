#pragma once

#include "forensics/common/ByteProgress.h"
#include "forensics/common/CancelToken.h"
#include "model/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace firebreak::archive {

// What checking a detached CMS signature found.
struct SignatureCheck {
    bool valid = false;
    bool anchored = false;     // chained to a certificate from --CAfile (not only to itself)
    QString signerSubject;     // RFC 2253
    QString signerFingerprint; // hex SHA-256 of the signer's certificate
    QString problem;           // why it is not valid, in words
};

// Verifies a DER detached signature over `content` the way
// `openssl cms -verify -binary -inform DER -content ... -CAfile CA
// [-crl_check -CRLfile CRL]` does. Without `caFile` the signer certificate
// carried in the signature is its own anchor: the signature then proves
// integrity, not identity, and `anchored` stays false (the caller may
// still anchor it by comparing the signer's fingerprint).
SignatureCheck verifyDetached(const QByteArray &signatureDer, const QByteArray &content, const QString &caFile,
                              const QString &crlFile = {});

// CMS EnvelopedData (AES-256-CBC) to one recipient certificate, written
// as BER with indefinite lengths while the plaintext is pushed in, so a
// package of any size goes through a small buffer. `openssl cms -decrypt
// -inform DER` opens the result.
class CmsEncryptor {
public:
    ~CmsEncryptor();
    static Result<std::unique_ptr<CmsEncryptor>> create(const QString &recipientCertPath, const QString &outPath);
    Status write(const char *data, qint64 size);
    // Writes the closing structures and closes the file.
    Status finish();

private:
    struct Impl;
    explicit CmsEncryptor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Decrypts an EnvelopedData file into `outPath` with the recipient's key
// (passphrase-protected PEM) and certificate. Reads the envelope header
// and streams the encrypted content in chunks, so memory stays small for
// a package of any size.
Status decryptFile(const QString &inPath, const QString &outPath, const QString &keyPath, const QString &certPath,
                   const QByteArray &passphrase, const ByteProgress &progress, const CancelToken &cancel);

// True when the file starts like a DER/BER CMS ContentInfo of type
// envelopedData (what CmsEncryptor writes).
bool looksEnveloped(const QString &path);

} // namespace firebreak::archive
