#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace firebreak::archive {

// Who signs a handover package: the examiner's name, organisation and
// e-mail go into the self-signed certificate's subject.
struct ExaminerIdentity {
    QString name;
    QString organisation;
    QString email;
    int days = 730; // validity
};

enum class KeyAlgorithm { Rsa3072, EcP256 };

struct CertificateInfo {
    QString subject;     // RFC 2253, e.g. "emailAddress=ada@example.org,O=Example,CN=Ada Moreau"
    QString fingerprint; // hex SHA-256 of the DER certificate
    QDateTime notBefore, notAfter;
    QString keyPath, certPath;
};

// Generates a key pair and a self-signed X.509 certificate usable for CMS
// signatures (keyUsage digitalSignature/nonRepudiation, emailProtection)
// and as its own trust anchor (`openssl cms -verify -CAfile cert.pem`).
// The private key is written only as PKCS#8 encrypted with AES-256 under
// `passphrase` (mode 0600); an empty passphrase or an existing file is
// refused, so nothing is overwritten and no key lies unprotected.
Result<CertificateInfo> generateExaminerKey(const ExaminerIdentity &who, KeyAlgorithm algorithm,
                                            const QByteArray &passphrase, const QString &keyPath,
                                            const QString &certPath);

// "95:4A:2B:..." as `openssl x509 -fingerprint -sha256` prints it, for
// people comparing fingerprints by eye.
QString colonFingerprint(const QString &hex);

// Reads a certificate for display (subject, fingerprint, validity).
Result<CertificateInfo> readCertificate(const QString &certPath);

// True unless the PEM private key in `keyPath` opens without a passphrase:
// a passphrase is asked for only when the key is encrypted. An unreadable
// file counts as encrypted, so loading it reports the real problem.
bool keyNeedsPassphrase(const QString &keyPath);

// An examiner's key and certificate, loaded to sign manifests. OpenSSL
// stays behind this wrapper.
class SigningIdentity {
public:
    ~SigningIdentity();
    SigningIdentity(SigningIdentity &&) noexcept;
    SigningIdentity &operator=(SigningIdentity &&) noexcept;

    // Fails naming the file for a wrong passphrase, a key that does not
    // belong to the certificate, a certificate not valid now (not yet, or
    // no longer), or a chain that does not issue the certificate. `chainPath`
    // (optional, PEM) holds the certificates of the organisation's CA that
    // issued it (intermediates, and the root if wanted): they travel inside
    // the signature and as a file, so the recipient needs only the root.
    static Result<SigningIdentity> load(const QString &keyPath, const QString &certPath, const QByteArray &passphrase,
                                        const QString &chainPath = {});

    // Detached CMS SignedData (DER) over `content`, SHA-256, signer
    // certificate and its issuing CA certificates (not a self-signed root)
    // included, content signed as binary (no CRLF changes).
    Result<QByteArray> signDetached(const QByteArray &content) const;

    QByteArray certificatePem() const;
    QByteArray chainPem() const; // empty when no chain was given
    bool selfSigned() const;     // the certificate is its own anchor
    // Who the recipient must trust: the certificate itself when
    // self-signed, else the root the chain leads to (its subject, or the
    // issuer named by the topmost certificate given).
    QString anchorSubject() const;
    const CertificateInfo &info() const { return m_info; }

private:
    struct Impl;
    explicit SigningIdentity(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
    CertificateInfo m_info;
};

} // namespace firebreak::archive
