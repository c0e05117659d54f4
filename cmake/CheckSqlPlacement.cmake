# Run with cmake -P: fails if SQL text appears outside model/storage/
# (DESIGN.md: "SQL in one place"). Tests may hold SQL to tamper with files.
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/forensics/*.cpp" "${SOURCE_DIR}/forensics/*.h"
    "${SOURCE_DIR}/model/*.cpp" "${SOURCE_DIR}/model/*.h")
set(bad "")
foreach(f IN LISTS sources)
    if(f MATCHES "^model/storage/")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${f}" hits REGEX "(SELECT .* FROM |INSERT INTO |UPDATE [a-z_]+ SET |DELETE FROM |CREATE TABLE )")
    if(hits)
        list(APPEND bad "${f}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "SQL text outside model/storage/: ${bad}")
endif()
list(LENGTH sources n)
message(STATUS "SQL stays in model/storage/ (${n} files checked)")
