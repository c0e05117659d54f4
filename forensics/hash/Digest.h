#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct evp_md_ctx_st;

namespace firebreak {

enum class HashAlgorithm { Md5, Sha1, Sha256, Sha512 };

QString hashAlgorithmKey(HashAlgorithm a); // "md5", "sha1", ...
std::optional<HashAlgorithm> hashAlgorithmFromKey(const QString &key);
// Digest length in bytes (16, 20, 32, 64).
int hashAlgorithmSize(HashAlgorithm a);
// Relative CPU cost per byte on a SHA-NI machine (IMAGING.md, openssl
// speed): used to spread algorithms over hash threads by cost.
double hashAlgorithmCost(HashAlgorithm a);
// "MD5", "SHA-1", "SHA-256", "SHA-512": how logs and people name them.
QString hashAlgorithmLabel(HashAlgorithm a);
// The OpenSSL build that computes the digests, e.g. "OpenSSL 3.0.19 27 Jan 2026".
QString digestLibraryVersion();

// A streaming message digest over OpenSSL EVP (which uses SHA-NI where the
// CPU has it; coreutils' *sum tools do not). OpenSSL stays behind this
// Qt-typed wrapper: nothing above forensics/ includes an OpenSSL header.
class Digest {
public:
    explicit Digest(HashAlgorithm algorithm);
    ~Digest();
    Digest(Digest &&) noexcept;
    Digest &operator=(Digest &&) noexcept;

    HashAlgorithm algorithm() const { return m_algorithm; }
    void update(const void *data, std::size_t size);
    void update(QByteArrayView data) { update(data.data(), static_cast<std::size_t>(data.size())); }
    // Raw digest bytes; the object is reset and can be reused.
    QByteArray finish();
    QString finishHex() { return QString::fromLatin1(finish().toHex()); }

    static QString hexOf(HashAlgorithm algorithm, QByteArrayView data);

private:
    HashAlgorithm m_algorithm;
    std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st *)> m_ctx;
};

} // namespace firebreak
