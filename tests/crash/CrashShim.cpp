// LD_PRELOAD shim that kills its own process with SIGKILL at a chosen
// write to the case store, so the crash test can prove that a kill in the
// middle of SQLite's commit (WAL frames half written, before or after the
// fdatasync) leaves a consistent store. A timer in the parent cannot aim
// that precisely: a commit lasts well under a millisecond.
//
// Environment:
//   FIREBREAK_CRASH_FILE   base path of the case store; writes and syncs to
//                          it and to its -wal / -journal files are counted
//                          (the -shm index is mmap'ed and not counted)
//   FIREBREAK_CRASH_AT     N: SIGKILL at the N-th counted call (1-based)
//   FIREBREAK_CRASH_TORN   "1": at that call, write the first half of the
//                          buffer first (a torn frame), then die

#include <dlfcn.h>
#include <limits.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using PwriteFn = ssize_t (*)(int, const void *, size_t, off_t);
using WriteFn = ssize_t (*)(int, const void *, size_t);
using SyncFn = int (*)(int);

const char *g_file = std::getenv("FIREBREAK_CRASH_FILE");
const long g_at = std::getenv("FIREBREAK_CRASH_AT") ? std::atol(std::getenv("FIREBREAK_CRASH_AT")) : 0;
const bool g_torn = std::getenv("FIREBREAK_CRASH_TORN") && std::getenv("FIREBREAK_CRASH_TORN")[0] == '1';
std::atomic<long> g_count{0};

bool isStoreFile(int fd)
{
    if (!g_file || g_at <= 0)
        return false;
    char link[64];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    char target[PATH_MAX];
    const ssize_t n = ::readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    const size_t base = std::strlen(g_file);
    if (std::strncmp(target, g_file, base) != 0)
        return false;
    const char *rest = target + base;
    return *rest == '\0' || std::strcmp(rest, "-wal") == 0 || std::strcmp(rest, "-journal") == 0;
}

// True when this call is the one to die at.
bool dueNow(int fd)
{
    return isStoreFile(fd) && ++g_count == g_at;
}

[[noreturn]] void die()
{
    ::kill(::getpid(), SIGKILL);
    for (;;)
        ::pause();
}

template <typename Fn> Fn next(const char *name)
{
    return reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset)
{
    static const auto real = next<PwriteFn>("pwrite64");
    if (dueNow(fd)) {
        if (g_torn && count > 1)
            real(fd, buf, count / 2, offset);
        die();
    }
    return real(fd, buf, count, offset);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    return pwrite64(fd, buf, count, offset);
}

ssize_t write(int fd, const void *buf, size_t count)
{
    static const auto real = next<WriteFn>("write");
    if (dueNow(fd)) {
        if (g_torn && count > 1)
            real(fd, buf, count / 2);
        die();
    }
    return real(fd, buf, count);
}

int fdatasync(int fd)
{
    static const auto real = next<SyncFn>("fdatasync");
    if (dueNow(fd))
        die();
    return real(fd);
}

int fsync(int fd)
{
    static const auto real = next<SyncFn>("fsync");
    if (dueNow(fd))
        die();
    return real(fd);
}

} // extern "C"
