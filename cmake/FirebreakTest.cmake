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
endfunction()
