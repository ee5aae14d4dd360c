# Stripped executables with their debug info apart. At install time, split-debug.cmake copies the debug info of
# the built executable, the installed copy is stripped and linked to it (.gnu_debuglink), and the debug component
# installs it as lib/debug/.build-id/xx/rest.debug, where gdb and debuginfod look. Working from the built
# executable at install time keeps the two halves of one build together, however the executable was rebuilt.
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
foreach(target portalkeys-cli portalkeys)
  if(NOT TARGET ${target})
    continue()
  endif()
  set(component cli)
  if(target STREQUAL "portalkeys")
    set(component gui)
  endif()
  set(work ${CMAKE_CURRENT_BINARY_DIR}/debuginfo/${target})
  install(CODE "
    execute_process(COMMAND ${split} -DBINARY=$<TARGET_FILE:${target}> -DWORK=${work} ${split_script}
                    COMMAND_ERROR_IS_FATAL ANY)
    set(installed \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/${target}\")
    message(STATUS \"Stripping: \${installed}\")
    execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --strip-all --add-gnu-debuglink=${work}/${target}.debug \"\${installed}\"
                    COMMAND_ERROR_IS_FATAL ANY)" COMPONENT ${component})
  install(CODE "
    execute_process(COMMAND ${split} -DBINARY=$<TARGET_FILE:${target}> -DWORK=${work} ${split_script}
                    COMMAND_ERROR_IS_FATAL ANY)
    file(READ ${work}/build-id id)
    string(SUBSTRING \${id} 0 2 head)
    string(SUBSTRING \${id} 2 -1 rest)
    file(INSTALL ${work}/${target}.debug DESTINATION \"\${CMAKE_INSTALL_PREFIX}/lib/debug/.build-id/\${head}\"
         RENAME \${rest}.debug)" COMPONENT debug)
endforeach()
