#pragma once

// Shared by the libFuzzer drivers: a QCoreApplication for the whole run
// (some parsers consult it), and a check that aborts so libFuzzer saves
// the input when a parser's promise is broken without a sanitizer noticing.

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace firebreak::fuzz {

inline void startApplication()
{
    static int argc = 1;
    static char name[] = "firebreak-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

inline void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace firebreak::fuzz

#define FIREBREAK_FUZZ_INIT                                                                                            \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                               \
    {                                                                                                                  \
        qputenv("QT_LOGGING_RULES", "*.debug=false");                                                                  \
        firebreak::fuzz::startApplication();                                                                           \
        return 0;                                                                                                      \
    }
