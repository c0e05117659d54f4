// LD_PRELOAD shim that injects read errors into the real read path of a
// process (firebreak-cli, dc3dd), so bad-sector handling is tested
// through pread()/read() exactly as a failing disk would drive it. Device
// mapper (dm-error) is not available on the test machines.
//
// Environment:
//   FIREBREAK_FAULT_FILE     path whose reads fail (file or block device;
//                            matched by device/inode, so every descriptor
//                            of it is affected, O_DIRECT ones included)
//   FIREBREAK_FAULT_SECTORS  comma-separated sector numbers that fail
//   FIREBREAK_FAULT_SECTOR_SIZE  default 512
//   FIREBREAK_FAULT_MODE     "eio" (default): a read touching a bad sector
//                            fails with EIO; "short": it returns the bytes
//                            before the first bad sector, and EIO only when
//                            it starts on one (what the kernel often does)
//   FIREBREAK_FAULT_TRANSIENT  N: each bad sector fails only its first N
//                            reads, then reads fine (a retry recovers it)
//   FIREBREAK_FAULT_DELAY_US  sleep this long in every read of the file
//                            (to cancel a run half-way without timing races)

#include <dlfcn.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <vector>

namespace {

using PreadFn = ssize_t (*)(int, void *, size_t, off_t);
using ReadFn = ssize_t (*)(int, void *, size_t);

struct Config {
    bool active = false;
    bool isBlock = false;
    dev_t dev = 0, rdev = 0;
    ino_t ino = 0;
    long long sectorSize = 512;
    std::vector<long long> sectors; // sorted
    bool shortMode = false;
    int transient = 0;
    useconds_t delayUs = 0;
    PreadFn realPread = nullptr;
    ReadFn realRead = nullptr;
    std::mutex mutex;
    std::map<long long, int> failures; // sector -> failed reads so far
};

Config &config()
{
    static Config *c = [] {
        auto *cfg = new Config;
        cfg->realPread = reinterpret_cast<PreadFn>(dlsym(RTLD_NEXT, "pread64"));
        cfg->realRead = reinterpret_cast<ReadFn>(dlsym(RTLD_NEXT, "read"));
        const char *file = std::getenv("FIREBREAK_FAULT_FILE");
        struct stat st {};
        if (file && *file && ::stat(file, &st) == 0) {
            cfg->active = true;
            cfg->isBlock = S_ISBLK(st.st_mode);
            cfg->dev = st.st_dev;
            cfg->rdev = st.st_rdev;
            cfg->ino = st.st_ino;
        }
        if (const char *s = std::getenv("FIREBREAK_FAULT_SECTOR_SIZE"))
            cfg->sectorSize = std::max(1LL, std::atoll(s));
        if (const char *s = std::getenv("FIREBREAK_FAULT_SECTORS")) {
            const char *p = s;
            while (*p) {
                char *end = nullptr;
                const long long v = std::strtoll(p, &end, 10);
                if (end == p)
                    break;
                cfg->sectors.push_back(v);
                p = *end == ',' ? end + 1 : end;
            }
            std::sort(cfg->sectors.begin(), cfg->sectors.end());
        }
        if (const char *s = std::getenv("FIREBREAK_FAULT_MODE"))
            cfg->shortMode = std::strcmp(s, "short") == 0;
        if (const char *s = std::getenv("FIREBREAK_FAULT_TRANSIENT"))
            cfg->transient = std::atoi(s);
        if (const char *s = std::getenv("FIREBREAK_FAULT_DELAY_US"))
            cfg->delayUs = static_cast<useconds_t>(std::atol(s));
        return cfg;
    }();
    return *c;
}

bool targeted(Config &c, int fd)
{
    if (!c.active)
        return false;
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return false;
    if (c.isBlock)
        return S_ISBLK(st.st_mode) && st.st_rdev == c.rdev;
    return st.st_dev == c.dev && st.st_ino == c.ino;
}

// First still-failing bad sector overlapping [off, off + len), or -1.
long long firstBad(Config &c, long long off, size_t len)
{
    const long long firstSector = off / c.sectorSize;
    const long long lastSector = (off + static_cast<long long>(len) - 1) / c.sectorSize;
    std::lock_guard lock(c.mutex);
    for (long long s : c.sectors) {
        if (s < firstSector || s > lastSector)
            continue;
        if (c.transient > 0 && c.failures[s] >= c.transient)
            continue;
        return s;
    }
    return -1;
}

void countFailure(Config &c, long long sector)
{
    std::lock_guard lock(c.mutex);
    ++c.failures[sector];
}

ssize_t faultyRead(Config &c, int fd, void *buf, size_t count, off_t offset, bool positional)
{
    if (c.delayUs)
        ::usleep(c.delayUs);
    const long long bad = count ? firstBad(c, offset, count) : -1;
    if (bad >= 0) {
        const long long badStart = bad * c.sectorSize;
        if (c.shortMode && badStart > offset) {
            count = static_cast<size_t>(badStart - offset); // the good bytes before it
        } else {
            countFailure(c, bad);
            errno = EIO;
            return -1;
        }
    }
    if (positional)
        return c.realPread(fd, buf, count, offset);
    return c.realRead(fd, buf, count);
}

} // namespace

extern "C" {

ssize_t pread64(int fd, void *buf, size_t count, off_t offset)
{
    Config &c = config();
    if (!targeted(c, fd))
        return c.realPread(fd, buf, count, offset);
    return faultyRead(c, fd, buf, count, offset, true);
}

ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
    return pread64(fd, buf, count, offset);
}

ssize_t read(int fd, void *buf, size_t count)
{
    Config &c = config();
    if (!targeted(c, fd))
        return c.realRead(fd, buf, count);
    const off_t pos = ::lseek(fd, 0, SEEK_CUR);
    if (pos < 0)
        return c.realRead(fd, buf, count);
    return faultyRead(c, fd, buf, count, pos, false);
}

} // extern "C"
