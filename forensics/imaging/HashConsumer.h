#pragma once

#include "ImagingTypes.h"
#include "Pipeline.h"

#include <vector>

namespace firebreak {

// One hash thread's share of the algorithms. It runs all of its digests
// over one 64 KiB sub-chunk before the next, so the data is still in the
// CPU cache for the second digest (hash-only throughput ~606 -> ~775 MB/s
// on the reference machine, IMAGING.md).
class HashConsumer final : public BlockConsumer {
public:
    static constexpr std::size_t SubChunk = 64 * 1024;

    explicit HashConsumer(const QList<HashAlgorithm> &algorithms);
    Status consume(const Buffer &block) override;
    Status finish() override;
    HashValues results() const { return m_results; }

private:
    std::vector<Digest> m_digests;
    HashValues m_results;
};

// Spreads the algorithms over `threads` groups by cost (longest first onto
// the least loaded), so that on two cores MD5 (serial, the slowest) runs
// alone and SHA-1 + SHA-256 share the other: the split that reaches the
// hash-bound ceiling. Putting all three on one thread caps at ~430 MB/s.
QList<QList<HashAlgorithm>> planHashThreads(const QList<HashAlgorithm> &algorithms, int threads);

// Hash threads for this machine: one per algorithm, at most one per core
// but at least two when there are two algorithms or more.
int hashThreadCount(int algorithmCount);

} // namespace firebreak
