#include "ExaminerKey.h"

#include "OpenSslSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace firebreak::archive {

using namespace ossl;

namespace {

QDateTime asn1Time(const ASN1_TIME *t)
{
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     QTimeZone::utc());
}

CertificateInfo infoOf(X509 *cert)
{
    CertificateInfo i;
    i.subject = subjectOf(cert);
    i.fingerprint = fingerprintOf(cert);
    i.notBefore = asn1Time(X509_get0_notBefore(cert));
    i.notAfter = asn1Time(X509_get0_notAfter(cert));
    return i;
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const int ok = X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
    return ok == 1;
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return true;
    const QByteArray utf8 = value.trimmed().toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.data()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

Status writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::failed(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error::failed(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Result<CertificateInfo> generateExaminerKey(const ExaminerIdentity &who, KeyAlgorithm algorithm,
                                            const QByteArray &passphrase, const QString &keyPath,
                                            const QString &certPath)
{
    if (who.name.trimmed().isEmpty())
        return Error::usage(QStringLiteral("the examiner's name is needed for the certificate (CN)"));
    if (passphrase.isEmpty())
        return Error::usage(
            QStringLiteral("a passphrase is needed: the private key %1 is never written unencrypted").arg(keyPath));
    if (who.days < 1 || who.days > 36500)
        return Error::usage(QStringLiteral("validity of %1 days is out of range (1..36500)").arg(who.days));
    for (const QString &p : {keyPath, certPath})
        if (QFileInfo::exists(p))
            return Error{Error::Kind::Conflict, QStringLiteral("%1 already exists; it is not overwritten").arg(p)};
    if (QFileInfo(keyPath).absoluteFilePath() == QFileInfo(certPath).absoluteFilePath())
        return Error::usage(QStringLiteral("key and certificate must be different files"));

    Pkey key(algorithm == KeyAlgorithm::Rsa3072 ? EVP_RSA_gen(3072) : EVP_EC_gen("P-256"));
    if (!key)
        return Error::failed(QStringLiteral("cannot generate the key: %1").arg(errors()));

    Cert cert(X509_new());
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialOk = bn && BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const bool ok = serialOk && X509_set_version(cert.get(), 2) == 1 &&
                    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0) &&
                    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400L * who.days) &&
                    X509_set_pubkey(cert.get(), key.get()) == 1 && addName(name, "CN", who.name) &&
                    addName(name, "O", who.organisation) && addName(name, "emailAddress", who.email) &&
                    X509_set_issuer_name(cert.get(), name) == 1 &&
                    // Its own trust anchor: a CA flag and keyCertSign, or OpenSSL
                    // will not treat the self-signed certificate as an issuer.
                    addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE") &&
                    addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,nonRepudiation,keyCertSign") &&
                    addExtension(cert.get(), NID_ext_key_usage, "emailProtection") &&
                    addExtension(cert.get(), NID_subject_key_identifier, "hash") &&
                    addExtension(cert.get(), NID_authority_key_identifier, "keyid:always") &&
                    (who.email.trimmed().isEmpty() ||
                     addExtension(cert.get(), NID_subject_alt_name,
                                  QStringLiteral("email:%1").arg(who.email.trimmed()).toUtf8().constData())) &&
                    X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return Error::failed(QStringLiteral("cannot build the certificate: %1").arg(errors()));

    Bio keyBio(BIO_new(BIO_s_mem()));
    QByteArray pass = passphrase;
    if (!PEM_write_bio_PKCS8PrivateKey(keyBio.get(), key.get(), EVP_aes_256_cbc(), pass.data(),
                                       static_cast<int>(pass.size()), nullptr, nullptr))
        return Error::failed(QStringLiteral("cannot encrypt the private key: %1").arg(errors()));
    Bio certBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certBio.get(), cert.get());

    if (Status s = writeFile(keyPath, bioBytes(keyBio.get()), true); !s)
        return s.error();
    if (Status s = writeFile(certPath, bioBytes(certBio.get()), false); !s) {
        QFile::remove(keyPath); // a key without its certificate is of no use
        return s.error();
    }
    CertificateInfo info = infoOf(cert.get());
    info.keyPath = keyPath;
    info.certPath = certPath;
    return info;
}

QString colonFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

Result<CertificateInfo> readCertificate(const QString &certPath)
{
    QString error;
    Cert cert = readCert(certPath, &error);
    if (!cert)
        return Error::failed(error);
    CertificateInfo info = infoOf(cert.get());
    info.certPath = certPath;
    return info;
}

struct SigningIdentity::Impl {
    Pkey key;
    Cert cert;
};

SigningIdentity::SigningIdentity(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
SigningIdentity::~SigningIdentity() = default;
SigningIdentity::SigningIdentity(SigningIdentity &&) noexcept = default;
SigningIdentity &SigningIdentity::operator=(SigningIdentity &&) noexcept = default;

Result<SigningIdentity> SigningIdentity::load(const QString &keyPath, const QString &certPath,
                                              const QByteArray &passphrase)
{
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read signing key %1: %2").arg(keyPath, f.errorString()));
    const QByteArray pem = f.readAll();
    Bio bio = memBio(pem);
    QByteArray pass = passphrase;
    // An empty passphrase must not fall back to a terminal prompt inside OpenSSL.
    pass.append('\0');
    auto impl = std::make_unique<Impl>();
    impl->key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data()));
    if (!impl->key)
        return Error::failed(
            QStringLiteral("cannot open signing key %1: wrong passphrase or not a PEM private key (%2)")
                .arg(keyPath, errors()));
    QString error;
    impl->cert = readCert(certPath, &error);
    if (!impl->cert)
        return Error::failed(error);
    if (X509_check_private_key(impl->cert.get(), impl->key.get()) != 1) {
        ERR_clear_error();
        return Error::failed(QStringLiteral("signing key %1 does not belong to certificate %2").arg(keyPath, certPath));
    }
    if (X509_cmp_current_time(X509_get0_notAfter(impl->cert.get())) <= 0)
        return Error::failed(QStringLiteral("certificate %1 has expired").arg(certPath));
    SigningIdentity id(std::move(impl));
    id.m_info = infoOf(id.m_impl->cert.get());
    id.m_info.keyPath = keyPath;
    id.m_info.certPath = certPath;
    return id;
}

Result<QByteArray> SigningIdentity::signDetached(const QByteArray &content) const
{
    Bio in = memBio(content);
    Cms cms(CMS_sign(m_impl->cert.get(), m_impl->key.get(), nullptr, in.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return Error::failed(QStringLiteral("CMS signing failed: %1").arg(errors()));
    Bio out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return Error::failed(QStringLiteral("cannot encode the CMS signature: %1").arg(errors()));
    return bioBytes(out.get());
}

QByteArray SigningIdentity::certificatePem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_impl->cert.get());
    return bioBytes(bio.get());
}

} // namespace firebreak::archive
