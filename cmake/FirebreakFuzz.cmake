# FIREBREAK_FUZZ: every target of ours is compiled with libFuzzer's coverage
# hooks and ASan/UBSan, so a parser bug deep inside model/ or forensics/ is
# caught, not only bugs in the fuzz driver. Qt comes from Debian
# uninstrumented, which libFuzzer tolerates. Set before any add_subdirectory
# so it reaches every library.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "FIREBREAK_FUZZ needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++")
endif()
# UBSan must abort, not print and carry on, or libFuzzer never sees the bug.
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
                    -O1 -g)
add_link_options(-fsanitize=address,undefined)
