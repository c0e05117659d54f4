// Data of the customer-facing Reason-for-Outage report, built from an
// allow-list (issue #20): the texts a person approved for the customer
// (model/response/CustomerText.h) plus structured facts that are safe by
// construction: instants, durations, counts and clock states. A deny-list
// redactor cannot know every internal name, so nothing typed for internal
// use is offered to the template at all; what was left out is listed in
// `withheld` for the preview.

#include "Content.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace firebreak::documents {

void Withheld::add(const QString &what, const QString &field)
{
    for (const WithheldItem &w : m_items)
        if (w.what == what)
            return;
    m_items << WithheldItem{what, field};
}

namespace {

// %n plurals in both languages (Format.h: pluralText).
QString count(const char *source, int n)
{
    return pluralText("RfoReport", source, n);
}

bool filled(const QString &s)
{
    return !s.trimmed().isEmpty();
}

// A count typed as digits only ("1200", "14 000", "1,200") is a fact; anything
// else ("about 1,200 in Lyon") is free text and stays inside.
std::optional<qint64> plainCount(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9][0-9 ,.\\x{00A0}\\x{202F}]*$"));
    const QString t = s.trimmed();
    if (!digits.match(t).hasMatch())
        return std::nullopt;
    QString bare = t;
    bare.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    bool ok = false;
    const qint64 n = bare.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QString sectionLabel(const QString &field)
{
    if (field == QLatin1String("title"))
        return QCoreApplication::translate("RfoReport", "Title");
    if (field == QLatin1String("summary"))
        return QCoreApplication::translate("RfoReport", "Summary");
    if (field == QLatin1String("impact"))
        return QCoreApplication::translate("RfoReport", "Impact");
    if (field == QLatin1String("cause"))
        return QCoreApplication::translate("RfoReport", "Cause");
    if (field == QLatin1String("actions"))
        return QCoreApplication::translate("RfoReport", "What we did and are changing");
    if (field == QLatin1String("contact"))
        return QCoreApplication::translate("RfoReport", "Contact");
    return field;
}

} // namespace

QString customerFieldLabel(const QString &field)
{
    return sectionLabel(field);
}

QString customerTextSource(const IncidentFacts &f, const QString &field)
{
    QStringList parts;
    auto add = [&parts](const QString &label, const QString &value) {
        if (filled(value))
            parts << QStringLiteral("%1: %2").arg(label, value.trimmed());
    };
    if (field == QLatin1String("title")) {
        add(QCoreApplication::translate("RfoReport", "Incident title"), f.incident.title);
    } else if (field == QLatin1String("summary")) {
        add(QCoreApplication::translate("RfoReport", "Incident description"), f.incident.description);
    } else if (field == QLatin1String("impact")) {
        add(QCoreApplication::translate("RfoReport", "Nature of the breach"), f.breach.nature);
        add(QCoreApplication::translate("RfoReport", "People affected"),
            f.breach.subjectCount + QLatin1Char(' ') + f.breach.subjectCategories);
        add(QCoreApplication::translate("RfoReport", "Records concerned"),
            f.breach.recordCount + QLatin1Char(' ') + f.breach.recordCategories);
        add(QCoreApplication::translate("RfoReport", "Likely consequences"), f.breach.consequences);
    } else if (field == QLatin1String("cause")) {
        add(QCoreApplication::translate("RfoReport", "Root cause"), f.rca.rootCause);
        add(QCoreApplication::translate("RfoReport", "Trigger"), f.rca.trigger);
        add(QCoreApplication::translate("RfoReport", "Contributing factors"), f.rca.contributingFactors);
    } else if (field == QLatin1String("actions")) {
        for (const ContainmentAction &a : f.containment)
            add(QCoreApplication::translate("RfoReport", "Containment"), a.action);
        for (const RecoveryAction &a : f.recovery)
            add(QCoreApplication::translate("RfoReport", "Recovery"), a.description);
        add(QCoreApplication::translate("RfoReport", "Measures taken"), f.breach.measures);
        for (const CorrectiveAction &c : f.corrective)
            add(QCoreApplication::translate("RfoReport", "Corrective action"), c.action);
    } else if (field == QLatin1String("contact")) {
        add(QCoreApplication::translate("RfoReport", "Contact point"), f.breach.contactPoint);
    } else if (field.startsWith(QLatin1String("notice-"))) {
        const qint64 id = field.section(QLatin1Char(':'), 1).toLongLong();
        for (const ClockStatus &c : f.clocks)
            for (const Notice &n : c.notices)
                if (n.id == id)
                    return field.startsWith(QLatin1String("notice-reference")) ? n.reference : n.delayReason;
    }
    return parts.join(QLatin1Char('\n'));
}

