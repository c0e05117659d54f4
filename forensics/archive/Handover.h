#pragma once

#include "Package.h"
#include "model/CaseStore.h"

namespace firebreak::archive {

inline constexpr QLatin1StringView kDefaultPurpose{"handover to law enforcement"};

// What the examiner asks for: which items travel in the package, which
// only as hash records (the images go on separate media), and to whom.
struct HandoverRequest {
    QString incidentId;
    QStringList items;    // evidence numbers to ship; empty with empty hashOnly = every item
    QStringList hashOnly; // evidence numbers whose hashes and logs travel, not their data
    QString recipient;    // "agency, officer, reference"
    QString purpose = QString(kDefaultPurpose);
    QString method;   // how it is handed over (courier + number, in person, ...)
    QString examiner; // who hands it over (default: the store's actor)
    // Why the transfer is recorded although the examiner does not hold a
    // shipped item by its chain of custody; empty: such a hand-over is refused.
    QString overrideReason;
};

// Reads the register and builds the package plan: each item's segments
// (or hash record), acquisition logs and hash files, the custody record
// (JSON) and an audit-trail extract with the chain head and verdict.
// Every name taken from the case file is made safe. Fails, naming the
// item and file, for an unknown item, a missing segment or log.
// The PDFs (custody form, internal report) come from ui/documents.
Result<PackagePlan> planHandover(CaseStore &store, const HandoverRequest &request);

// After a successful export: a 'transferred' custody event for every
// shipped item (to the recipient, with the purpose and method) and one
// audit entry "archive.export" carrying the manifest's SHA-256.
Status recordHandover(CaseStore &store, const HandoverRequest &request, const PackagePlan &plan,
                      const ExportResult &result);

} // namespace firebreak::archive
