#include "HashConsumer.h"

#include <algorithm>
#include <thread>

namespace firebreak {

HashConsumer::HashConsumer(const QList<HashAlgorithm> &algorithms)
{
    for (HashAlgorithm a : algorithms)
        m_digests.emplace_back(a);
}

Status HashConsumer::consume(const Buffer &block)
{
    for (std::size_t pos = 0; pos < block.size; pos += SubChunk) {
        const std::size_t n = std::min(SubChunk, block.size - pos);
        for (Digest &d : m_digests)
            d.update(block.data + pos, n);
    }
    return {};
}

Status HashConsumer::finish()
{
    for (Digest &d : m_digests)
        m_results.insert(d.algorithm(), d.finishHex());
    return {};
}

QList<QList<HashAlgorithm>> planHashThreads(const QList<HashAlgorithm> &algorithms, int threads)
{
    QList<HashAlgorithm> sorted = algorithms;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](HashAlgorithm a, HashAlgorithm b) { return hashAlgorithmCost(a) > hashAlgorithmCost(b); });
    const int groups = std::clamp(threads, 1, std::max<int>(1, static_cast<int>(sorted.size())));
    QList<QList<HashAlgorithm>> plan(groups);
    QList<double> load(groups, 0.0);
    for (HashAlgorithm a : sorted) {
        const auto least = std::min_element(load.begin(), load.end()) - load.begin();
        plan[least].append(a);
        load[least] += hashAlgorithmCost(a);
    }
    plan.removeIf([](const QList<HashAlgorithm> &g) { return g.isEmpty(); });
    return plan;
}

int hashThreadCount(int algorithmCount)
{
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return std::clamp(cores, std::min(2, algorithmCount), std::max(1, algorithmCount));
}

} // namespace firebreak
