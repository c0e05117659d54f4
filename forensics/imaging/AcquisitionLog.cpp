#include "AcquisitionLog.h"

#include "ByteSize.h"
#include "LogFile.h"
#include "forensics/ewf/EwfWriter.h"
#include "forensics/hash/Digest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace firebreak {

namespace output {
QString infoPath(const QString &destination)
{
    return destination + QStringLiteral(".info");
}
QString jsonPath(const QString &destination)
{
    return destination + QStringLiteral(".json");
}
QString hashFilePath(const QString &destination, HashAlgorithm a)
{
    return destination + QLatin1Char('.') + hashAlgorithmKey(a);
}
QString incomplete(const QString &path)
{
    return path + IncompleteSuffix;
}
} // namespace output

QString runningBinarySha256()
{
    // /proc/self/exe is the program that runs, even if its file was
    // replaced since (an upgrade during a long acquisition). Hashed once.
    static const QString sha = [] {
        QFile exe(QStringLiteral("/proc/self/exe"));
        if (!exe.open(QIODevice::ReadOnly))
            return QString();
        Digest d(HashAlgorithm::Sha256);
        QByteArray buf(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = exe.read(buf.data(), buf.size())) > 0;)
            d.update(buf.constData(), static_cast<std::size_t>(n));
        return d.finishHex();
    }();
    return sha;
}

QString toolVersionText()
{
    const QString sha = runningBinarySha256();
    return QStringLiteral("Firebreak %1 (hashes: %2; program %3, SHA-256 %4)")
        .arg(QStringLiteral(FIREBREAK_VERSION), digestLibraryVersion(),
             QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget(),
             sha.isEmpty() ? QStringLiteral("unknown") : sha);
}

QString coreutilsHashLine(const QString &hex, const QString &fileName)
{
    if (!fileName.contains(QLatin1Char('\\')) && !fileName.contains(QLatin1Char('\n')))
        return QStringLiteral("%1  %2\n").arg(hex, fileName);
    QString escaped = fileName;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QStringLiteral("\\%1  %2\n").arg(hex, escaped);
}

namespace {

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}
QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString outcomeText(const AcquisitionReport &r)
{
    switch (r.outcome) {
    case ImagingOutcome::Complete:
        return r.options.verifyImage ? QStringLiteral("COMPLETE and VERIFIED")
                                     : QStringLiteral("COMPLETE (not verified)");
    case ImagingOutcome::SourceNotVerified:
        return QStringLiteral("COMPLETE, but the source re-read did NOT confirm it");
    case ImagingOutcome::VerifyFailed: return QStringLiteral("FAILED: image verification did not confirm the image");
    case ImagingOutcome::Cancelled: return QStringLiteral("INCOMPLETE: cancelled");
    case ImagingOutcome::DestinationError: return QStringLiteral("INCOMPLETE: destination error");
    case ImagingOutcome::SourceError: return QStringLiteral("INCOMPLETE: source error");
    case ImagingOutcome::NotStarted: return QStringLiteral("NOT STARTED");
    case ImagingOutcome::InProgress:
        return QStringLiteral("IN PROGRESS (if you read this after the fact, the acquisition never finished)");
    }
    return {};
}

QString errnoName(int e)
{
    return e ? QString::fromLocal8Bit(std::strerror(e)) : QStringLiteral("end of data");
}

QString verificationText(const VerificationRecord &v, const QList<HashAlgorithm> &algs)
{
    if (!v.requested)
        return QStringLiteral("not requested\n");
    QString s;
    if (!v.performed)
        s = QStringLiteral("NOT COMPLETED: %1\n").arg(orDash(v.error));
    else if (v.matched)
        s = QStringLiteral("MATCH (every requested hash equal)\n");
    else {
        QStringList bad;
        for (HashAlgorithm a : v.mismatched)
            bad << hashAlgorithmLabel(a);
        s = QStringLiteral("MISMATCH (%1 differ)\n").arg(bad.join(QStringLiteral(", ")));
    }
    s += QStringLiteral("  Started (UTC):     %1\n  Ended (UTC):       %2\n  Bytes read:        %3\n")
             .arg(utc(v.startedUtc), utc(v.endedUtc))
             .arg(v.bytesRead);
    for (HashAlgorithm a : algs)
        if (v.computed.contains(a))
            s +=
                QStringLiteral("  %1 %2\n").arg(hashAlgorithmLabel(a) + QLatin1Char(':'), -18).arg(v.computed.value(a));
    for (const BadSectorRange &b : v.badSectors)
        s += QStringLiteral("  unreadable on re-read: sectors %1-%2\n")
                 .arg(b.firstSector)
                 .arg(b.firstSector + b.sectorCount - 1);
    return s;
}

