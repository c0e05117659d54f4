#include "ImagingRunner.h"

#include <QThread>

namespace firebreak {

ImagingRunner::ImagingRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ImagingProgress>();
    qRegisterMetaType<AcquisitionReport>();
}

ImagingRunner::~ImagingRunner()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ImagingRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ImagingRunner::start(const ImagingOptions &options)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_job = std::make_unique<ImagingJob>(options);
    // Emitted on the worker thread; Qt queues them to receivers elsewhere.
    m_job->setProgressHandler([this](const ImagingProgress &p) { emit progress(p); });
    ImagingJob *job = m_job.get();
    m_thread = QThread::create([this, job] {
        const AcquisitionReport report = job->run();
        emit finished(report);
    });
    m_thread->setObjectName(QStringLiteral("firebreak-imaging"));
    m_thread->start();
    return true;
}

void ImagingRunner::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace firebreak
