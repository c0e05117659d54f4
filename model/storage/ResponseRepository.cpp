#include "ResponseRepository.h"

#include "../Clock.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace firebreak::ResponseRepository {

namespace {

Result<qint64> insertReturningId(QSqlDatabase &db, const QString &sqlText, std::initializer_list<QVariant> binds,
                                 const QString &purpose)
{
    auto id = sql::scalar(db, sqlText + QStringLiteral(" RETURNING id"), binds, purpose);
    if (!id)
        return id.error();
    return id->toLongLong();
}

template <typename T, typename F>
Result<QList<T>> rows(QSqlDatabase &db, const QString &sqlText, const QString &incidentId, const QString &purpose,
                      F make)
{
    auto q = sql::run(db, sqlText, {incidentId}, purpose);
    if (!q)
        return q.error();
    QList<T> out;
    while (q->next())
        out << make(*q);
    return out;
}

QDateTime at(const QSqlQuery &q, int i)
{
    return fromIsoUtc(q.value(i).toString());
}
QString text(const QSqlQuery &q, int i)
{
    return q.value(i).toString();
}

} // namespace

Result<qint64> insertContainment(QSqlDatabase &db, const ContainmentAction &a)
{
    return insertReturningId(
        db,
        QStringLiteral("INSERT INTO containment_actions (incident_id, system, action, performed_by, "
                       "performed_at, verification, recorded_at) VALUES (?,?,?,?,?,?,?)"),
        {a.incidentId, a.system, a.action, a.performedBy, toIsoUtc(a.performedAt), a.verification,
         toIsoUtc(a.recordedAt)},
        QStringLiteral("recording containment of %1").arg(a.system));
}

Result<QList<ContainmentAction>> containment(QSqlDatabase &db, const QString &incidentId)
{
    return rows<ContainmentAction>(
        db,
        QStringLiteral("SELECT id, incident_id, system, action, performed_by, performed_at, verification, recorded_at "
                       "FROM containment_actions WHERE incident_id = ? ORDER BY performed_at, id"),
        incidentId, QStringLiteral("reading containment actions"), [](const QSqlQuery &q) {
            return ContainmentAction{q.value(0).toLongLong(),
                                     text(q, 1),
                                     text(q, 2),
                                     text(q, 3),
                                     text(q, 4),
                                     at(q, 5),
                                     text(q, 6),
                                     at(q, 7)};
        });
}

Result<qint64> insertRecovery(QSqlDatabase &db, const RecoveryAction &a)
{
    return insertReturningId(
        db,
        QStringLiteral("INSERT INTO recovery_actions (incident_id, kind, system, description, "
                       "performed_by, performed_at, recorded_at) VALUES (?,?,?,?,?,?,?)"),
        {a.incidentId, a.kind, a.system, a.description, a.performedBy, toIsoUtc(a.performedAt), toIsoUtc(a.recordedAt)},
        QStringLiteral("recording a recovery action"));
}

Result<QList<RecoveryAction>> recovery(QSqlDatabase &db, const QString &incidentId)
{
    return rows<RecoveryAction>(
        db,
        QStringLiteral("SELECT id, incident_id, kind, system, description, performed_by, performed_at, recorded_at "
                       "FROM recovery_actions WHERE incident_id = ? ORDER BY performed_at, id"),
        incidentId, QStringLiteral("reading recovery actions"), [](const QSqlQuery &q) {
            return RecoveryAction{q.value(0).toLongLong(),
                                  text(q, 1),
                                  text(q, 2),
                                  text(q, 3),
                                  text(q, 4),
                                  text(q, 5),
                                  at(q, 6),
                                  at(q, 7)};
        });
}

Result<RootCauseAnalysis> rca(QSqlDatabase &db, const QString &incidentId)
{
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT detection_method, trigger_text, root_cause, contributing_factors, five_whys, "
                                "went_well, went_wrong, got_lucky, updated_at, row_version, updated_by FROM root_cause "
                                "WHERE incident_id = ?"),
                 {incidentId}, QStringLiteral("reading the root-cause analysis of %1").arg(incidentId));
    if (!q)
        return q.error();
    RootCauseAnalysis r;
    r.incidentId = incidentId;
    r.rowVersion = 0;
    if (q->next()) {
        r.detectionMethod = text(*q, 0);
        r.trigger = text(*q, 1);
        r.rootCause = text(*q, 2);
        r.contributingFactors = text(*q, 3);
        for (const QJsonValue &v : QJsonDocument::fromJson(text(*q, 4).toUtf8()).array())
            r.fiveWhys << v.toString();
        r.wentWell = text(*q, 5);
        r.wentWrong = text(*q, 6);
        r.gotLucky = text(*q, 7);
        r.updatedAt = at(*q, 8);
        r.rowVersion = q->value(9).toLongLong();
        r.updatedBy = text(*q, 10);
    }
    return r;
}

