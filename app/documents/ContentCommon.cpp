#include "Content.h"

#include "model/ShippedTexts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace firebreak::documents {

QVariantMap row(std::initializer_list<std::pair<const char *, QVariant>> items)
{
    QVariantMap m;
    for (const auto &[key, value] : items)
        m.insert(QLatin1String(key), value);
    return m;
}

QVariantMap commonContext(const ContentInput &in, const Redactor &redact)
{
    const Incident &inc = in.facts.incident;
    const TimeFormat &t = in.time;
    auto when = [&t](const QDateTime &at) { return at.isValid() ? t.both(at) : orNotRecorded({}); };
    QVariantMap document = row({
        {"kind", documentKindLabel(in.options.kind)},
        {"marking", in.options.marking},
        {"issued", t.both(in.now)},
        {"issuedLocal", t.local(in.now)},
        {"zone", t.zoneName(in.now)},
        {"zoneIsUtc", t.isUtc(in.now)},
        {"author", in.options.author},
        {"organisation", in.options.organisation.trimmed()},
        {"generator", QStringLiteral("Firebreak %1").arg(QStringLiteral(FIREBREAK_VERSION))},
        {"store", in.facts.storePath},
    });
    const bool closed = inc.status == IncidentStatus::Closed;
    const QDateTime start = inc.detectedAt.isValid() ? inc.detectedAt : inc.createdAt;
    const QDateTime restored = in.facts.serviceRestoredAt;
    QVariantMap incident = row({
        {"id", inc.id},
        {"title", redact(inc.title)},
        {"description", redact(inc.description)},
        {"severity", severityLabel(inc.severity)},
        {"status", closed ? QCoreApplication::translate("ContentCommon", "Closed")
                          : QCoreApplication::translate("ContentCommon", "Open")},
        {"statusCustomer", closed               ? QCoreApplication::translate("ContentCommon", "Resolved")
                           : restored.isValid() ? QCoreApplication::translate(
                                                      "ContentCommon", "Service restored; investigation continuing")
                                                : QCoreApplication::translate("ContentCommon", "Ongoing")},
        {"phase", phaseLabel(inc.phase)},
        {"commander", orNotRecorded(inc.commander)},
        // The playbook's title (a shipped one in the report's language); its id only when it is no longer installed.
        {"playbook",
         orNotRecorded(in.facts.playbookTitle.isEmpty() ? inc.playbookId : shipped::text(in.facts.playbookTitle))},
        {"created", t.both(inc.createdAt)},
        {"detected", when(inc.detectedAt)},
        {"aware", when(inc.awareAt)},
        {"closed", t.both(inc.closedAt)},
        {"isClosed", closed},
        {"restored",
         restored.isValid() ? t.both(restored) : QCoreApplication::translate("ContentCommon", "not yet restored")},
        {"outageStart", t.both(start)},
        {"duration", restored.isValid() ? formatDuration(start.secsTo(restored))
                                        : QCoreApplication::translate("ContentCommon", "ongoing (%1 so far)")
                                              .arg(formatDuration(start.secsTo(in.now)))},
        // The outage as one sentence a person would write, restored or not.
        {"outage", restored.isValid()
                       ? QCoreApplication::translate("ContentCommon", "From %1 to %2 (%3).")
                             .arg(t.both(start), t.both(restored), formatDuration(start.secsTo(restored)))
                       : QCoreApplication::translate("ContentCommon", "Since %1; service not yet restored (%2 so far).")
                             .arg(t.both(start), formatDuration(start.secsTo(in.now)))},
    });
    return row({{"document", document}, {"incident", incident}});
}

