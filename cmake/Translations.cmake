# Translations: each layer compiles its own Qt Linguist sources, translations/portalkeys_<layer>_<lang>.ts,
# into its library as ":/i18n/portalkeys_<layer>_<lang>.qm" (core: core/ and imaging/; ui: ui/ and app/gui;
# cli: app/cli). core/common/Translations.cpp installs every layer's file it finds, so the CLI, which never
# links the ui library, simply has no ui translations. English is the source language: its files carry only
# the plural forms ("1 key", "2 keys").
#
#   cmake --build build/default --target update_translations
#
# refreshes every .ts from the sources (lupdate, no source locations, no obsolete entries).

# Every language with .ts files; the first is the source language.
set(PORTALKEYS_LANGUAGES en ru de)
# The languages whose translations are complete and must stay so (tests/support/check-ts-complete.py);
# a language joins this list once its .ts files have no unfinished entry.
set(PORTALKEYS_SHIPPED_LANGUAGES ru de)
# lupdate's options for every .ts file; -pluralonly is added for English.
set(PORTALKEYS_LUPDATE_OPTIONS -locations none -no-obsolete -no-ui-lines -silent)

if(TARGET Qt6::lupdate AND NOT TARGET update_translations)
  add_custom_target(update_translations)
endif()
find_package(Python3 COMPONENTS Interpreter)

# portalkeys_add_translations(<target> LAYER <core|ui|cli> SOURCES <dirs relative to the project root>...)
function(portalkeys_add_translations target)
  cmake_parse_arguments(ARG "" "LAYER" "SOURCES" ${ARGN})
  if(NOT TARGET Qt6::lrelease)
    return()
  endif()
  set(ts_files "")
  foreach(language IN LISTS PORTALKEYS_LANGUAGES)
    list(APPEND ts_files "${PROJECT_SOURCE_DIR}/translations/portalkeys_${ARG_LAYER}_${language}.ts")
  endforeach()
  qt6_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
  qt6_add_resources(${target} "${target}_translations"
    PREFIX /i18n
    BASE "${CMAKE_CURRENT_BINARY_DIR}"
    FILES ${qm_files})
  set_property(GLOBAL APPEND PROPERTY PORTALKEYS_TRANSLATION_LAYERS ${ARG_LAYER})
  set_property(GLOBAL PROPERTY PORTALKEYS_TRANSLATION_SOURCES_${ARG_LAYER} "${ARG_SOURCES}")
  if(TARGET Qt6::lupdate)
    add_custom_target(${target}_lupdate
      COMMAND ${CMAKE_COMMAND}
        -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
        -DLAYER=${ARG_LAYER}
        "-DSOURCES=${ARG_SOURCES}"
        "-DLANGUAGES=${PORTALKEYS_LANGUAGES}"
        "-DOPTIONS=${PORTALKEYS_LUPDATE_OPTIONS}"
        -DTS_DIR=${PROJECT_SOURCE_DIR}/translations
        -DPYTHON=${Python3_EXECUTABLE}
        -P ${PROJECT_SOURCE_DIR}/cmake/UpdateTranslations.cmake
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      COMMENT "Updating translations/portalkeys_${ARG_LAYER}_*.ts"
      VERBATIM)
    add_dependencies(update_translations ${target}_lupdate)
  endif()
endfunction()