Status saveRca(QSqlDatabase &db, const RootCauseAnalysis &r)
{
    auto q = sql::run(
        db,
        QStringLiteral("INSERT INTO root_cause (incident_id, detection_method, trigger_text, root_cause, "
                       "contributing_factors, five_whys, went_well, went_wrong, got_lucky, updated_at, updated_by) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (incident_id) DO UPDATE SET "
                       "detection_method = excluded.detection_method, trigger_text = excluded.trigger_text, "
                       "root_cause = excluded.root_cause, contributing_factors = excluded.contributing_factors, "
                       "five_whys = excluded.five_whys, went_well = excluded.went_well, "
                       "went_wrong = excluded.went_wrong, got_lucky = excluded.got_lucky, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
                       "row_version = root_cause.row_version + 1"),
        {r.incidentId, r.detectionMethod, r.trigger, r.rootCause, r.contributingFactors,
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.fiveWhys)).toJson(QJsonDocument::Compact)),
         r.wentWell, r.wentWrong, r.gotLucky, toIsoUtc(r.updatedAt), r.updatedBy},
        QStringLiteral("saving the root-cause analysis of %1").arg(r.incidentId));
    if (!q)
        return q.error();
    return {};
}

Result<qint64> insertCorrective(QSqlDatabase &db, const CorrectiveAction &a)
{
    return insertReturningId(
        db,
        QStringLiteral("INSERT INTO corrective_actions (incident_id, action, owner, due_date, state, "
                       "created_at) VALUES (?,?,?,?,?,?)"),
        {a.incidentId, a.action, a.owner, a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(), a.state,
         toIsoUtc(a.createdAt)},
        QStringLiteral("adding a corrective action"));
}

Status updateCorrectiveState(QSqlDatabase &db, qint64 id, const QString &state)
{
    auto q = sql::run(db, QStringLiteral("UPDATE corrective_actions SET state = ? WHERE id = ?"), {state, id},
                      QStringLiteral("updating corrective action %1").arg(id));
    if (!q)
        return q.error();
    return {};
}

Result<QList<CorrectiveAction>> corrective(QSqlDatabase &db, const QString &incidentId)
{
    return rows<CorrectiveAction>(
        db,
        QStringLiteral("SELECT id, incident_id, action, owner, due_date, state, created_at FROM corrective_actions "
                       "WHERE incident_id = ? ORDER BY id"),
        incidentId, QStringLiteral("reading corrective actions"), [](const QSqlQuery &q) {
            return CorrectiveAction{q.value(0).toLongLong(),
                                    text(q, 1),
                                    text(q, 2),
                                    text(q, 3),
                                    QDate::fromString(text(q, 4), Qt::ISODate),
                                    text(q, 5),
                                    at(q, 6)};
        });
}

Result<qint64> insertContact(QSqlDatabase &db, const ContactEntry &c)
{
    return insertReturningId(db,
                             QStringLiteral("INSERT INTO contacts (incident_id, at, party_type, organisation, person, "
                                            "case_reference, channel, summary, recorded_by, recorded_at) "
                                            "VALUES (?,?,?,?,?,?,?,?,?,?)"),
                             {c.incidentId, toIsoUtc(c.at), c.partyType, c.organisation, c.person, c.caseReference,
                              c.channel, c.summary, c.recordedBy, toIsoUtc(c.recordedAt)},
                             QStringLiteral("logging a contact"));
}

Result<QList<ContactEntry>> contacts(QSqlDatabase &db, const QString &incidentId)
{
    return rows<ContactEntry>(
        db,
        QStringLiteral(
            "SELECT id, incident_id, at, party_type, organisation, person, case_reference, channel, summary, "
            "recorded_by, recorded_at FROM contacts WHERE incident_id = ? ORDER BY at, id"),
        incidentId, QStringLiteral("reading the contacts log"), [](const QSqlQuery &q) {
            return ContactEntry{q.value(0).toLongLong(),
                                text(q, 1),
                                at(q, 2),
                                text(q, 3),
                                text(q, 4),
                                text(q, 5),
                                text(q, 6),
                                text(q, 7),
                                text(q, 8),
                                text(q, 9),
                                at(q, 10)};
        });
}

Result<qint64> insertNote(QSqlDatabase &db, const TimelineNote &n)
{
    return insertReturningId(
        db,
        QStringLiteral("INSERT INTO timeline_notes (incident_id, at, text, source, confidence, "
                       "recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?)"),
        {n.incidentId, toIsoUtc(n.at), n.text, n.source, n.confidence, n.recordedBy, toIsoUtc(n.recordedAt)},
        QStringLiteral("adding a timeline entry"));
}

Result<QList<TimelineNote>> notes(QSqlDatabase &db, const QString &incidentId)
{
    return rows<TimelineNote>(
        db,
        QStringLiteral("SELECT id, incident_id, at, text, source, confidence, recorded_by, recorded_at "
                       "FROM timeline_notes WHERE incident_id = ? ORDER BY at, id"),
        incidentId, QStringLiteral("reading timeline entries"), [](const QSqlQuery &q) {
            return TimelineNote{q.value(0).toLongLong(),
                                text(q, 1),
                                at(q, 2),
                                text(q, 3),
                                text(q, 4),
                                text(q, 5),
                                text(q, 6),
                                at(q, 7)};
        });
}

} // namespace firebreak::ResponseRepository
