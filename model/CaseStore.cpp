#include "CaseStore.h"

#include "RecordJson.h"
#include "StaleEdit.h"
#include "response/StepLinks.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/StepRepository.h"

#include <QJsonArray>
#include <QTimeZone>

#include <pwd.h>
#include <unistd.h>

namespace firebreak {

namespace {

// The incident as its audit entries record it: the shared record without
// the bookkeeping times (the entry has its own), so an update's before and
// after differ only in what was changed.
QJsonObject incidentJson(const Incident &i)
{
    QJsonObject o = recordjson::incident(i);
    o.remove(QStringLiteral("created_utc"));
    o.remove(QStringLiteral("updated_utc"));
    return o;
}

// Appends the audit entry for a change inside the change's transaction,
// then completes the playbook steps linked to what the change recorded
// (each with its own entry), so a step follows its record from any front end.
Status audited(QSqlDatabase &db, const Clock &clock, const QString &actor, const AuditEvent &event)
{
    const QDateTime now = clock.nowUtc();
    auto e = AuditRepository::append(db, now, actor, event);
    if (!e)
        return e.error();
    auto followers = steplinks::completeLinked(db, now, actor, event);
    if (!followers)
        return followers.error();
    for (const AuditEvent &f : *followers)
        if (auto a = AuditRepository::append(db, now, actor, f); !a)
            return a.error();
    return {};
}

} // namespace

Status checkIncidentInstants(const QDateTime &detected, const QDateTime &aware, const QString &reason,
                             const QDateTime &now)
{
    // Nothing this tool records happened before 2000 or in the future: 1900,
    // year 1 or 2030 is a typo, and a clock computed from it would be false.
    const QDateTime floor(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (const auto &[t, what] : {std::pair{detected, "detection"}, std::pair{aware, "awareness"}}) {
        if (!t.isValid())
            continue;
        if (t < floor)
            return Error::usage(QStringLiteral("the %1 time %2 is before 2000: that cannot be right")
                                    .arg(QLatin1String(what), toIsoUtc(t)));
        if (t > now.addSecs(300))
            return Error::usage(
                QStringLiteral("the %1 time %2 is in the future").arg(QLatin1String(what), toIsoUtc(t)));
    }
    if (detected.isValid() && aware.isValid() && aware < detected && reason.trimmed().isEmpty())
        return Error::usage(QStringLiteral("awareness %1 is before detection %2: say why (a reason is required)")
                                .arg(toIsoUtc(aware), toIsoUtc(detected)));
    return {};
}

QString defaultActor()
{
    for (const char *var : {"FIREBREAK_ACTOR", "USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("unknown");
}

Result<std::unique_ptr<CaseStore>> CaseStore::openSqlite(const QString &path, const Clock &clock, QString actor)
{
    auto db = Database::openSqlite(path);
    if (!db)
        return db.error();
    return std::make_unique<CaseStore>(std::move(db).value(), clock, std::move(actor));
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString &spec, const Clock &clock, QString actor,
                                                   const QString &password)
{
    auto db = Database::open(spec, password);
    if (!db)
        return db.error();
    return std::make_unique<CaseStore>(std::move(db).value(), clock, std::move(actor));
}

Result<std::unique_ptr<CaseStore>> CaseStore::reopen(QString actor) const
{
    auto db = m_db->reopen();
    if (!db)
        return db.error();
    return std::make_unique<CaseStore>(std::move(db).value(), m_clock, std::move(actor));
}

CaseStore::CaseStore(std::unique_ptr<Database> db, const Clock &clock, QString actor)
    : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
{
}

CaseStore::~CaseStore() = default;

QString CaseStore::path() const
{
    return m_db->path();
}

Status CaseStore::requireIncident(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    auto found = IncidentRepository::find(db, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no incident %1 in case database %2").arg(id, path()));
    return {};
}

Result<Incident> CaseStore::createIncident(const NewIncident &spec, const QList<StepTemplate> &steps,
                                           const QString &awareReason)
{
    const QString title = spec.title.simplified();
    if (title.isEmpty())
        return Error::usage(QStringLiteral("an incident needs a title (got an empty one); nothing was created"));
    if (auto st = checkIncidentInstants(spec.detectedAt, spec.awareAt, awareReason, m_clock.nowUtc()); !st)
        return st.error();

    Incident created;
    Status st = m_db->write([&](QSqlDatabase &db) -> Status {
        const QDateTime now = m_clock.nowUtc();
        auto id = IncidentRepository::nextId(db, now.date().year());
        if (!id)
            return id.error();
        created.id = *id;
        created.title = title;
        created.description = spec.description.trimmed();
        created.severity = spec.severity;
        created.commander = spec.commander.trimmed();
        created.createdAt = fromIsoUtc(toIsoUtc(now));
        created.updatedAt = created.createdAt;
        created.detectedAt = spec.detectedAt;
        created.awareAt = spec.awareAt;
        created.playbookId = spec.playbookId;
        if (auto r = IncidentRepository::insert(db, created); !r)
            return r;
        int position = 0;
        for (const StepTemplate &t : steps) {
            IncidentStep s;
            s.incidentId = created.id;
            s.stepId = t.id;
            s.position = position++;
            s.phase = t.phase;
            s.title = t.title;
            s.guidance = t.guidance;
            s.checklist = t.checklist;
            s.checked = QList<bool>(t.checklist.size(), false);
            s.owner = t.owner;
            s.mandatory = t.mandatory;
            s.records = t.records;
            s.completedBy = t.completedBy;
            if (auto r = StepRepository::insert(db, s); !r)
                return r;
        }
        QJsonObject data = incidentJson(created);
        if (!awareReason.trimmed().isEmpty())
            data.insert(QStringLiteral("aware_reason"), awareReason.trimmed());
        data.insert(QStringLiteral("playbook"), created.playbookId);
        data.insert(QStringLiteral("steps"), static_cast<int>(steps.size()));
        return audited(db, m_clock, m_actor, {QStringLiteral("incident.create"), created.id, created.id, data});
    });
    if (!st)
        return st.error();
    return created;
}

Result<Incident> CaseStore::incident(const QString &id) const
{
    QSqlDatabase db = m_db->connection();
    auto found = IncidentRepository::find(db, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("no incident %1 in case database %2").arg(id, path()));
    return **found;
}

Result<QList<Incident>> CaseStore::incidents() const
{
    QSqlDatabase db = m_db->connection();
    return IncidentRepository::all(db);
}

Result<Incident> CaseStore::updateIncident(const Incident &edited, const QString &reason)
{
    if (edited.title.simplified().isEmpty())
        return Error::usage(QStringLiteral("incident %1 needs a title; nothing was changed").arg(edited.id));
    Incident saved;
    Status st = m_db->write([&](QSqlDatabase &db) -> Status {
        auto current = IncidentRepository::find(db, edited.id);
        if (!current)
            return current.error();
        if (!current->has_value())
            return Error::notFound(QStringLiteral("no incident %1 in case database %2").arg(edited.id, path()));
        if (edited.rowVersion != 0 && edited.rowVersion != (*current)->rowVersion)
            return staleEdit(db, QStringLiteral("incident %1").arg(edited.id), edited.id);
        const QJsonObject before = incidentJson(**current);
        // Awareness starts the notification clocks: once recorded it changes
        // only by an amendment that re-bases them (ClockService::amendTrigger).
        if ((*current)->awareAt.isValid() && edited.awareAt != (*current)->awareAt)
            return Error{Error::Kind::Conflict,
                         QStringLiteral("the awareness of %1 (%2) starts its notification clocks: amend it with a "
                                        "reason (firebreak-cli clock amend %1 --awareness --at TIME --reason TEXT)")
                             .arg(edited.id, toIsoUtc((*current)->awareAt))};
        if (edited.detectedAt != (*current)->detectedAt || edited.awareAt != (*current)->awareAt)
            if (auto ok = checkIncidentInstants(edited.detectedAt, edited.awareAt, reason, m_clock.nowUtc()); !ok)
                return ok;
        saved = edited;
        saved.title = edited.title.simplified();
        saved.createdAt = (*current)->createdAt;
        const QJsonObject after = incidentJson(saved);
        QJsonObject changes;
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) != it.value())
                changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), before.value(it.key())},
                                                     {QStringLiteral("to"), it.value()}});
        }
        if (changes.isEmpty())
            return {}; // nothing to record
        saved.updatedAt = fromIsoUtc(toIsoUtc(m_clock.nowUtc()));
        saved.updatedBy = m_actor;
        if (auto r = IncidentRepository::updateFields(db, saved); !r)
            return r;
        QJsonObject data{{QStringLiteral("changes"), changes}};
        if (!reason.trimmed().isEmpty())
            data.insert(QStringLiteral("reason"), reason.trimmed());
        return audited(db, m_clock, m_actor, {QStringLiteral("incident.update"), saved.id, saved.id, data});
    });
    if (!st)
        return st.error();
    return incident(edited.id);
}

