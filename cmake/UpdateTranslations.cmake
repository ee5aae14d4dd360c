# Refreshes one layer's .ts files from its sources (cmake -P, run from the project root by the
# <target>_lupdate targets of cmake/Translations.cmake).
#   LUPDATE    lupdate executable
#   LAYER      core, ui or cli
#   SOURCES    directories relative to the project root
#   LANGUAGES  en first: its file keeps only the plural forms
#   OPTIONS    lupdate options for every file
#   TS_DIR     the translations/ folder
#   PYTHON     optional: fills in the English plural forms of new messages (translations/english-plurals.py)
foreach(language IN LISTS LANGUAGES)
  set(options ${OPTIONS})
  if(language STREQUAL "en")
    list(APPEND options -pluralonly -target-language en_US)
  else()
    list(APPEND options -target-language ${language})
  endif()
  execute_process(
    COMMAND ${LUPDATE} ${options} ${SOURCES} -ts ${TS_DIR}/portalkeys_${LAYER}_${language}.ts
    RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed for portalkeys_${LAYER}_${language}.ts")
  endif()
endforeach()
if(PYTHON)
  execute_process(COMMAND ${PYTHON} ${TS_DIR}/english-plurals.py ${TS_DIR}/portalkeys_${LAYER}_en.ts)
endif()
