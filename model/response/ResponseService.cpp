#include "ResponseService.h"

#include "../clocks/ClockService.h"
#include "../storage/ResponseRepository.h"
#include "../storage/StepRepository.h"
#include "StepLinks.h"

#include <QJsonArray>

#include <algorithm>

namespace firebreak {

ResponseService::ResponseService(CaseStore &store, const ClockService *clocks) : m_store(store), m_clocks(clocks) {}

namespace {

QString stepObject(const QString &incidentId, const QString &stepId)
{
    return QStringLiteral("%1/step/%2").arg(incidentId, stepId);
}

Status requireText(const QString &value, const QString &what)
{
    if (value.trimmed().isEmpty())
        return Error::usage(QStringLiteral("%1 is required").arg(what));
    return {};
}

} // namespace

Status ResponseService::requireOpenIncident(const QString &incidentId) const
{
    auto inc = m_store.incident(incidentId);
    if (!inc)
        return inc.error();
    if (inc->status == IncidentStatus::Closed)
        return Error{Error::Kind::Conflict,
                     QStringLiteral("%1 is closed; reopen it (with a reason) before changing it").arg(incidentId)};
    return {};
}

// ---- steps ---------------------------------------------------------------

Result<QList<IncidentStep>> ResponseService::steps(const QString &incidentId) const
{
    if (auto inc = m_store.incident(incidentId); !inc)
        return inc.error();
    QSqlDatabase db = m_store.readConnection();
    auto list = StepRepository::forIncident(db, incidentId);
    if (!list)
        return list.error();
    std::stable_sort(list->begin(), list->end(), [](const IncidentStep &a, const IncidentStep &b) {
        return static_cast<int>(a.phase) != static_cast<int>(b.phase) ? a.phase < b.phase : a.position < b.position;
    });
    return list;
}

Result<QList<PhaseProgress>> ResponseService::progress(const QString &incidentId) const
{
    auto list = steps(incidentId);
    if (!list)
        return list.error();
    QList<PhaseProgress> out;
    for (Phase p : allPhases()) {
        PhaseProgress pp{p, 0, 0};
        for (const IncidentStep &s : *list)
            if (s.phase == p) {
                ++pp.total;
                if (s.state != IncidentStep::State::Open)
                    ++pp.done;
            }
        out << pp;
    }
    return out;
}

Result<IncidentStep> ResponseService::findStep(QSqlDatabase &db, const QString &incidentId, const QString &stepId) const
{
    auto list = StepRepository::forIncident(db, incidentId);
    if (!list)
        return list.error();
    for (const IncidentStep &s : *list)
        if (s.stepId == stepId)
            return s;
    return Error::notFound(QStringLiteral("%1 has no step \"%2\"").arg(incidentId, stepId));
}

Status ResponseService::changeStep(const QString &incidentId, const QString &stepId, const QString &action,
                                   const std::function<Status(IncidentStep &)> &edit)
{
    if (auto st = requireOpenIncident(incidentId); !st)
        return st;
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto step = findStep(db, incidentId, stepId);
        if (!step)
            return step.error();
        const IncidentStep before = *step;
        if (auto st = edit(*step); !st)
            return st.error();
        if (auto st = StepRepository::update(db, *step); !st)
            return st.error();
        QJsonObject data{{QStringLiteral("step"), stepId},
                         {QStringLiteral("title"), step->title},
                         {QStringLiteral("from_state"), stepStateKey(before.state)},
                         {QStringLiteral("state"), stepStateKey(step->state)},
                         {QStringLiteral("note"), step->note},
                         {QStringLiteral("owner"), step->owner}};
        return AuditEvent{action, stepObject(incidentId, stepId), incidentId, data};
    });
}

namespace {

Result<MissingForDone> missingFor(QSqlDatabase &db, const IncidentStep &s)
{
    MissingForDone m;
    for (int i = 0; i < s.checklist.size(); ++i)
        if (!s.checked.value(i))
            m.unchecked << s.checklist.at(i);
    if (!s.records.isEmpty()) {
        auto have = steplinks::recorded(db, s.incidentId, s.records);
        if (!have)
            return have.error();
        if (!*have)
            m.record = s.records;
    }
    return m;
}

void putMissing(QJsonObject &data, const MissingForDone &m)
{
    if (!m.unchecked.isEmpty())
        data.insert(QStringLiteral("unchecked"), QJsonArray::fromStringList(m.unchecked));
    if (!m.record.isEmpty())
        data.insert(QStringLiteral("missing_record"), m.record);
}

} // namespace

Result<MissingForDone> ResponseService::missingBeforeDone(const QString &incidentId, const QString &stepId) const
{
    QSqlDatabase db = m_store.readConnection();
    auto step = findStep(db, incidentId, stepId);
    if (!step)
        return step.error();
    return missingFor(db, *step);
}

