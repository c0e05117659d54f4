#include "IncidentRepository.h"

#include "../Clock.h"
#include "Sql.h"

#include <QJsonDocument>

namespace firebreak::IncidentRepository {

namespace {

const QString kIncidentColumns = QStringLiteral(
    "id, title, description, severity, phase, status, commander, created_at, detected_at, aware_at, updated_at, "
    "playbook_id, closed_at, row_version, updated_by");

Incident incidentFromRow(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toString();
    i.title = q.value(1).toString();
    i.description = q.value(2).toString();
    i.severity = severityFromKey(q.value(3).toString()).value_or(Severity::Medium);
    i.phase = phaseFromKey(q.value(4).toString()).value_or(Phase::Triage);
    i.status = statusFromKey(q.value(5).toString()).value_or(IncidentStatus::Open);
    i.commander = q.value(6).toString();
    i.createdAt = fromIsoUtc(q.value(7).toString());
    i.detectedAt = fromIsoUtc(q.value(8).toString());
    i.awareAt = fromIsoUtc(q.value(9).toString());
    i.updatedAt = fromIsoUtc(q.value(10).toString());
    i.playbookId = q.value(11).toString();
    i.closedAt = fromIsoUtc(q.value(12).toString());
    i.rowVersion = q.value(13).toLongLong();
    i.updatedBy = q.value(14).toString();
    return i;
}

QVariant instant(const QDateTime &t)
{
    return t.isValid() ? QVariant(toIsoUtc(t)) : sql::nullable(QString());
}

const QString kEvidenceColumns = QStringLiteral(
    "id, incident_id, evidence_number, kind, description, source, image_path, size_bytes, md5, sha1, sha256, "
    "verification, examiner, started_at, ended_at, details, registered_at, collected_at, collected_zone, "
    "storage_location, volatility, system");

} // namespace

Result<QString> nextId(QSqlDatabase &db, int year)
{
    const QString prefix = QStringLiteral("INC-%1-").arg(year, 4, 10, QLatin1Char('0'));
    // Numeric max, not text max, so INC-2026-10000 follows INC-2026-9999.
    auto max =
        sql::scalar(db, QStringLiteral("SELECT MAX(CAST(substr(id, 10) AS INTEGER)) FROM incidents WHERE id LIKE ?"),
                    {prefix + QLatin1Char('%')}, QStringLiteral("allocating an incident id"));
    if (!max)
        return max.error();
    const qint64 next = max->isNull() ? 1 : max->toLongLong() + 1;
    return prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0'));
}

Status insert(QSqlDatabase &db, const Incident &i)
{
    auto r = sql::run(
        db, QStringLiteral("INSERT INTO incidents (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)").arg(kIncidentColumns),
        {i.id, i.title, i.description, severityKey(i.severity), phaseKey(i.phase), statusKey(i.status), i.commander,
         toIsoUtc(i.createdAt), instant(i.detectedAt), instant(i.awareAt), toIsoUtc(i.updatedAt), i.playbookId,
         instant(i.closedAt), i.updatedBy},
        QStringLiteral("creating incident %1").arg(i.id));
    if (!r)
        return r.error();
    return {};
}

Status updateFields(QSqlDatabase &db, const Incident &i)
{
    auto r = sql::run(db,
                      QStringLiteral("UPDATE incidents SET title = ?, description = ?, severity = ?, phase = ?, "
                                     "status = ?, commander = ?, detected_at = ?, aware_at = ?, updated_at = ?, "
                                     "closed_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?"),
                      {i.title, i.description, severityKey(i.severity), phaseKey(i.phase), statusKey(i.status),
                       i.commander, instant(i.detectedAt), instant(i.awareAt), toIsoUtc(i.updatedAt),
                       instant(i.closedAt), i.updatedBy, i.id},
                      QStringLiteral("updating incident %1").arg(i.id));
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<Incident>> find(QSqlDatabase &db, const QString &id)
{
    auto q = sql::run(db, QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(kIncidentColumns), {id},
                      QStringLiteral("reading incident %1").arg(id));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Incident>();
    return std::optional<Incident>(incidentFromRow(*q));
}

Result<QList<Incident>> all(QSqlDatabase &db)
{
    auto q =
        sql::run(db, QStringLiteral("SELECT %1 FROM incidents ORDER BY created_at DESC, id DESC").arg(kIncidentColumns),
                 {}, QStringLiteral("listing incidents"));
    if (!q)
        return q.error();
    QList<Incident> out;
    while (q->next())
        out.append(incidentFromRow(*q));
    return out;
}

Result<qint64> insertPerson(QSqlDatabase &db, const Person &p)
{
    auto id = sql::scalar(db,
                          QStringLiteral("INSERT INTO people (incident_id, name, role, contact, added_at) "
                                         "VALUES (?,?,?,?,?) RETURNING id"),
                          {p.incidentId, p.name, p.role, p.contact, toIsoUtc(p.addedAt)},
                          QStringLiteral("adding person to %1").arg(p.incidentId));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<Person>> people(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, incident_id, name, role, contact, added_at FROM people "
                                     "WHERE incident_id = ? ORDER BY id"),
                      {incidentId}, QStringLiteral("reading people of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<Person> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), fromIsoUtc(q->value(5).toString())});
    return out;
}

Result<qint64> insertSystem(QSqlDatabase &db, const AffectedSystem &s)
{
    auto id =
        sql::scalar(db,
                    QStringLiteral("INSERT INTO systems (incident_id, hostname, ip_address, mac_address, owner, "
                                   "location, added_at) VALUES (?,?,?,?,?,?,?) RETURNING id"),
                    {s.incidentId, s.hostname, s.ipAddress, s.macAddress, s.owner, s.location, toIsoUtc(s.addedAt)},
                    QStringLiteral("adding system to %1").arg(s.incidentId));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<AffectedSystem>> systems(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, incident_id, hostname, ip_address, mac_address, owner, location, "
                                     "added_at FROM systems WHERE incident_id = ? ORDER BY id"),
                      {incidentId}, QStringLiteral("reading systems of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<AffectedSystem> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                    fromIsoUtc(q->value(7).toString())});
    return out;
}

Result<QString> nextEvidenceNumber(QSqlDatabase &db, const QString &incidentId)
{
    auto n = sql::scalar(db, QStringLiteral("SELECT count(*) FROM evidence_items WHERE incident_id = ?"), {incidentId},
                         QStringLiteral("numbering evidence of %1").arg(incidentId));
    if (!n)
        return n.error();
    // Numbers are never reused because items are never deleted; a user-
    // chosen number that collides is caught by the UNIQUE constraint.
    for (qint64 k = n->toLongLong() + 1;; ++k) {
        const QString candidate = QStringLiteral("E-%1").arg(k, 3, 10, QLatin1Char('0'));
        auto taken = sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM evidence_items WHERE incident_id = ? AND "
                                                "evidence_number = ?"),
                                 {incidentId, candidate});
        if (!taken)
            return taken.error();
        if (taken->toInt() == 0)
            return candidate;
    }
}

Result<qint64> insertEvidence(QSqlDatabase &db, const EvidenceItem &e)
{
    auto id = sql::scalar(
        db,
        QStringLiteral("INSERT INTO evidence_items (incident_id, evidence_number, kind, description, source, "
                       "image_path, size_bytes, md5, sha1, sha256, verification, examiner, started_at, ended_at, "
                       "details, registered_at, collected_at, collected_zone, storage_location, volatility, system) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
        {e.incidentId,
         e.evidenceNumber,
         evidenceKindKey(e.kind),
         e.description,
         e.source,
         e.imagePath,
         e.sizeBytes,
         e.md5,
         e.sha1,
         e.sha256,
         verificationKey(e.verification),
         e.examiner,
         instant(e.startedAt),
         instant(e.endedAt),
         QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)),
         toIsoUtc(e.registeredAt),
         instant(e.collectedAt),
         e.collectedZone,
         e.storageLocation,
         e.volatility,
         e.system},
        QStringLiteral("registering evidence %1 of %2").arg(e.evidenceNumber, e.incidentId));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<EvidenceItem>> evidence(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(
        db, QStringLiteral("SELECT %1 FROM evidence_items WHERE incident_id = ? ORDER BY id").arg(kEvidenceColumns),
        {incidentId}, QStringLiteral("reading evidence of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<EvidenceItem> out;
    while (q->next()) {
        EvidenceItem e;
        e.id = q->value(0).toLongLong();
        e.incidentId = q->value(1).toString();
        e.evidenceNumber = q->value(2).toString();
        e.kind = q->value(3).toString() == QLatin1String("file") ? EvidenceKind::File : EvidenceKind::Image;
        e.description = q->value(4).toString();
        e.source = q->value(5).toString();
        e.imagePath = q->value(6).toString();
        e.sizeBytes = q->value(7).toLongLong();
        e.md5 = q->value(8).toString();
        e.sha1 = q->value(9).toString();
        e.sha256 = q->value(10).toString();
        e.verification = verificationFromKey(q->value(11).toString());
        e.examiner = q->value(12).toString();
        e.startedAt = fromIsoUtc(q->value(13).toString());
        e.endedAt = fromIsoUtc(q->value(14).toString());
        e.details = QJsonDocument::fromJson(q->value(15).toString().toUtf8()).object();
        e.registeredAt = fromIsoUtc(q->value(16).toString());
        e.collectedAt = fromIsoUtc(q->value(17).toString());
        e.collectedZone = q->value(18).toString();
        e.storageLocation = q->value(19).toString();
        e.volatility = q->value(20).toString();
        e.system = q->value(21).toString();
        out.append(e);
    }
    return out;
}

Status touch(QSqlDatabase &db, const QString &incidentId, const QDateTime &at)
{
    auto r = sql::run(db, QStringLiteral("UPDATE incidents SET updated_at = ? WHERE id = ?"),
                      {toIsoUtc(at), incidentId}, QStringLiteral("stamping incident %1").arg(incidentId));
    if (!r)
        return r.error();
    return {};
}

} // namespace firebreak::IncidentRepository
