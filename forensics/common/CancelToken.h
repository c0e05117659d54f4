#pragma once

#include <atomic>

namespace firebreak {

// Shared stop flag of one job. Every loop of every imaging thread checks it
// so Cancel (a GUI button, SIGINT in the CLI) ends the job within one block.
// requestStop() only stores to a lock-free atomic, so it is safe to call
// from a signal handler.
class CancelToken {
public:
    void requestStop() noexcept { m_stop.store(true, std::memory_order_relaxed); }
    bool stopRequested() const noexcept { return m_stop.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_stop{false};
};

} // namespace firebreak
