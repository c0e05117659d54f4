#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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
    // Collection facts for the custody record (RFC 3227 §4).
    QDateTime collectedAt;   // UTC; defaults to endedAt for acquisitions
    QString collectedZone;   // IANA zone where it was collected ("Europe/Paris")
    QString storageLocation; // where the item (or original media) is kept
    QString volatility;      // RFC 3227 order class, see volatilityClasses()
    // Hostname of the incident's system the item was taken from; empty when
    // it comes from no listed system (a file sent in, a cloud export).
    QString system;
};

// A byte-for-byte image of a disk or volume of a listed system: what the
// customer report may call a forensic copy of an affected system. An image
// of a regular file (a ransom note imaged with `image`) is not one.
bool isSystemDiskImage(const EvidenceItem &e);

// RFC 3227 order of volatility, most volatile first.
QStringList volatilityClasses();

// One entry of an item's chain of custody.
struct CustodyEvent {
    qint64 id = 0;
    QString incidentId;
    QString evidenceNumber;
    QString action;             // collected | transferred | examined | stored | returned | released
    QDateTime at;               // UTC
    QString zone;               // IANA zone the time was given in
    QString fromParty, toParty; // name, title, phone of each handler
    QString purpose;
    QString location;
    QString method; // hand delivery, courier + shipping number, ...
    QString notes;
    // Set when the entry was recorded although its "from" party does not
    // hold the item by the chain (a correction, a holder recorded under
    // another name): why, as the person who recorded it said.
    QString overrideReason;
    QString recordedBy;
    QDateTime recordedAt;
};
QStringList custodyActions();

// One re-hash of an item: appended, never overwritten.
struct VerificationEvent {
    qint64 id = 0;
    QString incidentId;
    QString evidenceNumber;
    QDateTime at;
    Verification result = Verification::NotVerified;
    QString md5, sha1, sha256; // what was computed
    QString details;           // which file differs and how, or the error
    QString verifiedBy;
};

} // namespace firebreak
