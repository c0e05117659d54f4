#pragma once

#include "DeviceProbe.h"
#include "forensics/hash/Digest.h"
#include "model/Clock.h"
#include "model/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace firebreak {

using HashValues = QMap<HashAlgorithm, QString>; // lowercase hex

// Identity of what is imaged, as the acquisition log records it.
struct SourceIdentity {
    QString path;          // as given
    QString canonicalPath; // symlinks resolved (/dev/disk/by-id/... -> /dev/sdb)
    bool isBlockDevice = false;
    qint64 sizeBytes = 0;
    int logicalSectorSize = 512; // granularity of bad-sector handling
    int physicalSectorSize = 512;
    BlockDeviceInfo device;      // block devices only
    QDateTime fileModifiedUtc;   // regular files only
    bool atimePreserved = false; // opened with O_NOATIME
};

// Which write protection was in force, in words a court can read.
struct WriteProtectionRecord {
    bool openedReadOnly = true;
    bool kernelFlagBefore = false; // BLKROGET before the acquisition
    bool kernelFlagSetByFirebreak = false;
    bool kernelFlagRestored = false;
    QString note;            // why the flag was not set, or how restoring failed
    QString declaredBlocker; // hardware write blocker the examiner declared
    QString summary() const;
};

// Consecutive unreadable sectors, zero-filled in the image.
struct BadSectorRange {
    qint64 firstSector = 0;
    qint64 sectorCount = 0;
    int sectorSize = 512;
    int lastErrno = 0;
    qint64 byteOffset() const { return firstSector * sectorSize; }
};

struct ImageSegment {
    QString path;
    qint64 sizeBytes = 0;
};

enum class ImagingPhase { Acquire, VerifyImage, VerifySource };
QString imagingPhaseLabel(ImagingPhase p);

// Reported ~10 times a second from the thread that called ImagingJob::run().
struct ImagingProgress {
    ImagingPhase phase = ImagingPhase::Acquire;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0;
    double secondsLeft = -1; // < 0: not yet known
    qint64 badSectors = 0;
    double elapsedSeconds = 0;
};

// How an acquisition ended. Complete: every byte acquired, written, flushed
// and (if asked) verified. SourceNotVerified: a complete image, faithful to
// what was read, but re-reading the source did not give the same hashes
// (failing or live media) or did not finish. Everything else leaves files
// marked .incomplete. InProgress only appears in the log written at start,
// which a crash would leave behind.
enum class ImagingOutcome {
    Complete,
    SourceNotVerified,
    VerifyFailed,
    Cancelled,
    DestinationError,
    SourceError,
    NotStarted,
    InProgress
};
QString imagingOutcomeKey(ImagingOutcome o); // "complete", "cancelled", ...

struct VerificationRecord {
    bool requested = false;
    bool performed = false; // ran to the end
    bool matched = false;   // every requested hash equal (never an OR)
    HashValues computed;
    QList<HashAlgorithm> mismatched;
    QString error;
    QDateTime startedUtc, endedUtc;
    qint64 bytesRead = 0;
    QList<BadSectorRange> badSectors; // source re-read only
};

struct CaseInfo {
    QString examiner;
    QString incidentId;
    QString evidenceId;
    QString description;
    QString notes;
    QString mediaLocation; // where the original media is kept (DOMAIN.md)
    QString system;        // hostname of the incident's system it is taken from, if any
};

// Container of the image: a raw (dd) stream, optionally split, or an
// Expert Witness (E01) segment set written through libewf.
enum class ImageFormat { Raw, E01 };
QString imageFormatKey(ImageFormat f); // "raw", "e01"
std::optional<ImageFormat> imageFormatFromKey(const QString &key);

// zlib level of E01 chunks, as ewfacquire names them: none (stored),
// fast (Z_BEST_SPEED), best (Z_BEST_COMPRESSION).
enum class EwfCompression { None, Fast, Best };
QString ewfCompressionKey(EwfCompression c); // "none", "fast", "best"
std::optional<EwfCompression> ewfCompressionFromKey(const QString &key);

// ewfacquire's default segment size, 1500 MiB (it prints "1.4 GiB").
inline constexpr qint64 DefaultEwfSegmentSize = qint64(1500) << 20;

struct AcquisitionReport;

struct ImagingOptions {
    QString source;
    QString destination; // image path; with split, segments are DEST.001, ...
    QList<HashAlgorithm> hashes{HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256};
    bool verifyImage = false;
    bool verifySource = false;
    qint64 splitSize = 0; // 0: one file
    int retries = 3;      // extra attempts per unreadable sector
    qint64 blockSize = 1 << 20;
    int bufferCount = 64; // blockSize x bufferCount bounds the memory
    bool checkFreeSpace = true;
    bool setKernelReadOnly = true; // BLKROSET on unmounted block devices
    QString declaredWriteBlocker;
    CaseInfo caseInfo;
    QString commandLine;          // recorded in the log
    const Clock *clock = nullptr; // null: system clock

    // Test seams: called on the reader thread after each block, and on the
    // job thread after the image is closed and before it is re-read.
    std::function<void(qint64 offset)> afterBlockRead;
    std::function<void(const QStringList &imageFiles)> beforeVerifyImage;

    // Called on the job thread once the "IN PROGRESS" log is written and
    // before the first byte is read (the report holds the source identity,
    // start time and log paths): the caller records the acquisition as
    // started in the case store. An error stops the job as not started,
    // with nothing left behind, so no acquisition runs unrecorded.
    std::function<Status(const AcquisitionReport &started)> onStarted;

    // E01: `destination` is NAME or NAME.E01; segments are NAME.E01,
    // NAME.E02, ... (splitSize is not used, ewfSegmentSize is).
    ImageFormat format = ImageFormat::Raw;
    EwfCompression compression = EwfCompression::Fast;
    qint64 ewfSegmentSize = DefaultEwfSegmentSize;
};

struct AcquisitionReport {
    ImagingOutcome outcome = ImagingOutcome::NotStarted;
    QString error; // what stopped it, naming the file and offset
    ImagingOptions options;
    SourceIdentity source;
    WriteProtectionRecord writeProtection;
    QString toolVersion, host, operatingSystem;
    QDateTime startedUtc, acquisitionEndedUtc, endedUtc;
    qint64 bytesExpected = 0;
    qint64 bytesAcquired = 0; // read, hashed and written
    QList<BadSectorRange> badSectors;
    HashValues hashes; // of the image stream as written; empty if incomplete
    VerificationRecord imageVerification, sourceVerification;
    QList<ImageSegment> segments;
    bool directIo = false;
    QString infoPath, jsonPath;
    QStringList hashFiles;
    QStringList warnings; // e.g. the source is mounted

    bool success() const { return outcome == ImagingOutcome::Complete; }
    // The image files carry their final names (complete and faithful).
    bool imageComplete() const
    {
        return outcome == ImagingOutcome::Complete || outcome == ImagingOutcome::SourceNotVerified;
    }
    qint64 badSectorCount() const;
};

} // namespace firebreak
