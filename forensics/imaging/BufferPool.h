#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <vector>

namespace firebreak {

class BufferPool;

// One block of the stream. The reader fills it once; every consumer (hash
// threads, writer) reads the same memory, so nothing is copied per
// consumer. The last consumer to release it hands it back to the pool.
struct Buffer {
    std::byte *data = nullptr;
    std::size_t capacity = 0;
    qint64 offset = 0;    // position of data[0] in the stream
    std::size_t size = 0; // valid bytes
    std::atomic<int> refs{0};
    BufferPool *pool = nullptr;

    void release(); // one consumer is done with it
};

// A fixed set of page-aligned buffers allocated once up front: memory stays
// bounded (count x size) whatever the image size, and the alignment lets
// the writer use O_DIRECT. acquire() blocks while every buffer is in
// flight, which is the pipeline's back-pressure.
class BufferPool {
public:
    static constexpr std::size_t Alignment = 4096;

    BufferPool(std::size_t bufferSize, int count);
    ~BufferPool();
    BufferPool(const BufferPool &) = delete;
    BufferPool &operator=(const BufferPool &) = delete;

    bool valid() const { return m_memory != nullptr; }
    std::size_t bufferSize() const { return m_bufferSize; }
    int count() const { return static_cast<int>(m_buffers.size()); }

    // A free buffer with `consumers` references, or nullptr once
    // interrupt() was called.
    Buffer *acquire(int consumers);
    // Wakes every acquire() waiter for good (job stopping).
    void interrupt();
    // Re-arms the pool for a new pass; all buffers must be back.
    void reset();
    // Bytes of buffers fully released since reset(): every consumer has
    // hashed or written them. Monotonic because consumers work in order.
    qint64 completedBytes() const { return m_completed.load(std::memory_order_relaxed); }
    bool allReturned();

private:
    friend struct Buffer;
    void giveBack(Buffer *b);

    std::byte *m_memory = nullptr;
    std::size_t m_bufferSize;
    std::vector<Buffer> m_buffers;
    std::vector<Buffer *> m_free;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_interrupted = false;
    std::atomic<qint64> m_completed{0};
};

} // namespace firebreak
