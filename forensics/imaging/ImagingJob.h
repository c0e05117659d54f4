#pragma once

#include "ImagingTypes.h"
#include "forensics/common/CancelToken.h"

#include <functional>
#include <memory>

namespace firebreak {

class SourceDevice;
class SourceReader;
class BufferPool;
class BlockConsumer;
class HashConsumer;

// One acquisition: source -> image file(s) + MD5/SHA-1/SHA-256 in one
// pass, optional verification, hash files and the acquisition log.
//
// run() blocks and must be called on a worker thread (never the GUI
// thread); it starts its own reader, hash and writer threads. Progress is
// delivered on the thread that called run(), about 10 times a second, so a
// QObject wrapper can re-emit it as a queued signal. cancel() may be called
// from any thread (or a signal handler through cancelToken()). Nothing
// throws: the report says how it ended and why, naming files and offsets.
//
// Output names: DEST (or DEST.001, ..., or for E01 NAME.E01, NAME.E02, ...
// written as NAME.incomplete.E01, ...) while running carry the suffix
// ".incomplete"; they get their final names only when the image is
// complete (and verified, if asked). A crash or a failure leaves
// DEST.incomplete plus DEST.incomplete.info/.json saying why.
class ImagingJob {
public:
    using ProgressHandler = std::function<void(const ImagingProgress &)>;

    explicit ImagingJob(ImagingOptions options);
    ~ImagingJob();

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void cancel() { m_cancel.requestStop(); }
    CancelToken &cancelToken() { return m_cancel; }

    AcquisitionReport run();

private:
    struct AcquirePass;
    AcquirePass runAcquirePass(SourceDevice &source, SourceReader &reader, BlockConsumer &writer, BufferPool &pool);
    void acquire(SourceDevice &source, BufferPool &pool, const QStringList &workPaths);
    void acquireEwf(SourceDevice &source, BufferPool &pool);
    VerificationRecord verifyEwfImage();
    void verify(SourceDevice &source, BufferPool &pool);
    void finalize(const QStringList &workPaths, const QStringList &finalPaths);
    void writeFailureLog();
    void emitProgress(const ImagingProgress &p);

    ImagingOptions m_options;
    const Clock *m_clock;
    CancelToken m_cancel;
    ProgressHandler m_progress;
    AcquisitionReport m_report;
};

// The CLI and the GUI call this once at start: with RLIMIT_FSIZE in force
// the kernel would otherwise kill the process (SIGXFSZ) in the middle of
// an image instead of failing the write with EFBIG, leaving no log.
void ignoreFileSizeSignal();

} // namespace firebreak
