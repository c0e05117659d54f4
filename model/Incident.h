#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace firebreak {

enum class Severity { Low, Medium, High, Critical };

// The guided procedure (DOMAIN.md), mapped onto NIST SP 800-61:
// Detect & triage = Detection & Analysis; Isolate / Collect / Restore =
// Containment, Eradication & Recovery; RCA and Report & close =
// Post-Incident Activity.
enum class Phase { Triage, Isolate, Collect, Restore, RootCause, Report };

enum class IncidentStatus { Open, Closed };

QString severityKey(Severity s);
std::optional<Severity> severityFromKey(const QString &key);
QString severityLabel(Severity s);

QString phaseKey(Phase p);
std::optional<Phase> phaseFromKey(const QString &key);
QString phaseLabel(Phase p);
QList<Phase> allPhases();

QString statusKey(IncidentStatus s);
std::optional<IncidentStatus> statusFromKey(const QString &key);

struct Person {
    qint64 id = 0;
    QString incidentId;
    QString name;
    QString role;
    QString contact;
    QDateTime addedAt;
};

struct AffectedSystem {
    qint64 id = 0;
    QString incidentId;
    QString hostname;
    QString ipAddress;
    QString macAddress;
    QString owner;
    QString location;
    QDateTime addedAt;
};

struct Incident {
    QString id; // INC-YYYY-NNNN
    QString title;
    QString description;
    Severity severity = Severity::Medium;
    Phase phase = Phase::Triage;
    IncidentStatus status = IncidentStatus::Open;
    QString commander;
    QDateTime createdAt;  // when the record was opened
    QDateTime detectedAt; // discovery (may be null)
    QDateTime awareAt;    // awareness in the GDPR sense (may be null)
    QDateTime updatedAt;  // last change of any kind
    QString playbookId;   // the playbook its steps came from
    QDateTime closedAt;   // set while closed
    // Optimistic concurrency (team mode): the version of the editable
    // fields this copy was read at. updateIncident refuses an edit made
    // from an older copy instead of silently overwriting another user's.
    qint64 rowVersion = 0; // 0: not read from a store (no check)
    QString updatedBy;     // who last edited the fields
};

// What a caller supplies to open a new incident; the store assigns the id.
struct NewIncident {
    QString title;
    QString description;
    Severity severity = Severity::Medium;
    QString commander;
    QDateTime detectedAt;
    QDateTime awareAt;
    QString playbookId; // empty: no steps
};

// Shape of incident ids: INC-YYYY-NNNN (four or more digits).
bool isIncidentId(const QString &s);
// Empty when `s` is an incident id, else the message naming it (every front end says it the same way).
QString incidentIdProblem(const QString &s);

} // namespace firebreak
