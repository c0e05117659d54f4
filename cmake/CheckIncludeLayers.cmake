# Include-level layering (docs/ARCHITECTURE.md), checked at configure time
# next to the link rules of DependencyRules.cmake: links catch a library
# reaching up, includes catch a header reaching across (ui/ or the CLI
# into model/storage, a service into a widget, a document into a service).
#
#   folder          must not include
#   model/          forensics/ app/ ui/
#   forensics/      app/ ui/
#   app/documents/  app/services/ app/cli/ ui/
#   app/services/   app/cli/ ui/
#   app/cli/        ui/ model/storage/
#   ui/             app/cli/ model/storage/

function(firebreak_check_include_layers source_dir injected)
    set(rules
        "model/|forensics/,app/,ui/"
        "forensics/|app/,ui/"
        "app/documents/|app/services/,app/cli/,ui/"
        "app/services/|app/cli/,ui/"
        "app/cli/|ui/,model/storage/"
        "ui/|app/cli/,model/storage/")
    file(GLOB_RECURSE sources RELATIVE "${source_dir}"
        "${source_dir}/model/*.h" "${source_dir}/model/*.cpp"
        "${source_dir}/forensics/*.h" "${source_dir}/forensics/*.cpp"
        "${source_dir}/app/*.h" "${source_dir}/app/*.cpp"
        "${source_dir}/ui/*.h" "${source_dir}/ui/*.cpp")
    # "file|included path" pairs; `injected` adds one (tests prove the rule fires).
    set(pairs ${injected})
    foreach(f IN LISTS sources)
        file(STRINGS "${source_dir}/${f}" lines REGEX "^#include \"")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" inc "${line}")
            list(APPEND pairs "${f}|${inc}")
        endforeach()
    endforeach()
    set(broken "")
    foreach(pair IN LISTS pairs)
        string(REPLACE "|" ";" parts "${pair}")
        list(GET parts 0 f)
        list(GET parts 1 inc)
        foreach(rule IN LISTS rules)
            string(REPLACE "|" ";" r "${rule}")
            string(REPLACE "," ";" r "${r}")
            list(GET r 0 folder)
            if(NOT f MATCHES "^${folder}")
                continue()
            endif()
            list(SUBLIST r 1 -1 forbidden)
            foreach(bad IN LISTS forbidden)
                if(inc MATCHES "^${bad}")
                    list(APPEND broken "${f} includes ${inc}")
                endif()
            endforeach()
        endforeach()
    endforeach()
    if(broken)
        string(REPLACE ";" "\n  " text "${broken}")
        message(FATAL_ERROR "Dependency rule broken (includes, see docs/ARCHITECTURE.md):\n  ${text}")
    endif()
endfunction()
