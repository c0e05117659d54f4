#pragma once

#include "CaseStore.h"

#include <functional>
#include <memory>

namespace firebreak {

// `store migrate`: a laptop's SQLite case file copied into the team's
// PostgreSQL store (or into a new SQLite file) with its audit chain intact,
// and verified on arrival.
//
// The source is only ever read, as bytes: it is hashed and copied to a
// private scratch folder, and SQLite opens that copy (which refuses a
// corrupt or planted file exactly as opening it as a store would, and
// brings an older schema up to date without touching the original). Its
// audit chain must verify before the target is even opened. The target must
// hold no incident and no audit entry. Then, inside ONE write transaction
// on the target: every table is copied as it is (ids, hashes, store_id),
// the id sequences are moved past the copied ids, one `store.migrate` entry
// is appended through the normal audit append (so it names the database
// user on PostgreSQL), and the whole chain is verified again, every copied
// entry against the source's. Any failure rolls all of it back.
struct MigrationRequest {
    QString sourcePath; // an SQLite case file
    QString targetSpec; // a postgresql:// URL or an SQLite file path
    QString actor;      // who the store.migrate entry names
    // Opens the target store. The CLI asks for the server's password here;
    // unset: CaseStore::open without one (libpq's ~/.pgpass or PGPASSFILE).
    std::function<Result<std::unique_ptr<CaseStore>>(const QString &spec)> openTarget;
    // Further checks needing more than model/ (the signed checkpoints need
    // forensics/): of the source before anything is written, and of the
    // target inside the copy's transaction, before it commits.
    std::function<Status(const CaseStore &source)> checkSource;
    std::function<Status(const CaseStore &target)> checkTarget;
};

struct MigrationReport {
    QString source; // absolute path
    QString sourceSha256;
    QString target;                     // file path or URL without secrets
    bool targetCreated = false;         // a new SQLite file
    QString storeId;                    // kept from the source
    QList<QPair<QString, qint64>> rows; // table -> rows copied, in copy order
    qint64 copiedEntries = 0;           // the source's audit entries
    QString sourceHeadHash;             // genesis hash when the source had none
    AuditEntry migrateEntry;            // the store.migrate entry on the target
    AuditVerdict targetChain;           // the target's chain, verified before commit
};

// Kind::NotFound (no source), Corrupt (not a store, broken chain), Conflict
// (target not empty), Credentials (the server wants a password), Failed.
Result<MigrationReport> migrateStore(const MigrationRequest &request, const Clock &clock);

} // namespace firebreak
