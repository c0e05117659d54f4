#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace firebreak {

enum class HashAlgorithm { Md5, Sha1, Sha256, Sha512 };

QString hashAlgorithmKey(HashAlgorithm a); // "md5", "sha1", ...

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
