#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

namespace firebreak {

// An Ed25519 signing key behind a Qt-typed wrapper (OpenSSL stays in
// forensics/). Used to sign audit-trail checkpoints.
class Ed25519Key {
public:
    ~Ed25519Key();
    Ed25519Key(Ed25519Key &&) noexcept;
    Ed25519Key &operator=(Ed25519Key &&) noexcept;

    static Result<Ed25519Key> generate();
    // PKCS#8 PEM; an empty passphrase means the file is not encrypted.
    static Result<Ed25519Key> load(const QString &path, const QByteArray &passphrase = {});
    Status save(const QString &path, const QByteArray &passphrase = {}) const; // mode 0600, atomic
    // Whether a PEM private key is encrypted (PKCS#8 with a passphrase).
    static bool isProtectedPem(const QByteArray &pem);
    static Result<bool> isProtectedFile(const QString &path);

    Result<QByteArray> sign(const QByteArray &message) const;
    QByteArray publicKeyPem() const;
    QString fingerprint() const; // hex SHA-256 of the raw 32-byte public key

    // Verifies with a PEM public key (what a checkpoint carries).
    static Result<bool> verify(const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature);
    static Result<QString> fingerprintOf(const QByteArray &publicKeyPem);

private:
    explicit Ed25519Key(evp_pkey_st *key);
    std::unique_ptr<evp_pkey_st, void (*)(evp_pkey_st *)> m_key;
};

} // namespace firebreak
