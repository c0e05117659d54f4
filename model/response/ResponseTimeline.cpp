// ResponseService: the merged incident timeline and the closure rules.

#include "ResponseService.h"

#include "../ShippedTexts.h"
#include "../clocks/ClockService.h"
#include "../storage/ResponseRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace firebreak {

namespace {
// Timeline and closure texts are in the interface language (English for the CLI).

// "LAW ENFORCEMENT contact with OFAC (in person): Complaint filed".
QString contactText(const ContactEntry &c)
{
    const QString party = c.lawEnforcement() ? QCoreApplication::translate("Timeline", "LAW ENFORCEMENT")
                                             : contactPartyLabel(c.partyType);
    const QString channel =
        c.channel.isEmpty() ? QCoreApplication::translate("Timeline", "channel not recorded") : c.channel;
    if (c.organisation.isEmpty())
        return QCoreApplication::translate("Timeline", "%1 contact (%2): %3").arg(party, channel, c.summary);
    return QCoreApplication::translate("Timeline", "%1 contact with %2 (%3): %4")
        .arg(party, c.organisation, channel, c.summary);
}
} // namespace

Result<QList<TimelineEvent>> ResponseService::timeline(const QString &incidentId) const
{
    auto inc = m_store.incident(incidentId);
    if (!inc)
        return inc.error();
    auto log = m_store.auditLog(incidentId);
    auto notes = ResponseService::notesOf(incidentId);
    auto cont = containment(incidentId);
    auto rec = recovery(incidentId);
    auto con = contacts(incidentId);
    auto evid = m_store.evidence(incidentId);
    auto st = steps(incidentId);
    for (const Status &s : {Status(log ? Status() : log.error()), Status(notes ? Status() : notes.error()),
                            Status(cont ? Status() : cont.error()), Status(rec ? Status() : rec.error()),
                            Status(con ? Status() : con.error()), Status(evid ? Status() : evid.error()),
                            Status(st ? Status() : st.error())})
        if (!s)
            return s.error();

    // Link each record to the audit entry that wrote it (latest wins for
    // objects changed several times, like steps).
    QHash<QString, qint64> seqOf;
    for (const AuditEntry &e : *log)
        seqOf.insert(e.object, e.seq);
    auto seq = [&](const QString &object) { return seqOf.value(object, 0); };

    QList<TimelineEvent> out;
    auto add = [&](const QDateTime &at, const QString &kind, const QString &text, const QString &source, qint64 s,
                   const QString &confidence = QStringLiteral("confirmed"), bool le = false) {
        if (at.isValid())
            out << TimelineEvent{at, kind, text, source, confidence, s, le};
    };
    const QString id = incidentId;
    add(inc->detectedAt, QStringLiteral("incident"), QCoreApplication::translate("Timeline", "Incident detected"),
        QCoreApplication::translate("Timeline", "incident record"), seq(id));
    add(inc->awareAt, QStringLiteral("incident"), QCoreApplication::translate("Timeline", "Awareness reached"),
        QCoreApplication::translate("Timeline", "incident record"), 0);
    add(inc->createdAt, QStringLiteral("incident"),
        QCoreApplication::translate("Timeline", "Incident opened: %1").arg(inc->title), inc->commander, seq(id));
    for (const TimelineNote &n : *notes)
        add(n.at, QStringLiteral("note"), n.text, n.source.isEmpty() ? n.recordedBy : n.source,
            seq(QStringLiteral("%1/note/%2").arg(id).arg(n.id)), n.confidence);
    for (const ContainmentAction &a : *cont)
        add(a.performedAt, QStringLiteral("containment"),
            a.verification.isEmpty() ? QCoreApplication::translate("Timeline", "%1: %2").arg(a.system, a.action)
                                     : QCoreApplication::translate("Timeline", "%1: %2 (verified: %3)")
                                           .arg(a.system, a.action, a.verification),
            a.performedBy, seq(QStringLiteral("%1/containment/%2").arg(id).arg(a.id)));
    for (const RecoveryAction &a : *rec)
        add(a.performedAt, QStringLiteral("recovery"),
            (a.kind == QLatin1String("service-restored")
                 ? QCoreApplication::translate("Timeline", "Service restored: %1")
             : a.kind == QLatin1String("verified-clean") ? QCoreApplication::translate("Timeline", "Verified clean: %1")
                                                         : QStringLiteral("%1"))
                .arg((a.system.isEmpty() ? QString() : a.system + QStringLiteral(": ")) + a.description),
            a.performedBy, seq(QStringLiteral("%1/recovery/%2").arg(id).arg(a.id)));
    for (const ContactEntry &c : *con)
        add(c.at, QStringLiteral("contact"), contactText(c), c.recordedBy,
            seq(QStringLiteral("%1/contact/%2").arg(id).arg(c.id)), QStringLiteral("confirmed"), c.lawEnforcement());
    for (const EvidenceItem &e : *evid)
        add(e.endedAt.isValid() ? e.endedAt : e.registeredAt, QStringLiteral("evidence"),
            QCoreApplication::translate("Timeline", "Evidence %1 registered: %2 (SHA-256 %3)")
                .arg(e.evidenceNumber, e.description, e.sha256.left(16)),
            e.examiner, seq(QStringLiteral("%1/evidence/%2").arg(id, e.evidenceNumber)));
    for (const IncidentStep &s : *st)
        if (s.state != IncidentStep::State::Open)
            add(s.doneAt, QStringLiteral("step"),
                (s.state == IncidentStep::State::Done ? QCoreApplication::translate("Timeline", "Step done: %1")
                                                      : QCoreApplication::translate("Timeline", "Step skipped: %1"))
                    .arg(s.note.isEmpty() ? shipped::text(s.title)
                                          : shipped::text(s.title) + QStringLiteral(" — ") + s.note),
                s.doneBy, seq(QStringLiteral("%1/step/%2").arg(id, s.stepId)));
    if (m_clocks) {
        auto clocks = m_clocks->clocks(incidentId);
        if (clocks)
            for (const ClockStatus &c : *clocks)
                for (const Notice &n : c.notices)
                    add(n.sentAt, QStringLiteral("notice"),
                        (n.reference.isEmpty()
                             ? QCoreApplication::translate("Timeline", "%1: notice sent to %2 (%3)")
                             : QCoreApplication::translate("Timeline", "%1: notice sent to %2 (%3), ref. %4"))
                            .arg(shipped::text(c.rule.title), n.recipient, n.phase, n.reference),
                        n.recordedBy, 0);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    return out;
}

Result<QList<TimelineNote>> ResponseService::notesOf(const QString &incidentId) const
{
    QSqlDatabase db = m_store.readConnection();
    return ResponseRepository::notes(db, incidentId);
}

QString timelineToCsv(const QList<TimelineEvent> &events)
{
    auto field = [](QString v) {
        // RFC 4180 quoting; a leading =,+,-,@ is neutralised so a
        // spreadsheet never runs a cell from incident data as a formula.
        if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
            v.prepend(QLatin1Char('\''));
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    };
    QString out = QStringLiteral("time_utc,kind,text,source,confidence,law_enforcement,audit_seq\r\n");
    for (const TimelineEvent &e : events)
        out += QStringList{toIsoUtc(e.at),
                           field(e.kind),
                           field(e.text),
                           field(e.source),
                           field(e.confidence),
                           e.lawEnforcement ? QStringLiteral("yes") : QStringLiteral("no"),
                           e.auditSeq ? QString::number(e.auditSeq) : QString()}
                   .join(QLatin1Char(',')) +
               QStringLiteral("\r\n");
    return out;
}

Result<QStringList> ResponseService::closureBlockers(const QString &incidentId) const
{
    auto inc = m_store.incident(incidentId);
    if (!inc)
        return inc.error();
    QStringList blockers;
    auto st = steps(incidentId);
    if (!st)
        return st.error();
    for (const IncidentStep &s : *st)
        if (s.mandatory && s.state == IncidentStep::State::Open)
            blockers << QCoreApplication::translate("Timeline", "mandatory step open: %1 (%2)")
                            .arg(shipped::text(s.title), phaseLabel(s.phase));
    auto r = rca(incidentId);
    if (!r)
        return r.error();
    if (r->rootCause.trimmed().isEmpty())
        blockers << QCoreApplication::translate("Timeline", "the root-cause analysis has no root cause");
    if (m_clocks) {
        auto clocks = m_clocks->clocks(incidentId);
        if (!clocks)
            return clocks.error();
        for (const ClockStatus &c : *clocks)
            if (c.open())
                blockers << QCoreApplication::translate("Timeline", "notification clock unresolved: %1 (%2)")
                                .arg(shipped::text(c.rule.title), clockStateLabel(c.state));
    } else {
        blockers << QCoreApplication::translate("Timeline",
                                                "notification clocks could not be checked (no rules loaded)");
    }
    auto ev = m_store.evidence(incidentId);
    if (!ev)
        return ev.error();
    for (const EvidenceItem &e : *ev)
        if (e.verification == Verification::Mismatch || e.verification == Verification::Failed)
            blockers << QCoreApplication::translate("Timeline", "evidence %1 failed its last verification (%2)")
                            .arg(e.evidenceNumber, verificationKey(e.verification));
    return blockers;
}

Status ResponseService::close(const QString &incidentId, const QString &summary)
{
    auto blockers = closureBlockers(incidentId);
    if (!blockers)
        return blockers.error();
    auto inc = m_store.incident(incidentId);
    if (!inc)
        return inc.error();
    if (inc->status == IncidentStatus::Closed)
        return Error{Error::Kind::Conflict, QStringLiteral("%1 is already closed").arg(incidentId)};
    if (!blockers->isEmpty())
        return Error{Error::Kind::Conflict, QStringLiteral("%1 cannot be closed yet:\n  - %2")
                                                .arg(incidentId, blockers->join(QStringLiteral("\n  - ")))};
    Incident edited = *inc;
    edited.status = IncidentStatus::Closed;
    edited.closedAt = m_store.clock().nowUtc();
    edited.phase = Phase::Report;
    auto saved =
        m_store.updateIncident(edited, summary.trimmed().isEmpty() ? QStringLiteral("incident closed") : summary);
    if (!saved)
        return saved.error();
    return {};
}

Status ResponseService::reopen(const QString &incidentId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::usage(QStringLiteral("reopening %1 needs a reason").arg(incidentId));
    auto inc = m_store.incident(incidentId);
    if (!inc)
        return inc.error();
    if (inc->status != IncidentStatus::Closed)
        return Error{Error::Kind::Conflict, QStringLiteral("%1 is not closed").arg(incidentId)};
    Incident edited = *inc;
    edited.status = IncidentStatus::Open;
    edited.closedAt = {};
    auto saved = m_store.updateIncident(edited, QStringLiteral("reopened: ") + reason.trimmed());
    if (!saved)
        return saved.error();
    return {};
}

} // namespace firebreak