QString clockOutcome(const ClockStatus &c, const QDateTime &now)
{
    auto firstInitial = [&]() -> const Notice * {
        const Notice *first = nullptr;
        for (const Notice &n : c.notices)
            if (n.phase == QLatin1String("initial") && (!first || n.sentAt < first->sentAt))
                first = &n;
        return first;
    };
    switch (c.state) {
    case ClockStatus::State::Waiting:
        return QCoreApplication::translate("ContentCommon", "Waiting: starts when the %1 notice is sent")
            .arg(c.waitingFor);
    case ClockStatus::State::Running:
        return QCoreApplication::translate("ContentCommon", "Open: %1 left").arg(formatTimeLeft(c.secondsLeft(now)));
    case ClockStatus::State::Overdue:
        return QCoreApplication::translate("ContentCommon", "OVERDUE by %1, nothing sent")
            .arg(formatDuration(c.deadline.secsTo(now)));
    case ClockStatus::State::NoLimit:
        return QCoreApplication::translate("ContentCommon", "Open: without undue delay (no hour limit)");
    case ClockStatus::State::Met:
    case ClockStatus::State::MetLate: {
        const Notice *n = firstInitial();
        if (!n || !c.deadline.isValid())
            return QCoreApplication::translate("ContentCommon", "Met");
        const qint64 margin = n->sentAt.secsTo(c.deadline);
        return margin >= 0 ? QCoreApplication::translate("ContentCommon", "Met: sent %1 before the deadline")
                                 .arg(formatDuration(margin))
                           : QCoreApplication::translate("ContentCommon", "Met late: sent %1 after the deadline")
                                 .arg(formatDuration(-margin));
    }
    case ClockStatus::State::Waived:
        return QCoreApplication::translate("ContentCommon", "Not notified (documented decision)");
    }
    return {};
}

QString verificationText(Verification v)
{
    switch (v) {
    case Verification::NotVerified: return QCoreApplication::translate("ContentCommon", "Not verified");
    case Verification::Verified: return QCoreApplication::translate("ContentCommon", "Verified: hashes match");
    case Verification::Mismatch: return QCoreApplication::translate("ContentCommon", "MISMATCH: hashes differ");
    case Verification::Failed: return QCoreApplication::translate("ContentCommon", "Verification failed");
    }
    return {};
}

QString stepStateText(IncidentStep::State s)
{
    switch (s) {
    case IncidentStep::State::Open: return QCoreApplication::translate("ContentCommon", "Open");
    case IncidentStep::State::Done: return QCoreApplication::translate("ContentCommon", "Done");
    case IncidentStep::State::Skipped: return QCoreApplication::translate("ContentCommon", "Skipped");
    }
    return {};
}

QString contactPartyText(const QString &partyType)
{
    if (partyType == QLatin1String("law-enforcement"))
        return QCoreApplication::translate("ContentCommon", "Law enforcement");
    QString s = partyType;
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return {};
}

} // namespace

QVariantList evidenceRows(const ContentInput &in)
{
    QVariantList out;
    const TimeFormat &t = in.time;
    for (const EvidenceItem &e : in.facts.evidence) {
        const QJsonObject d = e.details;
        const QJsonObject src = d.value(QStringLiteral("source")).toObject();
        const QJsonObject dev = src.value(QStringLiteral("device")).toObject();
        const QJsonObject wp = d.value(QStringLiteral("write_protection")).toObject();
        QStringList identity;
        for (const char *key : {"vendor", "model", "serial", "wwid"}) {
            const QString v = jsonText(dev.value(QLatin1String(key)));
            if (!v.isEmpty())
                identity << QStringLiteral("%1 %2").arg(QLatin1String(key), v);
        }
        if (const qint64 sector = dev.value(QStringLiteral("logical_sector_size")).toInteger(); sector > 0)
            identity << QCoreApplication::translate("ContentCommon", "sector size %1 bytes").arg(sector);
        const qint64 bad = d.value(QStringLiteral("bad_sector_count")).toInteger();
        const QVariantMap item = row({
            {"number", e.evidenceNumber},
            {"description", orDash(e.description)},
            {"kind", e.kind == EvidenceKind::Image ? QCoreApplication::translate("ContentCommon", "Byte-for-byte image")
                                                   : QCoreApplication::translate("ContentCommon", "File")},
            {"source", orDash(e.source)},
            {"sourceIdentity", identity.join(QStringLiteral(", "))},
            {"host", jsonText(d.value(QStringLiteral("host")))},
            {"location", orDash(e.imagePath)},
            {"size", formatBytes(e.sizeBytes)},
            {"examiner", orDash(e.examiner)},
            {"started", t.both(e.startedAt)},
            {"ended", t.both(e.endedAt)},
            {"startedUtc", t.utcSeconds(e.startedAt)},
            {"endedUtc", t.utcSeconds(e.endedAt)},
            {"registered", t.both(e.registeredAt)},
            {"md5", orDash(e.md5)},
            {"sha1", orDash(e.sha1)},
            {"sha256", orDash(e.sha256)},
            {"verification", verificationText(e.verification)},
            {"verificationProblem", e.verification == Verification::Mismatch || e.verification == Verification::Failed},
            {"tool", jsonText(d.value(QStringLiteral("tool")))},
            {"writeProtection", jsonText(wp.value(QStringLiteral("summary")))},
            {"badSectors",
             d.contains(QStringLiteral("bad_sector_count"))
                 ? (bad == 0 ? QStringLiteral("none")
                             : QCoreApplication::translate("ContentCommon", "%1 (filled with zeros)").arg(bad))
                 : QString()},
            {"log", jsonText(d.value(QStringLiteral("log_info")))},
        });
        out << item;
    }
    return out;
}

