# cmake -DREPORTS=<dir> -DMODE=clear|check -P CheckReports.cmake
# The sanitizer_reports_* CTest fixture (cmake/FirebreakTest.cmake): "clear"
# empties the report directory before the tests, "check" prints every
# ASan/UBSan/LSan report written during them (test processes and their
# firebreak-cli children alike) and fails if there is one.
if(MODE STREQUAL "clear")
    file(REMOVE_RECURSE "${REPORTS}")
    file(MAKE_DIRECTORY "${REPORTS}")
    return()
endif()
file(GLOB reports "${REPORTS}/report.*")
if(NOT reports)
    message(STATUS "no sanitizer reports in ${REPORTS}")
    return()
endif()
list(LENGTH reports count)
foreach(report IN LISTS reports)
    file(READ "${report}" text)
    message("---- ${report}\n${text}")
endforeach()
message(FATAL_ERROR "${count} sanitizer report(s) in ${REPORTS}")
