#pragma once

#include "ImagingTypes.h"
#include "model/CaseStore.h"
#include "model/evidence/Acquisition.h"

namespace firebreak {

// Checks made before imaging when the acquisition is to be registered: the
// incident exists and the evidence number is free. Returns the number to
// use (the next E-NNN when `wanted` is empty), so the log written during
// the acquisition names the same number the register will hold.
Result<QString> reserveEvidenceNumber(const CaseStore &store, const QString &incidentId, const QString &wanted);

// The register entry for a finished acquisition: hashes, verification,
// times, and in `details` the source identity, segments, bad sectors,
// write protection and the log paths (EvidenceItem has no columns for them).
EvidenceItem evidenceItemFor(const AcquisitionReport &r);

// Registers an acquisition whose image is complete (imageComplete());
// the store writes the audit entry in the same transaction. With the id
// recordAcquisitionStart() gave, the acquisition's end is recorded in that
// transaction too.
Result<EvidenceItem> registerAcquisition(CaseStore &store, const AcquisitionReport &r, qint64 acquisitionId = 0);

// The case store's record of an acquisition in flight (issue #10). Call
// recordAcquisitionStart() from ImagingOptions::onStarted (before the first
// byte is read) and recordAcquisitionEnd() when the job returns an image
// that is not registered (failed, cancelled); a crash in between leaves the
// record "running" with a dead process, shown as interrupted.
AcquisitionRecord acquisitionRecordFor(const AcquisitionReport &r, qint64 acquisitionId = 0);
Result<qint64> recordAcquisitionStart(CaseStore &store, const AcquisitionReport &started);
Status recordAcquisitionEnd(CaseStore &store, const AcquisitionReport &r, qint64 acquisitionId);

} // namespace firebreak
