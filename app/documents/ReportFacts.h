#pragma once

#include "model/Audit.h"
#include "model/BreachDetails.h"
#include "model/Evidence.h"
#include "model/Incident.h"
#include "model/Result.h"
#include "model/clocks/ClockRecords.h"
#include "model/clocks/ClockStatus.h"
#include "model/clocks/NoticeDraft.h"
#include "model/response/CustomerText.h"
#include "model/response/ResponseRecords.h"

#include <QList>

namespace firebreak {
class CaseStore;
class ClockService;
class ResponseService;
} // namespace firebreak

namespace firebreak::documents {

// Everything the documents show about one incident, read from the store in
// one go on the thread that owns the store's connection. Plain values, so
// a worker thread can lay the documents out from a copy.
struct IncidentFacts {
    Incident incident;
    QString playbookTitle; // of incident.playbookId; empty when none or no longer installed
    QList<Person> people;
    QList<AffectedSystem> systems;
    QList<EvidenceItem> evidence;
    QList<CustodyEvent> custody; // every item's chain, item by item, in time order
    QList<IncidentStep> steps;
    QList<ContainmentAction> containment;
    QList<RecoveryAction> recovery;
    QDateTime serviceRestoredAt; // invalid while the outage lasts
    RootCauseAnalysis rca;
    QList<CorrectiveAction> corrective;
    QList<ContactEntry> contacts;
    QList<TimelineEvent> timeline;
    CustomerTexts customerTexts; // approved for the customer RFO
    QList<Classification> classifications;
    QList<ClockStatus> clocks;
    BreachDetails breach;
    QList<NoticeDraft> noticeDrafts; // parallel to `clocks`
    AuditVerdict audit;              // the whole store's chain
    qint64 incidentAuditEntries = 0;
    QList<AuditCheckpoint> checkpoints;
    QString storePath;
    QDateTime readAt; // UTC, the store clock's "now" when the facts were read
};

// Reads the facts of `incidentId`; NotFound names the id and the file.
Result<IncidentFacts> gatherFacts(const CaseStore &store, const ResponseService &response, const ClockService &clocks,
                                  const QString &incidentId);

} // namespace firebreak::documents