QJsonObject verificationJson(const VerificationRecord &v)
{
    QJsonObject computed;
    for (auto it = v.computed.cbegin(); it != v.computed.cend(); ++it)
        computed.insert(hashAlgorithmKey(it.key()), it.value());
    QJsonArray mismatched, bad;
    for (HashAlgorithm a : v.mismatched)
        mismatched.append(hashAlgorithmKey(a));
    for (const BadSectorRange &b : v.badSectors)
        bad.append(QJsonObject{{QStringLiteral("first_sector"), b.firstSector},
                               {QStringLiteral("sector_count"), b.sectorCount}});
    return {{QStringLiteral("requested"), v.requested},
            {QStringLiteral("performed"), v.performed},
            {QStringLiteral("matched"), v.matched},
            {QStringLiteral("computed"), computed},
            {QStringLiteral("mismatched"), mismatched},
            {QStringLiteral("error"), v.error},
            {QStringLiteral("started_utc"), utc(v.startedUtc)},
            {QStringLiteral("ended_utc"), utc(v.endedUtc)},
            {QStringLiteral("bytes_read"), v.bytesRead},
            {QStringLiteral("unreadable_sectors"), bad}};
}

} // namespace

QString acquisitionLogText(const AcquisitionReport &r)
{
    const SourceIdentity &src = r.source;
    const BlockDeviceInfo &dev = src.device;
    const ImagingOptions &o = r.options;
    QString s;
    auto line = [&s](const QString &label, const QString &value) {
        s += QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -18).arg(value);
    };
    auto section = [&s](const QString &title) {
        s += QStringLiteral("\n%1\n%2\n").arg(title, QString(title.size(), QLatin1Char('-')));
    };

    s += QStringLiteral("Firebreak acquisition log\n=========================\n");
    line(QStringLiteral("Status"), outcomeText(r));
    if (!r.error.isEmpty())
        line(QStringLiteral("Reason"), r.error);
    for (const QString &w : r.warnings)
        line(QStringLiteral("Warning"), w);
    line(QStringLiteral("Tool"), r.toolVersion);
    line(QStringLiteral("Command line"), orDash(o.commandLine));
    line(QStringLiteral("Host"), r.host);
    line(QStringLiteral("Operating system"), r.operatingSystem);
    line(QStringLiteral("Examiner"), orDash(o.caseInfo.examiner));
    line(QStringLiteral("Incident"), orDash(o.caseInfo.incidentId));
    line(QStringLiteral("Evidence id"), orDash(o.caseInfo.evidenceId));
    line(QStringLiteral("Description"), orDash(o.caseInfo.description));
    line(QStringLiteral("Notes"), orDash(o.caseInfo.notes));
    line(QStringLiteral("Original media at"), orDash(o.caseInfo.mediaLocation));

    section(QStringLiteral("Source"));
    line(QStringLiteral("Path"), src.canonicalPath.isEmpty() || src.canonicalPath == src.path
                                     ? orDash(src.path)
                                     : QStringLiteral("%1 (%2)").arg(src.path, src.canonicalPath));
    line(QStringLiteral("Type"), src.isBlockDevice ? QStringLiteral("block device") : QStringLiteral("regular file"));
    line(QStringLiteral("Size"), QStringLiteral("%1 bytes (%2), %3 sectors of %4 bytes")
                                         .arg(src.sizeBytes)
                                         .arg(formatBytes(src.sizeBytes))
                                         .arg(src.sizeBytes / src.logicalSectorSize)
                                         .arg(src.logicalSectorSize) +
                                     (src.sizeBytes % src.logicalSectorSize
                                          ? QStringLiteral(" + %1 bytes").arg(src.sizeBytes % src.logicalSectorSize)
                                          : QString()));
    line(QStringLiteral("Sector size"),
         QStringLiteral("logical %1, physical %2").arg(src.logicalSectorSize).arg(src.physicalSectorSize));
    if (src.isBlockDevice) {
        line(QStringLiteral("Device number"), orDash(dev.devNumber));
        line(QStringLiteral("Vendor"), orDash(dev.vendor));
        line(QStringLiteral("Model"), orDash(dev.model));
        line(QStringLiteral("Serial"), orDash(dev.serial));
        line(QStringLiteral("WWID"), orDash(dev.wwid));
        line(QStringLiteral("Removable"), dev.removable ? QStringLiteral("yes") : QStringLiteral("no"));
        if (dev.isPartition)
            line(QStringLiteral("Partition of"), dev.parent);
        if (!dev.loopBackingFile.isEmpty())
            line(QStringLiteral("Loop backing file"), dev.loopBackingFile);
        line(QStringLiteral("State"), dev.stateText());
    } else {
        line(QStringLiteral("Modified (UTC)"), utc(src.fileModifiedUtc));
        line(QStringLiteral("Access time"), src.atimePreserved ? QStringLiteral("preserved (O_NOATIME)")
                                                               : QStringLiteral("may have been updated by reading"));
    }
    line(QStringLiteral("Write protection"), r.writeProtection.summary());

    section(QStringLiteral("Acquisition"));
    line(QStringLiteral("Started (UTC)"), utc(r.startedUtc));
    line(QStringLiteral("Ended (UTC)"), utc(r.acquisitionEndedUtc));
    line(QStringLiteral("Bytes expected"), QString::number(r.bytesExpected));
    line(QStringLiteral("Bytes acquired"), QString::number(r.bytesAcquired));
    line(QStringLiteral("Block size"),
         QStringLiteral("%1 bytes; %2 retries per unreadable sector").arg(o.blockSize).arg(o.retries));
    line(QStringLiteral("Direct I/O"), r.directIo ? QStringLiteral("yes (O_DIRECT)") : QStringLiteral("no (buffered)"));

    section(QStringLiteral("Read errors"));
    if (r.badSectors.isEmpty()) {
        s += QStringLiteral("None: every sector was read.\n");
    } else {
        s += QStringLiteral(
                 "%1 unreadable sector(s) after %2 retries each. Each was filled with zero bytes (0x00) in the "
                 "image; all other sectors hold the data read. Ranges (sector numbers of %3 bytes):\n")
                 .arg(r.badSectorCount())
                 .arg(o.retries)
                 .arg(r.badSectors.first().sectorSize);
        for (const BadSectorRange &b : r.badSectors) {
            const QString which = b.sectorCount == 1 ? QStringLiteral("sector %1").arg(b.firstSector)
                                                     : QStringLiteral("sectors %1-%2 (%3 sectors)")
                                                           .arg(b.firstSector)
                                                           .arg(b.firstSector + b.sectorCount - 1)
                                                           .arg(b.sectorCount);
            s += QStringLiteral("  %1, bytes %2-%3: %4\n")
                     .arg(which)
                     .arg(b.byteOffset())
                     .arg(qMin(b.byteOffset() + b.sectorCount * b.sectorSize, r.bytesExpected) - 1)
                     .arg(errnoName(b.lastErrno));
        }
    }

    section(QStringLiteral("Hashes of the image (the data as written, fill included)"));
    if (r.hashes.isEmpty())
        s += QStringLiteral("None: the acquisition did not finish, so no hash covers the whole source.\n");
    for (HashAlgorithm a : o.hashes)
        if (r.hashes.contains(a))
            line(hashAlgorithmLabel(a), r.hashes.value(a));

    section(QStringLiteral("Verification"));
    s += QStringLiteral("Image re-read:     ") + verificationText(r.imageVerification, o.hashes);
    s += QStringLiteral("Source re-read:    ") + verificationText(r.sourceVerification, o.hashes);

    section(QStringLiteral("Output"));
    if (o.format == ImageFormat::E01)
        line(QStringLiteral("Format"),
             QStringLiteral("E01 (Expert Witness, EnCase 6 layout, libewf %1), compression %2, segments of at most %3 "
                            "bytes, 32 KiB chunks; MD5 and SHA-1 stored in the image, bad sectors in its acquiry "
                            "error list")
                 .arg(QString::fromLatin1(ewfLibraryVersion()), ewfCompressionKey(o.compression))
                 .arg(o.ewfSegmentSize));
    else
        line(QStringLiteral("Format"), o.splitSize > 0
                                           ? QStringLiteral("raw (dd), split every %1 bytes").arg(o.splitSize)
                                           : QStringLiteral("raw (dd), one file"));
    for (const ImageSegment &seg : r.segments)
        line(QStringLiteral("Image file"), QStringLiteral("%1 (%2 bytes)").arg(seg.path).arg(seg.sizeBytes));
    for (const QString &h : r.hashFiles)
        line(QStringLiteral("Hash file"), h);
    line(QStringLiteral("Log ended (UTC)"), utc(r.endedUtc));
    s += QStringLiteral("\nAll times are UTC. Sector numbers count from 0.\n");
    return s;
}

