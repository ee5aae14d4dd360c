# cmake -DSOURCE=… -DWORK=… -DGENERATOR=… [-DPREFIX_PATH=…] -P cli-only-configure.cmake
# Configures SOURCE without the GUI into WORK (nothing is built) and checks that CPack would make the
# portalkeys-cli and portalkeys-dbg packages only.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE} -B ${WORK} -G ${GENERATOR} -DPORTALKEYS_GUI=OFF
                        -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_PREFIX_PATH=${PREFIX_PATH}"
                RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(failed)
  message(FATAL_ERROR "a CLI-only tree does not configure:\n${out}")
endif()
include(${WORK}/CPackConfig.cmake)
foreach(check "CPACK_COMPONENTS_ALL;cli;debug" "CPACK_DEBIAN_CLI_PACKAGE_NAME;portalkeys-cli"
              "CPACK_DEBIAN_DEBUG_PACKAGE_DEPENDS;portalkeys-cli (= ${CPACK_PACKAGE_VERSION}-1)")
  list(POP_FRONT check variable)
  if(NOT "${${variable}}" STREQUAL "${check}")
    message(FATAL_ERROR "CLI-only: ${variable} is \"${${variable}}\", not \"${check}\"")
  endif()
endforeach()
file(STRINGS ${WORK}/packaging/cmake_install.cmake gui_rules REGEX "\"gui\"")
if(gui_rules)
  message(FATAL_ERROR "CLI-only: install rules for the gui component remain")
endif()
file(REMOVE_RECURSE ${WORK})
message(STATUS "CLI-only tree: packages portalkeys-cli and portalkeys-dbg")
