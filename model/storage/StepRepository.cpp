#include "StepRepository.h"

#include "../Clock.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace firebreak::StepRepository {

namespace {

QString jsonList(const QStringList &l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QString jsonBools(const QList<bool> &l)
{
    QJsonArray a;
    for (bool b : l)
        a.append(b);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

IncidentStep::State stateFrom(const QString &k)
{
    if (k == QLatin1String("done"))
        return IncidentStep::State::Done;
    if (k == QLatin1String("skipped"))
        return IncidentStep::State::Skipped;
    return IncidentStep::State::Open;
}

} // namespace

Status insert(QSqlDatabase &db, const IncidentStep &s)
{
    auto r = sql::run(
        db,
        QStringLiteral("INSERT INTO incident_steps (incident_id, step_id, position, phase, title, guidance, "
                       "checklist, checked, owner, mandatory, records, completed_by, state, note, done_by, done_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {s.incidentId, s.stepId, s.position, phaseKey(s.phase), s.title, s.guidance, jsonList(s.checklist),
         jsonBools(s.checked), s.owner, s.mandatory ? 1 : 0, s.records, s.completedBy, stepStateKey(s.state), s.note,
         s.doneBy, s.doneAt.isValid() ? QVariant(toIsoUtc(s.doneAt)) : QVariant()},
        QStringLiteral("adding step %1 to %2").arg(s.stepId, s.incidentId));
    if (!r) {
        if (r.error().kind == Error::Kind::Conflict)
            return Error{Error::Kind::Conflict,
                         QStringLiteral("%1 already has a step \"%2\"").arg(s.incidentId, s.stepId)};
        return r.error();
    }
    return {};
}

Status update(QSqlDatabase &db, const IncidentStep &s)
{
    auto r =
        sql::run(db,
                 QStringLiteral("UPDATE incident_steps SET state = ?, note = ?, owner = ?, checked = ?, done_by = ?, "
                                "done_at = ? WHERE incident_id = ? AND step_id = ?"),
                 {stepStateKey(s.state), s.note, s.owner, jsonBools(s.checked), s.doneBy,
                  s.doneAt.isValid() ? QVariant(toIsoUtc(s.doneAt)) : QVariant(), s.incidentId, s.stepId},
                 QStringLiteral("updating step %1 of %2").arg(s.stepId, s.incidentId));
    if (!r)
        return r.error();
    return {};
}

Result<QList<IncidentStep>> forIncident(QSqlDatabase &db, const QString &incidentId)
{
    auto q = sql::run(
        db,
        QStringLiteral("SELECT incident_id, step_id, position, phase, title, guidance, checklist, checked, "
                       "owner, mandatory, records, state, note, done_by, done_at, completed_by FROM incident_steps "
                       "WHERE incident_id = ? ORDER BY position"),
        {incidentId}, QStringLiteral("reading the steps of %1").arg(incidentId));
    if (!q)
        return q.error();
    QList<IncidentStep> out;
    while (q->next()) {
        IncidentStep s;
        s.incidentId = q->value(0).toString();
        s.stepId = q->value(1).toString();
        s.position = q->value(2).toInt();
        s.phase = phaseFromKey(q->value(3).toString()).value_or(Phase::Triage);
        s.title = q->value(4).toString();
        s.guidance = q->value(5).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q->value(6).toString().toUtf8()).array())
            s.checklist << v.toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q->value(7).toString().toUtf8()).array())
            s.checked << v.toBool();
        while (s.checked.size() < s.checklist.size())
            s.checked << false;
        s.owner = q->value(8).toString();
        s.mandatory = q->value(9).toInt() != 0;
        s.records = q->value(10).toString();
        s.state = stateFrom(q->value(11).toString());
        s.note = q->value(12).toString();
        s.doneBy = q->value(13).toString();
        s.doneAt = fromIsoUtc(q->value(14).toString());
        s.completedBy = q->value(15).toString();
        out << s;
    }
    return out;
}

Result<int> nextPosition(QSqlDatabase &db, const QString &incidentId)
{
    auto v =
        sql::scalar(db, QStringLiteral("SELECT MAX(position) FROM incident_steps WHERE incident_id = ?"), {incidentId});
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toInt() + 1;
}

} // namespace firebreak::StepRepository