QJsonObject acquisitionLogJson(const AcquisitionReport &r)
{
    const SourceIdentity &src = r.source;
    const ImagingOptions &o = r.options;
    QJsonObject hashes;
    for (auto it = r.hashes.cbegin(); it != r.hashes.cend(); ++it)
        hashes.insert(hashAlgorithmKey(it.key()), it.value());
    QJsonArray requested, bad, segments;
    for (HashAlgorithm a : o.hashes)
        requested.append(hashAlgorithmKey(a));
    for (const BadSectorRange &b : r.badSectors)
        bad.append(QJsonObject{{QStringLiteral("first_sector"), b.firstSector},
                               {QStringLiteral("sector_count"), b.sectorCount},
                               {QStringLiteral("sector_size"), b.sectorSize},
                               {QStringLiteral("byte_offset"), b.byteOffset()},
                               {QStringLiteral("error"), errnoName(b.lastErrno)},
                               {QStringLiteral("fill"), QStringLiteral("zeros")}});
    for (const ImageSegment &seg : r.segments)
        segments.append(QJsonObject{{QStringLiteral("path"), seg.path}, {QStringLiteral("size_bytes"), seg.sizeBytes}});
    const WriteProtectionRecord &wp = r.writeProtection;
    return {
        {QStringLiteral("format"), QStringLiteral("firebreak.acquisition/1")},
        {QStringLiteral("outcome"), imagingOutcomeKey(r.outcome)},
        {QStringLiteral("status_text"), outcomeText(r)},
        {QStringLiteral("error"), r.error},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
        {QStringLiteral("tool"), r.toolVersion},
        {QStringLiteral("command_line"), o.commandLine},
        {QStringLiteral("host"), r.host},
        {QStringLiteral("operating_system"), r.operatingSystem},
        {QStringLiteral("case"), QJsonObject{{QStringLiteral("examiner"), o.caseInfo.examiner},
                                             {QStringLiteral("incident_id"), o.caseInfo.incidentId},
                                             {QStringLiteral("evidence_id"), o.caseInfo.evidenceId},
                                             {QStringLiteral("description"), o.caseInfo.description},
                                             {QStringLiteral("notes"), o.caseInfo.notes},
                                             {QStringLiteral("media_location"), o.caseInfo.mediaLocation}}},
        {QStringLiteral("source"),
         QJsonObject{
             {QStringLiteral("path"), src.path},
             {QStringLiteral("canonical_path"), src.canonicalPath},
             {QStringLiteral("type"), src.isBlockDevice ? QStringLiteral("block-device") : QStringLiteral("file")},
             {QStringLiteral("size_bytes"), src.sizeBytes},
             {QStringLiteral("logical_sector_size"), src.logicalSectorSize},
             {QStringLiteral("physical_sector_size"), src.physicalSectorSize},
             {QStringLiteral("device"), src.isBlockDevice ? QJsonValue(src.device.toJson()) : QJsonValue()},
             {QStringLiteral("modified_utc"), src.isBlockDevice ? QJsonValue() : QJsonValue(utc(src.fileModifiedUtc))},
             {QStringLiteral("atime_preserved"), src.atimePreserved}}},
        {QStringLiteral("write_protection"),
         QJsonObject{{QStringLiteral("summary"), wp.summary()},
                     {QStringLiteral("opened_read_only"), wp.openedReadOnly},
                     {QStringLiteral("kernel_flag_before"), wp.kernelFlagBefore},
                     {QStringLiteral("kernel_flag_set_by_firebreak"), wp.kernelFlagSetByFirebreak},
                     {QStringLiteral("kernel_flag_restored"), wp.kernelFlagRestored},
                     {QStringLiteral("note"), wp.note},
                     {QStringLiteral("declared_blocker"), wp.declaredBlocker}}},
        {QStringLiteral("started_utc"), utc(r.startedUtc)},
        {QStringLiteral("acquisition_ended_utc"), utc(r.acquisitionEndedUtc)},
        {QStringLiteral("ended_utc"), utc(r.endedUtc)},
        {QStringLiteral("bytes_expected"), r.bytesExpected},
        {QStringLiteral("bytes_acquired"), r.bytesAcquired},
        {QStringLiteral("block_size"), o.blockSize},
        {QStringLiteral("retries"), o.retries},
        {QStringLiteral("direct_io"), r.directIo},
        {QStringLiteral("bad_sectors"), bad},
        {QStringLiteral("bad_sector_count"), r.badSectorCount()},
        {QStringLiteral("hash_algorithms"), requested},
        {QStringLiteral("hashes"), hashes},
        {QStringLiteral("image_verification"), verificationJson(r.imageVerification)},
        {QStringLiteral("source_verification"), verificationJson(r.sourceVerification)},
        {QStringLiteral("split_size"), o.splitSize},
        {QStringLiteral("image_format"), imageFormatKey(o.format)},
        {QStringLiteral("ewf"),
         o.format == ImageFormat::E01
             ? QJsonValue(QJsonObject{{QStringLiteral("compression"), ewfCompressionKey(o.compression)},
                                      {QStringLiteral("segment_size"), o.ewfSegmentSize},
                                      {QStringLiteral("chunk_size"), 32 * 1024},
                                      {QStringLiteral("ewf_format"), QStringLiteral("encase6")},
                                      {QStringLiteral("libewf"), QString::fromLatin1(ewfLibraryVersion())}})
             : QJsonValue()},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("hash_files"), QJsonArray::fromStringList(r.hashFiles)},
    };
}

