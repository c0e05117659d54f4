# firebreak_add_test(NAME SOURCES... LIBS ... [GUI])
# Builds one QTest executable and registers it with CTest. GUI tests run
# on the offscreen platform so CI needs no display.
function(firebreak_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests)
    target_link_libraries(${name} PRIVATE ${T_LIBS} Qt6::Test firebreak_flags)
    target_compile_definitions(${name} PRIVATE
        FIREBREAK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        FIREBREAK_CLI_PATH="$<TARGET_FILE:firebreak-cli>")
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=Europe/Paris")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
    firebreak_sanitize_test(${name})
endfunction()

# Sanitizer builds (FIREBREAK_SANITIZE, see FirebreakFlags.cmake). Any report
# aborts the process that made it. Reports are written to files under
# sanitizer-reports/ rather than stderr, because many tests run
# firebreak-cli as a child process whose stderr they parse or discard, and a
# test that only expects "non-zero exit" would otherwise take a child's
# sanitizer abort for the refusal it wanted. The sanitizer_reports_* fixture
# empties the directory before the tests and fails, printing every report,
# after them. Leak detection stays on; tests/sanitizers/lsan.supp only names
# third-party libraries.
if(FIREBREAK_SANITIZE)
    set(FIREBREAK_SANITIZER_REPORTS ${PROJECT_BINARY_DIR}/sanitizer-reports)
    set(common "halt_on_error=1:abort_on_error=1:print_stacktrace=1:log_exe_name=1:log_path=${FIREBREAK_SANITIZER_REPORTS}/report")
    set(FIREBREAK_SANITIZER_ENV
        "ASAN_OPTIONS=${common}:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
        "UBSAN_OPTIONS=${common}"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
    unset(common)
endif()

# firebreak_sanitize_test(NAME): for tests registered with a plain add_test.
function(firebreak_sanitize_test name)
    if(FIREBREAK_SANITIZE)
        set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT ${FIREBREAK_SANITIZER_ENV})
        set_property(TEST ${name} APPEND PROPERTY FIXTURES_REQUIRED firebreak_sanitizer_reports)
    endif()
endfunction()

# firebreak_use_fault_shim(TARGET): the test gets FIREBREAK_FAULT_SHIM, the
# LD_PRELOAD value that injects read errors (tests/forensics/faultshim) into
# a firebreak-cli child. The shim itself is never instrumented; in an ASan
# build the ASan runtime must come first in a sanitized process's library
# list, so it is preloaded ahead of the shim.
function(firebreak_use_fault_shim name)
    set(preload "$<TARGET_FILE:firebreak_fault_shim>")
    if(FIREBREAK_ASAN_RUNTIME)
        set(preload "${FIREBREAK_ASAN_RUNTIME}:${preload}")
    endif()
    target_compile_definitions(${name} PRIVATE FIREBREAK_FAULT_SHIM="${preload}")
    add_dependencies(${name} firebreak-cli firebreak_fault_shim)
endfunction()
