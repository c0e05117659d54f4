# firebreak_add_test(NAME [GUI] SOURCES... LIBS ...)
# Builds one QTest executable and registers it with CTest.
# GUI marks a widget test: it gets the label `gui` (`ctest -L gui` runs the
# GUI suite, `ctest -LE gui` the rest). A test that links the widgets
# (firebreak_ui, Qt6::Widgets) without GUI is a configure error, so the
# label cannot drift from what the test is.
# Every test runs on the offscreen platform, GUI or not: the documents tests
# paint PDFs through QtGui and many tests start firebreak-cli or firebreak
# as children, none of which may need a display on CI.
function(firebreak_add_test name)
    cmake_parse_arguments(T "GUI" "" "SOURCES;LIBS" ${ARGN})
    if(T_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "firebreak_add_test(${name}): unknown arguments ${T_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT T_GUI AND ("firebreak_ui" IN_LIST T_LIBS OR "Qt6::Widgets" IN_LIST T_LIBS))
        message(FATAL_ERROR "firebreak_add_test(${name}): it links the widgets, so it is a GUI test: add GUI")
    endif()
    add_executable(${name} ${T_SOURCES})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/tests)
    target_link_libraries(${name} PRIVATE ${T_LIBS} Qt6::Test firebreak_flags)
    target_compile_definitions(${name} PRIVATE
        FIREBREAK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        FIREBREAK_CLI_PATH="$<TARGET_FILE:firebreak-cli>")
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=Europe/Paris")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
    if(T_GUI)
        set_property(TEST ${name} APPEND PROPERTY LABELS gui)
    endif()
    firebreak_sanitize_test(${name})
endfunction()

# firebreak_add_pg_variant(NAME): registers NAME_pg, the executable of test
# NAME (made by firebreak_add_test in the same directory; call this after
# NAME's properties are final) run again with FIREBREAK_TEST_PG naming the
# throw-away PostgreSQL cluster of the firebreak_pg fixture
# (tests/CMakeLists.txt, tests/support/pg_cluster.sh). The test picks its
# store with tests/support/PgTestSupport.h. Nothing when
# FIREBREAK_TEST_POSTGRES is OFF.
function(firebreak_add_pg_variant name)
    if(NOT FIREBREAK_TEST_POSTGRES)
        return()
    endif()
    set(pg ${name}_pg)
    add_test(NAME ${pg} COMMAND ${name})
    foreach(prop ENVIRONMENT LABELS TIMEOUT WORKING_DIRECTORY FIXTURES_REQUIRED RESOURCE_LOCK RUN_SERIAL)
        get_test_property(${name} ${prop} value)
        if(value STREQUAL "NOTFOUND")
            continue()
        endif()
        # firebreak_sanitize_test below adds its part again: not twice.
        if(prop STREQUAL "ENVIRONMENT" AND FIREBREAK_SANITIZER_ENV)
            list(REMOVE_ITEM value ${FIREBREAK_SANITIZER_ENV})
        elseif(prop STREQUAL "FIXTURES_REQUIRED")
            list(REMOVE_ITEM value firebreak_sanitizer_reports)
        endif()
        set_property(TEST ${pg} PROPERTY ${prop} ${value})
    endforeach()
    set_property(TEST ${pg} APPEND PROPERTY ENVIRONMENT "FIREBREAK_TEST_PG=${PROJECT_BINARY_DIR}/pg-cluster")
    set_property(TEST ${pg} APPEND PROPERTY FIXTURES_REQUIRED firebreak_pg)
    set_property(TEST ${pg} APPEND PROPERTY LABELS postgres)
    firebreak_sanitize_test(${pg})
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
