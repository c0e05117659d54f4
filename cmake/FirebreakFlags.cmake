# One INTERFACE target carries every warning, flag and Qt define, so each
# library and executable opts in with a single link line.
add_library(firebreak_flags INTERFACE)
add_library(Firebreak::flags ALIAS firebreak_flags)

target_compile_features(firebreak_flags INTERFACE cxx_std_20)
target_compile_options(firebreak_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(FIREBREAK_WERROR)
    target_compile_options(firebreak_flags INTERFACE -Werror)
endif()
target_compile_definitions(firebreak_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    FIREBREAK_VERSION="${PROJECT_VERSION}")

# Sanitizer build (installers/sanitize.sh, CI's second build directory):
# e.g. -DFIREBREAK_SANITIZE=address,undefined. Every library, executable and
# test links firebreak_flags, so all of our code is instrumented. UBSan
# findings abort instead of printing and carrying on, so a report can never
# pass unnoticed. A target that must stay uninstrumented (an LD_PRELOAD shim
# injected ahead of the sanitizer runtime) sets FIREBREAK_NO_SANITIZE.
set(FIREBREAK_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list (e.g. address,undefined); empty = off")
if(FIREBREAK_SANITIZE)
    set(sanitize_on "$<NOT:$<BOOL:$<TARGET_PROPERTY:FIREBREAK_NO_SANITIZE>>>")
    set(sanitize_flags -fsanitize=${FIREBREAK_SANITIZE} -fno-omit-frame-pointer)
    if(FIREBREAK_SANITIZE MATCHES "undefined")
        list(APPEND sanitize_flags -fno-sanitize-recover=undefined)
    endif()
    target_compile_options(firebreak_flags INTERFACE "$<${sanitize_on}:${sanitize_flags}>")
    target_link_options(firebreak_flags INTERFACE "$<${sanitize_on}:${sanitize_flags}>")
    # ASan needs its runtime first in a process's library list; a test that
    # preloads a shim into a sanitized child must preload this before it.
    if(FIREBREAK_SANITIZE MATCHES "address")
        execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libasan.so
                        OUTPUT_VARIABLE FIREBREAK_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(NOT IS_ABSOLUTE "${FIREBREAK_ASAN_RUNTIME}" OR NOT EXISTS "${FIREBREAK_ASAN_RUNTIME}")
            message(FATAL_ERROR "FIREBREAK_SANITIZE=${FIREBREAK_SANITIZE}: cannot find the ASan runtime (got '${FIREBREAK_ASAN_RUNTIME}')")
        endif()
    endif()
endif()
