#include "Cms.h"

#include "forensics/common/OpenSsl.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/pem.h>

#include <unistd.h>

namespace firebreak::archive {

using namespace ossl;

SignatureCheck verifyDetached(const QByteArray &signatureDer, const QByteArray &content, const QString &caFile,
                              const QString &crlFile)
{
    SignatureCheck check;
    const auto *p = reinterpret_cast<const unsigned char *>(signatureDer.constData());
    Cms cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(signatureDer.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ERR_clear_error();
        check.problem = QStringLiteral("not a DER CMS signed-data structure");
        return check;
    }
    CertStack certs(CMS_get1_certs(cms.get()));
    if (certs && sk_X509_num(certs.get()) > 0) {
        X509 *first = sk_X509_value(certs.get(), 0);
        check.signerSubject = subjectOf(first);
        check.signerFingerprint = fingerprintOf(first);
    }
    Store store(X509_STORE_new());
    if (!caFile.isEmpty()) {
        if (!QFileInfo::exists(caFile)) {
            check.problem = QStringLiteral("CA file %1 does not exist").arg(caFile);
            return check;
        }
        if (X509_STORE_load_file(store.get(), QFile::encodeName(caFile).constData()) != 1) {
            check.problem = QStringLiteral("cannot load CA file %1: %2").arg(caFile, errors());
            return check;
        }
    } else if (certs) {
        // No anchor given: the carried certificate vouches for itself, which
        // proves the manifest is unchanged since signing, not who signed it.
        for (int i = 0; i < sk_X509_num(certs.get()); ++i)
            X509_STORE_add_cert(store.get(), sk_X509_value(certs.get(), i));
        X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    }
    if (!crlFile.isEmpty()) {
        // The issuing CA's revocation list: the signer's certificate must not be on it.
        X509_LOOKUP *lookup = X509_STORE_add_lookup(store.get(), X509_LOOKUP_file());
        if (!lookup || !QFileInfo(crlFile).isFile() ||
            X509_load_crl_file(lookup, QFile::encodeName(crlFile).constData(), X509_FILETYPE_PEM) <= 0) {
            check.problem = QStringLiteral("cannot load CRL file %1: %2").arg(crlFile, errors());
            return check;
        }
        X509_STORE_set_flags(store.get(), X509_V_FLAG_CRL_CHECK);
    }
    Bio data = memBio(content);
    if (CMS_verify(cms.get(), nullptr, store.get(), data.get(), nullptr, CMS_BINARY) != 1) {
        check.problem = errors();
        return check;
    }
    if (STACK_OF(X509) *signers = CMS_get0_signers(cms.get()); signers && sk_X509_num(signers) > 0) {
        X509 *s = sk_X509_value(signers, 0);
        check.signerSubject = subjectOf(s);
        check.signerFingerprint = fingerprintOf(s);
        sk_X509_free(signers);
    }
    check.valid = true;
    check.anchored = !caFile.isEmpty();
    return check;
}

// ---------------------------------------------------------------- encrypt

struct CmsEncryptor::Impl {
    BIO *file = nullptr;  // tail of the chain, owned separately
    BIO *chain = nullptr; // CMS filter chain ending in `file`
    Cms cms;
    QString outPath;

