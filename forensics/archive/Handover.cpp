#include "Handover.h"

#include "model/RecordJson.h"
#include "model/evidence/CustodyHolder.h"
#include "model/evidence/EvidenceService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace firebreak::archive {

namespace {

QString itemFormat(const EvidenceItem &e)
{
    const QString f = e.details.value(QStringLiteral("format")).toString();
    if (!f.isEmpty())
        return f;
    if (e.kind == EvidenceKind::File)
        return QStringLiteral("file");
    const QString suffix = QFileInfo(e.imagePath).suffix().toLower();
    return suffix == QLatin1String("e01") ? QStringLiteral("e01") : QStringLiteral("raw");
}

// The files holding an item's data, first segment first.
QStringList segmentsOf(const EvidenceItem &e, const QString &format)
{
    QStringList out;
    for (const QJsonValue &v : e.details.value(QStringLiteral("segments")).toArray()) {
        const QString p = v.isObject() ? v.toObject().value(QStringLiteral("path")).toString() : v.toString();
        if (!p.isEmpty())
            out << p;
    }
    if (!out.isEmpty())
        return out;
    if (format == QLatin1String("e01")) {
        // NAME.E01, NAME.E02, ... NAME.EAA: the set libewf would open.
        const QFileInfo first(e.imagePath);
        const QString base = first.completeBaseName();
        QStringList names = first.dir().entryList({base + QStringLiteral(".E??"), base + QStringLiteral(".e??")},
                                                  QDir::Files, QDir::Name);
        for (const QString &n : names)
            out << first.dir().filePath(n);
        if (!out.isEmpty())
            return out;
    }
    return {e.imagePath};
}

QByteArray auditExtract(const CaseStore &store, const QString &incidentId, QString *error)
{
    auto entries = store.auditLog(incidentId);
    auto verdict = store.verifyAudit();
    auto cps = store.checkpoints();
    if (!entries || !verdict || !cps) {
        *error = !entries ? entries.error().message : !verdict ? verdict.error().message : cps.error().message;
        return {};
    }
    QJsonArray arr;
    for (const AuditEntry &e : *entries)
        arr.append(audit::entryJson(e)); // the verifier's record, db_user included
    QJsonArray cpArr;
    for (const AuditCheckpoint &c : *cps)
        cpArr.append(QJsonObject{{QStringLiteral("number"), c.number},
                                 {QStringLiteral("at"), toIsoUtc(c.at)},
                                 {QStringLiteral("entries"), c.entries},
                                 {QStringLiteral("head_hash"), c.headHash},
                                 {QStringLiteral("key_fingerprint"), c.keyFingerprint},
                                 {QStringLiteral("signature"), c.signature}});
    const QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("firebreak.audit-extract/1")},
        {QStringLiteral("incident"), incidentId},
        {QStringLiteral("store_id"), store.storeId()},
        {QStringLiteral("domain_tag"), QString::fromLatin1(audit::kDomainTag)},
        {QStringLiteral("note"),
         QStringLiteral("The incident's entries of the store-wide hash chain: entry_hash = SHA-256(domain_tag 0x00 seq "
                        "0x00 prev_hash 0x00 canonical record); entries of other incidents sit between them. The "
                        "verdict covers the whole chain as checked when the package was made.")},
        {QStringLiteral("chain"),
         QJsonObject{{QStringLiteral("state"), verdict->intact() ? QStringLiteral("intact") : QStringLiteral("broken")},
                     {QStringLiteral("entries"), verdict->entries},
                     {QStringLiteral("head_hash"), verdict->headHash},
                     {QStringLiteral("first_bad_seq"), verdict->firstBadSeq},
                     {QStringLiteral("summary"), verdict->summary()},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(verdict->problems)}}},
        {QStringLiteral("checkpoints"), cpArr},
        {QStringLiteral("entries"), arr}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

