#pragma once

#include "ImagingTypes.h"

#include <memory>
#include <sys/types.h>

namespace firebreak {

// The evidence being imaged: a block device or a regular file, opened
// read-only and never written. For block devices it can set the kernel
// read-only flag for the duration (BLKROSET) and puts it back on
// restore() or destruction; the record says what was in force.
class SourceDevice {
public:
    static Result<std::unique_ptr<SourceDevice>> open(const QString &path);
    ~SourceDevice();
    SourceDevice(const SourceDevice &) = delete;
    SourceDevice &operator=(const SourceDevice &) = delete;

    const SourceIdentity &identity() const { return m_identity; }
    const WriteProtectionRecord &writeProtection() const { return m_protection; }
    int fd() const { return m_fd; }
    // A second descriptor opened with O_DIRECT (block devices only, else
    // -1): sector-sized retries through it fail exactly on the bad sector
    // instead of on the whole 4 KiB page the page cache would read.
    int directFd() const { return m_directFd; }
    // Identity of the opened object, to refuse writing onto it.
    dev_t rdev() const { return m_rdev; }
    dev_t dev() const { return m_dev; }
    ino_t ino() const { return m_ino; }

    // Sets BLKROSET unless the device is in use (a mounted filesystem
    // would start failing its writes) or already read-only.
    void protect(const QString &declaredBlocker);
    void restore();

private:
    SourceDevice() = default;

    SourceIdentity m_identity;
    WriteProtectionRecord m_protection;
    int m_fd = -1;
    int m_directFd = -1;
    dev_t m_rdev = 0, m_dev = 0;
    ino_t m_ino = 0;
};

} // namespace firebreak
