#include "NoticeDraft.h"

#include "ClockExplain.h"
#include "ClockService.h"

#include <QCoreApplication>

namespace firebreak {

namespace {

QString when(const QDateTime &t)
{
    if (!t.isValid())
        return QCoreApplication::translate("NoticeDraft", "not recorded");
    const QString utc = t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (t.toLocalTime().offsetFromUtc() == 0)
        return utc;
    return QStringLiteral("%1 (%2)").arg(t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")), utc);
}

QString orTodo(const QString &value, const QString &what, QStringList &missing)
{
    if (!value.trimmed().isEmpty())
        return value.trimmed();
    missing << what;
    return QCoreApplication::translate("NoticeDraft", "[to be completed: %1]").arg(what);
}

// Which recorded fact answers a required content item, by its wording.
QString fill(const QString &item, const Incident &inc, const BreachDetails &b, QStringList &missing)
{
    const QString lower = item.toLower();
    if (lower.contains(QLatin1String("nature")) || lower.contains(QLatin1String("what happened")) ||
        lower.contains(QLatin1String("description"))) {
        QString text = orTodo(b.nature.isEmpty() ? inc.description : b.nature,
                              QCoreApplication::translate("NoticeDraft", "nature of the breach"), missing);
        if (lower.contains(QLatin1String("categories")) || lower.contains(QLatin1String("number"))) {
            // One statement per call: argument evaluation order is unspecified
            // and `missing` should list the gaps in reading order.
            const QString subjects =
                orTodo(b.subjectCategories, QCoreApplication::translate("NoticeDraft", "categories of data subjects"),
                       missing);
            const QString subjectCount =
                orTodo(b.subjectCount,
                       QCoreApplication::translate("NoticeDraft", "approximate number of data subjects"), missing);
            const QString records = orTodo(
                b.recordCategories, QCoreApplication::translate("NoticeDraft", "categories of records"), missing);
            const QString recordCount = orTodo(
                b.recordCount, QCoreApplication::translate("NoticeDraft", "approximate number of records"), missing);
            text +=
                QCoreApplication::translate("NoticeDraft", "\nData subjects concerned: %1 (approximate number: %2).")
                    .arg(subjects, subjectCount);
            text += QCoreApplication::translate("NoticeDraft",
                                                "\nPersonal data records concerned: %1 (approximate number: %2).")
                        .arg(records, recordCount);
        }
        return text;
    }
    if (lower.contains(QLatin1String("dpo")) || lower.contains(QLatin1String("contact")))
        return orTodo(b.contactPoint, QCoreApplication::translate("NoticeDraft", "contact point (DPO)"), missing);
    if (lower.contains(QLatin1String("consequence")) || lower.contains(QLatin1String("impact")))
        return orTodo(b.consequences, QCoreApplication::translate("NoticeDraft", "likely consequences"), missing);
    if (lower.contains(QLatin1String("measures")) || lower.contains(QLatin1String("mitigation")))
        return orTodo(b.measures, QCoreApplication::translate("NoticeDraft", "measures taken or proposed"), missing);
    if (lower.contains(QLatin1String("personal data of the customer")) ||
        lower.contains(QLatin1String("data is concerned")))
        return orTodo(b.recordCategories, QCoreApplication::translate("NoticeDraft", "data concerned"), missing);
    missing << item;
    return QCoreApplication::translate("NoticeDraft", "[to be completed]");
}

} // namespace

QString todoMarker()
{
    return QCoreApplication::translate("NoticeDraft", "[to be completed");
}

NoticeDraft draftNotice(const ClockStatus &clock, const Incident &incident, const BreachDetails &details,
                        const QDateTime &now)
{
    NoticeDraft d;
    d.subject = QStringLiteral("%1 — %2 — %3").arg(clock.rule.title, incident.id, incident.title);
    QString body;
    body += QCoreApplication::translate("NoticeDraft", "To: %1\n").arg(clock.rule.recipient);
    body += QCoreApplication::translate("NoticeDraft", "Regarding: %1 (%2)\n").arg(incident.title, incident.id);
    body += QCoreApplication::translate("NoticeDraft", "Notice: %1\n")
                .arg(clock.notices.isEmpty() ? QCoreApplication::translate("NoticeDraft", "initial notification")
                                             : QCoreApplication::translate("NoticeDraft", "supplementary information"));
    body += QCoreApplication::translate("NoticeDraft", "Legal basis: %1\n\n")
                .arg(clock.rule.source.isEmpty() ? clock.rule.regime : clock.rule.source);
    body += QCoreApplication::translate("NoticeDraft", "Detected: %1\n").arg(when(incident.detectedAt));
    // The instant this clock counts from, named as the law names it: an
    // 8-K counts from the materiality determination, not from awareness.
    const QString kind =
        clock.rule.triggerKind == ClockRule::TriggerKind::Classification ? clock.rule.classification : QString();
    if (kind == QLatin1String("material"))
        body += QCoreApplication::translate("NoticeDraft", "Materiality determined: %1\n").arg(when(clock.triggerAt));
    else if (kind == QLatin1String("major"))
        body += QCoreApplication::translate("NoticeDraft", "Aware: %1\n").arg(when(incident.awareAt)) +
                QCoreApplication::translate("NoticeDraft", "Classified as major: %1\n").arg(when(clock.triggerAt));
    else if (kind == QLatin1String("high-risk"))
        body += QCoreApplication::translate("NoticeDraft", "Aware: %1\n").arg(when(incident.awareAt)) +
                QCoreApplication::translate("NoticeDraft", "High risk found: %1\n").arg(when(clock.triggerAt));
    else
        body += QCoreApplication::translate("NoticeDraft", "Aware: %1\n")
                    .arg(when(kind.isEmpty() ? incident.awareAt : clock.triggerAt));
    if (clock.deadline.isValid())
        body += QCoreApplication::translate("NoticeDraft", "Notification due: %1\n").arg(when(clock.deadline));
    // An Item 1.05(c) delay: which determination allows filing later.
    for (const ClockDelay &delay : clock.delays)
        body += QCoreApplication::translate("NoticeDraft",
                                            "Delayed under %1 (%2): Attorney General determination %3 of %4, "
                                            "%5; until %6\n")
                    .arg(clock.rule.delay ? clock.rule.delay->basis : clock.rule.basis,
                         delayPeriodName(delay.period, clock.rule.delay ? int(clock.rule.delay->periods.size()) : 0),
                         delay.agReference, when(delay.determinedAt),
                         delay.ground == QLatin1String("national-security")
                             ? QCoreApplication::translate("NoticeDraft", "risk to national security")
                             : QCoreApplication::translate("NoticeDraft", "risk to public safety"),
                         when(delay.endsAt));
    body += QCoreApplication::translate("NoticeDraft", "Deadline basis: %1\n")
                .arg(explainDeadline(clock, QTimeZone::systemTimeZone(), {}));
    body += QLatin1Char('\n');

    int n = 1;
    for (const QString &item : clock.rule.contents) {
        body += QStringLiteral("%1. %2\n").arg(n++).arg(item);
        body += fill(item, incident, details, d.missing) + QStringLiteral("\n\n");
    }
    // Art. 33(1): a notification made after the deadline carries the reasons.
    // An 8-K has no such section: Item 1.05 knows no late filing with reasons.
    if (clock.deadline.isValid() && now > clock.deadline && clock.notices.isEmpty() &&
        clock.rule.regime != QLatin1String("SEC")) {
        body += QCoreApplication::translate("NoticeDraft", "%1. Reasons for the delay\n").arg(n);
        body += QCoreApplication::translate("NoticeDraft", "[to be completed: this notice is later than %1]\n\n")
                    .arg(when(clock.deadline));
        d.missing << QCoreApplication::translate("NoticeDraft", "reasons for the delay");
    }
    body += QCoreApplication::translate("NoticeDraft", "Contact: %1\n")
                .arg(details.contactPoint.isEmpty() ? incident.commander : details.contactPoint);
    d.body = body;
    return d;
}

} // namespace firebreak