Result<PackagePlan> planHandover(CaseStore &store, const HandoverRequest &req)
{
    auto incident = store.incident(req.incidentId);
    if (!incident)
        return incident.error();
    auto all = store.evidence(req.incidentId);
    if (!all)
        return all.error();
    if (req.recipient.trimmed().isEmpty())
        return Error::usage(QStringLiteral("name the recipient (agency, officer, reference) of the handover"));
    for (const QString &n : req.hashOnly)
        if (req.items.contains(n))
            return Error::usage(QStringLiteral("%1 is listed both to ship and as hash-only").arg(n));

    // Register order, whatever order the numbers were given in.
    const QStringList asked = req.items + req.hashOnly;
    for (const QString &n : asked)
        if (std::none_of(all->begin(), all->end(), [&](const EvidenceItem &e) { return e.evidenceNumber == n; }))
            return Error::notFound(QStringLiteral("%1 has no evidence item %2").arg(req.incidentId, n));
    QStringList wanted;
    for (const EvidenceItem &e : *all)
        if (asked.isEmpty() || asked.contains(e.evidenceNumber))
            wanted << e.evidenceNumber;
    if (wanted.isEmpty())
        return Error::usage(QStringLiteral("%1 has no evidence items to hand over").arg(req.incidentId));

    PackagePlan plan;
    ManifestHeader &h = plan.header;
    h.incidentId = req.incidentId;
    h.createdAt = store.clock().nowUtc();
    h.createdBy = req.examiner.trimmed().isEmpty() ? store.actor() : req.examiner.trimmed();
    h.recipient = req.recipient.trimmed();
    h.purpose = req.purpose.trimmed().isEmpty() ? QString(kDefaultPurpose) : req.purpose.trimmed();
    h.method = req.method.trimmed();

    EvidenceService service(store);
    QJsonArray custodyItems;
    QStringList notes;
    for (const QString &number : wanted) {
        auto it =
            std::find_if(all->begin(), all->end(), [&](const EvidenceItem &e) { return e.evidenceNumber == number; });
        if (it == all->end())
            return Error::notFound(QStringLiteral("%1 has no evidence item %2").arg(req.incidentId, number));
        const EvidenceItem &e = *it;
        const bool shipped = !req.hashOnly.contains(number);
        const QString dir = QStringLiteral("evidence/%1/").arg(safeComponent(number));
        ManifestItem mi{number,
                        evidenceKindKey(e.kind),
                        itemFormat(e),
                        shipped,
                        e.description,
                        e.sizeBytes,
                        e.md5,
                        e.sha1,
                        e.sha256,
                        {},
                        verificationKey(e.verification)};
        for (const QString &seg : segmentsOf(e, mi.format)) {
            if (!shipped) {
                mi.segments << QFileInfo(seg).fileName();
                continue;
            }
            if (const QFileInfo link(seg); link.isSymLink())
                return Error::failed(
                    QStringLiteral("%1 of %2: %3 has been replaced by a symbolic link to %4; it is not "
                                   "shipped (verify the item: the register names the file that was "
                                   "hashed, not a link)")
                        .arg(number, req.incidentId, seg, link.symLinkTarget()));
            if (!QFileInfo(seg).isFile())
                return Error::notFound(
                    QStringLiteral("%1 of %2: file %3 is missing; it cannot be shipped (hand it over as hash-only "
                                   "if it travels on separate media)")
                        .arg(number, req.incidentId, seg));
            const QString path = dir + safeComponent(QFileInfo(seg).fileName());
            mi.segments << path;
            plan.files.append({path, seg, {}, QStringLiteral("evidence"), number});
        }
        // The acquisition record travels with the item, shipped or not.
        QStringList logs;
        for (const char *key : {"log_info", "log_json"})
            if (const QString p = e.details.value(QLatin1String(key)).toString(); !p.isEmpty())
                logs << p;
        for (const QJsonValue &v : e.details.value(QStringLiteral("hash_files")).toArray())
            logs << v.toString();
        for (const QString &log : logs) {
            if (log.isEmpty())
                continue;
            if (const QFileInfo link(log); link.isSymLink())
                return Error::failed(QStringLiteral("%1 of %2: acquisition record %3 has been replaced by a symbolic "
                                                    "link to %4; it is not shipped")
                                         .arg(number, req.incidentId, log, link.symLinkTarget()));
            if (!QFileInfo(log).isFile())
                return Error::notFound(
                    QStringLiteral("%1 of %2: acquisition record %3 is missing").arg(number, req.incidentId, log));
            QString path = dir + safeComponent(QFileInfo(log).fileName());
            if (std::any_of(plan.files.begin(), plan.files.end(), [&](const PackageFile &f) { return f.path == path; }))
                continue;
            plan.files.append({path, log, {}, QStringLiteral("log"), number});
        }
        if (!shipped)
            notes << QStringLiteral("%1 is not in this package: its data travels on separate media (%2). Check it "
                                    "there against the hashes above and in MANIFEST.json.")
                         .arg(number, mi.segments.join(QStringLiteral(", ")));
        plan.items << mi;

        auto custody = service.custody(req.incidentId, number);
        if (!custody)
            return custody.error();
        // Refused before a byte is written: the transfer recorded after the
        // export must come from who holds the item (issue #21).
        if (const CustodyHolder holder = holderOf(*custody); shipped && !holder.party.isEmpty() &&
                                                             !sameParty(h.createdBy, holder.party) &&
                                                             req.overrideReason.trimmed().isEmpty())
            return Error{Error::Kind::Conflict,
                         QStringLiteral("%1 is held by \"%2\" by its chain of custody, not by \"%3\" who hands it "
                                        "over: hand it over as its holder, record the transfer to %3 first, or give "
                                        "the reason it is handed over anyway")
                             .arg(number, holder.party, h.createdBy)};
        QJsonArray events;
        for (const CustodyEvent &c : *custody)
            events.append(recordjson::custodyEvent(c));
        QJsonObject ci = recordjson::evidenceItem(e);
        ci.remove(QStringLiteral("path")); // where the examiner keeps it: not the recipient's business
        ci.insert(QStringLiteral("shipped_in_package"), shipped);
        ci.insert(QStringLiteral("custody"), events);
        custodyItems.append(ci);
    }
    const QJsonObject custody{
        {QStringLiteral("format"), QStringLiteral("firebreak.custody/1")},
        {QStringLiteral("incident"), req.incidentId},
        {QStringLiteral("incident_title"), incident->title},
        {QStringLiteral("handover"),
         QJsonObject{{QStringLiteral("action"), QStringLiteral("transferred")},
                     {QStringLiteral("at_utc"), toIsoUtc(h.createdAt)},
                     {QStringLiteral("from"), h.createdBy},
                     {QStringLiteral("to"), h.recipient},
                     {QStringLiteral("purpose"), h.purpose},
                     {QStringLiteral("method"), h.method},
                     {QStringLiteral("note"),
                      QStringLiteral("This transfer is recorded in the case file when the package is complete.")}}},
        {QStringLiteral("items"), custodyItems}};
    plan.files.append({QStringLiteral("custody/custody.json"),
                       {},
                       QJsonDocument(custody).toJson(QJsonDocument::Indented),
                       QStringLiteral("custody"),
                       {}});
    QString error;
    const QByteArray auditJson = auditExtract(store, req.incidentId, &error);
    if (auditJson.isEmpty())
        return Error::failed(QStringLiteral("cannot extract the audit trail of %1: %2").arg(req.incidentId, error));
    plan.files.append({QStringLiteral("audit/audit-trail.json"), {}, auditJson, QStringLiteral("audit"), {}});
    plan.readmeNotes = notes.join(QLatin1Char('\n'));
    return plan;
}

