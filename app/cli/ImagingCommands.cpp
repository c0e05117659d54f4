#include "CliSupport.h"

#include "app/services/AcquisitionSession.h"
#include "forensics/imaging/AcquisitionLog.h"
#include "forensics/imaging/ByteSize.h"
#include "forensics/imaging/DeviceProbe.h"
#include "forensics/imaging/ImagingJob.h"
#include "forensics/imaging/Preflight.h"
#include "model/evidence/AcquisitionService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace firebreak::cli {

namespace {

QString clockText(double seconds)
{
    if (seconds < 0 || seconds > 1e7)
        return QStringLiteral("--:--");
    const auto s = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString progressLine(const ImagingProgress &p)
{
    const double pct =
        p.bytesTotal > 0 ? 100.0 * static_cast<double>(p.bytesDone) / static_cast<double>(p.bytesTotal) : 100.0;
    QString line = QStringLiteral("%1  %2 / %3  %4%  %5 MB/s  ETA %6")
                       .arg(imagingPhaseLabel(p.phase), -17)
                       .arg(formatBytes(p.bytesDone), formatBytes(p.bytesTotal))
                       .arg(pct, 5, 'f', 1)
                       .arg(p.bytesPerSecond / 1e6, 6, 'f', 1)
                       .arg(clockText(p.secondsLeft));
    if (p.badSectors > 0)
        line += QStringLiteral("  BAD SECTORS %1").arg(p.badSectors);
    return line;
}

QString quoted(const QStringList &args)
{
    QStringList out;
    for (const QString &a : args)
        out << (a.contains(QLatin1Char(' ')) || a.isEmpty() ? QLatin1Char('\'') + a + QLatin1Char('\'') : a);
    return out.join(QLatin1Char(' '));
}

int imageCommand(Context &ctx, const QCommandLineParser &p)
{
    ImagingOptions o;
    o.source = p.value(QStringLiteral("source"));
    o.destination = p.value(QStringLiteral("dest"));
    if (o.source.isEmpty() || o.destination.isEmpty())
        return ctx.usage(QStringLiteral(
            "--source and --dest are required (e.g. image --source /dev/sdb --dest /evidence/disk01.raw)"));
    o.hashes.clear();
    for (const QString &h : p.value(QStringLiteral("hash")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto a = hashAlgorithmFromKey(h);
        if (!a)
            return ctx.usage(QStringLiteral("--hash '%1' is not one of md5, sha1, sha256, sha512").arg(h));
        if (!o.hashes.contains(*a))
            o.hashes << *a;
    }
    if (p.isSet(QStringLiteral("split"))) {
        auto size = parseByteSize(p.value(QStringLiteral("split")));
        if (!size)
            return ctx.usage(QStringLiteral("--split '%1' is not a size (e.g. 650M, 2G, 4096)")
                                 .arg(p.value(QStringLiteral("split"))));
        o.splitSize = *size;
    }
    {
        auto format = imageFormatFromKey(p.value(QStringLiteral("format")));
        if (!format)
            return ctx.usage(
                QStringLiteral("--format '%1' is not one of raw, e01").arg(p.value(QStringLiteral("format"))));
        o.format = *format;
    }
    if (p.isSet(QStringLiteral("compression")) || p.isSet(QStringLiteral("segment-size"))) {
        if (o.format != ImageFormat::E01)
            return ctx.usage(QStringLiteral("--compression and --segment-size apply to --format e01 only"));
    }
    if (p.isSet(QStringLiteral("compression"))) {
        auto c = ewfCompressionFromKey(p.value(QStringLiteral("compression")));
        if (!c)
            return ctx.usage(QStringLiteral("--compression '%1' is not one of none, fast, best")
                                 .arg(p.value(QStringLiteral("compression"))));
        o.compression = *c;
    }
    if (p.isSet(QStringLiteral("segment-size"))) {
        auto size = parseByteSize(p.value(QStringLiteral("segment-size")));
        if (!size)
            return ctx.usage(QStringLiteral("--segment-size '%1' is not a size (e.g. 640M, 1.4G, 2G)")
                                 .arg(p.value(QStringLiteral("segment-size"))));
        o.ewfSegmentSize = *size;
    }
    bool ok = true;
    o.retries = p.value(QStringLiteral("retries")).toInt(&ok);
    if (!ok)
        return ctx.usage(QStringLiteral("--retries '%1' is not a number").arg(p.value(QStringLiteral("retries"))));
    o.verifyImage = p.isSet(QStringLiteral("verify"));
    o.verifySource = p.isSet(QStringLiteral("verify-source"));
    o.checkFreeSpace = !p.isSet(QStringLiteral("ignore-free-space"));
    o.declaredWriteBlocker = p.value(QStringLiteral("write-blocker"));
    o.caseInfo.examiner = p.isSet(QStringLiteral("examiner")) ? p.value(QStringLiteral("examiner")) : ctx.actor();
    o.caseInfo.incidentId = p.value(QStringLiteral("incident"));
    o.caseInfo.evidenceId = p.value(QStringLiteral("evidence-id"));
    o.caseInfo.description = p.value(QStringLiteral("description"));
    o.caseInfo.notes = p.value(QStringLiteral("notes"));
    o.caseInfo.mediaLocation = p.value(QStringLiteral("media-location"));
    o.caseInfo.system = p.value(QStringLiteral("system"));
    o.commandLine = quoted(QCoreApplication::arguments());
    if (auto st = checkOptions(o); !st)
        return ctx.fail(st.error());

    // With an incident, check it, the evidence number and the system before
    // reading a byte (the session's prepare): a typo must not cost hours of imaging.
    CaseStore *store = nullptr;
    if (!o.caseInfo.incidentId.isEmpty()) {
        if (const QString problem = incidentIdProblem(o.caseInfo.incidentId); !problem.isEmpty())
            return ctx.usage(problem);
        store = ctx.store();
        if (!store)
            return Failed;
        if (Status st = services::AcquisitionSession::prepare(*store, o); !st)
            return ctx.fail(st.error());
    } else if (p.isSet(QStringLiteral("system"))) {
        return ctx.usage(QStringLiteral("--system names a system of an incident: give --incident too"));
    } else if (p.isSet(QStringLiteral("evidence-id")) || p.isSet(QStringLiteral("description"))) {
        ctx.err() << "firebreak-cli: note: no --incident given; the image will not be registered as evidence"
                  << Qt::endl;
    }

    services::AcquisitionSession session(store, o);
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    qsizetype lastWidth = 0;
    if (tty)
        session.setProgressHandler([&](const ImagingProgress &pr) {
            const QString line = progressLine(pr);
            ctx.err() << '\r' << line << QString(std::max<qsizetype>(0, lastWidth - line.size()), QLatin1Char(' '));
            ctx.err().flush();
            lastWidth = line.size();
        });
    ignoreFileSizeSignal();
    const services::AcquisitionOutcome outcome = [&] {
        StopGuard guard(&session.cancelToken());
        return session.run();
    }();
    const AcquisitionReport &r = outcome.report;
    if (tty && lastWidth > 0)
        ctx.err() << Qt::endl;

    if (r.outcome == ImagingOutcome::NotStarted)
        return ctx.fail(Error::failed(r.error));

    QTextStream &out = ctx.out();
    if (p.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(QJsonDocument(acquisitionLogJson(r)).toJson(QJsonDocument::Indented));
    } else {
        for (HashAlgorithm a : o.hashes)
            if (r.hashes.contains(a))
                out << QStringLiteral("%1  %2").arg(hashAlgorithmKey(a), -6).arg(r.hashes.value(a)) << Qt::endl;
    }
    out.flush();

    QTextStream &err = ctx.err();
    for (const QString &w : r.warnings)
        err << "firebreak-cli: warning: " << w << Qt::endl;
    if (!r.badSectors.isEmpty())
        err << "firebreak-cli: warning: " << r.badSectorCount() << " unreadable sector(s) of " << r.source.path
            << " were zero-filled; ranges in " << r.infoPath << Qt::endl;
    if (r.imageComplete()) {
        err << "image: "
            << (r.segments.size() == 1 ? r.segments.first().path
                                       : QStringLiteral("%1 segments, %2 ... %3")
                                             .arg(r.segments.size())
                                             .arg(r.segments.first().path, r.segments.last().path))
            << " (" << r.bytesAcquired << " bytes)" << Qt::endl;
        err << "log:   " << r.infoPath << Qt::endl;
        if (r.options.verifyImage)
            err << "verification: image re-read MATCHES every hash" << Qt::endl;
    }

    int rc = r.success() ? Ok : Failed;
    if (!r.success())
        ctx.fail(Error::failed(r.error));
    if (!r.imageComplete() && !r.segments.isEmpty())
        err << "firebreak-cli: the partial image is kept as " << r.segments.first().path
            << (r.segments.size() > 1 ? QStringLiteral(" (and %1 more segment(s))").arg(r.segments.size() - 1)
                                      : QString())
            << "; it is NOT a complete image" << Qt::endl;
    if (!r.success() && !r.infoPath.isEmpty())
        err << "firebreak-cli: what happened is recorded in " << r.infoPath << Qt::endl;

    if (!outcome.endRecordError.isEmpty())
        err << "firebreak-cli: warning: the end of the acquisition could not be recorded in " << store->path()
            << " (it will be listed as interrupted): " << outcome.endRecordError << Qt::endl;
    if (!outcome.registrationError.isEmpty()) {
        ctx.fail(Error::failed(QStringLiteral("the image is complete but registering it in %1 failed: %2")
                                   .arg(store->path(), outcome.registrationError)));
        return Failed;
    }
    if (outcome.registered)
        err << "registered as evidence " << outcome.registered->evidenceNumber << " of "
            << outcome.registered->incidentId << " in " << store->path() << Qt::endl;
    return rc;
}

int devicesCommand(Context &ctx, const QCommandLineParser &p)
{
    const QList<BlockDeviceInfo> devices = listBlockDevices();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const BlockDeviceInfo &d : devices)
            arr.append(d.toJson());
        ctx.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (devices.isEmpty()) {
        ctx.out() << "No block devices found under /sys/block." << Qt::endl;
        return Ok;
    }
    ctx.out() << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(QStringLiteral("DEVICE"), -14)
                     .arg(QStringLiteral("SIZE"), 11)
                     .arg(QStringLiteral("MODEL"), -20)
                     .arg(QStringLiteral("SERIAL"), -20)
                     .arg(QStringLiteral("STATE"))
              << Qt::endl;
    auto orDash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    for (const BlockDeviceInfo &d : devices)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(d.path, -14)
                         .arg(formatBytes(d.sizeBytes), 11)
                         .arg(orDash(d.model), -20)
                         .arg(orDash(d.serial), -20)
                         .arg(d.stateText())
                  << Qt::endl;
    return Ok;
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QJsonObject acquisitionJson(const AcquisitionRecord &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("incident"), a.incidentId},
            {QStringLiteral("evidence_number"), a.evidenceNumber},
            {QStringLiteral("status"), acquisitionStatusKey(acquisitionStatus(a))},
            {QStringLiteral("state"), acquisitionStateKey(a.state)},
            {QStringLiteral("outcome"), a.outcome},
            {QStringLiteral("source"), a.source},
            {QStringLiteral("destination"), a.destination},
            {QStringLiteral("image"), a.workPath},
            {QStringLiteral("log"), a.logPath},
            {QStringLiteral("examiner"), a.examiner},
            {QStringLiteral("host"), a.process.host},
            {QStringLiteral("pid"), a.process.pid},
            {QStringLiteral("started_at"), toIsoUtc(a.startedAt)},
            {QStringLiteral("ended_at"), toIsoUtc(a.endedAt)},
            {QStringLiteral("bytes_expected"), a.bytesExpected},
            {QStringLiteral("bytes_acquired"), a.bytesAcquired},
            {QStringLiteral("error"), a.error}};
}

// `image status [ID]`: every recorded acquisition and how it stands now;
// those that never finished and whose process is gone are INTERRUPTED.
int statusCommand(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() > 1)
        return ctx.usage(QStringLiteral("image status takes at most one incident id"));
    const QString id = args.value(0);
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    if (!id.isEmpty())
        if (auto inc = store->incident(id); !inc)
            return ctx.fail(inc.error());
    auto list = AcquisitionService(*store).acquisitions(id);
    if (!list)
        return ctx.fail(list.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const AcquisitionRecord &a : *list)
            arr.append(acquisitionJson(a));
        ctx.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    QTextStream &out = ctx.out();
    if (list->isEmpty()) {
        out << "No acquisitions recorded" << (id.isEmpty() ? QString() : QStringLiteral(" for ") + id) << "."
            << Qt::endl;
        return Ok;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6")
               .arg(QStringLiteral("INCIDENT"), -13)
               .arg(QStringLiteral("NUMBER"), -7)
               .arg(QStringLiteral("STATUS"), -17)
               .arg(QStringLiteral("STARTED"), -16)
               .arg(QStringLiteral("SOURCE"), -16)
               .arg(QStringLiteral("DESTINATION"))
        << Qt::endl;
    QList<AcquisitionRecord> interrupted;
    for (const AcquisitionRecord &a : *list) {
        const AcquisitionStatus st = acquisitionStatus(a);
        QString status = acquisitionStatusKey(st).toUpper();
        if (st == AcquisitionStatus::RunningElsewhere)
            status = QStringLiteral("RUNNING? (%1)").arg(a.process.host);
        if (st == AcquisitionStatus::Interrupted)
            interrupted << a;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(a.incidentId, -13)
                   .arg(orDash(a.evidenceNumber), -7)
                   .arg(status, -17)
                   .arg(a.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), -16)
                   .arg(a.source, -16)
                   .arg(st == AcquisitionStatus::Complete ? a.destination : a.workPath)
            << Qt::endl;
    }
    for (const AcquisitionRecord &a : std::as_const(interrupted))
        ctx.err() << "firebreak-cli: WARNING: " << interruptedNotice(a) << Qt::endl;
    return Ok;
}

