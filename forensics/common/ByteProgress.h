#pragma once

#include <QtGlobal>

#include <functional>

namespace firebreak {

// Bytes done / total of a long read or write, reported a few times a second
// on the calling thread. Shared by every long job (hashing, packaging,
// verification, EWF checks) so none of them includes another's header for it.
using ByteProgress = std::function<void(qint64 done, qint64 total)>;

} // namespace firebreak
