#pragma once

#include "forensics/imaging/CancelToken.h"
#include "model/CaseStore.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace firebreak::ui {

// Runs one long evidence job (hashing a file to add it, re-hashing an item
// to verify it) on its own thread so the window never freezes. The job
// gets a CaseStore of its own on the same store (CaseStore::reopen: the
// same file, or the same team store with its in-memory password): SQL
// connections belong to the thread that opened them, and a job-local store
// closes its connection on the job's thread when it ends. Progress arrives
// as a queued signal; the job's answer is delivered by the closure the
// work returns, run on the GUI thread just before finished().
class EvidenceJob : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Runs on the job thread; returns what to do with the outcome on the GUI thread.
    using Work =
        std::function<std::function<void()>(CaseStore &store, const Progress &progress, const CancelToken &cancel)>;

    explicit EvidenceJob(QObject *parent = nullptr);
    // Cancels a running job and waits for it: a cancelled job records nothing.
    ~EvidenceJob() override;

    // False when a job is already running. A store that cannot be opened
    // again is delivered through `failed`.
    bool start(const CaseStore &store, Work work, std::function<void(const Error &)> failed);
    bool isRunning() const { return m_thread != nullptr; }
    bool cancelRequested() const { return m_cancel && m_cancel->stopRequested(); }

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

// "1 m 05 s", "2 h 03 m", "estimating…" for a negative value.
QString timeLeftText(double seconds);

} // namespace firebreak::ui
