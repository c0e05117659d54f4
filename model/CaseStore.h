#pragma once

#include "Audit.h"
#include "Clock.h"
#include "Evidence.h"
#include "Incident.h"
#include "Result.h"
#include "response/Playbook.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace firebreak {

class Database;

// The case store service: everything above the storage layer works with
// this and domain types, never with SQL. Each state change commits
// together with the audit entry that records it.
class CaseStore {
public:
    // Opens the SQLite case file at `path` (see Database::openSqlite for
    // the refusal rules). `actor` is who the audit trail names.
    static Result<std::unique_ptr<CaseStore>> openSqlite(const QString &path, const Clock &clock, QString actor);
    // Opens either store by the look of `spec`: a postgresql:// URL (team
    // mode, see Database::openPostgres; `password` is held in memory only)
    // or an SQLite file path.
    static Result<std::unique_ptr<CaseStore>> open(const QString &spec, const Clock &clock, QString actor,
                                                   const QString &password = {});

    // The same store opened again with the same clock, for a worker thread
    // that wants a store (and connection) of its own; a team store's
    // password, held in memory, comes along, so nobody is asked twice.
    // Callable from any thread; `actor` is passed in because the caller's
    // thread may change this store's.
    Result<std::unique_ptr<CaseStore>> reopen(QString actor) const;

    CaseStore(std::unique_ptr<Database> db, const Clock &clock, QString actor);
    ~CaseStore();

    QString path() const;
    const Clock &clock() const { return m_clock; }
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // Incidents
    // Opens an incident; `steps` (from spec.playbookId's playbook) are
    // copied into it in the same transaction.
    // Detection and awareness must be plausible; awareness before detection
    // needs `awareReason` (kept in the audit entry).
    Result<Incident> createIncident(const NewIncident &spec, const QList<StepTemplate> &steps = {},
                                    const QString &awareReason = {});
    Result<Incident> incident(const QString &id) const; // NotFound names the id and the file
    Result<QList<Incident>> incidents() const;
    // Saves changed fields of an existing incident; the audit entry lists
    // each field's old and new value. `reason` is recorded when given.
    Result<Incident> updateIncident(const Incident &edited, const QString &reason = {});

    Result<Person> addPerson(const QString &incidentId, Person person);
    Result<QList<Person>> people(const QString &incidentId) const;
    Result<AffectedSystem> addSystem(const QString &incidentId, AffectedSystem system);
    Result<QList<AffectedSystem>> systems(const QString &incidentId) const;
    // The listed hostname `hostname` names (case aside), or a clear error
    // naming the systems that are listed; empty stays empty (no system).
    Result<QString> listedSystem(const QString &incidentId, const QString &hostname) const;

    // Evidence register. An empty evidenceNumber gets the next E-NNN.
    // `also` runs in the same transaction after the audit entry (an
    // acquisition's end is recorded with the image's registration, so a
    // crash cannot leave one without the other).
    Result<EvidenceItem> registerEvidence(EvidenceItem item, const std::function<Status(QSqlDatabase &)> &also = {});
    Result<QList<EvidenceItem>> evidence(const QString &incidentId) const;

    // Audit trail
    Result<QList<AuditEntry>> auditLog(const QString &incidentId = {}) const;
    Result<AuditVerdict> verifyAudit() const;
    // Checks only what was appended since `known` (an earlier verdict of
    // this store); falls back to a full walk when `known` is not intact or
    // its head entry changed. Rewrites further back need a full verifyAudit.
    Result<AuditVerdict> verifyAuditAfter(const AuditVerdict &known) const;
    Result<qint64> auditLastSeq() const;   // cheap: has anything been recorded since?
    QStringList missingSafeguards() const; // see Database::missingSafeguards
    Result<QStringList> auditActionsAfter(qint64 seq) const;
    // Signed checkpoints (signing happens in forensics/, which has OpenSSL).
    QString storeId() const;
    Result<QList<AuditCheckpoint>> checkpoints() const;
    // What a new checkpoint is built on, read inside the write transaction
    // that stores it, so two signers (the workbench and a CLI) can never
    // both number theirs N+1 or chain to the same predecessor.
    struct CheckpointBasis {
        QString storeId;
        AuditVerdict chain;
        std::optional<AuditCheckpoint> previous;
    };
    Result<AuditCheckpoint>
    appendCheckpoint(const std::function<Result<AuditCheckpoint>(const CheckpointBasis &)> &build);

    // For other services in model/: runs `change` inside one write
    // transaction and appends the audit event it returns, so the change
    // and its audit entry commit together or not at all.
    Status changeAndAudit(const std::function<Result<AuditEvent>(QSqlDatabase &)> &change);
    // Read-only access for services in model/ (the calling thread's connection).
    QSqlDatabase readConnection() const;

    Database &database() { return *m_db; }

private:
    Status requireIncident(const QString &id) const;

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    QString m_actor;
};

// Detection and awareness must be plausible (not before 2000, not in the
// future), and awareness before detection needs a reason.
Status checkIncidentInstants(const QDateTime &detected, const QDateTime &aware, const QString &reason,
                             const QDateTime &now);

// Who the audit trail names when nobody says: FIREBREAK_ACTOR, else the
// operating-system login name.
QString defaultActor();

} // namespace firebreak
