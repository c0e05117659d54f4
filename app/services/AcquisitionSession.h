#pragma once

#include "forensics/imaging/ImagingJob.h"
#include "model/CaseStore.h"
#include "model/Evidence.h"

#include <optional>

namespace firebreak::services {

// How an acquisition session ended, for the front end to show.
struct AcquisitionOutcome {
    AcquisitionReport report;
    std::optional<EvidenceItem> registered; // the register entry, when the image was complete and registered
    QString registrationError;              // complete image that could NOT be registered: why
    QString endRecordError;                 // the end could not be recorded (it will be listed as interrupted)
};

// The acquisition use case, once for the CLI and the GUI (issue #22):
//
//   prepare()  before a byte is read, on the store's thread: the incident
//              exists, the evidence number is reserved (the next E-NNN
//              when none is asked for), the system is one of the incident's.
//              A typo must not cost hours of imaging.
//   run()      on the thread that owns `store` (the CLI's main thread, or a
//              BackgroundJob's worker with its own connection): records the
//              start before the first byte is read (a crash then leaves a
//              "running" row every listing shows as interrupted), images,
//              then registers a complete image with its end in one
//              transaction, or records how an incomplete one ended. A
//              complete image that cannot be registered still has its end
//              recorded, or it would later look interrupted.
//
// Without a store (an image taken outside any incident) nothing is recorded.
class AcquisitionSession {
public:
    static Status prepare(const CaseStore &store, ImagingOptions &options);

    AcquisitionSession(CaseStore *store, ImagingOptions options);

    // Progress on the thread calling run(), about ten times a second.
    void setProgressHandler(ImagingJob::ProgressHandler handler);
    // Safe from any thread and from a signal handler.
    CancelToken &cancelToken() { return m_job.cancelToken(); }
    // Also stops the imaging when this outer token is set (a BackgroundJob's Cancel).
    void followCancel(const CancelToken *outer) { m_outer = outer; }

    AcquisitionOutcome run();

private:
    CaseStore *m_store;
    ImagingJob m_job;
    ImagingJob::ProgressHandler m_progress;
    const CancelToken *m_outer = nullptr;
    qint64 m_acquisitionId = 0; // set on the job's thread by onStarted, read after run() returns
};

} // namespace firebreak::services