QVariantMap rfoContext(const ContentInput &in, Withheld &withheld)
{
    const IncidentFacts &f = in.facts;
    const TimeFormat &t = in.time;
    const CustomerTexts &approved = f.customerTexts;
    // commonContext with no redaction: its free-text keys are removed below,
    // so not even an override template can print them.
    QVariantMap ctx = commonContext(in, Redactor(f, false));
    QVariantMap incident = ctx.value(QStringLiteral("incident")).toMap();
    for (const char *key : {"title", "description", "commander", "playbook", "severity", "phase"})
        incident.remove(QLatin1String(key));
    ctx.insert(QStringLiteral("incident"), incident);
    QVariantMap document = ctx.value(QStringLiteral("document")).toMap();
    for (const char *key : {"author", "store"})
        document.remove(QLatin1String(key));
    ctx.insert(QStringLiteral("document"), document);

    // The approved texts, and what each would replace.
    QVariantMap customer;
    for (const QString &field : customerTextSections()) {
        const CustomerText *c = approved.find(field);
        customer.insert(field, c ? c->text : QString());
        if (!c && filled(customerTextSource(f, field)))
            withheld.add(QCoreApplication::translate("RfoReport", "%1: internal text not approved for the customer")
                             .arg(sectionLabel(field)),
                         field);
    }
    ctx.insert(QStringLiteral("customer"), customer);

    // Steps taken: when and what kind, never the typed description.
    struct Step {
        QDateTime at;
        QString what;
    };
    QList<Step> steps;
    if (f.incident.detectedAt.isValid())
        steps << Step{f.incident.detectedAt,
                      QCoreApplication::translate("RfoReport", "Incident detected; response team engaged")};
    for (const ContainmentAction &a : f.containment)
        steps << Step{a.performedAt, QCoreApplication::translate("RfoReport", "Containment measure taken")};
    for (const RecoveryAction &a : f.recovery)
        steps << Step{a.performedAt, a.kind == QLatin1String("service-restored")
                                         ? QCoreApplication::translate("RfoReport", "Service restored")
                                     : a.kind == QLatin1String("verified-clean")
                                         ? QCoreApplication::translate("RfoReport", "Systems verified clean")
                                         : QCoreApplication::translate("RfoReport", "Recovery step")};
    std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.at < b.at; });
    QVariantList actions;
    for (const Step &s : steps)
        actions << row({{"time", t.both(s.at)}, {"what", s.what}});
    ctx.insert(QStringLiteral("actions"), actions);

    // Counts.
    QVariantMap facts{{QStringLiteral("people"), QString()}, {QStringLiteral("records"), QString()}};
    facts.insert(QStringLiteral("systems"),
                 f.systems.isEmpty() ? QString()
                                     : count(QT_TRANSLATE_N_NOOP("RfoReport", "%n system(s)"), int(f.systems.size())));
    if (const auto n = plainCount(f.breach.subjectCount))
        facts.insert(QStringLiteral("people"), count(QT_TRANSLATE_N_NOOP("RfoReport", "%n person(s)"), int(*n)));
    else if (filled(f.breach.subjectCount))
        withheld.add(
            QCoreApplication::translate("RfoReport", "Number of people affected (typed as text, not a plain number)"),
            QStringLiteral("impact"));
    if (const auto n = plainCount(f.breach.recordCount))
        facts.insert(QStringLiteral("records"), count(QT_TRANSLATE_N_NOOP("RfoReport", "%n record(s)"), int(*n)));
    else if (filled(f.breach.recordCount))
        withheld.add(
            QCoreApplication::translate("RfoReport", "Number of records concerned (typed as text, not a plain number)"),
            QStringLiteral("impact"));
    // Claims come from facts: disk or volume images of listed systems, not
    // files (a ransom note imaged byte for byte is not a copy of a system).
    const qint64 images = std::count_if(f.evidence.begin(), f.evidence.end(), isSystemDiskImage);
    facts.insert(QStringLiteral("images"),
                 images == 0 ? QString()
                             : count(QT_TRANSLATE_N_NOOP(
                                         "RfoReport",
                                         "We preserved %n byte-for-byte disk image(s) of the affected systems before "
                                         "restoring them, so that the investigation can be verified independently."),
                                     int(images)));
    int done = 0, open = 0;
    QDate lastDue;
    for (const CorrectiveAction &c : f.corrective) {
        (c.state == QLatin1String("done") ? done : open) += 1;
        if (c.due.isValid() && (!lastDue.isValid() || c.due > lastDue))
            lastDue = c.due;
    }
    QStringList corrective;
    if (done > 0)
        corrective << count(QT_TRANSLATE_N_NOOP("RfoReport", "%n corrective action(s) completed."), done);
    if (open > 0)
        corrective << (lastDue.isValid()
                           ? count(QT_TRANSLATE_N_NOOP("RfoReport",
                                                       "%n corrective action(s) under way, to be completed by %1."),
                                   open)
                                 .arg(formatDate(lastDue))
                           : count(QT_TRANSLATE_N_NOOP("RfoReport", "%n corrective action(s) under way."), open));
    facts.insert(QStringLiteral("corrective"), corrective.join(QLatin1Char(' ')));
    facts.insert(QStringLiteral("analysed"), filled(f.rca.rootCause));
    ctx.insert(QStringLiteral("facts"), facts);

    const QVariantList notifications = rfoNotificationRows(in, approved, withheld);
    ctx.insert(QStringLiteral("notifications"), notifications);

    // Never in a customer RFO, whatever is approved: listed so the preview is complete.
    if (const int n = int(f.systems.size()); n > 0)
        withheld.add(count(QT_TRANSLATE_N_NOOP("RfoReport", "Names and addresses of %n affected system(s)"), n), {});
    if (const int n = int(f.evidence.size()); n > 0)
        withheld.add(count(QT_TRANSLATE_N_NOOP("RfoReport", "Details and hashes of %n evidence item(s)"), n), {});
    if (const int n = int(f.people.size()); n > 0)
        withheld.add(count(QT_TRANSLATE_N_NOOP("RfoReport", "Names and contacts of %n person(s) on the incident"), n),
                     {});
    if (const int n = int(f.contacts.size()); n > 0)
        withheld.add(count(QT_TRANSLATE_N_NOOP("RfoReport", "%n third-party contact(s), law enforcement included"), n),
                     {});
    if (const int n = int(f.timeline.size()); n > 0)
        withheld.add(count(QT_TRANSLATE_N_NOOP("RfoReport", "%n timeline entry(ies)"), n), {});
    return ctx;
}

} // namespace firebreak::documents
