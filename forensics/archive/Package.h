#pragma once

#include "ExaminerKey.h"
#include "Manifest.h"
#include "forensics/common/ByteProgress.h"
#include "forensics/common/CancelToken.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace firebreak::archive {

// One file to put in a package: read from disk while it is copied (an
// image segment of any size), or given as bytes (documents, records).
struct PackageFile {
    QString path;       // inside the package; made safe by the writer
    QString sourcePath; // read from here, or
    QByteArray bytes;   // taken from here when sourcePath is empty
    QString role;       // evidence, log, custody, report, audit
    QString evidenceNumber;
};

// Everything a handover package holds, decided before any byte is
// written (see planHandover). Plain values: safe to hand to a worker.
struct PackagePlan {
    ManifestHeader header; // packageName is set by the writer from the output name
    QList<PackageFile> files;
    QList<ManifestItem> items;
    QString readmeNotes; // extra paragraphs for the README (what is on separate media)
};

enum class ContainerFormat { Directory, Tar };

struct ExportOptions {
    QString outPath; // the folder or tar (".tar"; ".tar.p7m" when encrypted)
    ContainerFormat format = ContainerFormat::Directory;
    const SigningIdentity *signer = nullptr; // null: unsigned (README says so)
    QString encryptTo;                       // recipient certificate (PEM); needs Tar
};

struct ExportResult {
    QString path;        // the finished package
    QString packageName; // top folder inside it
    QString manifestSha256;
    QString containerSha256; // of the .tar / .tar.p7m as written (what is sent); empty for a folder
    qint64 payloadBytes = 0; // bytes of files packed
    qint64 outputBytes = 0;  // size of the tar / encrypted file (0 for a folder)
    double seconds = 0;
    QList<ManifestEntry> files;
    bool isSigned = false, encrypted = false;
    QString signerSubject, signerFingerprint;
    QString recipientSubject;
    QStringList recipientCommands; // what the recipient runs, in order
};

// Writes the package under a temporary name next to `outPath` and renames
// it only when every byte, the manifests and the signature are written;
// a failure or Cancel removes the temporary, leaving nothing that looks
// like a package. An existing `outPath` is never replaced.
Result<ExportResult> exportPackage(const PackagePlan &plan, const ExportOptions &options, const ByteProgress &progress,
                                   const CancelToken &cancel);

// The package name a path implies: "case-7.tar.p7m" -> "case-7".
QString packageNameFor(const QString &outPath);

// The commands a recipient runs to check a package (also in its README).
// `selfSigned`: the examiner's certificate, once its fingerprint matches
// the custody paperwork, is the anchor; otherwise the organisation's root
// (obtained from the organisation, never from the package) is.
QStringList recipientCommands(const QString &packageName, bool isTar, bool isSigned, bool encrypted,
                              const QString &fileName, bool selfSigned = true);

// Name of the file holding the signer's issuing CA certificates.
inline constexpr QLatin1StringView kChainName{"examiner-chain.pem"};
// What the recipient's own copy of the organisation's root is called in the commands.
inline constexpr QLatin1StringView kOrgRootPlaceholder{"ORGANISATION-ROOT.pem"};

} // namespace firebreak::archive
