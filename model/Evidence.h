#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace firebreak {

enum class EvidenceKind { Image, File };

// Outcome of the last verification of an item's hashes.
enum class Verification { NotVerified, Verified, Mismatch, Failed };

QString evidenceKindKey(EvidenceKind k);
QString verificationKey(Verification v);
Verification verificationFromKey(const QString &key);

// One entry of an incident's evidence register: an acquired image or an
// added file, with the facts a court expects (DOMAIN.md).
struct EvidenceItem {
    qint64 id = 0;
    QString incidentId;
    QString evidenceNumber; // e.g. "E-001", unique within the incident
    EvidenceKind kind = EvidenceKind::Image;
    QString description;
    QString source;    // device path or original file
    QString imagePath; // first segment or the file itself
    qint64 sizeBytes = 0;
    QString md5, sha1, sha256; // lowercase hex
    Verification verification = Verification::NotVerified;
    QString examiner;
    QDateTime startedAt, endedAt;
    QJsonObject details; // source identity, segments, bad sectors, log paths
    QDateTime registeredAt;
};

} // namespace firebreak
