#pragma once

#include "Ed25519Key.h"
#include "model/CaseStore.h"

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

// Where the store's checkpoint signing key lives by default, and loading
// or creating it (passphrase from FIREBREAK_AUDIT_KEY_PASSPHRASE if set).
QString defaultKeyPath();
Result<Ed25519Key> loadOrCreateKey(const QString &path);

// Signs the current head of an intact chain (also when nothing changed
// since the last checkpoint: a quiet period is attested too).
Result<AuditCheckpoint> create(CaseStore &store, const Ed25519Key &key);

// Every stored checkpoint: signature valid, chained to the previous one,
// naming this store, and the chain still holding the entry it vouches for.
Result<CheckpointVerdict> verifyStored(const CaseStore &store);

// A checkpoint exported earlier (JSON) against the store now: finds a
// cut-off tail or a rewritten chain even if the stored ones were deleted.
QByteArray exportJson(const AuditCheckpoint &c);
Result<CheckpointVerdict> verifyExported(const CaseStore &store, const QByteArray &json, const QString &fileName);

} // namespace checkpoints

} // namespace firebreak
