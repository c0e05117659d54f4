#pragma once

#include "../CaseStore.h"

namespace firebreak {

// The evidence register beyond registration: chain of custody and the
// verification history. Every entry is appended (never overwritten) and
// audited in the same transaction.
class EvidenceService {
public:
    explicit EvidenceService(CaseStore &store) : m_store(store) {}

    Result<EvidenceItem> item(const QString &incidentId, const QString &evidenceNumber) const;
    Result<QList<CustodyEvent>> custody(const QString &incidentId, const QString &evidenceNumber) const;
    // A transfer names who gave and who received it; "stored" also moves
    // the item's storage location.
    Result<CustodyEvent> recordCustody(CustodyEvent e);

    // Names the system (a hostname listed in the incident) an item was taken
    // from, or clears it with an empty hostname. Audited.
    Result<EvidenceItem> linkSystem(const QString &incidentId, const QString &evidenceNumber, const QString &hostname);

    Result<QList<VerificationEvent>> verifications(const QString &incidentId, const QString &evidenceNumber) const;
    // Appends a verification result and makes it the item's current state;
    // a mismatch stays visible until a later verification passes.
    Result<VerificationEvent> recordVerification(VerificationEvent v);

private:
    CaseStore &m_store;
};

// Every custody event of an incident's items, item by item in register
// order and each item's events in time order: for documents that read a
// const store (the custody form).
Result<QList<CustodyEvent>> incidentCustody(const CaseStore &store, const QString &incidentId);

} // namespace firebreak
