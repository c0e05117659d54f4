// Data of the customer-facing Reason-for-Outage report. Free text passes
// through the Redactor unless the commander chose to include internal
// detail; internal lists (systems, evidence, law enforcement) are only
// offered to the template in that case.

#include "Content.h"

#include <QCoreApplication>

#include <algorithm>

namespace firebreak::documents {

QVariantMap rfoContext(const ContentInput &in)
{
    const IncidentFacts &f = in.facts;
    const TimeFormat &t = in.time;
    const bool internal = in.options.includeInternal;
    const Redactor redact(f, !internal);
    QVariantMap ctx = commonContext(in, redact);

    struct Step {
        QDateTime at;
        QString what;
        QString text;
    };
    QList<Step> steps;
    for (const ContainmentAction &a : f.containment) {
        QString text = redact(a.action);
        if (!a.system.isEmpty())
            text += QStringLiteral(" (%1)").arg(redact(a.system));
        steps << Step{a.performedAt, QCoreApplication::translate("RfoReport", "Containment"), text};
    }
    for (const RecoveryAction &a : f.recovery) {
        const QString what =
            a.kind == QLatin1String("service-restored") ? QCoreApplication::translate("RfoReport", "Service restored")
            : a.kind == QLatin1String("verified-clean") ? QCoreApplication::translate("RfoReport", "Verified clean")
                                                        : QCoreApplication::translate("RfoReport", "Recovery");
        QString text = redact(a.description);
        if (!a.system.isEmpty())
            text += QStringLiteral(" (%1)").arg(redact(a.system));
        steps << Step{a.performedAt, what, text};
    }
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });
    QVariantList actions;
    if (f.incident.detectedAt.isValid())
        actions << row({{"time", t.both(f.incident.detectedAt)},
                        {"what", QCoreApplication::translate("RfoReport", "Detection")},
                        {"text", QCoreApplication::translate(
                                     "RfoReport", "The incident was detected and the response team engaged.")}});
    for (const Step &s : steps)
        actions << row({{"time", t.both(s.at)}, {"what", s.what}, {"text", s.text}});
    ctx.insert(QStringLiteral("actions"), actions);

    const BreachDetails &b = f.breach;
    ctx.insert(QStringLiteral("impact"), row({{"systemCount", qint64(f.systems.size())},
                                              {"hasSystems", !f.systems.isEmpty()},
                                              {"subjectCount", b.subjectCount},
                                              {"subjects", b.subjectCategories},
                                              {"recordCount", b.recordCount},
                                              {"records", b.recordCategories},
                                              {"nature", redact(b.nature)},
                                              {"consequences", redact(b.consequences)},
                                              {"measures", redact(b.measures)},
                                              {"contactPoint", b.contactPoint}}));
    ctx.insert(QStringLiteral("cause"),
               row({{"rootCause", redact(f.rca.rootCause.trimmed())}, {"trigger", redact(f.rca.trigger.trimmed())}}));

    QVariantList corrective;
    for (const CorrectiveAction &c : f.corrective)
        corrective << row(
            {{"action", redact(c.action)},
             {"due", formatDate(c.due)},
             {"state", c.state == QLatin1String("done") ? QCoreApplication::translate("RfoReport", "Completed")
                       : c.state == QLatin1String("in-progress")
                           ? QCoreApplication::translate("RfoReport", "In progress")
                           : QCoreApplication::translate("RfoReport", "Planned")}});
    ctx.insert(QStringLiteral("corrective"), corrective);

    // Notifications made: only what was sent, not the internal clock state.
    QVariantList notices;
    for (const ClockStatus &c : f.clocks)
        for (const Notice &n : c.notices)
            notices << row({{"title", c.rule.title},
                            {"recipient", redact(orDash(n.recipient.isEmpty() ? c.rule.recipient : n.recipient))},
                            {"sent", t.both(n.sentAt)},
                            {"phase", n.phase == QLatin1String("initial")
                                          ? QCoreApplication::translate("RfoReport", "Initial notice")
                                          : QCoreApplication::translate("RfoReport", "Supplementary notice")}});
    ctx.insert(QStringLiteral("notices"), notices);
    ctx.insert(QStringLiteral("evidenceCount"), qint64(f.evidence.size()));
    ctx.insert(QStringLiteral("hasEvidence"), !f.evidence.isEmpty());

    ctx.insert(QStringLiteral("includeInternal"), internal);
    ctx.insert(QStringLiteral("systems"), internal ? systemRows(in) : QVariantList());
    ctx.insert(QStringLiteral("evidence"), internal ? evidenceRows(in) : QVariantList());
    ctx.insert(QStringLiteral("lawEnforcement"), internal ? contactRows(in, true) : QVariantList());
    return ctx;
}

} // namespace firebreak::documents
