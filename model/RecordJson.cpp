#include "RecordJson.h"

#include "Clock.h"

namespace firebreak::recordjson {

namespace {
QJsonValue utc(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue();
}
} // namespace

QJsonObject incident(const Incident &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("description"), i.description},
            {QStringLiteral("severity"), severityKey(i.severity)},
            {QStringLiteral("phase"), phaseKey(i.phase)},
            {QStringLiteral("status"), statusKey(i.status)},
            {QStringLiteral("commander"), i.commander},
            {QStringLiteral("created_utc"), utc(i.createdAt)},
            {QStringLiteral("detected_utc"), utc(i.detectedAt)},
            {QStringLiteral("aware_utc"), utc(i.awareAt)},
            {QStringLiteral("updated_utc"), utc(i.updatedAt)}};
}

QJsonObject evidenceItem(const EvidenceItem &e)
{
    return {{QStringLiteral("incident"), e.incidentId},
            {QStringLiteral("evidence_number"), e.evidenceNumber},
            {QStringLiteral("kind"), evidenceKindKey(e.kind)},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("source"), e.source},
            {QStringLiteral("path"), e.imagePath},
            {QStringLiteral("size_bytes"), e.sizeBytes},
            {QStringLiteral("md5"), e.md5},
            {QStringLiteral("sha1"), e.sha1},
            {QStringLiteral("sha256"), e.sha256},
            {QStringLiteral("verification"), verificationKey(e.verification)},
            {QStringLiteral("examiner"), e.examiner},
            {QStringLiteral("started_utc"), utc(e.startedAt)},
            {QStringLiteral("ended_utc"), utc(e.endedAt)},
            {QStringLiteral("collected_utc"), utc(e.collectedAt)},
            {QStringLiteral("collected_zone"), e.collectedZone},
            {QStringLiteral("registered_utc"), utc(e.registeredAt)},
            {QStringLiteral("storage_location"), e.storageLocation},
            {QStringLiteral("volatility"), e.volatility},
            {QStringLiteral("system"), e.system},
            {QStringLiteral("system_disk_image"), isSystemDiskImage(e)},
            {QStringLiteral("details"), e.details}};
}

QJsonObject custodyEvent(const CustodyEvent &c)
{
    return {{QStringLiteral("incident"), c.incidentId},
            {QStringLiteral("evidence_number"), c.evidenceNumber},
            {QStringLiteral("action"), c.action},
            {QStringLiteral("at_utc"), utc(c.at)},
            {QStringLiteral("zone"), c.zone},
            {QStringLiteral("from"), c.fromParty},
            {QStringLiteral("to"), c.toParty},
            {QStringLiteral("purpose"), c.purpose},
            {QStringLiteral("location"), c.location},
            {QStringLiteral("method"), c.method},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("override_reason"), c.overrideReason},
            {QStringLiteral("recorded_by"), c.recordedBy},
            {QStringLiteral("recorded_utc"), utc(c.recordedAt)}};
}

QJsonObject verificationEvent(const VerificationEvent &v)
{
    return {{QStringLiteral("incident"), v.incidentId},
            {QStringLiteral("evidence_number"), v.evidenceNumber},
            {QStringLiteral("at_utc"), utc(v.at)},
            {QStringLiteral("result"), verificationKey(v.result)},
            {QStringLiteral("md5"), v.md5},
            {QStringLiteral("sha1"), v.sha1},
            {QStringLiteral("sha256"), v.sha256},
            {QStringLiteral("details"), v.details},
            {QStringLiteral("verified_by"), v.verifiedBy}};
}

void addLegacyCliNames(QJsonObject &o)
{
    // Before 0.2 the CLI named these differently; readers get both until then.
    static const std::pair<const char *, const char *> renamed[] = {
        {"evidence_number", "number"},
        {"examiner", "collected_by"},
        {"collected_utc", "collected_at"},
        {"registered_utc", "registered_at"},
        {"at_utc", "at"},
        {"recorded_utc", "recorded_at"},
        {"created_utc", "created_at"},
        {"detected_utc", "detected_at"},
        {"aware_utc", "aware_at"},
        {"updated_utc", "updated_at"},
    };
    for (const auto &[now, before] : renamed) {
        const QString key = QLatin1String(now);
        if (o.contains(key) && !o.contains(QLatin1String(before)))
            o.insert(QLatin1String(before), o.value(key));
    }
}

} // namespace firebreak::recordjson
