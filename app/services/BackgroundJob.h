#pragma once

#include "forensics/common/CancelToken.h"
#include "model/CaseStore.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace firebreak::services {

// The one way a long use case (hashing a file to add it, re-hashing an item
// to verify it, an acquisition) leaves the GUI thread, so the window never
// freezes. The job gets a CaseStore of its own on the same store
// (CaseStore::reopen: the same file, or the same team store with its
// in-memory password): SQL connections belong to the thread that opened
// them, and a job-local store closes its connection on the job's thread
// when it ends. Progress arrives as a queued signal, throttled to about
// eight a second whatever the work reports; the work's answer is delivered
// by the closure it returns, run on the owner's thread just before
// finished(). Cancel sets the token the work polls; the destructor cancels
// and waits, so a job never outlives its owner.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Runs on the job thread; returns what to do with the outcome on the owner's thread.
    using Work =
        std::function<std::function<void()>(CaseStore &store, const Progress &progress, const CancelToken &cancel)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    // False when a job is already running. A store that cannot be opened
    // again is delivered through `failed`.
    bool start(const CaseStore &store, Work work, std::function<void(const Error &)> failed);
    bool isRunning() const { return m_thread != nullptr; }
    bool cancelRequested() const { return m_cancel && m_cancel->stopRequested(); }

    // From the job thread: runs `f` on the owner's thread (for progress
    // richer than bytes, e.g. an acquisition's phase and bad sectors).
    // Dropped if the job object is gone by then.
    void post(std::function<void()> f);

public slots:
    void cancel();

signals:
    // Rate in bytes per second since the start; secondsLeft < 0 while unknown.
    void progress(qint64 done, qint64 total, double bytesPerSecond, double secondsLeft);
    void finished();

private:
    void onProgress(qint64 done, qint64 total);

    QThread *m_thread = nullptr;
    std::shared_ptr<CancelToken> m_cancel;
    QElapsedTimer m_elapsed;
};

} // namespace firebreak::services
