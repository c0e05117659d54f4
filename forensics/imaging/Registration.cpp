#include "Registration.h"

#include "AcquisitionLog.h"
#include "ImageWriter.h"

#include "model/evidence/AcquisitionService.h"

#include <QJsonArray>
#include <QTimeZone>

namespace firebreak {

Result<QString> reserveEvidenceNumber(const CaseStore &store, const QString &incidentId, const QString &wanted)
{
    auto items = store.evidence(incidentId);
    if (!items)
        return items.error();
    if (auto inc = store.incident(incidentId); !inc)
        return inc.error();
    QStringList used;
    for (const EvidenceItem &e : *items)
        used << e.evidenceNumber;
    if (!wanted.trimmed().isEmpty()) {
        if (used.contains(wanted.trimmed()))
            return Error{Error::Kind::Conflict,
                         QStringLiteral("evidence number %1 is already used in %2; choose another")
                             .arg(wanted.trimmed(), incidentId)};
        return wanted.trimmed();
    }
    for (qsizetype k = items->size() + 1;; ++k) {
        const QString candidate = QStringLiteral("E-%1").arg(k, 3, 10, QLatin1Char('0'));
        if (!used.contains(candidate))
            return candidate;
    }
}

EvidenceItem evidenceItemFor(const AcquisitionReport &r)
{
    const ImagingOptions &o = r.options;
    EvidenceItem e;
    e.incidentId = o.caseInfo.incidentId;
    e.evidenceNumber = o.caseInfo.evidenceId;
    e.kind = EvidenceKind::Image;
    e.description = o.caseInfo.description;
    e.source = r.source.path;
    e.imagePath = r.segments.isEmpty() ? o.destination : r.segments.first().path;
    e.sizeBytes = r.bytesAcquired;
    e.md5 = r.hashes.value(HashAlgorithm::Md5);
    e.sha1 = r.hashes.value(HashAlgorithm::Sha1);
    e.sha256 = r.hashes.value(HashAlgorithm::Sha256);
    if (r.imageVerification.requested)
        e.verification = r.imageVerification.matched     ? Verification::Verified
                         : r.imageVerification.performed ? Verification::Mismatch
                                                         : Verification::Failed;
    if (r.sourceVerification.requested && !r.sourceVerification.matched)
        e.verification = r.sourceVerification.performed ? Verification::Mismatch : Verification::Failed;
    e.examiner = o.caseInfo.examiner;
    e.system = o.caseInfo.system;
    e.startedAt = r.startedUtc;
    e.endedAt = r.endedUtc;
    // An image is collected when its acquisition starts (in this machine's zone).
    e.collectedAt = r.startedUtc;
    e.collectedZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());

    // Everything the acquisition log holds that the register has no column
    // for; the log files themselves stay the authoritative record.
    const QJsonObject log = acquisitionLogJson(r);
    QJsonObject d;
    for (const char *key : {"outcome", "tool", "host", "source", "write_protection", "bad_sectors", "bad_sector_count",
                            "hashes", "image_verification", "source_verification", "split_size", "segments",
                            "hash_files", "acquisition_ended_utc", "bytes_expected", "direct_io"})
        d.insert(QLatin1String(key), log.value(QLatin1String(key)));
    d.insert(QStringLiteral("media_location"), o.caseInfo.mediaLocation);
    // "raw" or "e01": how evidence verify re-reads imagePath (libewf for e01).
    d.insert(QStringLiteral("format"), imageFormatKey(o.format));
    if (o.format == ImageFormat::E01)
        d.insert(QStringLiteral("ewf"), log.value(QStringLiteral("ewf")));
    d.insert(QStringLiteral("log_info"), r.infoPath);
    d.insert(QStringLiteral("log_json"), r.jsonPath);
    e.details = d;
    return e;
}

Result<EvidenceItem> registerAcquisition(CaseStore &store, const AcquisitionReport &r, qint64 acquisitionId)
{
    if (!r.imageComplete())
        return Error::failed(
            QStringLiteral("the acquisition of %1 did not complete; only complete images are registered")
                .arg(r.source.path));
    if (acquisitionId <= 0)
        return store.registerEvidence(evidenceItemFor(r));
    AcquisitionService service(store);
    return store.registerEvidence(evidenceItemFor(r), service.endInTransaction(acquisitionRecordFor(r, acquisitionId)));
}

AcquisitionRecord acquisitionRecordFor(const AcquisitionReport &r, qint64 acquisitionId)
{
    const ImagingOptions &o = r.options;
    AcquisitionRecord a;
    a.id = acquisitionId;
    a.incidentId = o.caseInfo.incidentId;
    a.evidenceNumber = o.caseInfo.evidenceId;
    a.source = r.source.path.isEmpty() ? o.source : r.source.path;
    a.destination = o.format == ImageFormat::E01 ? o.destination + QStringLiteral(".E01") : o.destination;
    a.workPath = !r.segments.isEmpty()          ? r.segments.first().path
                 : o.format == ImageFormat::E01 ? o.destination + QStringLiteral(".incomplete.E01")
                                                : segmentPaths(o.destination, r.bytesExpected, o.splitSize).value(0) +
                                                      QStringLiteral(".incomplete");
    a.logPath = r.infoPath;
    a.examiner = o.caseInfo.examiner;
    a.process = ProcessIdentity::current();
    a.startedAt = r.startedUtc;
    a.bytesExpected = r.bytesExpected;
    a.state = r.imageComplete()                         ? AcquisitionRecord::State::Complete
              : r.outcome == ImagingOutcome::Cancelled  ? AcquisitionRecord::State::Cancelled
              : r.outcome == ImagingOutcome::InProgress ? AcquisitionRecord::State::Running
                                                        : AcquisitionRecord::State::Failed;
    a.outcome = imagingOutcomeKey(r.outcome);
    a.endedAt = r.endedUtc.isValid() ? r.endedUtc : QDateTime();
    a.bytesAcquired = r.bytesAcquired;
    a.error = r.error;
    return a;
}

Result<qint64> recordAcquisitionStart(CaseStore &store, const AcquisitionReport &started)
{
    AcquisitionService service(store);
    auto rec = service.recordStart(acquisitionRecordFor(started));
    if (!rec)
        return rec.error();
    return rec->id;
}

Status recordAcquisitionEnd(CaseStore &store, const AcquisitionReport &r, qint64 acquisitionId)
{
    AcquisitionRecord a = acquisitionRecordFor(r, acquisitionId);
    if (!a.endedAt.isValid())
        a.endedAt = store.clock().nowUtc();
    if (a.state == AcquisitionRecord::State::Running)
        a.state = AcquisitionRecord::State::Failed;
    return AcquisitionService(store).recordEnd(a);
}

} // namespace firebreak
