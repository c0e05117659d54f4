#include "Ed25519Key.h"

#include "forensics/common/OpenSsl.h"
#include "forensics/hash/Digest.h"

#include <QFile>
#include <QSaveFile>

#include <cstring>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace firebreak {

namespace {

using ossl::Bio;

// Hands OpenSSL exactly the passphrase we hold. Without it, an encrypted
// key read with no passphrase would fall back to OpenSSL's own terminal
// prompt, which a GUI or a script must never trigger.
int passphraseCallback(char *buf, int size, int /*rwflag*/, void *userdata)
{
    const auto *pass = static_cast<const QByteArray *>(userdata);
    if (!pass || pass->isEmpty() || pass->size() > size)
        return -1;
    std::memcpy(buf, pass->constData(), static_cast<size_t>(pass->size()));
    return static_cast<int>(pass->size());
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

} // namespace

Ed25519Key::Ed25519Key(evp_pkey_st *key) : m_key(key, &EVP_PKEY_free) {}
Ed25519Key::~Ed25519Key() = default;
Ed25519Key::Ed25519Key(Ed25519Key &&) noexcept = default;
Ed25519Key &Ed25519Key::operator=(Ed25519Key &&) noexcept = default;

Result<Ed25519Key> Ed25519Key::generate()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return Error::failed(QStringLiteral("cannot generate an Ed25519 key: %1").arg(ossl::errors()));
    return Ed25519Key(key);
}

Result<Ed25519Key> Ed25519Key::load(const QString &path, const QByteArray &passphrase)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read signing key %1: %2").arg(path, f.errorString()));
    const QByteArray pem = f.readAll();
    Bio bio = ossl::memBio(pem);
    QByteArray pass = passphrase;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass);
    if (!key) {
        const QString why = ossl::errors();
        if (isProtectedPem(pem) && passphrase.isEmpty())
            return Error::failed(
                QStringLiteral("signing key %1 is protected by a passphrase and none was given").arg(path));
        return Error::failed(
            QStringLiteral("cannot load signing key %1 (wrong passphrase or not a PEM private key): %2")
                .arg(path, why));
    }
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return Error::failed(QStringLiteral("signing key %1 is not an Ed25519 key").arg(path));
    }
    return Ed25519Key(key);
}

bool Ed25519Key::isProtectedPem(const QByteArray &pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----");
}

Result<bool> Ed25519Key::isProtectedFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read signing key %1: %2").arg(path, f.errorString()));
    return isProtectedPem(f.read(64 * 1024));
}

Status Ed25519Key::save(const QString &path, const QByteArray &passphrase) const
{
    Bio bio(BIO_new(BIO_s_mem()));
    QByteArray pass = passphrase;
    const EVP_CIPHER *cipher = pass.isEmpty() ? nullptr : EVP_aes_256_cbc();
    if (!PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), cipher, pass.isEmpty() ? nullptr : pass.data(),
                                       static_cast<int>(pass.size()), nullptr, nullptr))
        return Error::failed(QStringLiteral("cannot encode signing key: %1").arg(ossl::errors()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::failed(QStringLiteral("cannot write signing key %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bioBytes(bio.get()));
    if (!f.commit())
        return Error::failed(QStringLiteral("cannot write signing key %1: %2").arg(path, f.errorString()));
    return {};
}

Result<QByteArray> Ed25519Key::sign(const QByteArray &message) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t len = 64;
    QByteArray sig(64, '\0');
    if (EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<size_t>(message.size())) != 1)
        return Error::failed(QStringLiteral("Ed25519 signing failed: %1").arg(ossl::errors()));
    sig.resize(static_cast<qsizetype>(len));
    return sig;
}

QByteArray Ed25519Key::publicKeyPem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), m_key.get());
    return bioBytes(bio.get());
}

QString Ed25519Key::fingerprint() const
{
    unsigned char raw[32];
    size_t len = sizeof raw;
    EVP_PKEY_get_raw_public_key(m_key.get(), raw, &len);
    return Digest::hexOf(HashAlgorithm::Sha256,
                         QByteArrayView(reinterpret_cast<const char *>(raw), static_cast<qsizetype>(len)));
}

Result<bool> Ed25519Key::verify(const QByteArray &publicKeyPem, const QByteArray &message, const QByteArray &signature)
{
    Bio bio = ossl::memBio(publicKeyPem);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr),
                                                            &EVP_PKEY_free);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        return Error::failed(QStringLiteral("the checkpoint's public key is not a valid Ed25519 key"));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return Error::failed(QStringLiteral("cannot verify: %1").arg(ossl::errors()));
    const int ok = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                    static_cast<size_t>(signature.size()),
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    static_cast<size_t>(message.size()));
    ERR_clear_error();
    return ok == 1;
}

Result<QString> Ed25519Key::fingerprintOf(const QByteArray &publicKeyPem)
{
    Bio bio = ossl::memBio(publicKeyPem);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr),
                                                            &EVP_PKEY_free);
    if (!key)
        return Error::failed(QStringLiteral("not a PEM public key"));
    unsigned char raw[32];
    size_t len = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key.get(), raw, &len) != 1)
        return Error::failed(QStringLiteral("not an Ed25519 public key"));
    return Digest::hexOf(HashAlgorithm::Sha256,
                         QByteArrayView(reinterpret_cast<const char *>(raw), static_cast<qsizetype>(len)));
}

} // namespace firebreak
