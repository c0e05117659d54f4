#include "ExaminerKey.h"

#include "forensics/common/OpenSsl.h"

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

bool keyNeedsPassphrase(const QString &keyPath)
{
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly))
        return true;
    const QByteArray pem = f.read(1 << 20); // memBio reads it in place: it must outlive the BIO
    Bio bio = memBio(pem);
    bool asked = false;
    auto callback = [](char *, int, int, void *u) -> int {
        *static_cast<bool *>(u) = true;
        return -1; // no passphrase: an encrypted key then fails to open
    };
    Pkey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, callback, &asked));
    ERR_clear_error();
    return asked || !key;
}

struct SigningIdentity::Impl {
    Pkey key;
    Cert cert;
    CertStack chain; // as given, in file order
};

namespace {

bool isSelfSigned(X509 *c)
{
    return X509_NAME_cmp(X509_get_subject_name(c), X509_get_issuer_name(c)) == 0 &&
           X509_check_issued(c, c) == X509_V_OK;
}

// Every certificate in a PEM file, in order; the error names the file.
CertStack readChain(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read certificate chain %1: %2").arg(path, f.errorString());
        return {};
    }
    const QByteArray pem = f.read(16 << 20);
    Bio bio = memBio(pem);
    CertStack chain(sk_X509_new_null());
    while (X509 *c = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        sk_X509_push(chain.get(), c);
    ERR_clear_error();
    if (sk_X509_num(chain.get()) == 0) {
        *error = QStringLiteral("certificate chain %1 holds no PEM certificate").arg(path);
        return {};
    }
    return chain;
}

// "not valid before 2030-01-01 00:00 UTC" / "expired on ...", or empty.
QString validityProblem(X509 *c)
{
    if (X509_cmp_current_time(X509_get0_notBefore(c)) >= 0)
        return QStringLiteral("is not valid before %1")
            .arg(infoOf(c).notBefore.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    if (X509_cmp_current_time(X509_get0_notAfter(c)) <= 0)
        return QStringLiteral("expired on %1")
            .arg(infoOf(c).notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return {};
}

} // namespace

SigningIdentity::SigningIdentity(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
SigningIdentity::~SigningIdentity() = default;
SigningIdentity::SigningIdentity(SigningIdentity &&) noexcept = default;
SigningIdentity &SigningIdentity::operator=(SigningIdentity &&) noexcept = default;

Result<SigningIdentity> SigningIdentity::load(const QString &keyPath, const QString &certPath,
                                              const QByteArray &passphrase, const QString &chainPath)
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
    // No verifier accepts a signature made outside the certificate's
    // validity: refuse before anything is written or recorded.
    if (const QString why = validityProblem(impl->cert.get()); !why.isEmpty())
        return Error::failed(QStringLiteral("certificate %1 %2; no package is signed with it").arg(certPath, why));
    if (!chainPath.isEmpty()) {
        impl->chain = readChain(chainPath, &error);
        if (!impl->chain)
            return Error::failed(error);
        for (int i = 0; i < sk_X509_num(impl->chain.get()); ++i)
            if (const QString why = validityProblem(sk_X509_value(impl->chain.get(), i)); !why.isEmpty())
                return Error::failed(QStringLiteral("certificate %1 in chain %2 %3")
                                         .arg(subjectOf(sk_X509_value(impl->chain.get(), i)), chainPath, why));
        // The chain must lead from the certificate to its top: a recipient
        // holding the root then verifies with stock openssl.
        Store store(X509_STORE_new());
        for (int i = 0; i < sk_X509_num(impl->chain.get()); ++i)
            X509_STORE_add_cert(store.get(), sk_X509_value(impl->chain.get(), i));
        X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
        std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), X509_STORE_CTX_free);
        if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), impl->cert.get(), impl->chain.get()) != 1 ||
            X509_verify_cert(ctx.get()) != 1) {
            const int err = ctx ? X509_STORE_CTX_get_error(ctx.get()) : 0;
            ERR_clear_error();
            return Error::failed(QStringLiteral("certificate %1 is not issued through chain %2: %3")
                                     .arg(certPath, chainPath, QString::fromUtf8(X509_verify_cert_error_string(err))));
        }
    }
    SigningIdentity id(std::move(impl));
    id.m_info = infoOf(id.m_impl->cert.get());
    id.m_info.keyPath = keyPath;
    id.m_info.certPath = certPath;
    return id;
}

Result<QByteArray> SigningIdentity::signDetached(const QByteArray &content) const
{
    Bio in = memBio(content);
    // The issuing CAs travel in the signature; a self-signed root does
    // not (the recipient's own copy is the anchor, never one we ship).
    CertStack extra(sk_X509_new_null());
    for (int i = 0; m_impl->chain && i < sk_X509_num(m_impl->chain.get()); ++i)
        if (X509 *c = sk_X509_value(m_impl->chain.get(), i); !isSelfSigned(c) && X509_up_ref(c) == 1)
            sk_X509_push(extra.get(), c);
    Cms cms(CMS_sign(m_impl->cert.get(), m_impl->key.get(), extra.get(), in.get(), CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return Error::failed(QStringLiteral("CMS signing failed: %1").arg(errors()));
    Bio out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return Error::failed(QStringLiteral("cannot encode the CMS signature: %1").arg(errors()));
    return bioBytes(out.get());
}

QByteArray SigningIdentity::chainPem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    for (int i = 0; m_impl->chain && i < sk_X509_num(m_impl->chain.get()); ++i)
        PEM_write_bio_X509(bio.get(), sk_X509_value(m_impl->chain.get(), i));
    return bioBytes(bio.get());
}

bool SigningIdentity::selfSigned() const
{
    return isSelfSigned(m_impl->cert.get());
}

QString SigningIdentity::anchorSubject() const
{
    X509 *top = m_impl->cert.get();
    const int n = m_impl->chain ? sk_X509_num(m_impl->chain.get()) : 0;
    if (n > 0)
        top = sk_X509_value(m_impl->chain.get(), n - 1);
    if (isSelfSigned(top))
        return subjectOf(top);
    Bio bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), X509_get_issuer_name(top), 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QByteArray SigningIdentity::certificatePem() const
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_impl->cert.get());
    return bioBytes(bio.get());
}

} // namespace firebreak::archive