Status ResponseService::completeStep(const QString &incidentId, const QString &stepId, const QString &note,
                                     bool confirmed)
{
    if (auto st = requireOpenIncident(incidentId); !st)
        return st;
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto step = findStep(db, incidentId, stepId);
        if (!step)
            return step.error();
        IncidentStep &s = *step;
        if (s.state == IncidentStep::State::Done)
            return Error{Error::Kind::Conflict,
                         QStringLiteral("step \"%1\" of %2 is already done").arg(s.stepId, incidentId)};
        // Read inside the transaction, so the audit names what was missing
        // at the instant the step was marked done.
        auto missing = missingFor(db, s);
        if (!missing)
            return missing.error();
        const IncidentStep::State from = s.state;
        s.state = IncidentStep::State::Done;
        s.note = note.trimmed();
        s.doneBy = m_store.actor();
        s.doneAt = m_store.clock().nowUtc();
        if (auto st = StepRepository::update(db, s); !st)
            return st.error();
        QJsonObject data{{QStringLiteral("step"), stepId},
                         {QStringLiteral("title"), s.title},
                         {QStringLiteral("from_state"), stepStateKey(from)},
                         {QStringLiteral("state"), stepStateKey(s.state)},
                         {QStringLiteral("note"), s.note},
                         {QStringLiteral("owner"), s.owner}};
        putMissing(data, *missing);
        if (!missing->isEmpty())
            data.insert(QStringLiteral("confirmed"), confirmed);
        return AuditEvent{QStringLiteral("step.done"), stepObject(incidentId, stepId), incidentId, data};
    });
}

Status ResponseService::declineCompletion(const QString &incidentId, const QString &stepId)
{
    if (auto st = requireOpenIncident(incidentId); !st)
        return st;
    return m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto step = findStep(db, incidentId, stepId);
        if (!step)
            return step.error();
        auto missing = missingFor(db, *step);
        if (!missing)
            return missing.error();
        QJsonObject data{{QStringLiteral("step"), stepId},
                         {QStringLiteral("title"), step->title},
                         {QStringLiteral("state"), stepStateKey(step->state)}};
        putMissing(data, *missing);
        return AuditEvent{QStringLiteral("step.done-declined"), stepObject(incidentId, stepId), incidentId, data};
    });
}

Status ResponseService::skipStep(const QString &incidentId, const QString &stepId, const QString &reason)
{
    if (auto st = requireText(reason, QStringLiteral("a reason for skipping step \"%1\"").arg(stepId)); !st)
        return st;
    return changeStep(incidentId, stepId, QStringLiteral("step.skip"), [&](IncidentStep &s) -> Status {
        if (s.state != IncidentStep::State::Open)
            return Error{
                Error::Kind::Conflict,
                QStringLiteral("step \"%1\" of %2 is already %3").arg(s.stepId, incidentId, stepStateKey(s.state))};
        s.state = IncidentStep::State::Skipped;
        s.note = reason.trimmed();
        s.doneBy = m_store.actor();
        s.doneAt = m_store.clock().nowUtc();
        return {};
    });
}

Status ResponseService::reopenStep(const QString &incidentId, const QString &stepId, const QString &reason)
{
    if (auto st = requireText(reason, QStringLiteral("a reason for reopening step \"%1\"").arg(stepId)); !st)
        return st;
    return changeStep(incidentId, stepId, QStringLiteral("step.reopen"), [&](IncidentStep &s) -> Status {
        s.state = IncidentStep::State::Open;
        s.note = reason.trimmed();
        s.doneBy.clear();
        s.doneAt = {};
        return {};
    });
}

Status ResponseService::reassignStep(const QString &incidentId, const QString &stepId, const QString &owner)
{
    if (auto st = requireText(owner, QStringLiteral("the new owner")); !st)
        return st;
    return changeStep(incidentId, stepId, QStringLiteral("step.reassign"), [&](IncidentStep &s) -> Status {
        s.owner = owner.trimmed();
        return {};
    });
}

Status ResponseService::checkItem(const QString &incidentId, const QString &stepId, int index, bool checked)
{
    return changeStep(incidentId, stepId, QStringLiteral("step.check"), [&](IncidentStep &s) -> Status {
        if (index < 0 || index >= s.checklist.size())
            return Error::usage(QStringLiteral("step \"%1\" has no checklist item %2").arg(stepId).arg(index + 1));
        s.checked[index] = checked;
        return {};
    });
}

Result<IncidentStep> ResponseService::addStep(const QString &incidentId, const StepTemplate &t)
{
    if (auto st = requireText(t.title, QStringLiteral("a step title")); !st)
        return st.error();
    if (auto st = requireOpenIncident(incidentId); !st)
        return st.error();
    IncidentStep s;
    Status st = m_store.changeAndAudit([&](QSqlDatabase &db) -> Result<AuditEvent> {
        auto pos = StepRepository::nextPosition(db, incidentId);
        if (!pos)
            return pos.error();
        s.incidentId = incidentId;
        s.stepId = t.id.isEmpty() ? QStringLiteral("custom-%1").arg(*pos) : t.id;
        s.position = *pos;
        s.phase = t.phase;
        s.title = t.title.trimmed();
        s.guidance = t.guidance;
        s.checklist = t.checklist;
        s.checked = QList<bool>(t.checklist.size(), false);
        s.owner = t.owner;
        s.mandatory = t.mandatory;
        s.records = t.records;
        s.completedBy = t.completedBy;
        if (auto r = StepRepository::insert(db, s); !r)
            return r.error();
        return AuditEvent{QStringLiteral("step.add"),
                          stepObject(incidentId, s.stepId),
                          incidentId,
                          {{QStringLiteral("step"), s.stepId},
                           {QStringLiteral("title"), s.title},
                           {QStringLiteral("phase"), phaseKey(s.phase)},
                           {QStringLiteral("mandatory"), s.mandatory},
                           {QStringLiteral("owner"), s.owner}}};
    });
    if (!st)
        return st.error();
    return s;
}

} // namespace firebreak
