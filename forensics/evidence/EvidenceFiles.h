#pragma once

#include "forensics/ewf/EwfCheck.h"
#include "model/CaseStore.h"

#include <QDateTime>
#include <QString>

namespace firebreak {

// An item added to the register by hand: a log file, a memory dump, a pcap,
// a photo of a label. The file is hashed (MD5, SHA-1, SHA-256 in one pass)
// and registered with the collection facts DOMAIN.md asks for.
struct FileEvidenceRequest {
    QString incidentId;
    QString path;           // the file to hash and register (not copied)
    QString evidenceNumber; // empty: the next E-NNN
    QString description;
    QString source;        // where it came from: host, original location
    QString collectedBy;   // empty: the store's actor
    QDateTime collectedAt; // UTC; invalid: now
    QString collectedZone; // IANA zone the collection time was read in
    QString storageLocation;
    QString volatility; // one of volatilityClasses()
    QString system;     // hostname of the incident's system it was taken from, if any
};

// Hashes and registers; the audit entry and the 'collected' custody event
// are written in the same transaction. Nothing is registered when the file
// cannot be read to the end or the job is cancelled. Refused before any
// byte is read: an unknown incident, a taken evidence number, an unknown
// volatility class or zone, no description, a missing file, a directory, a
// device or pipe, an unreadable file. A file that changes while it is
// hashed is refused too. `progress` runs on the calling thread.
Result<EvidenceItem> addFileEvidence(CaseStore &store, const FileEvidenceRequest &request, const ByteProgress &progress,
                                     const CancelToken &cancel);

// One thing re-hashing found wrong, naming the file.
struct EvidenceFinding {
    QString file;
    // "missing", "size", "md5", "sha1", "sha256", "unreadable", or "ewf" (a
    // problem libewf found reading an E01 set back: `actual` is its line)
    QString problem;
    QString expected, actual;
    QString text() const; // one line a responder can read
};

struct EvidenceCheck {
    VerificationEvent event; // as appended to the item's verification history
    QList<EvidenceFinding> findings;
};

// Re-hashes an item on demand (a file, raw segments, or an E01 set through
// checkEwfImage) and appends the result to its verification history. A
// mismatch is recorded as such (never hidden, never overwriting earlier
// results); a cancelled check records nothing and returns an error saying
// so. Every file is checked for existence and recorded size before hashing:
// missing -> Failed, size differs -> Mismatch, hashes differ -> Mismatch.
Result<EvidenceCheck> verifyEvidence(CaseStore &store, const QString &incidentId, const QString &evidenceNumber,
                                     const ByteProgress &progress, const CancelToken &cancel);

} // namespace firebreak
