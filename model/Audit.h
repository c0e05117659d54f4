#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace firebreak {

// One row of the append-only audit trail. The format is documented in
// docs/AUDIT-TRAIL.md so that an outsider can re-verify a chain.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;       // UTC
    QString actor;      // who did it
    QString dbUser;     // the database login that wrote it (team mode); empty on SQLite
    QString action;     // e.g. "incident.create"
    QString object;     // what it was done to, e.g. "INC-2026-0001" or "INC-2026-0001/person/3"
    QString incidentId; // the incident it belongs to, empty for store-wide entries
    QJsonObject data;   // the change itself
    QString prevHash;   // hex SHA-256 of the previous entry, 64 zeros for the first
    QString entryHash;  // hex SHA-256 over domain tag, seq, prevHash and the canonical record
};

// What a service asks to be recorded; seq, time and hashes are assigned
// by the store inside the transaction that makes the change.
struct AuditEvent {
    QString action;
    QString object;
    QString incidentId;
    QJsonObject data;
};

namespace audit {

inline constexpr char kDomainTag[] = "firebreak.audit.v1";
QString genesisHash();

// Canonical JSON of everything an entry asserts except its hashes:
// compact, keys sorted, UTF-8. This is the "payload" hashed into the chain.
QByteArray canonicalRecord(const AuditEntry &e);
QByteArray canonicalJson(const QJsonObject &o);

// The one JSON form of an entry outside the store (`audit log --json`, a
// handover package's audit extract): exactly the fields of the hashed
// record (db_user only when non-empty, as there), with seq as a number,
// plus prev_hash and entry_hash. A recipient rebuilds the record with
//   jq -cS 'del(.prev_hash, .entry_hash) | .seq |= tostring'
// and the hash with sha256sum (docs/AUDIT-TRAIL.md).
QJsonObject entryJson(const AuditEntry &e);

// entry_hash = SHA-256(tag ‖ 0x00 ‖ seq (decimal) ‖ 0x00 ‖ prev_hash (hex) ‖ 0x00 ‖ record)
QString computeEntryHash(qint64 seq, const QString &prevHash, const QByteArray &record);

} // namespace audit

// A signed statement "the chain had `entries` entries ending in `headHash`
// at `at`", chained to the previous checkpoint's signature the way AWS
// CloudTrail chains its digest files. Written even when nothing changed,
// so a missing stretch shows; exported off the machine, it reveals a cut
// tail that the hash chain alone cannot.
struct AuditCheckpoint {
    qint64 number = 0;     // 1, 2, 3, ...
    QDateTime at;          // UTC
    QString storeId;       // the case store's identity
    qint64 entries = 0;    // chain length covered (last seq)
    QString headHash;      // entry_hash at `entries` (genesis if 0)
    QString prevSignature; // hex, empty for the first
    QString keyFingerprint;
    QByteArray publicKeyPem;
    QString signature; // hex Ed25519 over checkpointPayload()
};

namespace audit {
inline constexpr char kCheckpointTag[] = "firebreak.checkpoint.v1";
// The exact bytes signed: tag ‖ 0x00 ‖ canonical JSON of the fields above
// (without the signature and the PEM).
QByteArray checkpointPayload(const AuditCheckpoint &c);
} // namespace audit

// Outcome of walking the chain from its first entry.
struct AuditVerdict {
    enum class State { Intact, Broken, Empty };
    State state = State::Empty;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString headHash;       // hash of the last good entry
    QStringList problems;   // every finding, first one first

    bool intact() const { return state != State::Broken; }
    QString summary() const;
};

// Walks entries in storage order (ascending seq) and reports the first
// sequence number at which the chain stops being provable: a recomputed
// hash that differs (edited row), a prev_hash that does not link
// (deleted or reordered row), or a gap/restart in the numbering.
AuditVerdict verifyChain(const QList<AuditEntry> &entries);

// The same walk, continued: `known` is an intact verdict over entries
// 1..known.entries, `newer` the entries after it (ascending seq). Lets a
// workbench that refreshes every few seconds check only what arrived,
// instead of reading a large team store's whole trail each time.
AuditVerdict extendVerdict(const AuditVerdict &known, const QList<AuditEntry> &newer);

} // namespace firebreak
