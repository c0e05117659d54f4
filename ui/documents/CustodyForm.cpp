// Data of the chain-of-custody form (RFC 3227 §4, NIST SP 800-61r2
// §3.3.2). Firebreak's register knows who collected each item, when, from
// where, and where the image is stored; it has no custody-transfer records
// yet, so the form pre-fills what is known and leaves ruled rows for each
// hand-over, to be completed and signed on paper.

#include "Content.h"

namespace firebreak::documents {

Result<QVariantMap> custodyContext(const ContentInput &in)
{
    const IncidentFacts &f = in.facts;
    const TimeFormat &t = in.time;
    const QString wanted = in.options.evidenceNumber.trimmed();
    if (f.evidence.isEmpty())
        return Error::notFound(
            QStringLiteral("%1 has no evidence items yet, so there is no custody form to print").arg(f.incident.id));
    const QVariantList all = evidenceRows(in);
    QVariantList forms;
    QStringList known;
    for (qsizetype i = 0; i < f.evidence.size(); ++i) {
        const EvidenceItem &e = f.evidence.at(i);
        known << e.evidenceNumber;
        if (!wanted.isEmpty() && e.evidenceNumber.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        QVariantMap form = all.at(i).toMap();
        QVariantList entries;
        const QString acquired = e.kind == EvidenceKind::Image ? QStringLiteral("Acquired (byte-for-byte image)")
                                                               : QStringLiteral("Collected (file copy)");
        QString where = e.source;
        const QString host = form.value(QStringLiteral("host")).toString();
        if (!host.isEmpty())
            where += QStringLiteral(" on %1").arg(host);
        entries << row({{"n", 1},
                        {"when", QStringLiteral("%1 to %2").arg(t.both(e.startedAt), t.both(e.endedAt))},
                        {"action", acquired},
                        {"by", orDash(e.examiner)},
                        {"detail", QStringLiteral("From %1").arg(orDash(where))}});
        entries << row({{"n", 2},
                        {"when", t.both(e.registeredAt)},
                        {"action", QStringLiteral("Entered in the evidence register")},
                        {"by", orDash(e.examiner)},
                        {"detail", QStringLiteral("Stored at %1").arg(orDash(e.imagePath))}});
        form.insert(QStringLiteral("entries"), entries);
        form.insert(QStringLiteral("first"), forms.isEmpty());
        forms << form;
    }
    if (forms.isEmpty())
        return Error::notFound(QStringLiteral("%1 has no evidence item '%2' (its items: %3)")
                                   .arg(f.incident.id, wanted, known.join(QStringLiteral(", "))));
    QVariantMap ctx = commonContext(in, Redactor(f, false));
    ctx.insert(QStringLiteral("forms"), forms);
    ctx.insert(QStringLiteral("formCount"), qint64(forms.size()));
    return ctx;
}

} // namespace firebreak::documents
