#include "BufferPool.h"

#include <cstdlib>

namespace firebreak {

void Buffer::release()
{
    if (refs.fetch_sub(1, std::memory_order_acq_rel) == 1)
        pool->giveBack(this);
}

BufferPool::BufferPool(std::size_t bufferSize, int count)
    : m_bufferSize(bufferSize), m_buffers(static_cast<std::size_t>(count))
{
    // One allocation for all buffers; the size is a multiple of the page
    // size so every buffer starts page-aligned.
    const std::size_t stride = (bufferSize + Alignment - 1) / Alignment * Alignment;
    m_memory = static_cast<std::byte *>(std::aligned_alloc(Alignment, stride * m_buffers.size()));
    if (!m_memory)
        return;
    for (std::size_t i = 0; i < m_buffers.size(); ++i) {
        m_buffers[i].data = m_memory + i * stride;
        m_buffers[i].capacity = bufferSize;
        m_buffers[i].pool = this;
        m_free.push_back(&m_buffers[i]);
    }
}

BufferPool::~BufferPool()
{
    std::free(m_memory);
}

Buffer *BufferPool::acquire(int consumers)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return m_interrupted || !m_free.empty(); });
    if (m_interrupted)
        return nullptr;
    Buffer *b = m_free.back();
    m_free.pop_back();
    b->refs.store(consumers, std::memory_order_relaxed);
    b->size = 0;
    b->offset = 0;
    return b;
}

void BufferPool::giveBack(Buffer *b)
{
    m_completed.fetch_add(static_cast<qint64>(b->size), std::memory_order_relaxed);
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(b);
    }
    m_cv.notify_all();
}

void BufferPool::interrupt()
{
    {
        std::lock_guard lock(m_mutex);
        m_interrupted = true;
    }
    m_cv.notify_all();
}

void BufferPool::reset()
{
    std::lock_guard lock(m_mutex);
    m_interrupted = false;
    m_completed.store(0);
}

bool BufferPool::allReturned()
{
    std::lock_guard lock(m_mutex);
    return m_free.size() == m_buffers.size();
}

} // namespace firebreak
