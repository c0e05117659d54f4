// Data of the internal post-incident report (DOMAIN.md's list, all of it).

#include "Content.h"

#include <QCoreApplication>

#include "model/ShippedTexts.h"
#include "model/clocks/ClockRule.h"

namespace firebreak::documents {

namespace {

QVariantList whyRows(const QStringList &whys)
{
    QVariantList out;
    int n = 1;
    for (const QString &w : whys)
        if (!w.trimmed().isEmpty())
            out << row({{"n", n++}, {"text", w.trimmed()}});
    return out;
}

QString auditVerdictText(const AuditVerdict &v)
{
    switch (v.state) {
    case AuditVerdict::State::Empty:
        return QCoreApplication::translate("InternalReport", "Empty: nothing recorded yet.");
    case AuditVerdict::State::Intact:
        return QCoreApplication::translate("InternalReport",
                                           "Intact: every entry's hash recomputes and links to the previous one.");
    case AuditVerdict::State::Broken:
        return QCoreApplication::translate("InternalReport",
                                           "BROKEN: the chain stops being provable at sequence number %1.")
            .arg(v.firstBadSeq);
    }
    return {};
}

// "about 1,200 (employees)", "about 1,200", "employees", or "not recorded":
// never "— (—)".
QString countLine(const QString &count, const QString &categories)
{
    const QString n = count.trimmed(), what = categories.trimmed();
    if (!n.isEmpty() && !what.isEmpty())
        return QStringLiteral("%1 (%2)").arg(n, what);
    return orNotRecorded(n.isEmpty() ? what : n);
}

} // namespace

QVariantMap internalContext(const ContentInput &in)
{
    const IncidentFacts &f = in.facts;
    const TimeFormat &t = in.time;
    const Redactor none(f, false);
    QVariantMap ctx = commonContext(in, none);

    QVariantList people;
    for (const Person &p : f.people)
        people << row({{"name", p.name}, {"role", orNotRecorded(p.role)}, {"contact", orNotRecorded(p.contact)}});
    ctx.insert(QStringLiteral("people"), people);
    ctx.insert(QStringLiteral("systems"), systemRows(in));
    ctx.insert(QStringLiteral("systemCount"), qint64(f.systems.size()));

    const BreachDetails &b = f.breach;
    ctx.insert(QStringLiteral("breach"), row({{"present", !b.isEmpty()},
                                              {"nature", b.nature},
                                              {"subjects", countLine(b.subjectCount, b.subjectCategories)},
                                              {"records", countLine(b.recordCount, b.recordCategories)},
                                              {"contactPoint", orNotRecorded(b.contactPoint)},
                                              {"consequences", orNotRecorded(b.consequences)},
                                              {"measures", orNotRecorded(b.measures)}}));

    const RootCauseAnalysis &r = f.rca;
    ctx.insert(QStringLiteral("rca"), row({{"detection", orNotRecorded(r.detectionMethod)},
                                           {"trigger", orNotRecorded(r.trigger)},
                                           {"rootCause", r.rootCause.trimmed()},
                                           {"contributing", r.contributingFactors.trimmed()},
                                           {"whys", whyRows(r.fiveWhys)},
                                           {"wentWell", r.wentWell.trimmed()},
                                           {"wentWrong", r.wentWrong.trimmed()},
                                           {"gotLucky", r.gotLucky.trimmed()},
                                           {"updated", t.both(r.updatedAt)}}));

    QVariantList classifications;
    for (const Classification &c : f.classifications)
        classifications << row({{"kind", c.kind},
                                {"trigger", t.utcBare(c.triggerAt)},
                                {"decidedBy", orNotRecorded(c.decidedBy)},
                                {"reason", orNotRecorded(c.reason)}});
    ctx.insert(QStringLiteral("classifications"), classifications);

    QVariantList containment;
    for (const ContainmentAction &a : f.containment)
        containment << row({{"time", t.utcBare(a.performedAt)},
                            {"system", orNotRecorded(a.system)},
                            {"action", a.action},
                            {"by", orNotRecorded(a.performedBy)},
                            {"verification", orNotRecorded(a.verification)}});
    ctx.insert(QStringLiteral("containment"), containment);

    QVariantList recovery;
    for (const RecoveryAction &a : f.recovery)
        recovery << row({{"time", t.utcBare(a.performedAt)},
                         {"kind", a.kind == QLatin1String("service-restored")
                                      ? QCoreApplication::translate("InternalReport", "Service restored")
                                  : a.kind == QLatin1String("verified-clean")
                                      ? QCoreApplication::translate("InternalReport", "Verified clean")
                                      : QCoreApplication::translate("InternalReport", "Action")},
                         {"system", orNotRecorded(a.system)},
                         {"description", a.description},
                         {"by", orNotRecorded(a.performedBy)}});
    ctx.insert(QStringLiteral("recovery"), recovery);

    QVariantList steps;
    for (const IncidentStep &s : f.steps)
        steps << row({{"phase", phaseLabel(s.phase)},
                      {"title", shipped::text(s.title)},
                      {"mandatory", s.mandatory},
                      {"state", stepStateText(s.state)},
                      {"open", s.state == IncidentStep::State::Open},
                      {"by", s.doneBy},
                      {"at", s.doneAt.isValid() ? t.utcBare(s.doneAt) : QString()},
                      {"note", s.note}});
    ctx.insert(QStringLiteral("steps"), steps);

    QVariantList corrective;
    int n = 1;
    for (const CorrectiveAction &c : f.corrective)
        corrective << row(
            {{"n", n++},
             {"action", c.action},
             {"owner", orNotRecorded(c.owner)},
             {"due", formatDate(c.due)},
             {"state", c.state == QLatin1String("in-progress")
                           ? QCoreApplication::translate("InternalReport", "In progress")
                       : c.state == QLatin1String("done") ? QCoreApplication::translate("InternalReport", "Done")
                                                          : QCoreApplication::translate("InternalReport", "Open")},
             {"overdue",
              c.state != QLatin1String("done") && c.due.isValid() && c.due < in.now.toTimeZone(t.zone()).date()}});
    ctx.insert(QStringLiteral("corrective"), corrective);

    ctx.insert(QStringLiteral("clocks"), notificationRows(in, none));
    bool anySent = false;
    for (const ClockStatus &c : f.clocks)
        anySent = anySent || !c.notices.isEmpty();
    ctx.insert(QStringLiteral("noticesSent"), anySent);
    ctx.insert(QStringLiteral("contacts"), contactRows(in, false));
    ctx.insert(QStringLiteral("lawEnforcement"), contactRows(in, true));
    ctx.insert(QStringLiteral("evidence"), evidenceRows(in));

    QVariantList timeline;
    timeline.reserve(f.timeline.size());
    for (const TimelineEvent &e : f.timeline)
        timeline << row({{"seq", e.auditSeq > 0 ? QString::number(e.auditSeq) : QStringLiteral("—")},
                         {"time", t.utcSeconds(e.at)},
                         {"kind", e.kind},
                         {"text", e.text},
                         {"source", e.source},
                         {"confidence", e.confidence == QLatin1String("confirmed") ? QString() : e.confidence},
                         {"lawEnforcement", e.lawEnforcement}});
    ctx.insert(QStringLiteral("timeline"), timeline);
    ctx.insert(QStringLiteral("timelineCount"), qint64(f.timeline.size()));

    const AuditVerdict &v = f.audit;
    QVariantList problems;
    for (const QString &p : v.problems)
        problems << p;
    QVariantMap audit = row({{"intact", v.state != AuditVerdict::State::Broken},
                             {"verdict", auditVerdictText(v)},
                             {"entries", v.entries},
                             {"incidentEntries", f.incidentAuditEntries},
                             {"head", v.headHash},
                             {"firstBad", v.firstBadSeq > 0 ? QString::number(v.firstBadSeq) : QStringLiteral("none")},
                             {"problems", problems},
                             {"checked", t.both(f.readAt)},
                             {"checkpointCount", qint64(f.checkpoints.size())}});
    if (!f.checkpoints.isEmpty()) {
        const AuditCheckpoint &c = f.checkpoints.last();
        audit.insert(QStringLiteral("checkpoint"), row({{"number", c.number},
                                                        {"at", t.utc(c.at)},
                                                        {"entries", c.entries},
                                                        {"head", c.headHash},
                                                        {"key", c.keyFingerprint}}));
    } else {
        audit.insert(QStringLiteral("checkpoint"), false);
    }
    ctx.insert(QStringLiteral("audit"), audit);
    return ctx;
}

} // namespace firebreak::documents
