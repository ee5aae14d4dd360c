# Stripped executables and modules with their debug info apart. At install time, split-debug.cmake copies the
# debug info of the built file, the installed copy is stripped and linked to it (.gnu_debuglink), and the debug
# component installs it as lib/debug/.build-id/xx/rest.debug, where gdb and debuginfod look. Working from the
# built file at install time keeps the two halves of one build together, however it was rebuilt.
# Distributions that strip themselves (dh_strip, find-debuginfo) configure with -DPORTALKEYS_SPLIT_DEBUG=OFF.
set(split_default OFF)
if(CMAKE_OBJCOPY AND CMAKE_READELF AND CMAKE_BUILD_TYPE MATCHES "RelWithDebInfo|Debug")
  set(split_default ON)
endif()
option(PORTALKEYS_SPLIT_DEBUG "Install stripped executables and their debug info in the debug component" ${split_default})
if(NOT PORTALKEYS_SPLIT_DEBUG)
  return()
endif()

set(split ${CMAKE_COMMAND} -DOBJCOPY=${CMAKE_OBJCOPY} -DREADELF=${CMAKE_READELF})
set(split_script -P ${CMAKE_CURRENT_SOURCE_DIR}/split-debug.cmake)
# The executables, and the modules portalkeys-cli loads at run time (installed where their
# PORTALKEYS_INSTALL_DIR property says, app/cli/CMakeLists.txt).
foreach(target portalkeys-cli portalkeys_cli_full portalkeys_icon_module portalkeys)
  if(NOT TARGET ${target})
    continue()
  endif()
  set(component cli)
  set(dir bin)
  if(target STREQUAL "portalkeys")
    set(component gui)
  else()
    get_target_property(dir ${target} PORTALKEYS_INSTALL_DIR)
  endif()
  set(name $<TARGET_FILE_NAME:${target}>)
  set(work ${CMAKE_CURRENT_BINARY_DIR}/debuginfo/${target})
  install(CODE "
    execute_process(COMMAND ${split} -DBINARY=$<TARGET_FILE:${target}> -DWORK=${work} ${split_script}
                    COMMAND_ERROR_IS_FATAL ANY)
    set(installed \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${dir}/${name}\")
    message(STATUS \"Stripping: \${installed}\")
    execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --strip-all --add-gnu-debuglink=${work}/${name}.debug \"\${installed}\"
                    COMMAND_ERROR_IS_FATAL ANY)" COMPONENT ${component})
  install(CODE "
    execute_process(COMMAND ${split} -DBINARY=$<TARGET_FILE:${target}> -DWORK=${work} ${split_script}
                    COMMAND_ERROR_IS_FATAL ANY)
    file(READ ${work}/build-id id)
    string(SUBSTRING \${id} 0 2 head)
    string(SUBSTRING \${id} 2 -1 rest)
    file(INSTALL ${work}/${name}.debug DESTINATION \"\${CMAKE_INSTALL_PREFIX}/lib/debug/.build-id/\${head}\"
         RENAME \${rest}.debug)" COMPONENT debug)
endforeach()
