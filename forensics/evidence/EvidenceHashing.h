#pragma once

#include "forensics/ewf/EwfCheck.h"
#include "forensics/imaging/Pipeline.h"

namespace firebreak {

// How one hashing pass over a stream ended.
struct StreamHash {
    HashValues hashes; // MD5, SHA-1 and SHA-256; only when it ran to the end
    qint64 bytes = 0;  // bytes hashed
    bool cancelled = false;
    QString error; // why it stopped, naming the file and offset
    bool complete() const { return !cancelled && error.isEmpty(); }
};

// Hashes [0, total) of `produce` with MD5, SHA-1 and SHA-256 on the imaging
// pipeline's hash threads (bounded buffers: memory does not grow with the
// file). `progress` is called on the calling thread a few times a second.
StreamHash hashStream(qint64 total, const BlockProducer &produce, const ByteProgress &progress,
                      const CancelToken &cancel);

// The three algorithms the register keeps.
QList<HashAlgorithm> registerHashes();

} // namespace firebreak
