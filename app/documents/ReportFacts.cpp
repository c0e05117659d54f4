#include "ReportFacts.h"

#include "model/CaseStore.h"
#include "model/clocks/ClockService.h"
#include "model/evidence/EvidenceService.h"
#include "model/response/Playbook.h"
#include "model/response/ResponseService.h"

namespace firebreak::documents {

namespace {

// Moves a Result's value into `target`, or keeps its error.
template <typename T> bool take(Result<T> r, T &target, Error &error)
{
    if (!r) {
        error = r.error();
        return false;
    }
    target = std::move(r).value();
    return true;
}

} // namespace

Result<IncidentFacts> gatherFacts(const CaseStore &store, const ResponseService &response, const ClockService &clocks,
                                  const QString &incidentId)
{
    IncidentFacts f;
    Error e;
    QList<AuditEntry> log;
    QList<CustomerText> approved;
    if (!take(store.incident(incidentId), f.incident, e) || !take(store.people(incidentId), f.people, e) ||
        !take(store.systems(incidentId), f.systems, e) || !take(store.evidence(incidentId), f.evidence, e) ||
        !take(incidentCustody(store, incidentId), f.custody, e) || !take(response.steps(incidentId), f.steps, e) ||
        !take(response.containment(incidentId), f.containment, e) ||
        !take(response.recovery(incidentId), f.recovery, e) ||
        !take(response.serviceRestoredAt(incidentId), f.serviceRestoredAt, e) ||
        !take(response.rca(incidentId), f.rca, e) || !take(response.correctiveActions(incidentId), f.corrective, e) ||
        !take(response.contacts(incidentId), f.contacts, e) || !take(response.timeline(incidentId), f.timeline, e) ||
        !take(clocks.classifications(incidentId), f.classifications, e) ||
        !take(clocks.clocks(incidentId), f.clocks, e) || !take(clocks.breachDetails(incidentId), f.breach, e) ||
        !take(store.verifyAudit(), f.audit, e) || !take(store.auditLog(incidentId), log, e) ||
        !take(store.checkpoints(), f.checkpoints, e) || !take(response.customerTexts(incidentId), approved, e))
        return e;
    f.incidentAuditEntries = log.size();
    f.customerTexts = CustomerTexts(approved);
    if (!f.incident.playbookId.isEmpty()) {
        const PlaybookSet books = playbooks::load();
        if (const Playbook *book = books.find(f.incident.playbookId))
            f.playbookTitle = book->title;
    }
    f.storePath = store.path();
    f.readAt = store.clock().nowUtc();
    for (const ClockStatus &c : f.clocks)
        f.noticeDrafts << draftNotice(c, f.incident, f.breach, f.readAt);
    return f;
}

} // namespace firebreak::documents