Result<Person> CaseStore::addPerson(const QString &incidentId, Person person)
{
    person.name = person.name.simplified();
    if (person.name.isEmpty())
        return Error::usage(QStringLiteral("a person needs a name; nothing was added to %1").arg(incidentId));
    if (auto r = requireIncident(incidentId); !r)
        return r.error();
    person.incidentId = incidentId;
    Status st = m_db->write([&](QSqlDatabase &db) -> Status {
        person.addedAt = fromIsoUtc(toIsoUtc(m_clock.nowUtc()));
        auto id = IncidentRepository::insertPerson(db, person);
        if (!id)
            return id.error();
        person.id = *id;
        if (auto t = IncidentRepository::touch(db, incidentId, person.addedAt); !t)
            return t;
        return audited(db, m_clock, m_actor,
                       {QStringLiteral("person.add"),
                        QStringLiteral("%1/person/%2").arg(incidentId).arg(person.id),
                        incidentId,
                        {{QStringLiteral("name"), person.name},
                         {QStringLiteral("role"), person.role},
                         {QStringLiteral("contact"), person.contact}}});
    });
    if (!st)
        return st.error();
    return person;
}

Result<QList<Person>> CaseStore::people(const QString &incidentId) const
{
    QSqlDatabase db = m_db->connection();
    return IncidentRepository::people(db, incidentId);
}

