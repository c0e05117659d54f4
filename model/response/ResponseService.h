#pragma once

#include "../CaseStore.h"
#include "CustomerText.h"
#include "ResponseRecords.h"

namespace firebreak {

class ClockService;

// What a step still lacks before it is done (issue #19): its unchecked
// checklist items and, when nothing of what it records exists yet, that
// record kind (knownRecordKinds()).
struct MissingForDone {
    QStringList unchecked;
    QString record;
    bool isEmpty() const { return unchecked.isEmpty() && record.isEmpty(); }
};

struct PhaseProgress {
    Phase phase;
    int done = 0; // done or skipped
    int total = 0;
};

// The guided response of one incident: its steps, what each phase records,
// the contacts log, the timeline, and the rules for closing. Every change
// is audited in the same transaction.
class ResponseService {
public:
    // `clocks` may be null; closing then cannot check notification clocks
    // and says so among the blockers.
    ResponseService(CaseStore &store, const ClockService *clocks);

    // Steps
    Result<QList<IncidentStep>> steps(const QString &incidentId) const; // phase order, then position
    Result<QList<PhaseProgress>> progress(const QString &incidentId) const;
    Result<MissingForDone> missingBeforeDone(const QString &incidentId, const QString &stepId) const;
    // Marks a step done. Whatever missingBeforeDone() named is kept in the
    // audit entry ("unchecked", "missing_record"), with `confirmed` saying
    // whether the person was asked and said yes.
    Status completeStep(const QString &incidentId, const QString &stepId, const QString &note = {},
                        bool confirmed = false);
    // The "no" answer to that question, audited ("step.done-declined"):
    // the step stays open.
    Status declineCompletion(const QString &incidentId, const QString &stepId);
    Status skipStep(const QString &incidentId, const QString &stepId, const QString &reason);
    Status reopenStep(const QString &incidentId, const QString &stepId, const QString &reason);
    Status reassignStep(const QString &incidentId, const QString &stepId, const QString &owner);
    Status checkItem(const QString &incidentId, const QString &stepId, int index, bool checked);
    Result<IncidentStep> addStep(const QString &incidentId, const StepTemplate &step);

    // What the phases record
    Result<ContainmentAction> recordContainment(ContainmentAction a);
    Result<QList<ContainmentAction>> containment(const QString &incidentId) const;
    Result<RecoveryAction> recordRecovery(RecoveryAction a);
    Result<QList<RecoveryAction>> recovery(const QString &incidentId) const;
    Result<QDateTime> serviceRestoredAt(const QString &incidentId) const; // invalid if not yet
    Result<RootCauseAnalysis> rca(const QString &incidentId) const;
    Status saveRca(const RootCauseAnalysis &r);
    Result<CorrectiveAction> addCorrectiveAction(CorrectiveAction a);
    Status setCorrectiveState(const QString &incidentId, qint64 id, const QString &state);
    Result<QList<CorrectiveAction>> correctiveActions(const QString &incidentId) const;

    // Contacts and timeline
    Result<ContactEntry> logContact(ContactEntry c);
    Result<QList<ContactEntry>> contacts(const QString &incidentId) const;
    Result<TimelineNote> addTimelineNote(TimelineNote n);
    Result<QList<TimelineEvent>> timeline(const QString &incidentId) const;

    // What the customer may be told (the RFO's allow-list). Approving a
    // text records it with the approver, audited in the same transaction;
    // an empty text withdraws the approval. Allowed on closed incidents: the
    // RFO is often written after closing.
    Result<QList<CustomerText>> customerTexts(const QString &incidentId) const;
    Result<CustomerText> approveCustomerText(const QString &incidentId, const QString &field, const QString &text);

    // Closure
    Result<QStringList> closureBlockers(const QString &incidentId) const; // empty: may close
    Status close(const QString &incidentId, const QString &summary = {});
    Status reopen(const QString &incidentId, const QString &reason);

private:
    Result<IncidentStep> findStep(QSqlDatabase &db, const QString &incidentId, const QString &stepId) const;
    Status changeStep(const QString &incidentId, const QString &stepId, const QString &action,
                      const std::function<Status(IncidentStep &)> &edit);
    Status requireOpenIncident(const QString &incidentId) const;
    Result<QList<TimelineNote>> notesOf(const QString &incidentId) const;

    CaseStore &m_store;
    const ClockService *m_clocks;
};

// RFC 4180 CSV of a timeline (UTC instants, one event per row).
QString timelineToCsv(const QList<TimelineEvent> &events);

} // namespace firebreak