QCommandLineOption valueOption(const QString &name, const QString &help, const QString &valueName,
                               const QString &def = {})
{
    QCommandLineOption o(name, help, valueName);
    if (!def.isEmpty())
        o.setDefaultValue(def);
    return o;
}

} // namespace

QList<Command> imagingCommands()
{
    return {
        {{QStringLiteral("image")},
         QStringLiteral("--source SRC --dest DEST [--format raw|e01] [--compression none|fast|best] "
                        "[--segment-size SIZE] [--hash md5,sha1,sha256] [--verify] [--verify-source] [--split SIZE] "
                        "[--incident ID --examiner NAME --evidence-id ID --description TEXT]"),
         QStringLiteral("Acquire a byte-for-byte image of a device or file, hashing it in the same pass."),
         [](QCommandLineParser &p) {
             p.addOption(valueOption(QStringLiteral("source"),
                                     QStringLiteral("Device or file to image (opened read-only)."),
                                     QStringLiteral("SRC")));
             p.addOption(valueOption(
                 QStringLiteral("dest"),
                 QStringLiteral("Image file to create (never overwritten); split segments are DEST.001, ...; "
                                "with --format e01, DEST or DEST.E01 gives DEST.E01, DEST.E02, ..."),
                 QStringLiteral("DEST")));
             p.addOption(valueOption(QStringLiteral("format"),
                                     QStringLiteral("Image format: raw (dd, default) or e01 (Expert Witness, through "
                                                    "libewf; MD5/SHA-1 and bad sectors stored in the image)."),
                                     QStringLiteral("FORMAT"), QStringLiteral("raw")));
             p.addOption(
                 valueOption(QStringLiteral("compression"),
                             QStringLiteral("E01 chunk compression: none, fast (default) or best, as ewfacquire."),
                             QStringLiteral("LEVEL")));
             p.addOption(valueOption(QStringLiteral("segment-size"),
                                     QStringLiteral("E01 segment file size (e.g. 640M, 2G; default 1500M, "
                                                    "ewfacquire's 1.4 GiB)."),
                                     QStringLiteral("SIZE")));
             p.addOption(valueOption(
                 QStringLiteral("hash"),
                 QStringLiteral(
                     "Hashes computed in the same pass: md5, sha1, sha256, sha512 (default md5,sha1,sha256)."),
                 QStringLiteral("LIST"), QStringLiteral("md5,sha1,sha256")));
             p.addOption({QStringLiteral("verify"),
                          QStringLiteral("Re-read the written image and require every hash to match.")});
             p.addOption({QStringLiteral("verify-source"), QStringLiteral("Also re-read the source and compare.")});
             p.addOption(
                 valueOption(QStringLiteral("split"),
                             QStringLiteral("Split into segments of SIZE (e.g. 650M, 2G); the last may be smaller."),
                             QStringLiteral("SIZE")));
             p.addOption(valueOption(
                 QStringLiteral("retries"),
                 QStringLiteral("Extra attempts per unreadable sector before it is zero-filled (default 3)."),
                 QStringLiteral("N"), QStringLiteral("3")));
             p.addOption(valueOption(QStringLiteral("incident"),
                                     QStringLiteral("Register the image as evidence of this incident."),
                                     QStringLiteral("ID")));
             p.addOption(valueOption(QStringLiteral("examiner"),
                                     QStringLiteral("Examiner named in the log (default: the actor)."),
                                     QStringLiteral("NAME")));
             p.addOption(valueOption(QStringLiteral("evidence-id"),
                                     QStringLiteral("Evidence number (default: the next E-NNN)."),
                                     QStringLiteral("ID")));
             p.addOption(valueOption(QStringLiteral("description"), QStringLiteral("What the source is."),
                                     QStringLiteral("TEXT")));
             p.addOption(valueOption(QStringLiteral("notes"), QStringLiteral("Free notes for the log."),
                                     QStringLiteral("TEXT")));
             p.addOption(valueOption(QStringLiteral("media-location"),
                                     QStringLiteral("Where the original media is kept (recorded in the log)."),
                                     QStringLiteral("TEXT")));
             p.addOption(valueOption(QStringLiteral("system"),
                                     QStringLiteral("Hostname of the incident's system the source belongs to."),
                                     QStringLiteral("HOST")));
             p.addOption(valueOption(QStringLiteral("write-blocker"),
                                     QStringLiteral("Hardware write blocker in use (recorded in the log)."),
                                     QStringLiteral("TEXT")));
             p.addOption({QStringLiteral("ignore-free-space"),
                          QStringLiteral("Start even if the destination looks too small (compressing file systems).")});
             p.addOption(jsonOption("Print the acquisition record as JSON instead of the hashes."));
         },
         imageCommand},
        {{QStringLiteral("image"), QStringLiteral("status")},
         QStringLiteral("[ID] [--json]"),
         QStringLiteral("Recorded acquisitions and how they stand: running, complete, failed, cancelled or "
                        "INTERRUPTED (never finished, its process gone)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id (default: every incident)."),
                                     QStringLiteral("[ID]"));
             p.addOption(jsonOption("Print JSON instead of text."));
         },
         statusCommand},
        {{QStringLiteral("devices")},
         QStringLiteral("[--json]"),
         QStringLiteral("List block devices with size, model, serial and whether they are mounted."),
         [](QCommandLineParser &p) { p.addOption(jsonOption("Print JSON instead of text.")); },
         devicesCommand},
    };
}

} // namespace firebreak::cli
