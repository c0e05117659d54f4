#pragma once

#include "../CaseStore.h"
#include "Acquisition.h"

namespace firebreak {

// Acquisitions as the case store sees them (issue #10): the start is
// recorded, with its audit entry, before the first byte is read; the end
// when the engine returns. A crash in between leaves a "running" row whose
// process is gone, which every listing then shows as interrupted.
class AcquisitionService {
public:
    explicit AcquisitionService(CaseStore &store) : m_store(store) {}

    // Records a start (state running); the id is set in the result.
    Result<AcquisitionRecord> recordStart(AcquisitionRecord r);
    // Records how a started acquisition ended (state, outcome, bytes, error).
    Status recordEnd(const AcquisitionRecord &r);
    // The same, as a step of another transaction (the image's registration).
    std::function<Status(QSqlDatabase &)> endInTransaction(const AcquisitionRecord &r);

    // An incident's acquisitions (every incident's when empty), oldest first.
    Result<QList<AcquisitionRecord>> acquisitions(const QString &incidentId = {}) const;
    // Those that never finished and whose process is gone.
    Result<QList<AcquisitionRecord>> interrupted(const QString &incidentId = {}) const;

private:
    CaseStore &m_store;
};

} // namespace firebreak