Status recordHandover(CaseStore &store, const HandoverRequest &req, const PackagePlan &plan, const ExportResult &result)
{
    EvidenceService service(store);
    QStringList shipped, hashOnly, recorded;
    for (const ManifestItem &i : plan.items)
        (i.shipped ? shipped : hashOnly) << i.evidenceNumber;
    const QString where = QFileInfo(result.path).fileName();
    for (const QString &number : shipped) {
        CustodyEvent c;
        c.incidentId = req.incidentId;
        c.evidenceNumber = number;
        c.action = QStringLiteral("transferred");
        c.zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        c.fromParty = plan.header.createdBy;
        c.overrideReason = req.overrideReason.trimmed();
        c.toParty = plan.header.recipient;
        c.purpose = plan.header.purpose;
        c.method = plan.header.method.isEmpty() ? QStringLiteral("evidence package %1").arg(where) : plan.header.method;
        c.notes = result.containerSha256.isEmpty()
                      ? QStringLiteral("package %1, manifest SHA-256 %2").arg(where, result.manifestSha256)
                      : QStringLiteral("package %1, SHA-256 of %1 %3, manifest SHA-256 %2")
                            .arg(where, result.manifestSha256, result.containerSha256);
        if (auto r = service.recordCustody(c); !r)
            return Error::failed(
                QStringLiteral("the package %1 is complete, but recording the transfer of %2 failed "
                               "(%3); transfers recorded: %4")
                    .arg(result.path, number, r.error().message,
                         recorded.isEmpty() ? QStringLiteral("none") : recorded.join(QStringLiteral(", "))));
        recorded << number;
    }
    return store.changeAndAudit([&](QSqlDatabase &) -> Result<AuditEvent> {
        return AuditEvent{QStringLiteral("archive.export"),
                          QStringLiteral("%1/archive/%2").arg(req.incidentId, result.packageName),
                          req.incidentId,
                          {{QStringLiteral("package"), result.path},
                           {QStringLiteral("manifest_sha256"), result.manifestSha256},
                           {QStringLiteral("container_sha256"), result.containerSha256},
                           {QStringLiteral("items"), QJsonArray::fromStringList(shipped)},
                           {QStringLiteral("hash_only"), QJsonArray::fromStringList(hashOnly)},
                           {QStringLiteral("recipient"), plan.header.recipient},
                           {QStringLiteral("purpose"), plan.header.purpose},
                           {QStringLiteral("method"), plan.header.method},
                           {QStringLiteral("files"), static_cast<qint64>(result.files.size())},
                           {QStringLiteral("payload_bytes"), result.payloadBytes},
                           {QStringLiteral("signed"), result.isSigned},
                           {QStringLiteral("signer_sha256"), result.signerFingerprint},
                           {QStringLiteral("encrypted"), result.encrypted},
                           {QStringLiteral("encrypted_to"), result.recipientSubject}}};
    });
}

} // namespace firebreak::archive
