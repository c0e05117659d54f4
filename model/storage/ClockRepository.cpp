#include "ClockRepository.h"

#include "../Clock.h"
#include "Sql.h"

namespace firebreak::ClockRepository {

Result<QList<Classification>> classifications(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT incident_id, kind, trigger_at, decided_by, reason, recorded_at "
                                     "FROM classifications WHERE incident_id = ? ORDER BY kind"),
                      {incidentId}, QStringLiteral("reading classifications of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<Classification> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), fromIsoUtc(q->value(2).toString()),
                    q->value(3).toString(), q->value(4).toString(), fromIsoUtc(q->value(5).toString())});
    return out;
}

Status insertClassification(QSqlDatabase &db, const Classification &c)
{
    auto r = sql::run(db,
                      QStringLiteral("INSERT INTO classifications (incident_id, kind, trigger_at, decided_by, reason, "
                                     "recorded_at) VALUES (?,?,?,?,?,?)"),
                      {c.incidentId, c.kind, toIsoUtc(c.triggerAt), c.decidedBy, c.reason, toIsoUtc(c.recordedAt)},
                      QStringLiteral("classifying %1 as %2").arg(c.incidentId, c.kind));
    if (!r)
        return r.error();
    return {};
}

Status updateTrigger(QSqlDatabase &db, const QString &incidentId, const QString &kind, const QDateTime &at,
                     const QString &reason)
{
    auto r = sql::run(db,
                      QStringLiteral("UPDATE classifications SET trigger_at = ?, reason = ? WHERE incident_id = ? "
                                     "AND kind = ?"),
                      {toIsoUtc(at), reason, incidentId, kind},
                      QStringLiteral("amending the %1 trigger of %2").arg(kind, incidentId));
    if (!r)
        return r.error();
    return {};
}

Result<QList<Notice>> notices(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, incident_id, clock_id, phase, sent_at, recipient, channel, reference, "
                                     "delay_reason, document, recorded_by, recorded_at FROM clock_notices "
                                     "WHERE incident_id = ? ORDER BY sent_at, id"),
                      {incidentId}, QStringLiteral("reading notices of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<Notice> out;
    while (q->next()) {
        Notice n;
        n.id = q->value(0).toLongLong();
        n.incidentId = q->value(1).toString();
        n.clockId = q->value(2).toString();
        n.phase = q->value(3).toString();
        n.sentAt = fromIsoUtc(q->value(4).toString());
        n.recipient = q->value(5).toString();
        n.channel = q->value(6).toString();
        n.reference = q->value(7).toString();
        n.delayReason = q->value(8).toString();
        n.document = q->value(9).toString();
        n.recordedBy = q->value(10).toString();
        n.recordedAt = fromIsoUtc(q->value(11).toString());
        out.append(n);
    }
    return out;
}

Status setDelayReason(QSqlDatabase &db, qint64 noticeId, const QString &reason)
{
    auto r = sql::run(db, QStringLiteral("UPDATE clock_notices SET delay_reason = ? WHERE id = ?"), {reason, noticeId},
                      QStringLiteral("recording the delay reasons of notice %1").arg(noticeId));
    if (!r)
        return r.error();
    return {};
}