QVariantList notificationRows(const ContentInput &in, const Redactor &redact)
{
    QVariantList out;
    const TimeFormat &t = in.time;
    for (const ClockStatus &c : in.facts.clocks) {
        QVariantList notices;
        QString firstSent, firstReference;
        for (const Notice &n : c.notices) {
            notices << row(
                {{"phase", n.phase == QLatin1String("initial")
                               ? QCoreApplication::translate("ContentCommon", "Initial")
                               : QCoreApplication::translate("ContentCommon", "Supplement")},
                 {"sent", t.both(n.sentAt)},
                 {"sentUtc", t.utcBare(n.sentAt)},
                 {"recipient", redact(orDash(n.recipient))},
                 {"channel", orDash(n.channel)},
                 {"reference", orDash(n.reference)},
                 {"delayReason", redact(n.delayReason)},
                 {"late", c.deadline.isValid() && n.phase == QLatin1String("initial") && n.sentAt > c.deadline}});
            if (firstSent.isEmpty()) {
                firstSent = t.utcBare(n.sentAt);
                firstReference = n.reference;
            }
        }
        out << row({
            {"title", shipped::text(c.rule.title)},
            {"regime", shipped::text(c.rule.regime)},
            {"recipient", shipped::text(c.rule.recipient)},
            {"trigger", c.triggerAt.isValid() ? t.utcBare(c.triggerAt)
                                              : QCoreApplication::translate("ContentCommon", "not started")},
            {"started", c.triggerAt.isValid()
                            ? QCoreApplication::translate("ContentCommon", "started %1").arg(t.utcBare(c.triggerAt))
                            : QCoreApplication::translate("ContentCommon", "not started yet")},
            {"deadline", c.deadline.isValid() ? t.utcBare(c.deadline)
                         : c.state == ClockStatus::State::NoLimit
                             ? QCoreApplication::translate("ContentCommon", "without undue delay")
                             : QStringLiteral("—")},
            {"deadlineLocal", c.deadline.isValid() ? t.local(c.deadline) : QString()},
            {"sent", firstSent.isEmpty() ? QCoreApplication::translate("ContentCommon", "not sent") : firstSent},
            {"reference", orDash(firstReference)},
            {"outcome", clockOutcome(c, in.now)},
            {"overdue", c.state == ClockStatus::State::Overdue || c.state == ClockStatus::State::MetLate},
            {"notices", notices},
            {"sentAny", !notices.isEmpty()},
            {"waived", c.waiver.has_value()},
            {"waiverException", c.waiver ? orDash(c.waiver->exception) : QString()},
            {"waiverJustification", c.waiver ? redact(c.waiver->justification) : QString()},
            {"waiverBy", c.waiver ? c.waiver->decidedBy : QString()},
        });
    }
    return out;
}

QVariantList contactRows(const ContentInput &in, bool lawEnforcementOnly)
{
    QVariantList out;
    for (const ContactEntry &c : in.facts.contacts) {
        if (lawEnforcementOnly && !c.lawEnforcement())
            continue;
        out << row({{"time", in.time.utcBare(c.at)},
                    {"party", contactPartyText(c.partyType)},
                    {"lawEnforcement", c.lawEnforcement()},
                    {"organisation", orDash(c.organisation)},
                    {"person", orDash(c.person)},
                    {"reference", orDash(c.caseReference)},
                    {"channel", orDash(c.channel)},
                    {"summary", orDash(c.summary)},
                    {"recordedBy", orDash(c.recordedBy)}});
    }
    return out;
}

QVariantList systemRows(const ContentInput &in)
{
    QVariantList out;
    for (const AffectedSystem &s : in.facts.systems)
        out << row({{"hostname", orDash(s.hostname)},
                    {"ip", orDash(s.ipAddress)},
                    {"mac", orDash(s.macAddress)},
                    {"owner", orDash(s.owner)},
                    {"location", orDash(s.location)}});
    return out;
}

} // namespace firebreak::documents