Result<AffectedSystem> CaseStore::addSystem(const QString &incidentId, AffectedSystem system)
{
    system.hostname = system.hostname.trimmed();
    if (system.hostname.isEmpty())
        return Error::usage(
            QStringLiteral("an affected system needs a hostname; nothing was added to %1").arg(incidentId));
    if (auto r = requireIncident(incidentId); !r)
        return r.error();
    system.incidentId = incidentId;
    Status st = m_db->write([&](QSqlDatabase &db) -> Status {
        system.addedAt = fromIsoUtc(toIsoUtc(m_clock.nowUtc()));
        auto id = IncidentRepository::insertSystem(db, system);
        if (!id)
            return id.error();
        system.id = *id;
        if (auto t = IncidentRepository::touch(db, incidentId, system.addedAt); !t)
            return t;
        return audited(db, m_clock, m_actor,
                       {QStringLiteral("system.add"),
                        QStringLiteral("%1/system/%2").arg(incidentId).arg(system.id),
                        incidentId,
                        {{QStringLiteral("hostname"), system.hostname},
                         {QStringLiteral("ip_address"), system.ipAddress},
                         {QStringLiteral("mac_address"), system.macAddress},
                         {QStringLiteral("owner"), system.owner},
                         {QStringLiteral("location"), system.location}}});
    });
    if (!st)
        return st.error();
    return system;
}

Result<QList<AffectedSystem>> CaseStore::systems(const QString &incidentId) const
{
    QSqlDatabase db = m_db->connection();
    return IncidentRepository::systems(db, incidentId);
}