Result<qint64> insertNotice(QSqlDatabase &db, const Notice &n)
{
    auto id = sql::scalar(db,
                          QStringLiteral("INSERT INTO clock_notices (incident_id, clock_id, phase, sent_at, recipient, "
                                         "channel, reference, delay_reason, document, recorded_by, recorded_at) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
                          {n.incidentId, n.clockId, n.phase, toIsoUtc(n.sentAt), n.recipient, n.channel, n.reference,
                           n.delayReason, n.document, n.recordedBy, toIsoUtc(n.recordedAt)},
                          QStringLiteral("recording the %1 notice of %2").arg(n.clockId, n.incidentId));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<Waiver>> waivers(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, incident_id, clock_id, exception, justification, decided_by, "
                                     "recorded_at FROM clock_waivers WHERE incident_id = ? ORDER BY id"),
                      {incidentId}, QStringLiteral("reading waivers of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<Waiver> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString(), fromIsoUtc(q->value(6).toString())});
    return out;
}

Result<qint64> insertWaiver(QSqlDatabase &db, const Waiver &w)
{
    auto id =
        sql::scalar(db,
                    QStringLiteral("INSERT INTO clock_waivers (incident_id, clock_id, exception, justification, "
                                   "decided_by, recorded_at) VALUES (?,?,?,?,?,?) RETURNING id"),
                    {w.incidentId, w.clockId, w.exception, w.justification, w.decidedBy, toIsoUtc(w.recordedAt)},
                    QStringLiteral("recording the decision not to notify %1 for %2").arg(w.clockId, w.incidentId));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<ClockDelay>> delays(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, incident_id, clock_id, period, days, starts_at, ends_at, ground, "
                                     "determined_at, ag_reference, reason, recorded_by, recorded_at FROM clock_delays "
                                     "WHERE incident_id = ? ORDER BY clock_id, period"),
                      {incidentId}, QStringLiteral("reading the deadline delays of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<ClockDelay> out;
    while (q->next()) {
        ClockDelay d;
        d.id = q->value(0).toLongLong();
        d.incidentId = q->value(1).toString();
        d.clockId = q->value(2).toString();
        d.period = q->value(3).toInt();
        d.days = q->value(4).toInt();
        d.startsAt = fromIsoUtc(q->value(5).toString());
        d.endsAt = fromIsoUtc(q->value(6).toString());
        d.ground = q->value(7).toString();
        d.determinedAt = fromIsoUtc(q->value(8).toString());
        d.agReference = q->value(9).toString();
        d.reason = q->value(10).toString();
        d.recordedBy = q->value(11).toString();
        d.recordedAt = fromIsoUtc(q->value(12).toString());
        out << d;
    }
    return out;
}

Result<qint64> insertDelay(QSqlDatabase &db, const ClockDelay &d)
{
    auto id =
        sql::scalar(db,
                    QStringLiteral("INSERT INTO clock_delays (incident_id, clock_id, period, days, starts_at, "
                                   "ends_at, ground, determined_at, ag_reference, reason, recorded_by, "
                                   "recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
                    {d.incidentId, d.clockId, d.period, d.days, toIsoUtc(d.startsAt), toIsoUtc(d.endsAt), d.ground,
                     toIsoUtc(d.determinedAt), d.agReference, d.reason, d.recordedBy, toIsoUtc(d.recordedAt)},
                    QStringLiteral("recording the delay of the %1 deadline of %2").arg(d.clockId, d.incidentId));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<BreachDetails> breachDetails(QSqlDatabase &db, const QString &incidentId)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT nature, subject_categories, subject_count, record_categories, record_count, "
                                "contact_point, consequences, measures, updated_at, row_version, updated_by "
                                "FROM breach_details WHERE incident_id = ?"),
                 {incidentId}, QStringLiteral("reading breach details of %1").arg(incidentId));
    if (!q)
        return q.error();
    BreachDetails b;
    b.incidentId = incidentId;
    b.rowVersion = 0;
    if (q->next()) {
        b.nature = q->value(0).toString();
        b.subjectCategories = q->value(1).toString();
        b.subjectCount = q->value(2).toString();
        b.recordCategories = q->value(3).toString();
        b.recordCount = q->value(4).toString();
        b.contactPoint = q->value(5).toString();
        b.consequences = q->value(6).toString();
        b.measures = q->value(7).toString();
        b.updatedAt = fromIsoUtc(q->value(8).toString());
        b.rowVersion = q->value(9).toLongLong();
        b.updatedBy = q->value(10).toString();
    }
    return b;
}

Status saveBreachDetails(QSqlDatabase &db, const BreachDetails &b)
{
    // Portable upsert: both SQLite (3.24+) and PostgreSQL accept ON CONFLICT.
    auto r =
        sql::run(db,
                 QStringLiteral(
                     "INSERT INTO breach_details (incident_id, nature, subject_categories, subject_count, "
                     "record_categories, record_count, contact_point, consequences, measures, updated_at, updated_by) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (incident_id) DO UPDATE SET "
                     "nature = excluded.nature, subject_categories = excluded.subject_categories, "
                     "subject_count = excluded.subject_count, record_categories = excluded.record_categories, "
                     "record_count = excluded.record_count, contact_point = excluded.contact_point, "
                     "consequences = excluded.consequences, measures = excluded.measures, "
                     "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
                     "row_version = breach_details.row_version + 1"),
                 {b.incidentId, b.nature, b.subjectCategories, b.subjectCount, b.recordCategories, b.recordCount,
                  b.contactPoint, b.consequences, b.measures, toIsoUtc(b.updatedAt), b.updatedBy},
                 QStringLiteral("saving breach details of %1").arg(b.incidentId));
    if (!r)
        return r.error();
    return {};
}

Result<QStringList> classifiedIncidents(QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT DISTINCT incident_id FROM classifications ORDER BY incident_id"), {},
                      QStringLiteral("listing incidents with clocks"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace firebreak::ClockRepository
