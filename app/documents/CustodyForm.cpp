// Data of the chain-of-custody form (RFC 3227 §4, NIST SP 800-61r2
// §3.3.2). The custody record lists every entry of the item's chain as the
// register holds it (collection, transfers, examinations, storage changes,
// returns), recorded transfers fill the hand-over table, and ruled rows stay
// below them for hand-overs still to be written and signed on paper.

#include "Content.h"

#include <QCoreApplication>

namespace firebreak::documents {

namespace {

QString actionText(const QString &action)
{
    if (action == QLatin1String("transferred"))
        return QCoreApplication::translate("CustodyForm", "Transferred");
    if (action == QLatin1String("examined"))
        return QCoreApplication::translate("CustodyForm", "Examined");
    if (action == QLatin1String("stored"))
        return QCoreApplication::translate("CustodyForm", "Stored (storage changed)");
    if (action == QLatin1String("returned"))
        return QCoreApplication::translate("CustodyForm", "Returned");
    if (action == QLatin1String("released"))
        return QCoreApplication::translate("CustodyForm", "Released");
    return action;
}

// The reader's zone with UTC, plus the zone the time was given in when it
// differs (a transfer logged by a lab abroad).
QString whenGiven(const TimeFormat &t, const CustodyEvent &c)
{
    QString when = t.both(c.at);
    if (!c.zone.isEmpty() && c.zone.toUtf8() != t.zone().id())
        when += QCoreApplication::translate("CustodyForm", ", given in %1").arg(c.zone);
    return when;
}

QString detailOf(const CustodyEvent &c, const QString &from)
{
    QStringList parts;
    if (!from.isEmpty())
        parts << QCoreApplication::translate("CustodyForm", "From %1").arg(from);
    if (!c.purpose.isEmpty())
        parts << QCoreApplication::translate("CustodyForm", "Purpose: %1").arg(c.purpose);
    if (!c.location.isEmpty() && c.location != from)
        parts << QCoreApplication::translate("CustodyForm", "At %1").arg(c.location);
    if (!c.method.isEmpty())
        parts << QCoreApplication::translate("CustodyForm", "Method: %1").arg(c.method);
    if (!c.notes.isEmpty())
        parts << c.notes;
    // A hand-off recorded from someone the chain did not show as holder
    // says so on the form: the court reads the reason, not a silent gap.
    if (!c.overrideReason.isEmpty())
        parts << QCoreApplication::translate("CustodyForm", "Recorded although the giver did not hold it by this "
                                                            "record: %1")
                     .arg(c.overrideReason);
    if (!c.recordedBy.isEmpty())
        parts << QCoreApplication::translate("CustodyForm", "Recorded by %1").arg(c.recordedBy);
    return parts.join(QStringLiteral(". "));
}

} // namespace

Result<QVariantMap> custodyContext(const ContentInput &in)
{
    const IncidentFacts &f = in.facts;
    const TimeFormat &t = in.time;
    const QString wanted = in.options.evidenceNumber.trimmed();
    if (f.evidence.isEmpty())
        return Error::notFound(QCoreApplication::translate(
                                   "CustodyForm", "%1 has no evidence items yet, so there is no custody form to print")
                                   .arg(f.incident.id));
    const QVariantList all = evidenceRows(in);
    QVariantList forms;
    QStringList known;
    for (qsizetype i = 0; i < f.evidence.size(); ++i) {
        const EvidenceItem &e = f.evidence.at(i);
        known << e.evidenceNumber;
        if (!wanted.isEmpty() && e.evidenceNumber.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        QVariantMap form = all.at(i).toMap();
        QVariantList entries, transfers;
        QString where = e.source;
        const QString host = form.value(QStringLiteral("host")).toString();
        if (!host.isEmpty())
            where += QCoreApplication::translate("CustodyForm", " on %1").arg(host);
        auto add = [&](const QString &when, const QString &action, const QString &by, const QString &detail) {
            entries << row({{"n", qint64(entries.size() + 1)},
                            {"when", when},
                            {"action", action},
                            {"by", orDash(by)},
                            {"detail", orDash(detail)}});
        };
        if (e.kind == EvidenceKind::Image)
            add(QCoreApplication::translate("CustodyForm", "%1 to %2").arg(t.both(e.startedAt), t.both(e.endedAt)),
                QCoreApplication::translate("CustodyForm", "Acquired (byte-for-byte image)"), e.examiner,
                QCoreApplication::translate("CustodyForm", "From %1").arg(orDash(where)));
        bool registered = false;
        auto addRegistered = [&] {
            add(t.both(e.registeredAt), QCoreApplication::translate("CustodyForm", "Entered in the evidence register"),
                e.examiner, QCoreApplication::translate("CustodyForm", "Stored at %1").arg(orDash(e.imagePath)));
            registered = true;
        };
        for (const CustodyEvent &c : f.custody) {
            if (c.evidenceNumber != e.evidenceNumber)
                continue;
            if (c.action == QLatin1String("collected")) {
                // For an image the acquisition row above is the collection.
                if (e.kind == EvidenceKind::File)
                    add(whenGiven(t, c), QCoreApplication::translate("CustodyForm", "Collected"), c.toParty,
                        detailOf(c, where));
                addRegistered();
                continue;
            }
            if (!registered)
                addRegistered();
            const QString by =
                c.action == QLatin1String("transferred")
                    ? QCoreApplication::translate("CustodyForm", "%1 to %2").arg(orDash(c.fromParty), orDash(c.toParty))
                    : (c.toParty.isEmpty() ? c.recordedBy : c.toParty);
            add(whenGiven(t, c), actionText(c.action), by, detailOf(c, {}));
            if (c.action == QLatin1String("transferred"))
                transfers << row({{"when", whenGiven(t, c)},
                                  {"from", c.fromParty},
                                  {"to", c.toParty},
                                  {"purpose", orDash(c.purpose)},
                                  {"method", orDash(c.method)},
                                  {"location", orDash(c.location)}});
        }
        if (!registered)
            addRegistered();
        if (const auto &h = in.options.handover) {
            // The transfer this form travels with: recorded once the package is complete.
            const QString what = QCoreApplication::translate("CustodyForm", "Transferred (this handover)");
            add(whenGiven(t, *h), what,
                QCoreApplication::translate("CustodyForm", "%1 to %2").arg(orDash(h->fromParty), orDash(h->toParty)),
                detailOf(*h, {}));
            transfers << row({{"when", whenGiven(t, *h) + QLatin1Char(' ') +
                                           QCoreApplication::translate("CustodyForm", "(this handover)")},
                              {"from", h->fromParty},
                              {"to", h->toParty},
                              {"purpose", orDash(h->purpose)},
                              {"method", orDash(h->method)},
                              {"location", orDash(h->location)}});
        }
        form.insert(QStringLiteral("hasTransfers"), !transfers.isEmpty());
        form.insert(QStringLiteral("transfers"), transfers);
        form.insert(QStringLiteral("entries"), entries);
        form.insert(QStringLiteral("first"), forms.isEmpty());
        forms << form;
    }
    if (forms.isEmpty())
        return Error::notFound(
            QCoreApplication::translate("CustodyForm", "%1 has no evidence item '%2' (its items: %3)")
                .arg(f.incident.id, wanted, known.join(QStringLiteral(", "))));
    QVariantMap ctx = commonContext(in, Redactor(f, false));
    ctx.insert(QStringLiteral("forms"), forms);
    ctx.insert(QStringLiteral("formCount"), qint64(forms.size()));
    return ctx;
}

} // namespace firebreak::documents
