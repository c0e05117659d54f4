#include "EvidenceHashing.h"

#include "forensics/imaging/HashConsumer.h"

#include <memory>

namespace firebreak {

QList<HashAlgorithm> registerHashes()
{
    return {HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256};
}

StreamHash hashStream(qint64 total, const BlockProducer &produce, const ByteProgress &progress,
                      const CancelToken &cancel)
{
    // 16 x 1 MiB: large reads keep the disk streaming, and the pool bounds
    // memory whatever the file size.
    BufferPool pool(std::size_t(1) << 20, 16);
    StreamHash out;
    if (!pool.valid()) {
        out.error = QStringLiteral("cannot allocate the hashing buffers (16 MiB)");
        return out;
    }
    const QList<HashAlgorithm> algorithms = registerHashes();
    std::vector<std::unique_ptr<HashConsumer>> hashers;
    std::vector<BlockConsumer *> consumers;
    for (const QList<HashAlgorithm> &group :
         planHashThreads(algorithms, hashThreadCount(static_cast<int>(algorithms.size())))) {
        hashers.push_back(std::make_unique<HashConsumer>(group));
        consumers.push_back(hashers.back().get());
    }
    Pipeline pipeline(pool, cancel);
    const PipelineOutcome r = pipeline.run(total, produce, consumers, [&](qint64 done) {
        if (progress)
            progress(done, total);
    });
    out.bytes = r.bytesDone;
    if (r.end == PipelineOutcome::End::Cancelled || cancel.stopRequested()) {
        out.cancelled = true;
        return out;
    }
    if (r.end == PipelineOutcome::End::Failed) {
        out.error = r.error.message;
        return out;
    }
    for (const auto &h : hashers)
        out.hashes.insert(h->results());
    return out;
}

} // namespace firebreak