Result<QString> CaseStore::listedSystem(const QString &incidentId, const QString &hostname) const
{
    const QString wanted = hostname.trimmed();
    if (wanted.isEmpty())
        return QString();
    auto list = systems(incidentId);
    if (!list)
        return list.error();
    QStringList names;
    for (const AffectedSystem &s : *list) {
        if (s.hostname.compare(wanted, Qt::CaseInsensitive) == 0)
            return s.hostname;
        names << s.hostname;
    }
    return Error::usage(names.isEmpty()
                            ? QStringLiteral("\"%1\" is not a system of %2, which lists none yet; add the system to "
                                             "the incident first")
                                  .arg(wanted, incidentId)
                            : QStringLiteral("\"%1\" is not a system of %2 (listed: %3); add it to the incident first")
                                  .arg(wanted, incidentId, names.join(QStringLiteral(", "))));
}

Result<EvidenceItem> CaseStore::registerEvidence(EvidenceItem item, const std::function<Status(QSqlDatabase &)> &also)
{
    if (auto r = requireIncident(item.incidentId); !r)
        return r.error();
    if (auto system = listedSystem(item.incidentId, item.system); !system)
        return system.error();
    else
        item.system = *system;
    if (!item.volatility.isEmpty() && !volatilityClasses().contains(item.volatility))
        return Error::usage(QStringLiteral("volatility \"%1\" is not one of %2 (RFC 3227 order)")
                                .arg(item.volatility, volatilityClasses().join(QStringLiteral(", "))));
    Status st = m_db->write([&](QSqlDatabase &db) -> Status {
        if (item.evidenceNumber.trimmed().isEmpty()) {
            auto n = IncidentRepository::nextEvidenceNumber(db, item.incidentId);
            if (!n)
                return n.error();
            item.evidenceNumber = *n;
        }
        item.registeredAt = fromIsoUtc(toIsoUtc(m_clock.nowUtc()));
        auto id = IncidentRepository::insertEvidence(db, item);
        if (!id) {
            Error e = id.error();
            if (e.kind == Error::Kind::Conflict)
                e = {Error::Kind::Conflict, QStringLiteral("evidence number %1 is already used in %2; choose another")
                                                .arg(item.evidenceNumber, item.incidentId)};
            return e;
        }
        item.id = *id;
        if (auto t = IncidentRepository::touch(db, item.incidentId, item.registeredAt); !t)
            return t;
        // The chain of custody starts with the collection itself.
        CustodyEvent collected;
        collected.incidentId = item.incidentId;
        collected.evidenceNumber = item.evidenceNumber;
        collected.action = QStringLiteral("collected");
        collected.at = item.collectedAt.isValid() ? item.collectedAt
                       : item.endedAt.isValid()   ? item.endedAt
                                                  : item.registeredAt;
        collected.zone = item.collectedZone;
        collected.toParty = item.examiner;
        collected.location = item.source;
        collected.notes =
            item.storageLocation.isEmpty() ? QString() : QStringLiteral("stored at ") + item.storageLocation;
        collected.recordedBy = m_actor;
        collected.recordedAt = item.registeredAt;
        if (auto c = EvidenceRepository::insertCustody(db, collected); !c)
            return c.error();
        Status registered = audited(db, m_clock, m_actor,
                                    {QStringLiteral("evidence.register"),
                                     QStringLiteral("%1/evidence/%2").arg(item.incidentId, item.evidenceNumber),
                                     item.incidentId,
                                     {{QStringLiteral("evidence_number"), item.evidenceNumber},
                                      {QStringLiteral("kind"), evidenceKindKey(item.kind)},
                                      {QStringLiteral("description"), item.description},
                                      {QStringLiteral("source"), item.source},
                                      {QStringLiteral("image_path"), item.imagePath},
                                      {QStringLiteral("size_bytes"), QString::number(item.sizeBytes)},
                                      {QStringLiteral("md5"), item.md5},
                                      {QStringLiteral("sha1"), item.sha1},
                                      {QStringLiteral("sha256"), item.sha256},
                                      {QStringLiteral("verification"), verificationKey(item.verification)},
                                      {QStringLiteral("examiner"), item.examiner},
                                      {QStringLiteral("collected_at"), toIsoUtc(item.collectedAt)},
                                      {QStringLiteral("collected_zone"), item.collectedZone},
                                      {QStringLiteral("storage_location"), item.storageLocation},
                                      {QStringLiteral("system"), item.system},
                                      {QStringLiteral("volatility"), item.volatility}}});
        if (!registered)
            return registered;
        return also ? also(db) : Status{};
    });
    if (!st)
        return st.error();
    return item;
}

