#include "forensics/common/OpenSsl.h"

#include <QFile>

#include <openssl/pem.h>

namespace firebreak::ossl {

QString errors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.isEmpty() ? QStringLiteral("unknown OpenSSL error") : parts.join(QStringLiteral("; "));
}

Bio memBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

std::unique_ptr<X509, X509Free> readCert(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read certificate %1: %2").arg(path, f.errorString());
        return {};
    }
    const QByteArray bytes = f.readAll();
    Bio bio = memBio(bytes);
    Cert cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        ERR_clear_error();
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        cert.reset(d2i_X509(nullptr, &p, static_cast<long>(bytes.size())));
    }
    if (!cert) {
        *error = QStringLiteral("%1 is not an X.509 certificate (PEM or DER): %2").arg(path, errors());
        return {};
    }
    return cert;
}

QString subjectOf(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), X509_get_subject_name(cert), 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QString fingerprintOf(X509 *cert)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    X509_digest(cert, EVP_sha256(), md, &len);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), static_cast<qsizetype>(len)).toHex());
}

} // namespace firebreak::ossl
