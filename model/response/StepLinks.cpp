#include "StepLinks.h"

#include <algorithm>

#include "../storage/ClockRepository.h"
#include "../storage/IncidentRepository.h"
#include "../storage/ResponseRepository.h"
#include "../storage/StepRepository.h"

namespace firebreak::steplinks {

QString kindRecordedBy(const AuditEvent &event)
{
    const QString &a = event.action;
    const QJsonObject &d = event.data;
    if (a == QLatin1String("clock.classify"))
        return QStringLiteral("classification");
    if (a == QLatin1String("rca.update") && !d.value(QStringLiteral("root_cause")).toString().trimmed().isEmpty())
        return QStringLiteral("root-cause");
    if (a == QLatin1String("recovery.record")) {
        const QString kind = d.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("service-restored"))
            return QStringLiteral("service-restored");
        if (kind == QLatin1String("verified-clean"))
            return QStringLiteral("verification");
    }
    if (a == QLatin1String("evidence.register") && d.value(QStringLiteral("kind")).toString() == QLatin1String("image"))
        return QStringLiteral("disk-image");
    return {};
}

Result<QList<AuditEvent>> completeLinked(QSqlDatabase &db, const QDateTime &nowUtc, const QString &actor,
                                         const AuditEvent &event)
{
    const QString kind = kindRecordedBy(event);
    if (kind.isEmpty() || event.incidentId.isEmpty())
        return QList<AuditEvent>{};
    auto steps = StepRepository::forIncident(db, event.incidentId);
    if (!steps)
        return steps.error();
    QList<AuditEvent> out;
    for (IncidentStep s : *steps) {
        if (s.completedBy != kind || s.state != IncidentStep::State::Open)
            continue;
        s.state = IncidentStep::State::Done;
        s.note = QStringLiteral("completed by what was recorded: %1 (%2)").arg(kind, event.object);
        s.doneBy = actor;
        s.doneAt = nowUtc;
        if (auto st = StepRepository::update(db, s); !st)
            return st.error();
        out << AuditEvent{QStringLiteral("step.done"),
                          QStringLiteral("%1/step/%2").arg(s.incidentId, s.stepId),
                          s.incidentId,
                          {{QStringLiteral("step"), s.stepId},
                           {QStringLiteral("title"), s.title},
                           {QStringLiteral("from_state"), QStringLiteral("open")},
                           {QStringLiteral("state"), QStringLiteral("done")},
                           {QStringLiteral("note"), s.note},
                           {QStringLiteral("owner"), s.owner},
                           {QStringLiteral("auto"), true},
                           {QStringLiteral("completed_by"), kind},
                           {QStringLiteral("because"), event.action},
                           {QStringLiteral("because_object"), event.object}}};
    }
    return out;
}

namespace {
template <typename T> Result<bool> nonEmpty(const Result<QList<T>> &list)
{
    if (!list)
        return list.error();
    return !list->isEmpty();
}
} // namespace

Result<bool> recorded(QSqlDatabase &db, const QString &incidentId, const QString &kind)
{
    if (kind == QLatin1String("systems-listed"))
        return nonEmpty(IncidentRepository::systems(db, incidentId));
    if (kind == QLatin1String("classification")) {
        // A justified waiver is a decision about the clocks too.
        auto c = nonEmpty(ClockRepository::classifications(db, incidentId));
        if (!c || *c)
            return c;
        return nonEmpty(ClockRepository::waivers(db, incidentId));
    }
    if (kind == QLatin1String("systems-isolated"))
        return nonEmpty(ResponseRepository::containment(db, incidentId));
    if (kind == QLatin1String("contact-logged"))
        return nonEmpty(ResponseRepository::contacts(db, incidentId));
    if (kind == QLatin1String("evidence-acquired"))
        return nonEmpty(IncidentRepository::evidence(db, incidentId));
    if (kind == QLatin1String("notification-sent"))
        return nonEmpty(ClockRepository::notices(db, incidentId));
    if (kind == QLatin1String("service-restored") || kind == QLatin1String("verification")) {
        auto list = ResponseRepository::recovery(db, incidentId);
        if (!list)
            return list.error();
        const QString wanted = kind == QLatin1String("verification") ? QStringLiteral("verified-clean") : kind;
        return std::any_of(list->cbegin(), list->cend(), [&](const RecoveryAction &a) { return a.kind == wanted; });
    }
    if (kind == QLatin1String("root-cause")) {
        auto r = ResponseRepository::rca(db, incidentId);
        if (!r)
            return r.error();
        return !r->rootCause.trimmed().isEmpty();
    }
    return true;
}

} // namespace firebreak::steplinks