    void close()
    {
        while (chain && chain != file) {
            BIO *next = BIO_pop(chain);
            BIO_free(chain);
            chain = next;
        }
        chain = nullptr;
        if (file)
            BIO_free(file);
        file = nullptr;
    }
    ~Impl() { close(); }
};

CmsEncryptor::CmsEncryptor(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CmsEncryptor::~CmsEncryptor() = default;

Result<std::unique_ptr<CmsEncryptor>> CmsEncryptor::create(const QString &recipientCertPath, const QString &outPath)
{
    QString error;
    Cert cert = readCert(recipientCertPath, &error);
    if (!cert)
        return Error::failed(error);
    if (X509_cmp_current_time(X509_get0_notAfter(cert.get())) <= 0)
        return Error::failed(QStringLiteral("recipient certificate %1 has expired").arg(recipientCertPath));
    auto impl = std::make_unique<Impl>();
    impl->outPath = outPath;
    impl->file = BIO_new_file(QFile::encodeName(outPath).constData(), "wb");
    if (!impl->file)
        return Error::failed(QStringLiteral("cannot create %1: %2").arg(outPath, errors()));
    // Evidence, even encrypted: its owner's only, whatever the umask.
    if (!QFile::setPermissions(outPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::failed(QStringLiteral("cannot restrict the permissions of %1").arg(outPath));
    CertStack recipients(sk_X509_new_null());
    sk_X509_push(recipients.get(), cert.release());
    impl->cms.reset(CMS_encrypt(recipients.get(), nullptr, EVP_aes_256_cbc(), CMS_BINARY | CMS_STREAM));
    if (!impl->cms)
        return Error::failed(QStringLiteral("cannot encrypt to %1: %2").arg(recipientCertPath, errors()));
    impl->chain = BIO_new_CMS(impl->file, impl->cms.get());
    if (!impl->chain)
        return Error::failed(QStringLiteral("cannot start the encrypted stream %1: %2").arg(outPath, errors()));
    return std::unique_ptr<CmsEncryptor>(new CmsEncryptor(std::move(impl)));
}

Status CmsEncryptor::write(const char *data, qint64 size)
{
    while (size > 0) {
        const int n = static_cast<int>(std::min<qint64>(size, 1 << 20));
        if (!m_impl->chain || BIO_write(m_impl->chain, data, n) != n)
            return Error::failed(QStringLiteral("cannot write %1: %2").arg(m_impl->outPath, errors()));
        data += n;
        size -= n;
    }
    return {};
}

Status CmsEncryptor::finish()
{
    if (!m_impl->chain || BIO_flush(m_impl->chain) != 1)
        return Error::failed(QStringLiteral("cannot complete %1: %2").arg(m_impl->outPath, errors()));
    m_impl->close();
    // On disk before the rename makes the package look complete.
    QFile written(m_impl->outPath);
    if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0)
        return Error::failed(QStringLiteral("cannot flush %1 to disk").arg(m_impl->outPath));
    return {};
}

// ---------------------------------------------------------------- decrypt

namespace {

constexpr unsigned char kEnvelopedOid[] = {0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03};

// A BER reader over the encrypted file: just enough to find the envelope's
// header and walk the chunks of the encrypted content.
struct BerFile {
    QFile file;
    QString error;
    qint64 total = 0;
    const ByteProgress *progress = nullptr;
    const CancelToken *cancel = nullptr;
    qint64 lastReport = 0;

    bool byte(unsigned char &b)
    {
        char c;
        if (!file.getChar(&c)) {
            error = QStringLiteral("%1 ends inside the CMS structure").arg(file.fileName());
            return false;
        }
        b = static_cast<unsigned char>(c);
        return true;
    }
    // Tag (one byte: CMS uses no high tag numbers) and length; -1 = indefinite.
    bool header(unsigned char &tag, qint64 &length, QByteArray *raw = nullptr)
    {
        unsigned char l;
        if (!byte(tag) || !byte(l))
            return false;
        if (raw)
            *raw += static_cast<char>(tag), *raw += static_cast<char>(l);
        if (l == 0x80) {
            length = -1;
            return true;
        }
        if (l < 0x80) {
            length = l;
            return true;
        }
        const int n = l & 0x7f;
        if (n > 7) {
            error = QStringLiteral("%1: length field too long").arg(file.fileName());
            return false;
        }
        length = 0;
        for (int i = 0; i < n; ++i) {
            unsigned char b;
            if (!byte(b))
                return false;
            if (raw)
                *raw += static_cast<char>(b);
            length = (length << 8) | b;
        }
        return true;
    }
    bool bytes(qint64 n, QByteArray &into)
    {
        const QByteArray got = file.read(n);
        if (got.size() != n) {
            error = QStringLiteral("%1 ends inside the CMS structure").arg(file.fileName());
            return false;
        }
        into += got;
        return true;
    }
};

// Encrypted content: primitive (one definite run) or constructed (chunks
// of primitive OCTET STRINGs up to an end-of-contents or a length).
struct ContentReader {
    BerFile *ber = nullptr;
    bool constructed = false;
    qint64 outerLeft = -1; // definite constructed length left; -1 = until EOC
    qint64 chunkLeft = 0;
    bool done = false;

    int read(char *out, int want)
    {
        if (ber->cancel && ber->cancel->stopRequested()) {
            ber->error = QStringLiteral("cancelled");
            return -1;
        }
        while (chunkLeft == 0) {
            if (!constructed || outerLeft == 0) {
                done = true;
                return 0;
            }
            unsigned char tag;
            qint64 len;
            const qint64 before = ber->file.pos();
            if (!ber->header(tag, len))
                return -1;
            if (outerLeft > 0)
                outerLeft -= ber->file.pos() - before;
            if (tag == 0x00 && len == 0) {
                done = true;
                return 0;
            }
            if (tag != 0x04 || len < 0) {
                ber->error = QStringLiteral("%1: unexpected tag 0x%2 in the encrypted content")
                                 .arg(ber->file.fileName())
                                 .arg(tag, 2, 16, QLatin1Char('0'));
                return -1;
            }
            chunkLeft = len;
            if (outerLeft > 0)
                outerLeft -= len;
        }
        const qint64 n = ber->file.read(out, std::min<qint64>(want, chunkLeft));
        if (n <= 0) {
            ber->error = QStringLiteral("%1 ends inside the encrypted content").arg(ber->file.fileName());
            return -1;
        }
        chunkLeft -= n;
        const qint64 pos = ber->file.pos();
        if (ber->progress && *ber->progress && pos - ber->lastReport >= (8 << 20)) {
            ber->lastReport = pos;
            (*ber->progress)(pos, ber->total);
        }
        return static_cast<int>(n);
    }
};

int contentBioRead(BIO *bio, char *out, int want)
{
    auto *r = static_cast<ContentReader *>(BIO_get_data(bio));
    return r->read(out, want);
}

long contentBioCtrl(BIO *bio, int cmd, long, void *)
{
    auto *r = static_cast<ContentReader *>(BIO_get_data(bio));
    switch (cmd) {
    case BIO_CTRL_EOF: return r->done ? 1 : 0;
    case BIO_CTRL_FLUSH: return 1;
    default: return 0;
    }
}

BIO_METHOD *contentBioMethod()
{
    static BIO_METHOD *method = [] {
        BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "firebreak cms content");
        BIO_meth_set_read(m, contentBioRead);
        BIO_meth_set_ctrl(m, contentBioCtrl);
        return m;
    }();
    return method;
}

QByteArray indefinite(unsigned char tag, const QByteArray &inner)
{
    QByteArray out;
    out += static_cast<char>(tag);
    out += static_cast<char>(0x80);
    out += inner;
    out += QByteArray(2, '\0');
    return out;
}

} // namespace

bool looksEnveloped(const QString &path)
{
    BerFile ber;
    ber.file.setFileName(path);
    if (!ber.file.open(QIODevice::ReadOnly))
        return false;
    unsigned char tag;
    qint64 len;
    if (!ber.header(tag, len) || tag != 0x30)
        return false;
    const QByteArray oid = ber.file.read(sizeof kEnvelopedOid);
    return oid == QByteArray(reinterpret_cast<const char *>(kEnvelopedOid), sizeof kEnvelopedOid);
}

Status decryptFile(const QString &inPath, const QString &outPath, const QString &keyPath, const QString &certPath,
                   const QByteArray &passphrase, const ByteProgress &progress, const CancelToken &cancel)
{
    BerFile ber;
    ber.file.setFileName(inPath);
    if (!ber.file.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read %1: %2").arg(inPath, ber.file.errorString()));
    ber.total = ber.file.size();
    ber.progress = &progress;
    ber.cancel = &cancel;
    auto bad = [&](const QString &why) {
        return Error{Error::Kind::Corrupt,
                     QStringLiteral("%1 is not a CMS enveloped-data file as written by the exporter: %2")
                         .arg(inPath, ber.error.isEmpty() ? why : ber.error)};
    };

    // ContentInfo { OID envelopedData, [0] EnvelopedData { version,
    // [originatorInfo], recipientInfos, EncryptedContentInfo { type, alg,
    // [0] content } [unprotectedAttrs] } }. The header (everything but the
    // content) is rebuilt as a detached envelope for OpenSSL to open; the
    // content itself is fed through a BIO chunk by chunk.
    unsigned char tag;
    qint64 len;
    QByteArray oid;
    if (!ber.header(tag, len) || tag != 0x30 || !ber.bytes(sizeof kEnvelopedOid, oid) ||
        oid != QByteArray(reinterpret_cast<const char *>(kEnvelopedOid), sizeof kEnvelopedOid))
        return bad(QStringLiteral("no envelopedData content type"));
    if (!ber.header(tag, len) || tag != 0xa0 || !ber.header(tag, len) || tag != 0x30)
        return bad(QStringLiteral("no EnvelopedData structure"));
    QByteArray envelopedInner; // version, originatorInfo, recipientInfos
    QByteArray contentInfoInner;
    ContentReader content;
    content.ber = &ber;
    for (;;) {
        QByteArray raw;
        if (!ber.header(tag, len, &raw))
            return bad({});
        if (tag == 0x30) {                // EncryptedContentInfo
            for (int i = 0; i < 2; ++i) { // content type, algorithm
                QByteArray el;
                qint64 l;
                if (!ber.header(tag, l, &el) || l < 0 || !ber.bytes(l, el))
                    return bad(QStringLiteral("malformed EncryptedContentInfo"));
                contentInfoInner += el;
            }
            if (!ber.header(tag, len))
                return bad({});
            if (tag == 0x80) {
                content.chunkLeft = len;
            } else if (tag == 0xa0) {
                content.constructed = true;
                content.outerLeft = len;
            } else {
                return bad(QStringLiteral("no encrypted content (a detached envelope?)"));
            }
            break;
        }
        if (len < 0 || !ber.bytes(len, raw))
            return bad(QStringLiteral("malformed EnvelopedData"));
        envelopedInner += raw;
    }
    const QByteArray header =
        indefinite(0x30, QByteArray(reinterpret_cast<const char *>(kEnvelopedOid), sizeof kEnvelopedOid) +
                             indefinite(0xa0, indefinite(0x30, envelopedInner + indefinite(0x30, contentInfoInner))));
    Bio headerBio = memBio(header);
    Cms cms(d2i_CMS_bio(headerBio.get(), nullptr));
    if (!cms)
        return bad(errors());

    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read decryption key %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll(); // the BIO reads it in place: keep it alive
    Bio keyBio = memBio(keyPem);
    QByteArray pass = passphrase;
    pass.append('\0');
    Pkey key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, pass.data()));
    if (!key)
        return Error::failed(
            QStringLiteral("cannot open decryption key %1: wrong passphrase or not a PEM private key").arg(keyPath));
    QString error;
    Cert cert = readCert(certPath, &error);
    if (!cert)
        return Error::failed(error);

    Bio source(BIO_new(contentBioMethod()));
    BIO_set_data(source.get(), &content);
    BIO_set_init(source.get(), 1);
    Bio out(BIO_new_file(QFile::encodeName(outPath).constData(), "wb"));
    if (!out)
        return Error::failed(QStringLiteral("cannot create %1: %2").arg(outPath, errors()));
    const int ok = CMS_decrypt(cms.get(), key.get(), cert.get(), source.get(), out.get(), CMS_BINARY);
    if (ok != 1 || BIO_flush(out.get()) != 1) {
        if (cancel.stopRequested())
            return Error::failed(QStringLiteral("decrypting %1 was cancelled").arg(inPath));
        if (!ber.error.isEmpty())
            return bad({});
        return Error::failed(QStringLiteral("cannot decrypt %1 with %2 / %3 (not the recipient's key, or the file "
                                            "was altered): %4")
                                 .arg(inPath, keyPath, certPath, errors()));
    }
    if (progress)
        progress(ber.total, ber.total);
    return {};
}

} // namespace firebreak::archive
