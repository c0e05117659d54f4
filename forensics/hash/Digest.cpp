#include "Digest.h"

#include <openssl/evp.h>

namespace firebreak {

namespace {
const EVP_MD *mdFor(HashAlgorithm a)
{
    switch (a) {
    case HashAlgorithm::Md5: return EVP_md5();
    case HashAlgorithm::Sha1: return EVP_sha1();
    case HashAlgorithm::Sha256: return EVP_sha256();
    case HashAlgorithm::Sha512: return EVP_sha512();
    }
    return nullptr;
}
} // namespace

QString hashAlgorithmKey(HashAlgorithm a)
{
    switch (a) {
    case HashAlgorithm::Md5: return QStringLiteral("md5");
    case HashAlgorithm::Sha1: return QStringLiteral("sha1");
    case HashAlgorithm::Sha256: return QStringLiteral("sha256");
    case HashAlgorithm::Sha512: return QStringLiteral("sha512");
    }
    return {};
}

Digest::Digest(HashAlgorithm algorithm) : m_algorithm(algorithm), m_ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
{
    EVP_DigestInit_ex(m_ctx.get(), mdFor(algorithm), nullptr);
}

Digest::~Digest() = default;
Digest::Digest(Digest &&) noexcept = default;
Digest &Digest::operator=(Digest &&) noexcept = default;

void Digest::update(const void *data, std::size_t size)
{
    if (size > 0)
        EVP_DigestUpdate(m_ctx.get(), data, size);
}

QByteArray Digest::finish()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx.get(), out, &len);
    EVP_DigestInit_ex(m_ctx.get(), mdFor(m_algorithm), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(len));
}

QString Digest::hexOf(HashAlgorithm algorithm, QByteArrayView data)
{
    Digest d(algorithm);
    d.update(data);
    return d.finishHex();
}

} // namespace firebreak