namespace {
Status saveFile(const QString &path, const QByteArray &data)
{
    Status st = writeFileAtomically(path, data);
    // On a full disk no temporary copy can be made, but an existing log
    // (the one written at the start, with space reserved) can be rewritten
    // in place: the log of a failed acquisition must still say why.
    if (!st && QFileInfo::exists(path) && rewriteInPlace(path, data))
        return {};
    return st;
}
} // namespace

Status writeAcquisitionLog(const AcquisitionReport &r, const QString &infoPath, const QString &jsonPath)
{
    if (auto st = saveFile(infoPath, acquisitionLogText(r).toUtf8()); !st)
        return st;
    return saveFile(jsonPath, QJsonDocument(acquisitionLogJson(r)).toJson(QJsonDocument::Indented));
}

Result<QStringList> writeHashFiles(const AcquisitionReport &r, const QString &destination)
{
    QStringList written;
    const bool split = r.segments.size() != 1 || r.options.splitSize > 0;
    const bool e01 = r.options.format == ImageFormat::E01;
    for (HashAlgorithm a : r.options.hashes) {
        const QString hex = r.hashes.value(a);
        QString text;
        if (e01) {
            // The hash is of the media data, not of the E01 files: check it
            // through libewf. ewfexport prints a status line after the data
            // on stdout, hence head -c.
            const QString first = QFileInfo(r.segments.value(0).path).fileName();
            text = QStringLiteral("# %1 of the media data (%2 bytes) in the E01 set %3, not of the E01 files.\n"
                                  "# Check: ewfexport -q -u -t - %3 | head -c %2 | %4sum -c %5\n"
                                  "#    or: ewfverify -d sha256 %3\n")
                       .arg(hashAlgorithmLabel(a))
                       .arg(r.bytesAcquired)
                       .arg(first, hashAlgorithmKey(a), QFileInfo(output::hashFilePath(destination, a)).fileName());
            text += coreutilsHashLine(hex, QStringLiteral("-"));
        } else if (split) {
            QStringList names;
            for (const ImageSegment &seg : r.segments)
                names << QFileInfo(seg.path).fileName();
            text =
                QStringLiteral("# %1 of the split image %2 (all segments in order).\n# Check: cat %3 | %4sum -c %5\n")
                    .arg(hashAlgorithmLabel(a), QFileInfo(destination).fileName(), names.join(QLatin1Char(' ')),
                         hashAlgorithmKey(a), QFileInfo(output::hashFilePath(destination, a)).fileName());
            text += coreutilsHashLine(hex, QStringLiteral("-"));
        } else {
            text = coreutilsHashLine(hex, QFileInfo(r.segments.first().path).fileName());
        }
        const QString path = output::hashFilePath(destination, a);
        if (auto st = saveFile(path, text.toUtf8()); !st)
            return st.error();
        written << path;
    }
    return written;
}

} // namespace firebreak
