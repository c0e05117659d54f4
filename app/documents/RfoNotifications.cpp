// The customer RFO's "Notifications" section, worded from each clock's real
// state (issue #20: it once said "no notification was required" while the
// Art. 33 clock was open). Only structured facts go in: the rule set's own
// names, instants, and a waiver's exception when it is one the rule set
// recognises. What people typed (recipient, reference, reasons for a
// delay) appears only as the customer-visible text someone approved.

#include "Content.h"

#include <QCoreApplication>

namespace firebreak::documents {

QString customerAudience(const ClockRule &rule)
{
    const QString &id = rule.id;
    if (id.startsWith(QLatin1String("customer-")))
        return QCoreApplication::translate("RfoNotifications", "Affected customers");
    if (id == QLatin1String("gdpr-art33"))
        return QCoreApplication::translate("RfoNotifications", "Data protection supervisory authority (GDPR Art. 33)");
    if (id == QLatin1String("gdpr-art34"))
        return QCoreApplication::translate("RfoNotifications", "People whose data is concerned (GDPR Art. 34)");
    if (id == QLatin1String("nis2-early-warning"))
        return QCoreApplication::translate("RfoNotifications", "CSIRT or competent authority: early warning (NIS2)");
    if (id == QLatin1String("nis2-notification"))
        return QCoreApplication::translate("RfoNotifications",
                                           "CSIRT or competent authority: incident notification (NIS2)");
    if (id == QLatin1String("nis2-final"))
        return QCoreApplication::translate("RfoNotifications", "CSIRT or competent authority: final report (NIS2)");
    if (id.startsWith(QLatin1String("dora-")))
        return QCoreApplication::translate("RfoNotifications", "Competent financial supervisor (DORA)");
    if (id.startsWith(QLatin1String("sec-")))
        return QCoreApplication::translate("RfoNotifications", "U.S. Securities and Exchange Commission (Form 8-K)");
    // A rule set added by the organisation: its own title and recipient,
    // which come from the rule file, not from anything typed in an incident.
    return QStringLiteral("%1 (%2)").arg(rule.title, rule.recipient);
}

namespace {

const Notice *firstInitial(const ClockStatus &c)
{
    const Notice *first = nullptr;
    for (const Notice &n : c.notices)
        if (n.phase == QLatin1String("initial") && (!first || n.sentAt < first->sentAt))
            first = &n;
    if (!first && !c.notices.isEmpty())
        first = &c.notices.first();
    return first;
}

} // namespace

QVariantList rfoNotificationRows(const ContentInput &in, const CustomerTexts &approved, Withheld &withheld)
{
    const TimeFormat &t = in.time;
    QVariantList out;
    for (const ClockStatus &c : in.facts.clocks) {
        QStringList lines;
        bool pending = false;
        switch (c.state) {
        case ClockStatus::State::Waiting:
            pending = true;
            lines << QCoreApplication::translate("RfoNotifications",
                                                 "Pending: follows an earlier notification; not yet due.");
            break;
        case ClockStatus::State::Running:
            pending = true;
            lines << QCoreApplication::translate("RfoNotifications", "Pending: to be sent by %1.")
                         .arg(t.both(c.deadline));
            break;
        case ClockStatus::State::Overdue:
            pending = true;
            lines << QCoreApplication::translate("RfoNotifications", "Pending: not sent yet; it was due by %1.")
                         .arg(t.both(c.deadline));
            break;
        case ClockStatus::State::NoLimit:
            pending = true;
            lines << QCoreApplication::translate("RfoNotifications", "Pending: to be sent without undue delay.");
            break;
        case ClockStatus::State::Met:
        case ClockStatus::State::MetLate: {
            const Notice *n = firstInitial(c);
            if (!n) {
                lines << QCoreApplication::translate("RfoNotifications", "Sent.");
                break;
            }
            const bool late =
                c.state == ClockStatus::State::MetLate || (c.deadline.isValid() && n->sentAt > c.deadline);
            lines << (late ? QCoreApplication::translate("RfoNotifications", "Sent on %1, after the deadline of %2.")
                                 .arg(t.both(n->sentAt), t.both(c.deadline))
                           : QCoreApplication::translate("RfoNotifications", "Sent on %1.").arg(t.both(n->sentAt)));
            const QString refKey = customerNoticeField(QStringLiteral("reference"), n->id);
            if (const CustomerText *r = approved.find(refKey))
                lines << QCoreApplication::translate("RfoNotifications", "Reference: %1.").arg(r->text);
            else if (!n->reference.trimmed().isEmpty())
                withheld.add(QCoreApplication::translate("RfoNotifications", "Reference of the notice to %1")
                                 .arg(customerAudience(c.rule)),
                             refKey);
            if (late) {
                const QString reasonKey = customerNoticeField(QStringLiteral("delay-reason"), n->id);
                if (const CustomerText *r = approved.find(reasonKey)) {
                    lines << QCoreApplication::translate("RfoNotifications", "Reasons for the delay: %1").arg(r->text);
                } else {
                    lines << QCoreApplication::translate("RfoNotifications",
                                                         "The reasons for the delay are documented in our records.");
                    if (!n->delayReason.trimmed().isEmpty())
                        withheld.add(
                            QCoreApplication::translate("RfoNotifications", "Reasons for the delay of the notice to %1")
                                .arg(customerAudience(c.rule)),
                            reasonKey);
                }
            }
            if (!n->recipient.trimmed().isEmpty() || !n->channel.trimmed().isEmpty())
                withheld.add(QCoreApplication::translate(
                                 "RfoNotifications",
                                 "Recipient and channel typed for the notice to %1 (the rule's recipient is shown)")
                                 .arg(customerAudience(c.rule)),
                             {});
            break;
        }
        case ClockStatus::State::Waived: {
            QString exception = c.waiver ? c.waiver->exception.trimmed() : QString();
            // Only an exception worded by the rule set; free text stays inside.
            // A keyed exception ("unlikely-risk") is printed in the Article's words.
            bool recognised = !exception.isEmpty() && c.rule.waivers.contains(exception);
            for (const WaiverOption &o : c.rule.waiverOptions)
                if (!exception.isEmpty() && (o.key == exception || o.text == exception)) {
                    exception = o.text;
                    recognised = true;
                }
            if (recognised) {
                lines << QCoreApplication::translate("RfoNotifications",
                                                     "Not notified, under a recognised exception: %1")
                             .arg(exception);
            } else {
                lines << QCoreApplication::translate("RfoNotifications", "Not notified, under a documented exception.");
                if (!exception.isEmpty())
                    withheld.add(QCoreApplication::translate("RfoNotifications", "Exception typed for the notice to %1")
                                     .arg(customerAudience(c.rule)),
                                 {});
            }
            if (c.waiver && !c.waiver->justification.trimmed().isEmpty())
                withheld.add(
                    QCoreApplication::translate("RfoNotifications", "Justification of the decision not to notify %1")
                        .arg(customerAudience(c.rule)),
                    {});
            break;
        }
        }
        out << row({{"audience", customerAudience(c.rule)},
                    {"state", lines.join(QLatin1Char(' '))},
                    {"pending", pending},
                    {"late", c.state == ClockStatus::State::Overdue || c.state == ClockStatus::State::MetLate}});
    }
    return out;
}

} // namespace firebreak::documents
