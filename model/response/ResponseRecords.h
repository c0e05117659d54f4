#pragma once

#include "../Incident.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace firebreak {

// A playbook step as it lives in one incident.
struct IncidentStep {
    enum class State { Open, Done, Skipped };
    QString incidentId;
    QString stepId;
    int position = 0;
    Phase phase = Phase::Triage;
    QString title;
    QString guidance;
    QStringList checklist;
    QList<bool> checked; // parallel to checklist
    QString owner;
    bool mandatory = false;
    QString records;
    QString completedBy; // a stepLinkKinds() record that completes it by itself, or empty
    State state = State::Open;
    QString note;     // skip reason or completion note
    QString doneBy;   // who completed or skipped it
    QDateTime doneAt; // when
};
QString stepStateKey(IncidentStep::State s); // open, done, skipped

// Isolate phase: what was done to contain a system, and how it was checked.
struct ContainmentAction {
    qint64 id = 0;
    QString incidentId;
    QString system; // hostname or asset
    QString action; // "network cut", "firewall rule", "account disabled", ...
    QString performedBy;
    QDateTime performedAt;
    QString verification; // how it was verified
    QDateTime recordedAt;
};

// Restore phase. kind: action | service-restored | verified-clean.
// The earliest service-restored instant ends the outage.
struct RecoveryAction {
    qint64 id = 0;
    QString incidentId;
    QString kind = QStringLiteral("action");
    QString system;
    QString description;
    QString performedBy;
    QDateTime performedAt;
    QDateTime recordedAt;
};

struct CorrectiveAction {
    qint64 id = 0;
    QString incidentId;
    QString action;
    QString owner;
    QDate due;
    QString state = QStringLiteral("open"); // open | in-progress | done
    QDateTime createdAt;
};

// Root-cause analysis and lessons learned.
struct RootCauseAnalysis {
    QString incidentId;
    QString detectionMethod; // how the intrusion was detected
    QString trigger;
    QString rootCause;
    QString contributingFactors;
    QStringList fiveWhys;
    QString wentWell, wentWrong, gotLucky;
    QDateTime updatedAt;
    // Optimistic concurrency (see StaleEdit.h): the row version this copy
    // was read at, 0 when there was no row yet; -1 for a copy not read from
    // the store (saved without a check).
    qint64 rowVersion = -1;
    QString updatedBy;
};

// Every contact with a third party (DOMAIN.md: the record must show each
// contact with law enforcement).
struct ContactEntry {
    qint64 id = 0;
    QString incidentId;
    QDateTime at;
    QString partyType;    // customer | authority | law-enforcement | vendor | insurer | other
    QString organisation; // agency for law enforcement
    QString person;       // officer for law enforcement
    QString caseReference;
    QString channel;
    QString summary;
    QString recordedBy;
    QDateTime recordedAt;
    bool lawEnforcement() const { return partyType == QLatin1String("law-enforcement"); }
};
QStringList contactPartyTypes();

// A free timeline entry (anything not captured elsewhere).
struct TimelineNote {
    qint64 id = 0;
    QString incidentId;
    QDateTime at;
    QString text;
    QString source;     // where the fact comes from (log, person, tool)
    QString confidence; // confirmed | likely | possible
    QString recordedBy;
    QDateTime recordedAt;
};
QStringList timelineConfidences();

// The words a person reads for these keys, in the interface language
// (the keys stay in the store, the CSV export and the CLI).
QString contactPartyLabel(const QString &key);       // "law-enforcement" -> "Law enforcement"
QString timelineConfidenceLabel(const QString &key); // "likely" -> "Likely"
QString timelineKindLabel(const QString &key);       // "containment" -> "Isolation"
QString correctiveStateLabel(const QString &key);    // "in-progress" -> "In progress"

// One line of the merged, UTC-ordered incident timeline.
struct TimelineEvent {
    QDateTime at;
    QString kind; // note, contact, containment, recovery, notice, evidence, step, incident
    QString text;
    QString source;
    QString confidence;
    qint64 auditSeq = 0; // the audit entry recording it, 0 if none
    bool lawEnforcement = false;
};

} // namespace firebreak
