# Man pages and bash, zsh and fish completions, written by cli-docs.py from the programs' own --help after they are
# built, so they always list the commands and options the programs have.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND OR CMAKE_CROSSCOMPILING)
  message(WARNING "No Python 3, or cross-compiling: no man pages and no shell completions")
  return()
endif()
if(PORTALKEYS_SANITIZE)
  return() # not packaged, and LeakSanitizer would fail the build over the GUI's --help at exit
endif()

# Debian's zsh reads vendor-completions; other systems site-functions.
if(EXISTS /etc/debian_version)
  set(zsh_default ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
else()
  set(zsh_default ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
endif()
set(PORTALKEYS_ZSH_COMPLETION_DIR ${zsh_default} CACHE STRING "Where zsh completions are installed")

set(docs ${CMAKE_CURRENT_BINARY_DIR}/docs)
set(programs portalkeys-cli)
set(gui_argument)
if(PORTALKEYS_GUI)
  list(APPEND programs portalkeys)
  set(gui_argument --gui $<TARGET_FILE:portalkeys>)
endif()
set(outputs)
foreach(program ${programs})
  list(APPEND outputs ${docs}/man/${program}.1 ${docs}/man/${program}.1.gz ${docs}/completions/bash/${program}
       ${docs}/completions/zsh/_${program} ${docs}/completions/fish/${program}.fish)
endforeach()
add_custom_command(OUTPUT ${outputs}
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/cli-docs.py --cli $<TARGET_FILE:portalkeys-cli>
          ${gui_argument} --version ${PROJECT_VERSION} --out ${docs}
  DEPENDS ${programs} ${CMAKE_CURRENT_SOURCE_DIR}/cli-docs.py
  COMMENT "Writing man pages and shell completions from the programs' --help" VERBATIM)
add_custom_target(portalkeys_docs ALL DEPENDS ${outputs})

foreach(program ${programs})
  set(component cli)
  if(program STREQUAL "portalkeys")
    set(component gui)
  endif()
  install(FILES ${docs}/man/${program}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
  install(FILES ${docs}/completions/bash/${program}
          DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT ${component})
  install(FILES ${docs}/completions/zsh/_${program} DESTINATION ${PORTALKEYS_ZSH_COMPLETION_DIR} COMPONENT ${component})
  install(FILES ${docs}/completions/fish/${program}.fish
          DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d COMPONENT ${component})
endforeach()
