# docs/ARCHITECTURE.md: dependencies run one way,
#   model <- forensics <- app/documents <- app/services <- {app/cli, ui};
# model never sees QtGui/QtWidgets, the CLI and the services never link
# QtWidgets. Checked at configure time over the full transitive link
# closure, and over the #include lines (CheckIncludeLayers.cmake).
include(${CMAKE_CURRENT_LIST_DIR}/CheckIncludeLayers.cmake)

function(_firebreak_collect_links target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(NOT TARGET ${current} OR current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            list(APPEND queue ${aliased})
        endif()
        foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(libs ${current} ${prop})
            if(libs)
                foreach(lib IN LISTS libs)
                    # $<LINK_ONLY:X> and other simple genexes wrap a target name.
                    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                    if(NOT lib MATCHES "^\\$<")
                        list(APPEND queue ${lib})
                    endif()
                endforeach()
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

function(_firebreak_forbid target)
    _firebreak_collect_links(${target} closure)
    foreach(bad IN LISTS ARGN)
        if(bad IN_LIST closure)
            message(FATAL_ERROR "Dependency rule broken: ${target} must not link ${bad} (see DESIGN.md, Layout)")
        endif()
    endforeach()
endfunction()

function(firebreak_check_dependency_rules injected_include)
    _firebreak_forbid(firebreak_model Qt6::Gui Qt6::Widgets firebreak_forensics firebreak_documents
                      firebreak_services firebreak_cli firebreak_ui)
    _firebreak_forbid(firebreak_forensics Qt6::Gui Qt6::Widgets firebreak_documents firebreak_services
                      firebreak_cli firebreak_ui)
    _firebreak_forbid(firebreak_documents Qt6::Widgets firebreak_services firebreak_cli firebreak_ui)
    _firebreak_forbid(firebreak_services Qt6::Widgets firebreak_cli firebreak_ui)
    _firebreak_forbid(firebreak_cli Qt6::Widgets firebreak_ui)
    _firebreak_forbid(firebreak-cli Qt6::Widgets firebreak_ui)
    _firebreak_forbid(firebreak_ui firebreak_cli)
    firebreak_check_include_layers(${PROJECT_SOURCE_DIR} "${injected_include}")
endfunction()
