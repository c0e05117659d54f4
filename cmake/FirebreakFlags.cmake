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
