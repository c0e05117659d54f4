#pragma once

#include "BufferPool.h"
#include "forensics/common/CancelToken.h"
#include "model/Result.h"

#include <functional>
#include <vector>

namespace firebreak {

// One stage that takes every block of the stream, in order, on its own
// thread: a hash group or the image writer.
class BlockConsumer {
public:
    virtual ~BlockConsumer() = default;
    virtual Status consume(const Buffer &block) = 0;
    // After the last block, only when the stream ran to its end.
    virtual Status finish() { return {}; }
};

// Fills dst with the stream bytes [offset, offset + length).
using BlockProducer = std::function<Status(std::byte *dst, qint64 offset, std::size_t length)>;

struct PipelineOutcome {
    enum class End { Completed, Cancelled, Failed };
    End end = End::Completed;
    Error error;          // Failed: the first error, naming file and offset
    qint64 bytesDone = 0; // consumed by every consumer
};

// A reader thread fills pool buffers and hands each to every consumer's
// queue; each consumer runs on its own thread; the calling thread reports
// progress every `tickMs` until all have finished. The first error stops
// everything (nothing throws across threads: errors are values collected
// here). Memory is the pool's, whatever the stream length.
class Pipeline {
public:
    Pipeline(BufferPool &pool, const CancelToken &cancel) : m_pool(pool), m_cancel(cancel) {}

    PipelineOutcome run(qint64 totalBytes, const BlockProducer &produce, const std::vector<BlockConsumer *> &consumers,
                        const std::function<void(qint64 bytesDone)> &tick, int tickMs = 100);

private:
    BufferPool &m_pool;
    const CancelToken &m_cancel;
};

} // namespace firebreak
