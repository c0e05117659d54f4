#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace firebreak::archive {

// File names a handover package uses.
inline constexpr QLatin1StringView kManifestName{"MANIFEST.sha256"};
inline constexpr QLatin1StringView kSignatureName{"MANIFEST.sha256.p7s"};
inline constexpr QLatin1StringView kJsonManifestName{"MANIFEST.json"};
inline constexpr QLatin1StringView kReadmeName{"README.txt"};
inline constexpr QLatin1StringView kCertificateName{"examiner-cert.pem"};
inline constexpr QLatin1StringView kJsonFormat{"firebreak.handover/1"};

// One file of a package as the manifests list it.
struct ManifestEntry {
    QString path; // relative, '/'-separated, safe (see safePackagePath)
    qint64 size = 0;
    QString md5, sha1, sha256; // lowercase hex
    QString role;              // evidence, log, custody, report, audit, readme, certificate, manifest
    QString evidenceNumber;    // the item it belongs to, if any
};

// An evidence item as MANIFEST.json describes it: the acquisition hashes
// (of the whole image stream, over all segments in order) and which
// package files carry it. A hash-only item travels on separate media:
// its segments are listed by their original names and not shipped.
struct ManifestItem {
    QString evidenceNumber;
    QString kind;   // image | file
    QString format; // raw | e01 | file
    bool shipped = true;
    QString description;
    qint64 sizeBytes = 0;
    QString md5, sha1, sha256;
    QStringList segments; // package paths when shipped, original file names otherwise
    QString verification; // the register's last verdict
};

// The text `sha256sum -c` reads: "<hex>  <path>\n", sorted by path.
QByteArray sha256sumText(QList<ManifestEntry> entries);

struct Sha256Line {
    QString sha256;
    QString path;
};
// Parses sha256sum text; the error names the line. Paths that could
// escape the folder (absolute, "..") are refused.
Result<QList<Sha256Line>> parseSha256sum(const QByteArray &text, const QString &fileName);

struct ManifestHeader {
    QString incidentId;
    QString packageName;
    QDateTime createdAt; // UTC
    QString createdBy;
    QString recipient;
    QString purpose;
    QString method;
    QString signerSubject, signerFingerprint; // empty when unsigned
};
QByteArray jsonManifest(const ManifestHeader &header, const QList<ManifestEntry> &files,
                        const QList<ManifestItem> &items);
Result<QList<ManifestItem>> itemsFromJson(const QByteArray &json, const QString &fileName);

// A name safe to use inside a package: '/'-separated parts of letters,
// digits, '.', '_', '-' (others become '_'), no empty, "." or ".." parts,
// nothing absolute. Applied to every name taken from the case file.
QString safePackagePath(const QString &path);
QString safeComponent(const QString &name);
// True if `path` is relative and stays inside its folder.
bool isContainedPath(const QString &path);

} // namespace firebreak::archive
