#include "ImagingJob.h"

#include "AcquisitionLog.h"
#include "BufferPool.h"
#include "HashConsumer.h"
#include "ImageWriter.h"
#include "LogFile.h"
#include "Pipeline.h"
#include "Preflight.h"
#include "ProgressMeter.h"
#include "SourceDevice.h"
#include "SourceReader.h"
#include "Verification.h"
#include "forensics/ewf/EwfCheck.h"
#include "forensics/ewf/EwfWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace firebreak {

namespace {

// Disk space kept for the logs of a failed acquisition, so they can be
// written even after the image has filled the destination.
constexpr qint64 LogReserve = 256 * 1024;

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

// rename() that refuses to replace an existing file: evidence is never
// overwritten, not even by our own rename.
Status renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray a = QFile::encodeName(from), b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0)
        return {};
    if (errno == EINVAL || errno == ENOSYS) { // file system without RENAME_NOREPLACE
        if (::link(a.constData(), b.constData()) == 0 && ::unlink(a.constData()) == 0)
            return {};
    }
    return Error::failed(
        QStringLiteral("cannot rename %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(std::strerror(errno))));
}

void syncDirectoryOf(const QString &path)
{
    const int fd =
        ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

void ignoreFileSizeSignal()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

ImagingJob::ImagingJob(ImagingOptions options)
    : m_options(std::move(options)), m_clock(m_options.clock ? m_options.clock : &systemClock())
{
}

ImagingJob::~ImagingJob() = default;

void ImagingJob::emitProgress(const ImagingProgress &p)
{
    if (m_progress)
        m_progress(p);
}

AcquisitionReport ImagingJob::run()
{
    if (!m_options.destination.isEmpty())
        m_options.destination = QFileInfo(m_options.destination).absoluteFilePath();
    // E01: DEST is the name without extension (NAME.E01 -> NAME); logs
    // and hash files are NAME.info, NAME.sha256, ...
    if (m_options.format == ImageFormat::E01)
        m_options.destination = ewfBaseName(m_options.destination);
    m_report = AcquisitionReport{};
    m_report.options = m_options;
    m_report.toolVersion = toolVersionText();
    m_report.host = QSysInfo::machineHostName();
    m_report.operatingSystem = QStringLiteral("%1, %2 %3, %4")
                                   .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                        QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    if (auto st = checkOptions(m_options); !st) {
        m_report.error = st.error().message;
        return m_report;
    }
    auto opened = SourceDevice::open(m_options.source);
    if (!opened) {
        m_report.error = opened.error().message;
        return m_report;
    }
    SourceDevice &source = **opened;
    m_report.source = source.identity();
    m_report.bytesExpected = source.identity().sizeBytes;
    m_report.writeProtection = source.writeProtection();

    const bool e01 = m_options.format == ImageFormat::E01;
    QStringList finalPaths =
        e01 ? ewfSegmentPaths(m_options.destination, m_report.bytesExpected, m_options.ewfSegmentSize)
            : segmentPaths(m_options.destination, m_report.bytesExpected, m_options.splitSize);
    QStringList workPaths;
    for (qsizetype i = 0; i < finalPaths.size(); ++i)
        workPaths << (e01 ? ewfSegmentPaths(output::incomplete(m_options.destination), m_report.bytesExpected,
                                            m_options.ewfSegmentSize)
                                .value(i)
                          : output::incomplete(finalPaths[i]));
    if (auto st = checkDestination(m_options, source, e01 ? finalPaths + workPaths : finalPaths); !st) {
        m_report.error = st.error().message;
        return m_report;
    }
    if (source.identity().isBlockDevice && source.identity().device.inUse())
        m_report.warnings << QStringLiteral("source %1 is in use (%2): its contents may change while it is read")
                                 .arg(source.identity().path, source.identity().device.stateText());

    BufferPool pool(static_cast<std::size_t>(m_options.blockSize), m_options.bufferCount);
    if (!pool.valid()) {
        m_report.error = QStringLiteral("cannot allocate %1 buffers of %2 bytes")
                             .arg(m_options.bufferCount)
                             .arg(m_options.blockSize);
        return m_report;
    }

    m_report.startedUtc = m_clock->nowUtc();
    source.protect(m_options.declaredWriteBlocker);
    m_report.writeProtection = source.writeProtection();
    m_report.outcome = ImagingOutcome::InProgress;
    // Written first, so that a crash leaves a log that says what happened.
    const QString incompleteBase = output::incomplete(m_options.destination);
    if (auto st = writeAcquisitionLog(m_report, output::infoPath(incompleteBase), output::jsonPath(incompleteBase));
        !st) {
        source.restore();
        m_report.outcome = ImagingOutcome::NotStarted;
        m_report.error = st.error().message;
        return m_report;
    }
    reserveSpace(output::infoPath(incompleteBase), LogReserve);
    reserveSpace(output::jsonPath(incompleteBase), LogReserve);
    m_report.infoPath = output::infoPath(incompleteBase);
    m_report.jsonPath = output::jsonPath(incompleteBase);
    if (m_options.onStarted) {
        if (auto st = m_options.onStarted(m_report); !st) {
            // Nothing was read or written but the log: leave nothing behind.
            QFile::remove(m_report.infoPath);
            QFile::remove(m_report.jsonPath);
            m_report.infoPath.clear();
            m_report.jsonPath.clear();
            source.restore();
            m_report.writeProtection = source.writeProtection();
            m_report.outcome = ImagingOutcome::NotStarted;
            m_report.error = st.error().message;
            return m_report;
        }
    }

    if (e01)
        acquireEwf(source, pool);
    else
        acquire(source, pool, workPaths);
    if (e01) {
        // libewf chose the number of segments: name exactly those.
        workPaths.clear();
        finalPaths.clear();
        for (qsizetype i = 0; i < m_report.segments.size(); ++i) {
            workPaths << m_report.segments[i].path;
            finalPaths << ewfSegmentPath(m_options.destination, static_cast<int>(i) + 1);
        }
    }
    if (m_report.outcome == ImagingOutcome::InProgress)
        verify(source, pool);
    source.restore();
    m_report.writeProtection = source.writeProtection();
    if (m_report.imageComplete())
        finalize(workPaths, finalPaths);
    else
        writeFailureLog();
    return m_report;
}

struct ImagingJob::AcquirePass {
    PipelineOutcome outcome;
    bool sourceFailed = false; // the reader failed (not the writer)
    std::vector<std::unique_ptr<HashConsumer>> hashers;
};

// The acquire pass both formats share: one reader, the hash threads and the
// image writer as the pipeline's consumers, progress as it goes.
ImagingJob::AcquirePass ImagingJob::runAcquirePass(SourceDevice &source, SourceReader &reader, BlockConsumer &writer,
                                                   BufferPool &pool)
{
    const SourceIdentity &id = source.identity();
    AcquirePass pass;
    std::vector<BlockConsumer *> consumers;
    for (const QList<HashAlgorithm> &group :
         planHashThreads(m_options.hashes, hashThreadCount(static_cast<int>(m_options.hashes.size())))) {
        pass.hashers.push_back(std::make_unique<HashConsumer>(group));
        consumers.push_back(pass.hashers.back().get());
    }
    consumers.push_back(&writer);

    const BlockProducer produce = [&](std::byte *dst, qint64 offset, std::size_t length) -> Status {
        Status st = reader.read(dst, offset, length);
        if (!st)
            pass.sourceFailed = true;
        else if (m_options.afterBlockRead)
            m_options.afterBlockRead(offset);
        // Imaging a disk of a live server must not evict that server's page
        // cache: drop what was just read (devices only; a source file may be
        // cached on purpose).
        if (id.isBlockDevice)
            ::posix_fadvise(source.fd(), offset, static_cast<off_t>(length), POSIX_FADV_DONTNEED);
        return st;
    };
    ProgressMeter meter;
    meter.start(ImagingPhase::Acquire, id.sizeBytes);
    Pipeline pipeline(pool, m_cancel);
    pass.outcome = pipeline.run(id.sizeBytes, produce, consumers,
                                [&](qint64 done) { emitProgress(meter.sample(done, reader.badSectorCount())); });
    return pass;
}

void ImagingJob::acquire(SourceDevice &source, BufferPool &pool, const QStringList &workPaths)
{
    const SourceIdentity &id = source.identity();
    SourceReader reader(id.path, source.fd(), source.directFd(), id.sizeBytes, id.logicalSectorSize, m_options.retries,
                        m_cancel);
    ImageWriter writer(workPaths, m_options.splitSize);
    AcquirePass pass = runAcquirePass(source, reader, writer, pool);
    const PipelineOutcome &out = pass.outcome;
    const bool sourceFailed = pass.sourceFailed;
    const auto &hashers = pass.hashers;

    m_report.acquisitionEndedUtc = m_clock->nowUtc();
    m_report.bytesAcquired = writer.bytesWritten();
    m_report.segments = writer.segments();
    m_report.directIo = writer.directIo();
    m_report.badSectors = reader.badSectors();
    writer.closeAll();
    switch (out.end) {
    case PipelineOutcome::End::Completed:
        for (const auto &h : hashers)
            m_report.hashes.insert(h->results());
        return;
    case PipelineOutcome::End::Cancelled:
        m_report.outcome = ImagingOutcome::Cancelled;
        m_report.error =
            QStringLiteral("cancelled by the user after %1 of %2 bytes").arg(m_report.bytesAcquired).arg(id.sizeBytes);
        return;
    case PipelineOutcome::End::Failed:
        m_report.outcome = sourceFailed ? ImagingOutcome::SourceError : ImagingOutcome::DestinationError;
        m_report.error = out.error.message;
        return;
    }
}

void ImagingJob::acquireEwf(SourceDevice &source, BufferPool &pool)
{
    const SourceIdentity &id = source.identity();
    EwfWriterSettings settings;
    settings.basePath = output::incomplete(m_options.destination);
    settings.mediaSize = id.sizeBytes;
    settings.bytesPerSector = id.logicalSectorSize > 0 ? id.logicalSectorSize : 512;
    // EWF stores the media size as a count of sectors: a file whose size is
    // not a whole number of them would lose its tail (libewf, ewfacquire
    // too). One-byte sectors keep every byte; libewf reads them exactly.
    if (id.sizeBytes % settings.bytesPerSector != 0) {
        m_report.warnings << QStringLiteral("source size %1 is not a multiple of %2 bytes: the E01 records "
                                            "1-byte sectors so that it holds every byte (some tools expect 512)")
                                 .arg(id.sizeBytes)
                                 .arg(settings.bytesPerSector);
        settings.bytesPerSector = 1;
    }
    // 64 sectors per chunk as ewfacquire (32 KiB with 512-byte sectors,
    // 256 KiB on 4Kn disks); 32 KiB with 1-byte sectors.
    settings.chunkSize = settings.bytesPerSector >= 512 ? settings.bytesPerSector * 64 : 32 * 1024;
    settings.compression = m_options.compression;
    settings.segmentSize = m_options.ewfSegmentSize;
    settings.caseInfo = m_options.caseInfo;
    settings.model = id.device.model;
    settings.serialNumber = id.device.serial;
    settings.physical = id.isBlockDevice;
    settings.removable = id.device.removable;
    settings.operatingSystem = m_report.operatingSystem;
    auto created = EwfWriter::create(settings);
    if (!created) {
        m_report.acquisitionEndedUtc = m_clock->nowUtc();
        m_report.outcome = ImagingOutcome::DestinationError;
        m_report.error = created.error().message;
        return;
    }
    EwfWriter &writer = **created;
    SourceReader reader(id.path, source.fd(), source.directFd(), id.sizeBytes, id.logicalSectorSize, m_options.retries,
                        m_cancel);
    AcquirePass pass = runAcquirePass(source, reader, writer, pool);
    const PipelineOutcome &out = pass.outcome;
    const bool sourceFailed = pass.sourceFailed;
    const auto &hashers = pass.hashers;
    m_report.badSectors = reader.badSectors();
    m_report.bytesAcquired = writer.bytesWritten();
    switch (out.end) {
    case PipelineOutcome::End::Completed: {
        for (const auto &h : hashers)
            m_report.hashes.insert(h->results());
        // The stored MD5 / SHA-1 and the acquiry error list go in the
        // last segment, written now that the hash stages are done.
        if (auto st = writer.finalize(m_report.hashes, m_report.badSectors); !st) {
            m_report.hashes.clear();
            m_report.outcome = ImagingOutcome::DestinationError;
            m_report.error = st.error().message;
        }
        break;
    }
    case PipelineOutcome::End::Cancelled:
        writer.abandon();
        m_report.outcome = ImagingOutcome::Cancelled;
        m_report.error =
            QStringLiteral("cancelled by the user after %1 of %2 bytes").arg(m_report.bytesAcquired).arg(id.sizeBytes);
        break;
    case PipelineOutcome::End::Failed:
        writer.abandon();
        m_report.outcome = sourceFailed ? ImagingOutcome::SourceError : ImagingOutcome::DestinationError;
        m_report.error = out.error.message;
        break;
    }
    m_report.acquisitionEndedUtc = m_clock->nowUtc();
    m_report.segments = writer.segments();
}

VerificationRecord ImagingJob::verifyEwfImage()
{
    VerificationRecord rec;
    rec.requested = true;
    rec.startedUtc = m_clock->nowUtc();
    ProgressMeter meter;
    meter.start(ImagingPhase::VerifyImage, m_report.bytesAcquired);
    const QString first = m_report.segments.value(0).path;
    auto check = checkEwfImage(
        first, [&](qint64 done, qint64) { emitProgress(meter.sample(done, 0)); }, m_cancel);
    rec.endedUtc = m_clock->nowUtc();
    if (!check) {
        rec.error = check.error().message;
        return rec;
    }
    rec.bytesRead = check->bytesRead;
    if (check->cancelled) {
        rec.error = QStringLiteral("verification cancelled at offset %1").arg(check->bytesRead);
        return rec;
    }
    // libewf computes MD5, SHA-1 and SHA-256 on read-back; those are compared.
    QList<HashAlgorithm> algorithms;
    for (HashAlgorithm a : m_options.hashes)
        if (a != HashAlgorithm::Sha512)
            algorithms << a;
    rec.computed = check->computed;
    const QStringList problems = check->problems();
    if (!check->error.isEmpty() || !check->segmentProblems.isEmpty()) {
        rec.error = problems.join(QStringLiteral("; "));
        return rec;
    }
    rec.performed = true;
    rec.mismatched = mismatchedHashes(algorithms, m_report.hashes, rec.computed);
    rec.matched = rec.mismatched.isEmpty() && problems.isEmpty();
    if (!problems.isEmpty())
        rec.error = problems.join(QStringLiteral("; "));
    return rec;
}

void ImagingJob::verify(SourceDevice &source, BufferPool &pool)
{
    Pipeline pipeline(pool, m_cancel);
    ProgressMeter meter;
    m_report.imageVerification.requested = m_options.verifyImage;
    m_report.sourceVerification.requested = m_options.verifySource;
    if (m_options.verifyImage) {
        QStringList files;
        for (const ImageSegment &s : m_report.segments)
            files << s.path;
        if (m_options.beforeVerifyImage)
            m_options.beforeVerifyImage(files);
        auto reader = m_options.format == ImageFormat::E01
                          ? Result<std::unique_ptr<SegmentReader>>(Error::failed(QString()))
                          : SegmentReader::open(m_report.segments);
        if (m_options.format == ImageFormat::E01) {
            m_report.imageVerification = verifyEwfImage();
        } else if (!reader) {
            m_report.imageVerification.error = reader.error().message;
        } else {
            meter.start(ImagingPhase::VerifyImage, m_report.bytesAcquired);
            const BlockProducer produce = [&](std::byte *dst, qint64 off, std::size_t len) {
                return (*reader)->read(dst, off, len);
            };
            m_report.imageVerification = verifyStream(
                pipeline, m_report.bytesAcquired, produce, m_options.hashes, m_report.hashes,
                [&](qint64 done) { emitProgress(meter.sample(done, 0)); }, *m_clock);
        }
        if (!m_report.imageVerification.matched) {
            const VerificationRecord &v = m_report.imageVerification;
            m_report.outcome =
                v.performed ? ImagingOutcome::VerifyFailed
                            : (m_cancel.stopRequested() ? ImagingOutcome::Cancelled : ImagingOutcome::VerifyFailed);
            QStringList bad;
            for (HashAlgorithm a : v.mismatched)
                bad << hashAlgorithmLabel(a);
            m_report.error = v.performed && !bad.isEmpty()
                                 ? QStringLiteral("image verification failed: re-reading %1 gave a different %2; the "
                                                  "destination medium did not keep the data that was written%3")
                                       .arg(m_report.segments.value(0).path, bad.join(QStringLiteral(", ")),
                                            v.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.error))
                             : v.performed ? QStringLiteral("image verification failed: %1").arg(v.error)
                                           : QStringLiteral("image verification did not finish: %1").arg(v.error);
            return;
        }
    }
    if (m_options.verifySource) {
        const SourceIdentity &id = source.identity();
        SourceReader reader(id.path, source.fd(), source.directFd(), id.sizeBytes, id.logicalSectorSize,
                            m_options.retries, m_cancel);
        meter.start(ImagingPhase::VerifySource, id.sizeBytes);
        const BlockProducer produce = [&](std::byte *dst, qint64 off, std::size_t len) {
            return reader.read(dst, off, len);
        };
        m_report.sourceVerification = verifyStream(
            pipeline, id.sizeBytes, produce, m_options.hashes, m_report.hashes,
            [&](qint64 done) { emitProgress(meter.sample(done, reader.badSectorCount())); }, *m_clock);
        m_report.sourceVerification.badSectors = reader.badSectors();
        if (!m_report.sourceVerification.matched) {
            m_report.outcome = ImagingOutcome::SourceNotVerified;
            m_report.error =
                m_report.sourceVerification.performed
                    ? QStringLiteral("re-reading source %1 gave different hashes: the source changed or is failing "
                                     "(the image holds what was read the first time)")
                          .arg(id.path)
                    : QStringLiteral("re-reading source %1 did not finish: %2")
                          .arg(id.path, m_report.sourceVerification.error);
            return;
        }
    }
    m_report.outcome = ImagingOutcome::Complete;
}

void ImagingJob::finalize(const QStringList &workPaths, const QStringList &finalPaths)
{
    const QString dest = m_options.destination;
    const QString incompleteBase = output::incomplete(dest);
    m_report.endedUtc = m_clock->nowUtc();
    QStringList renamed;
    Status st;
    for (qsizetype i = 0; i < m_report.segments.size() && st; ++i) {
        st = renameNoReplace(workPaths[i], finalPaths[i]);
        if (st) {
            // Evidence is read-only from now on (a guard against accidents,
            // not against root: the hashes are what prove integrity), and,
            // like the case file, readable by its owner only whatever the
            // umask: an image holds a whole disk's personal data.
            ::chmod(QFile::encodeName(finalPaths[i]).constData(), 0400);
            renamed << finalPaths[i];
            m_report.segments[i].path = finalPaths[i];
        }
    }
    if (st) {
        syncDirectoryOf(dest);
        auto hashFiles = writeHashFiles(m_report, dest);
        if (hashFiles)
            m_report.hashFiles = *hashFiles;
        else
            st = hashFiles.error();
    }
    if (st) {
        m_report.infoPath = output::infoPath(dest);
        m_report.jsonPath = output::jsonPath(dest);
        st = writeAcquisitionLog(m_report, m_report.infoPath, m_report.jsonPath);
    }
    if (st) {
        QFile::remove(output::infoPath(incompleteBase));
        QFile::remove(output::jsonPath(incompleteBase));
        syncDirectoryOf(dest);
        return;
    }
    // Could not finish the paperwork: the image must not look complete.
    for (qsizetype i = 0; i < renamed.size(); ++i) {
        if (renameNoReplace(renamed[i], workPaths[i]))
            m_report.segments[i].path = workPaths[i];
    }
    for (const QString &h : std::as_const(m_report.hashFiles))
        QFile::remove(h);
    m_report.hashFiles.clear();
    QFile::remove(output::infoPath(dest));
    QFile::remove(output::jsonPath(dest));
    m_report.outcome = ImagingOutcome::DestinationError;
    m_report.error = st.error().message;
    writeFailureLog();
}

void ImagingJob::writeFailureLog()
{
    const QString base = output::incomplete(m_options.destination);
    m_report.endedUtc = m_clock->nowUtc();
    m_report.infoPath = output::infoPath(base);
    m_report.jsonPath = output::jsonPath(base);
    if (auto st = writeAcquisitionLog(m_report, m_report.infoPath, m_report.jsonPath); !st) {
        m_report.error += QStringLiteral("; and the log could not be written: %1").arg(st.error().message);
        m_report.infoPath.clear();
        m_report.jsonPath.clear();
    }
    syncDirectoryOf(m_options.destination);
}

} // namespace firebreak
