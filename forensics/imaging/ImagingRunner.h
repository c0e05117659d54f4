#pragma once

#include "ImagingJob.h"

#include <QObject>

#include <memory>

class QThread;

Q_DECLARE_METATYPE(firebreak::ImagingProgress)
Q_DECLARE_METATYPE(firebreak::AcquisitionReport)

namespace firebreak {

// Runs one ImagingJob on its own thread for a Qt user (the GUI acquisition
// dialog): start() returns at once, progress() arrives ~10 times a second
// and finished() once, both as queued signals in the receiver's thread, so
// the window never freezes and no nested event loop is needed. Register
// the evidence (registerAcquisition) in the finished() handler, on the
// thread that owns the case store.
class ImagingRunner : public QObject {
    Q_OBJECT

public:
    explicit ImagingRunner(QObject *parent = nullptr);
    // Cancels a running job and waits for it: the partial image is marked
    // .incomplete and its log written before the object goes.
    ~ImagingRunner() override;

    bool isRunning() const;

public slots:
    // False (and nothing started) while a job is already running.
    bool start(const firebreak::ImagingOptions &options);
    void cancel();

signals:
    void progress(const firebreak::ImagingProgress &progress);
    void finished(const firebreak::AcquisitionReport &report);

private:
    std::unique_ptr<ImagingJob> m_job;
    QThread *m_thread = nullptr;
};

} // namespace firebreak
