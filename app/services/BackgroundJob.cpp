#include "BackgroundJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace firebreak::services {

BackgroundJob::BackgroundJob(QObject *parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob()
{
    if (!m_thread)
        return;
    m_cancel->requestStop();
    m_thread->wait();
    delete m_thread;
}

bool BackgroundJob::start(const CaseStore &store, Work work, std::function<void(const Error &)> failed)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<CancelToken>();
    m_elapsed.start();
    // The owner outlives the job (its destructor waits), and the store outlives the owner.
    const CaseStore *source = &store;
    const QString actor = store.actor();
    const std::shared_ptr<CancelToken> cancel = m_cancel;
    m_thread = QThread::create([this, source, actor, cancel, work = std::move(work), failed = std::move(failed)]() {
        std::function<void()> deliver;
        {
            // A team store's password comes along, held in memory by the store.
            auto opened = source->reopen(actor);
            if (!opened) {
                const Error e = opened.error();
                deliver = [failed, e] {
                    if (failed)
                        failed(e);
                };
            } else {
                // Progress posts at most ~8 times a second, whatever the caller reports.
                QElapsedTimer sinceLast;
                const Progress report = [this, &sinceLast](qint64 done, qint64 total) {
                    if (sinceLast.isValid() && sinceLast.elapsed() < 120 && done < total)
                        return;
                    sinceLast.start();
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
                };
                deliver = work(**opened, report, *cancel);
            } // the job's store (and its connection) closes here, on this thread
        }
        QMetaObject::invokeMethod(
            this,
            [this, deliver] {
                if (m_thread) {
                    m_thread->wait();
                    delete m_thread;
                    m_thread = nullptr;
                }
                if (deliver)
                    deliver();
                emit finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("background-job"));
    m_thread->start();
    return true;
}

void BackgroundJob::post(std::function<void()> f)
{
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

void BackgroundJob::cancel()
{
    if (m_cancel)
        m_cancel->requestStop();
}

void BackgroundJob::onProgress(qint64 done, qint64 total)
{
    if (!m_thread)
        return; // a late report after the result
    const double secs = double(m_elapsed.elapsed()) / 1000.0;
    const double rate = secs > 0.2 ? double(done) / secs : 0.0;
    const double left = rate > 0 && total >= done ? double(total - done) / rate : -1.0;
    emit progress(done, total, rate, left);
}

} // namespace firebreak::services
