#pragma once

// Internal to forensics: OpenSSL handles with owners, and the error queue
// as text, for every folder that calls OpenSSL (archive, crypto). Never
// included from a public header, so OpenSSL stays out of callers' builds.

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace firebreak::ossl {

struct BioFree {
    void operator()(BIO *b) const { BIO_free_all(b); }
};
struct CmsFree {
    void operator()(CMS_ContentInfo *c) const { CMS_ContentInfo_free(c); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
struct StoreFree {
    void operator()(X509_STORE *s) const { X509_STORE_free(s); }
};
struct CertStackFree {
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};

using Bio = std::unique_ptr<BIO, BioFree>;
using Cms = std::unique_ptr<CMS_ContentInfo, CmsFree>;
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Store = std::unique_ptr<X509_STORE, StoreFree>;
using CertStack = std::unique_ptr<STACK_OF(X509), CertStackFree>;

// Drains OpenSSL's error queue into one line (the innermost reason last).
QString errors();

Bio memBio(const QByteArray &bytes);
QByteArray bioBytes(BIO *bio);

// Reads one PEM (or DER) certificate; the error names the file.
std::unique_ptr<X509, X509Free> readCert(const QString &path, QString *error);
// "CN=..., O=..., emailAddress=..." in RFC 2253 order.
QString subjectOf(X509 *cert);
// Hex SHA-256 of the DER certificate (what `openssl x509 -fingerprint -sha256` shows, without colons).
QString fingerprintOf(X509 *cert);

} // namespace firebreak::ossl
