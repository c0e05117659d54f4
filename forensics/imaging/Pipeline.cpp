#include "Pipeline.h"

#include "BoundedQueue.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>

namespace firebreak {

namespace {

// State shared by the threads of one run: the first error and the stop
// flag every loop checks.
struct RunState {
    std::vector<std::unique_ptr<BoundedQueue<Buffer *>>> queues;
    BufferPool *pool = nullptr;
    std::atomic<bool> aborted{false};
    bool cancelled = false;
    std::optional<Error> error;
    std::mutex mutex;
    std::condition_variable finished;
    int running = 0;

    // `e` null: a cancellation, not an error. (A pointer rather than an
    // optional<Error> parameter: GCC 12 warns falsely on the latter.)
    void stop(const Error *e)
    {
        {
            std::lock_guard lock(mutex);
            if (!aborted.load()) {
                if (e)
                    error.emplace(*e);
                cancelled = !e;
            }
            aborted.store(true);
        }
        pool->interrupt();
        for (auto &q : queues)
            q->close();
    }
    void threadDone()
    {
        {
            std::lock_guard lock(mutex);
            --running;
        }
        finished.notify_all();
    }
};

} // namespace

PipelineOutcome Pipeline::run(qint64 totalBytes, const BlockProducer &produce,
                              const std::vector<BlockConsumer *> &consumers, const std::function<void(qint64)> &tick,
                              int tickMs)
{
    m_pool.reset();
    RunState st;
    st.pool = &m_pool;
    for (std::size_t i = 0; i < consumers.size(); ++i)
        st.queues.push_back(std::make_unique<BoundedQueue<Buffer *>>(static_cast<std::size_t>(m_pool.count())));
    const int n = static_cast<int>(consumers.size());
    st.running = n + 1;

    std::vector<std::thread> threads;
    threads.emplace_back([&] {
        const auto blockSize = static_cast<qint64>(m_pool.bufferSize());
        for (qint64 off = 0; off < totalBytes && !st.aborted.load(); off += blockSize) {
            if (m_cancel.stopRequested()) {
                st.stop(nullptr);
                break;
            }
            Buffer *b = m_pool.acquire(n);
            if (!b)
                break;
            const auto len = static_cast<std::size_t>(std::min(blockSize, totalBytes - off));
            Status r = produce(b->data, off, len);
            b->offset = off;
            b->size = r ? len : 0;
            if (!r) {
                for (int i = 0; i < n; ++i)
                    b->release();
                st.stop(m_cancel.stopRequested() ? nullptr : &r.error());
                break;
            }
            for (auto &q : st.queues)
                if (!q->push(b))
                    b->release(); // queue closed by a stop: hand the reference back
        }
        for (auto &q : st.queues)
            q->close();
        st.threadDone();
    });
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            BlockConsumer *c = consumers[static_cast<std::size_t>(i)];
            while (auto b = st.queues[static_cast<std::size_t>(i)]->pop()) {
                if (!st.aborted.load()) {
                    Status r = c->consume(**b);
                    if (!r)
                        st.stop(&r.error());
                }
                (*b)->release();
            }
            if (!st.aborted.load()) {
                Status r = c->finish();
                if (!r)
                    st.stop(&r.error());
            }
            st.threadDone();
        });
    }

    {
        std::unique_lock lock(st.mutex);
        while (st.running > 0) {
            st.finished.wait_for(lock, std::chrono::milliseconds(tickMs));
            if (st.running == 0)
                break;
            lock.unlock();
            if (m_cancel.stopRequested() && !st.aborted.load())
                st.stop(nullptr);
            if (tick)
                tick(m_pool.completedBytes());
            lock.lock();
        }
    }
    for (std::thread &t : threads)
        t.join();

    PipelineOutcome out;
    out.bytesDone = m_pool.completedBytes();
    if (st.error) {
        out.end = PipelineOutcome::End::Failed;
        out.error = *st.error;
    } else if (st.aborted.load() || st.cancelled) {
        out.end = PipelineOutcome::End::Cancelled;
    }
    if (tick)
        tick(out.bytesDone);
    return out;
}

} // namespace firebreak
