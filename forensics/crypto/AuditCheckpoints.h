#pragma once

#include "Ed25519Key.h"
#include "model/CaseStore.h"

#include <optional>

namespace firebreak {

// What checking the checkpoints found.
struct CheckpointVerdict {
    bool ok = true;
    int checked = 0;
    qint64 coveredEntries = 0; // chain length the newest valid checkpoint vouches for
    QStringList problems;
    QString summary() const;
};

namespace checkpoints {

// One signing key per installation, in the app-data folder (mode 0600,
// PKCS#8 encrypted with the examiner's passphrase). Whoever holds key and
// database can forge both; what defeats that is the exported copy.
QString defaultKeyPath();
// Creating refuses an empty passphrase and an existing file (a key that
// silently replaced another would orphan every checkpoint it signed).
// OpenSSL hands a passphrase callback a 1 KiB buffer: a longer one could be
// set but never typed back in.
inline constexpr qsizetype kMaxPassphraseBytes = 1023;
Result<Ed25519Key> createKey(const QString &path, const QByteArray &passphrase);
Result<Ed25519Key> loadKey(const QString &path, const QByteArray &passphrase);

// A checkpoint is due at least once an hour while the store is in use,
// and the first one as soon as the chain has an entry.
inline constexpr qint64 kIntervalSecs = 3600;
enum class Trigger { Activity, Export };
// Seconds since the newest checkpoint, or -1 when there is none.
Result<qint64> ageOfNewest(const CaseStore &store);
Result<bool> isDue(const CaseStore &store);
// Activity: signs the head only when due. Export: always (every export
// carries a fresh signed head). Returns the new checkpoint, if any.
Result<std::optional<AuditCheckpoint>> ensureFresh(CaseStore &store, const Ed25519Key &key, Trigger trigger);

// Signs the current head of an intact chain (also when nothing changed
// since the last checkpoint: a quiet period is attested too).
Result<AuditCheckpoint> create(CaseStore &store, const Ed25519Key &key);

// Every stored checkpoint: signature valid, chained to the previous one,
// naming this store, and the chain still holding the entry it vouches for.
Result<CheckpointVerdict> verifyStored(const CaseStore &store);

// A checkpoint exported earlier (JSON) against the store now: finds a
// cut-off tail or a rewritten chain even if the stored ones were deleted.
// The export also carries the signed bytes and the signature in base64 so
// a third party can check it with openssl alone (docs/AUDIT-TRAIL.md).
QByteArray exportJson(const AuditCheckpoint &c);
Result<CheckpointVerdict> verifyExported(const CaseStore &store, const QByteArray &json, const QString &fileName);

} // namespace checkpoints

} // namespace firebreak