Result<QList<EvidenceItem>> CaseStore::evidence(const QString &incidentId) const
{
    QSqlDatabase db = m_db->connection();
    return IncidentRepository::evidence(db, incidentId);
}

Result<QList<AuditEntry>> CaseStore::auditLog(const QString &incidentId) const
{
    QSqlDatabase db = m_db->connection();
    if (incidentId.isEmpty())
        return AuditRepository::all(db);
    if (auto r = requireIncident(incidentId); !r)
        return r.error();
    return AuditRepository::forIncident(db, incidentId);
}

Status CaseStore::changeAndAudit(const std::function<Result<AuditEvent>(QSqlDatabase &)> &change)
{
    return m_db->write([&](QSqlDatabase &db) -> Status {
        auto event = change(db);
        if (!event)
            return event.error();
        if (!event->incidentId.isEmpty())
            if (auto t = IncidentRepository::touch(db, event->incidentId, m_clock.nowUtc()); !t)
                return t;
        return audited(db, m_clock, m_actor, *event);
    });
}

QSqlDatabase CaseStore::readConnection() const
{
    return m_db->connection();
}

QString CaseStore::storeId() const
{
    QSqlDatabase db = m_db->connection();
    auto id = AuditRepository::storeId(db);
    return id ? *id : QString();
}

QStringList CaseStore::missingSafeguards() const
{
    return m_db->missingSafeguards();
}

Result<qint64> CaseStore::auditLastSeq() const
{
    QSqlDatabase db = m_db->connection();
    return AuditRepository::lastSeq(db);
}

Result<QStringList> CaseStore::auditActionsAfter(qint64 seq) const
{
    QSqlDatabase db = m_db->connection();
    return AuditRepository::actionsAfter(db, seq);
}

Result<QList<AuditCheckpoint>> CaseStore::checkpoints() const
{
    QSqlDatabase db = m_db->connection();
    return AuditRepository::checkpoints(db);
}

Result<AuditCheckpoint>
CaseStore::appendCheckpoint(const std::function<Result<AuditCheckpoint>(const CheckpointBasis &)> &build)
{
    std::optional<AuditCheckpoint> made;
    Status st = m_db->write([&](QSqlDatabase &db) -> Status {
        CheckpointBasis basis;
        auto id = AuditRepository::storeId(db);
        auto entries = AuditRepository::all(db);
        auto existing = AuditRepository::checkpoints(db);
        if (!id || !entries || !existing)
            return !id ? id.error() : !entries ? entries.error() : existing.error();
        basis.storeId = *id;
        basis.chain = verifyChain(*entries);
        if (!existing->isEmpty())
            basis.previous = existing->last();
        auto c = build(basis);
        if (!c)
            return c.error();
        if (auto added = AuditRepository::appendCheckpoint(db, *c); !added)
            return added.error();
        made = *c;
        return {};
    });
    if (!st)
        return st.error();
    return *made;
}

Result<AuditVerdict> CaseStore::verifyAudit() const
{
    QSqlDatabase db = m_db->connection();
    auto entries = AuditRepository::all(db);
    if (!entries)
        return entries.error();
    return verifyChain(*entries);
}

Result<AuditVerdict> CaseStore::verifyAuditAfter(const AuditVerdict &known) const
{
    if (known.state != AuditVerdict::State::Intact)
        return verifyAudit();
    QSqlDatabase db = m_db->connection();
    // From the known head on: if that entry is gone or differs, something
    // rewrote the past, and only a full walk can say what.
    auto tail = AuditRepository::from(db, known.entries);
    if (!tail)
        return tail.error();
    if (tail->isEmpty())
        return verifyAudit();
    const AuditEntry &head = tail->first();
    if (head.seq != known.entries || head.entryHash != known.headHash ||
        audit::computeEntryHash(head.seq, head.prevHash, audit::canonicalRecord(head)) != known.headHash)
        return verifyAudit();
    tail->removeFirst();
    return extendVerdict(known, *tail);
}

} // namespace firebreak
